// Partial quotations with their speaker in the same sentence, told from scare quotes and names
// (sentences written for these tests).
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf } from "./helpers.js";

function found(text: string): [string, string | null][] {
  const quotes = quotesOf(text);
  checkOffsets(text, quotes);
  return quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null]);
}

describe("a mention of someone's words (`the term`, `the phrase`, `the words`)", () => {
  it("keeps a mention its sentence attributes, a capitalized first word included", () => {
    expect(found("The mayor refused to say the words “Atlantic fee,” aides said.").map((q) => q[0])).toEqual(["Atlantic fee,"]);
    expect(found("Jane Roe refused to use the phrase “harbour tax,” aides said.").map((q) => q[0])).toEqual(["harbour tax,"]);
    expect(found("The mayor was criticized for saying the words “quiet harbour” at the meeting.").map((q) => q[0])).toEqual(["quiet harbour"]);
  });

  it("leaves out one with no attribution in its sentence, and one in title case", () => {
    expect(found("The charged term “harbour tax” appears twice in the plan.")).toEqual([]);
    expect(found("The ferry line refused to print the words “Harbour Tax” on its tickets.")).toEqual([]);
  });

  it("still leaves out a so-called term", () => {
    expect(found("The mayor said the so-called “harbour tax” would pass.")).toEqual([]);
  });
});

describe("a naming verb in the passive with its agent after the quotation", () => {
  it("keeps the agent's word and names the agent", () => {
    expect(found("This timetable has been called “planned confusion” by Jane Roe, a lecturer at the academy.")).toEqual([["planned confusion", "Jane Roe"]]);
  });

  it("still reads a passive naming verb with no agent as a name", () => {
    expect(found("The old ferry was dubbed “the slow boat” in 1990.")).toEqual([]);
  });
});

describe("a naming verb in a relative clause with a group pronoun for subject", () => {
  it("keeps what they called something", () => {
    expect(found("The ruling freed the banks to form what they called “harbour supermarkets,” shops for everything.")).toEqual([["harbour supermarkets,", "they"]]);
  });

  it("still leaves out `they` naming a thing outside a relative clause", () => {
    expect(found("The ferry, which they later called “the slow boat,” sank in 1990.")).toEqual([]);
  });
});

describe("what a speaker calls someone with `as`", () => {
  it("keeps the fragment after a verb, its object and `as`, and names the verb's subject", () => {
    expect(found("Senator Jane Roe has been steadily pounding the mayor as a “con artist” for weeks.")).toEqual([["con artist", "Jane Roe"]]);
    expect(found("She dismissed the ferry plan as “absurd.”")).toEqual([["absurd.", "She"]]);
  });

  it("leaves out what a thing or a person is known as", () => {
    expect(found("The valley was long known as “the breadbasket of the north.”")).toEqual([]);
    expect(found("Jane Roe, 44, known online as “Harbourman,” was arrested on Monday.")).toEqual([]);
    expect(found("She is mostly known for her turns as the “chief weather reporter” on the channel.")).toEqual([]);
    expect(found("Jane Roe's role as a “harbour envoy” ended in May.")).toEqual([]);
  });

  it("reads the subject of a relative clause", () => {
    expect(found("Jane Roe, whom the mayor described as a “tireless builder,” retired.")).toEqual([["tireless builder,", "the mayor"]]);
  });
});
