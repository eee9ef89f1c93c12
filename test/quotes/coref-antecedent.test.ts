import { describe, expect, it } from "vitest";
import { namedWithRole } from "../../src/quotes/coref.js";
import { quotesOf } from "./helpers.js";

/** The speaker name and mention of each quotation. */
function speakers(text: string, language = "en"): [string | undefined, string | undefined][] {
  return quotesOf(text, { language }).map((q) => [q.speaker?.name, q.speaker?.mention?.text]);
}

describe("a pronoun after a sentence whose subject is a person", () => {
  it("resolves to that subject in the same paragraph", () => {
    expect(speakers('Harbour Minister Tomas Vell unveiled the ferry plan on Monday. "We will add four boats by June," he told reporters.')).toEqual([["Tomas Vell", "he"]]);
  });
  it("reads a subject set off by commas, the role before or after the name", () => {
    expect(speakers('The harbour minister, Tomas Vell, unveiled the plan. "It is late," he said.')).toEqual([["Tomas Vell", "he"]]);
    expect(speakers('Tomas Vell, the harbour minister, unveiled the plan. "It is late," he said.')).toEqual([["Tomas Vell", "he"]]);
  });
  it("works with an inverted French clitic", () => {
    expect(speakers("Le ministre du Port, Tomas Vell, a présenté lundi son plan. « Nous ajouterons quatre navires », a-t-il déclaré.", "fr")).toEqual([["Tomas Vell", "il"]]);
  });
  it("prefers a speaker named after that subject", () => {
    expect(speakers('Tomas Vell unveiled the plan. "It is late," Mira Hask said. "It is also costly," she added.')).toEqual([
      ["Mira Hask", "Mira Hask"],
      ["Mira Hask", "she"],
    ]);
  });
  it("takes a later person subject over an earlier speaker", () => {
    expect(speakers('"It is late," Mira Hask said. Tomas Vell disagreed on Tuesday. "We are on time," he said.')).toEqual([
      ["Mira Hask", "Mira Hask"],
      ["Tomas Vell", "he"],
    ]);
  });
  it("does not take a name that only modifies the subject (`Harbour News' anchor …`)", () => {
    expect(speakers('Harbour News\' anchor Dana Pike noticed the delay. "We were not told," she said.')).toEqual([["she", "she"]]);
  });
  it("takes the name after a role that opens the sentence (`Vell adviser Dana Pike`)", () => {
    expect(speakers('Vell adviser Dana Pike noticed the delay. "We were not told," she said.')).toEqual([["Dana Pike", "she"]]);
  });
});

describe("a subject opened by a word of the sentence", () => {
  it("is the person from the given name on (`Comedian Maria Pike`)", () => {
    expect(speakers('Comedian Maria Pike opened the evening on Friday. "I was nervous," she said.')).toEqual([["Maria Pike", "she"]]);
  });
});

describe("a role alone after a sentence naming its holder", () => {
  it("resolves `the minister` to the person named with that role", () => {
    expect(speakers('The country\'s harbour minister, Tomas Vell, unveiled the plan. "It is late," the minister said.')).toEqual([["Tomas Vell", "the minister"]]);
    expect(speakers('Tomas Vell, the harbour minister, unveiled the plan. "It is late," the minister said.')).toEqual([["Tomas Vell", "the minister"]]);
  });
  it("stays the role when the subject was not named with it", () => {
    expect(speakers('Tomas Vell unveiled the plan. "It is late," the minister said.')).toEqual([["minister", "the minister"]]);
  });
});

describe("namedWithRole", () => {
  const text = "Yesterday the harbour minister Tomas Vell and Mira Hask, the port director, met.";
  const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
  it("finds the role in the three words before the name or the four after it", () => {
    expect(namedWithRole(text, at("Tomas Vell"), "minister")).toBe(true);
    expect(namedWithRole(text, at("Mira Hask"), "director")).toBe(true);
    expect(namedWithRole(text, at("Tomas Vell"), "director")).toBe(false);
  });
});
