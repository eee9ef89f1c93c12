import { describe, expect, it } from "vitest";
import { personGender, pronounGender } from "../../src/quotes/gender.js";
import { quotesOf } from "./helpers.js";

describe("pronounGender", () => {
  it("knows gendered pronouns across languages and leaves the others unknown", () => {
    expect(["she", "He", "er", "elle", "él", "она", "він"].map(pronounGender)).toEqual(["f", "m", "m", "f", "m", "f", "m"]);
    expect(pronounGender("sie")).toBeUndefined();
    expect(pronounGender("they")).toBeUndefined();
  });
});

describe("personGender", () => {
  const at = (text: string, name: string) => [{ start: text.indexOf(name), end: text.indexOf(name) + name.length }];
  it("reads an honorific right before a mention", () => {
    const text = "Talks went on as Ms. Pike arrived and Mr Vell left.";
    expect(personGender(text, "Dana Pike", at(text, "Pike"))).toBe("f");
    expect(personGender(text, "Tom Vell", at(text, "Vell"))).toBe("m");
  });
  it("reads a role noun right before the name or in an apposition after it", () => {
    const text = "Party spokeswoman Dana Pike met Tom Vell, the club's chairman, on Monday.";
    expect(personGender(text, "Dana Pike", at(text, "Dana Pike"))).toBe("f");
    expect(personGender(text, "Tom Vell", at(text, "Tom Vell"))).toBe("m");
  });
  it("does not read kinship or a role further away (`the wife of`, `Queen Ama's son Kofi`)", () => {
    const text = "Queen Ama's son Orun spoke, and Ilo Vell and his wife left.";
    expect(personGender(text, "Orun", at(text, "Orun"))).toBeUndefined();
    expect(personGender(text, "Ilo Vell", at(text, "Ilo Vell"))).toBeUndefined();
  });
  it("reads Cyrillic surname endings", () => {
    expect(personGender("", "Анна Соколова", [])).toBe("f");
    expect(personGender("", "Иван Соколов", [])).toBe("m");
  });
  it("reads a given name borne by one gender, and leaves unisex ones unknown", () => {
    expect(personGender("", "Maria Roe", [])).toBe("f");
    expect(personGender("", "Thomas Roe", [])).toBe("m");
    expect(personGender("", "Andrea Roe", [])).toBeUndefined();
    // A given name and a role that disagree: unknown.
    const text = "Campaign spokesman Maria Roe said so.";
    expect(personGender(text, "Maria Roe", at(text, "Maria Roe"))).toBeUndefined();
  });
  it("is unknown when the evidence conflicts", () => {
    const text = "Mr. Lee met spokeswoman Lee.";
    expect(personGender(text, "Lee", [{ start: 4, end: 7 }, { start: 24, end: 27 }])).toBeUndefined();
  });
});

describe("a gendered pronoun skips a person of the other gender", () => {
  const speakers = (text: string) => quotesOf(text).map((q) => q.speaker?.name);
  it("among earlier speakers", () => {
    expect(speakers('"It is late," Ms. Dana Pike said. "We are ready," Mr. Tom Vell said. "We are not," she said.')).toEqual(["Dana Pike", "Tom Vell", "Dana Pike"]);
  });
  it("among earlier sentence subjects", () => {
    expect(speakers('Ms. Dana Pike called the vote. Mr. Vell agreed. "It is late," she said.')).toEqual(["Dana Pike"]);
  });
  it("and stays a bare pronoun when no one fits", () => {
    expect(speakers('"We are ready," Mr. Tom Vell said. "We are not," she said.')).toEqual(["Tom Vell", "she"]);
  });
});
