import { describe, expect, it } from "vitest";
import { lexicon } from "../../src/quotes/lexicon.js";
import { describe as describePhrase, phraseAfter, phraseBefore } from "../../src/quotes/speaker.js";
import { tokenize } from "../../src/quotes/tokens.js";

const en = lexicon("en");

function before(text: string, verb: string) {
  const tokens = tokenize(text, 0, text.length);
  const k = tokens.findIndex((t) => t.text === verb);
  const p = phraseBefore(tokens, k, en, text);
  return p && { text: text.slice(p.start, p.end), name: p.name, kind: p.kind };
}

function after(text: string, verb: string) {
  const tokens = tokenize(text, 0, text.length);
  const k = tokens.findIndex((t) => t.text === verb);
  const p = phraseAfter(tokens, k + 1, en, text);
  return p && { text: text.slice(p.start, p.end), name: p.name, kind: p.kind };
}

describe("speaker phrases", () => {
  it("strips roles and titles from a person's name", () => {
    expect(before("Harbour authority chief Lena Marsh said", "said")).toEqual({ text: "Lena Marsh", name: "Lena Marsh", kind: "person" });
    expect(after("said Deputy Mayor Tom Okoro", "said")).toEqual({ text: "Tom Okoro", name: "Tom Okoro", kind: "person" });
  });
  it("skips auxiliaries, adverbs and time phrases", () => {
    expect(before("Marsh has also repeatedly warned", "warned")?.name).toBe("Marsh");
    expect(before("The port authority on Tuesday said", "said")?.name).toBe("port authority");
  });
  it("skips an appositive", () => {
    expect(before("Ana Ruiz, a 41-year-old teacher, told", "told")?.name).toBe("Ana Ruiz");
  });
  it("keeps a nominal speaker's head phrase", () => {
    expect(before("a senior EU official said", "said")).toEqual({ text: "a senior EU official", name: "senior EU official", kind: "nominal" });
    expect(before("A city council statement said", "said")?.name).toBe("city council statement");
    expect(after("according to its coast guard", "to")?.name).toBe("coast guard");
  });
  it("reads pronouns", () => {
    expect(before("she added", "added")?.kind).toBe("pronoun");
    expect(before("they said", "said")?.kind).toBe("group-pronoun");
  });
  it("rejects a phrase that follows a preposition", () => {
    expect(before("talks in Lisbon said", "said")).toBeNull();
  });
  it("describe keeps an institution nominal", () => {
    const text = "the Pentagon";
    const tokens = tokenize(text, 0, text.length);
    expect(describePhrase(tokens, 0, 1, text)?.kind).toBe("nominal");
  });
});
