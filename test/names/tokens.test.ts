import { describe, expect, it } from "vitest";
import { buildSegments, isHardWrapped } from "../../src/names/segments.js";
import { hashWord, tokenize } from "../../src/names/tokens.js";
import type { Line } from "../../src/schema/article.js";

function linesOf(text: string): Line[] {
  let start = 0;
  return text.split("\n").map((t, i) => {
    const line: Line = { n: i + 1, start, end: start + t.length, text: t, kind: t.trim() === "" ? "blank" : "body", reasons: [] };
    start += t.length + 1;
    return line;
  });
}

const words = { particles: new Set(["al", "bin"]), keep: new Set(["court", "and", "met", "fell"]) };

describe("tokenize", () => {
  it("cuts possessives and lowercase hyphen tails, keeps initials and dotted capitals", () => {
    const text = "The Hague’s court and U.S.-backed George W. Bush met al-Sisi.";
    const tokens = tokenize(text, buildSegments(linesOf(text), []), words).tokens;
    expect(tokens.map((t) => t.text)).toEqual(["The", "Hague", "court", "and", "U.S.", "George", "W.", "Bush", "met", "al-Sisi"]);
    expect(tokens[1]?.possessive).toBe(true);
    expect(tokens[4]?.cutTail).toBe(true);
    expect(tokens[6]?.initial).toBe(true);
    expect(tokens[9]?.upper).toBe(true);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it("makes no token of lowercase words the finder does not read, only a gap", () => {
    const text = "Anna Berg visited Oslo and the Lyon office";
    const result = tokenize(text, buildSegments(linesOf(text), []), words);
    expect(result.tokens.map((t) => t.text)).toEqual(["Anna", "Berg", "Oslo", "and", "Lyon"]);
    expect(result.tokens[2]?.gapBefore).toBe(true);
    expect(new Set(result.lowercase)).toEqual(new Set(["visited", "and", "the", "office"].map(hashWord)));
    expect(result.lines.get(1)).toEqual({ n: 6, upper: 4, caps: 0, lowerLong: 2 });
  });
  it("marks sentence starts and punctuation gaps", () => {
    const text = "Rain fell. “Snow came,” Ana said: Yes";
    const tokens = tokenize(text, buildSegments(linesOf(text), []), words).tokens;
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(["Rain", "Snow", "Yes"]);
    expect(tokens.find((t) => t.text === "Ana")?.gapBefore).toBe(true);
    expect(tokens.find((t) => t.text === "fell")?.gapBefore).toBe(false);
  });
});

describe("segments", () => {
  it("leave out excluded spans and non-content lines", () => {
    const text = "OSLO: Talks began.\nShare this";
    const lines = linesOf(text);
    lines[1] = { ...lines[1]!, kind: "share" };
    expect(buildSegments(lines, [{ start: 0, end: 5 }])).toEqual([{ start: 5, end: 18, line: 1, joinNext: false }]);
  });
  it("join the lines of hard-wrapped copy", () => {
    const wrapped = [
      "The minister of the interior said on a long morning that Maria",
      "Gonzalez would lead the inquiry into the collapse of the bridge",
      "over the river, which had been closed for repairs since last",
      "year, and that the findings would be published in full soon.",
    ].join("\n");
    const lines = linesOf(wrapped);
    expect(isHardWrapped(lines)).toBe(true);
    const tokens = tokenize(wrapped, buildSegments(lines, []), words).tokens;
    const gonzalez = tokens.find((t) => t.text === "Gonzalez");
    expect(gonzalez?.gapBefore).toBe(false);
    expect(gonzalez?.line).toBe(2);
  });
  it("do not join lines of one-paragraph-per-line copy", () => {
    expect(isHardWrapped(linesOf("One short paragraph here.\nAnother paragraph follows here.\nAnd a third one."))).toBe(false);
  });
});

describe("elision", () => {
  it("starts a name after an elided article", () => {
    const text = "Les talks d’Abou Dhabi et l'Élysée, dell'Ucraina";
    const tokens = tokenize(text, buildSegments(linesOf(text), []), words).tokens;
    expect(tokens.filter((t) => t.upper).map((t) => t.text)).toEqual(["Les", "Abou", "Dhabi", "Élysée", "Ucraina"]);
  });
});
