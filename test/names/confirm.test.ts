import { describe, expect, it } from "vitest";
import { buildAliasIndex } from "../../src/names/alias-index.js";
import { confirmSingles } from "../../src/names/confirm.js";
import type { Candidate } from "../../src/names/mentions.js";
import { hashWord } from "../../src/names/tokens.js";

const candidate = (text: string, more: Partial<Candidate> = {}): Candidate => ({
  text, start: 0, end: text.length, line: 1, words: text.split(" "), afterRole: false, placeCue: false, speechVerb: false, initialOnly: false, ...more,
});
const index = buildAliasIndex([{ canonical: "Kyiv", type: "place", variants: ["Kiev"] }]);
const places = new Set(["oslo"]);
const keep = (cs: Candidate[], lowercase: string[] = [], strict = false) =>
  confirmSingles(cs, index, new Set(lowercase.map(hashWord)), strict, places).map((c) => c.text);

describe("confirmSingles", () => {
  it("keeps a sentence-initial word only when the text bears it out", () => {
    expect(keep([candidate("Ships", { initialOnly: true })])).toEqual([]);
    expect(keep([candidate("Berg", { initialOnly: true }), candidate("Anna Berg")])).toEqual(["Berg", "Anna Berg"]);
    expect(keep([candidate("Kiev", { initialOnly: true }), candidate("Oslo", { initialOnly: true })])).toEqual(["Kiev", "Oslo"]);
    expect(keep([candidate("Orlov", { initialOnly: true, speechVerb: true })])).toEqual(["Orlov"]);
  });
  it("drops a mid-sentence word the text also uses in lowercase", () => {
    expect(keep([candidate("Industry")], ["industry"])).toEqual([]);
    expect(keep([candidate("Industry")])).toEqual(["Industry"]);
  });
  it("asks the same of every lone word in noun-capitalizing languages", () => {
    expect(keep([candidate("Gespräche")], [], true)).toEqual([]);
    expect(keep([candidate("Kiew"), candidate("Kiev")], [], true)).toEqual(["Kiev"]);
  });
});
