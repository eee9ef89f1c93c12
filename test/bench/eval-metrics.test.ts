import { describe, expect, it } from "vitest";
import {
  bagOfWords,
  codePointToUtf16,
  f1,
  locateNear,
  matchRanges,
  mean,
  normalCase,
  normQuoteText,
  overlapOfLonger,
  prf,
  primaryLanguage,
  publishedMatches,
  quoteTextsMatch,
  ratio,
  sameCi,
  sameExact,
  sample,
  stripMarks,
  tokenize,
} from "../../bench/eval/metrics.js";

describe("ratio, f1, mean, prf", () => {
  it("returns null instead of NaN on a zero denominator", () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(3, 4)).toBe(0.75);
    expect(mean([])).toBeNull();
    expect(mean([0.5, 1])).toBe(0.75);
  });
  it("computes F1 and the README reference figure", () => {
    expect(f1(0, 0)).toBe(0);
    expect(f1(null, 1)).toBeNull();
    expect(f1(0.5, 1)).toBeCloseTo(2 / 3, 10);
    expect(f1(0.497, 1)).toBeCloseTo(0.664, 3);
    expect(f1(0.946, 0.992)).toBeCloseTo(0.968, 3);
  });
  it("prf from counts", () => {
    expect(prf(2, 4, 8)).toEqual({ p: 0.5, r: 0.25, f1: 1 / 3 });
    expect(prf(0, 0, 5)).toEqual({ p: null, r: 0, f1: null });
  });
});

describe("tokenize and bagOfWords", () => {
  it("lower-cases Unicode word tokens", () => {
    expect(tokenize("Hello, World! Ça va? 北京 x_1 l'été")).toEqual(["hello", "world", "ça", "va", "北京", "x_1", "l", "été"]);
    expect(tokenize("Привет, МИР")).toEqual(["привет", "мир"]);
  });
  it("uses multiset intersection", () => {
    const s = bagOfWords("the cat the cat sat", "The cat sat on the mat");
    // predicted {the:2, cat:2, sat:1} gold {the:2, cat:1, sat:1, on:1, mat:1}: common 2+1+1 = 4
    expect(s.common).toBe(4);
    expect(s.precision).toBe(4 / 5);
    expect(s.recall).toBe(4 / 6);
    expect(s.f1).toBeCloseTo((2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6), 12);
  });
  it("handles empty sides", () => {
    expect(bagOfWords("", "")).toMatchObject({ precision: 1, recall: 1 });
    expect(bagOfWords("", "words here")).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(bagOfWords("words", "...")).toMatchObject({ precision: 0, recall: 1 });
  });
});

describe("field comparison", () => {
  it("trims and collapses whitespace; null only equals null", () => {
    expect(sameExact("  A  headline\n here ", "A headline here")).toBe(true);
    expect(sameExact("A headline", "a headline")).toBe(false);
    expect(sameExact(null, null)).toBe(true);
    expect(sameExact(null, "")).toBe(false);
    expect(sameCi("MOSCOW", "Moscow")).toBe(true);
    expect(sameCi(null, undefined)).toBe(true);
    expect(sameCi("Kyiv", null)).toBe(false);
  });
  it("takes the primary language subtag", () => {
    expect(primaryLanguage("zh-Hant")).toBe("zh");
    expect(primaryLanguage("EN")).toBe("en");
    expect(primaryLanguage("")).toBeNull();
  });
});

describe("quote text matching", () => {
  it("normalizes marks, trailing punctuation, case and apostrophes", () => {
    expect(normQuoteText("“I wouldn’t say so,”")).toBe("i wouldn't say so");
    expect(normQuoteText("  'Real   results…' ")).toBe("real results");
    expect(normQuoteText("„Wir schaffen das!“")).toBe("wir schaffen das");
  });
  it("matches equal texts and containment of at least 80%", () => {
    expect(quoteTextsMatch("It would be good.", "“it would be good”")).toBe(true);
    // 16 of 20 characters = 80%
    expect(quoteTextsMatch("abcdefghijklmnopqrst", "abcdefghijklmnop")).toBe(true);
    // 15 of 20 = 75%
    expect(quoteTextsMatch("abcdefghijklmnopqrst", "abcdefghijklmno")).toBe(false);
    expect(quoteTextsMatch("abcdefghijklmnopqrst", "bcdefghijklmnopqrstu")).toBe(false);
    expect(quoteTextsMatch("", "")).toBe(false);
  });
});

describe("spans", () => {
  it("measures overlap against the longer span", () => {
    expect(overlapOfLonger({ start: 0, end: 10 }, { start: 5, end: 10 })).toBe(0.5);
    expect(overlapOfLonger({ start: 0, end: 10 }, { start: 6, end: 16 })).toBe(0.4);
    expect(overlapOfLonger({ start: 0, end: 4 }, { start: 4, end: 8 })).toBe(0);
    expect(overlapOfLonger({ start: 3, end: 3 }, { start: 3, end: 3 })).toBe(0);
  });
  it("matches one-to-one, best overlap first, threshold 50%", () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
      { start: 40, end: 50 },
    ];
    const pred = [
      { start: 21, end: 30 },
      { start: 0, end: 9 },
      { start: 1, end: 10 },
      { start: 44, end: 60 },
    ];
    // gold 0 gets pred 1 or 2 (both 0.9; the first index wins), gold 1 gets pred 0, gold 2: 6/16 < 0.5
    expect(matchRanges(gold, pred)).toEqual([1, 0, -1]);
  });
  it("strips quote marks and spaces at both ends", () => {
    const text = "He said „ Ja, klar.“ and left";
    const r = stripMarks(text, { start: 8, end: 20 });
    expect(text.slice(r.start, r.end)).toBe("Ja, klar.");
  });
  it("locates the occurrence nearest the expected offset", () => {
    expect(locateNear("he said he would, he did", "he", 12)).toBe(8);
    expect(locateNear("abc", "x", 0)).toBe(-1);
  });
  it("maps code points to UTF-16 indices", () => {
    const text = "a😀b😀c";
    const map = codePointToUtf16(text);
    expect(map(2)).toBe(3);
    expect(text.slice(map(4), map(5))).toBe("c");
    expect(codePointToUtf16("plain")(3)).toBe(3);
  });
});

describe("publishedMatches", () => {
  it("compares on the gold's precision", () => {
    expect(publishedMatches("2026-01-26", "2026-01-26")).toBe(true);
    expect(publishedMatches("2026-01-26", "2026-01-26T09:40:00+08:00")).toBe(true);
    expect(publishedMatches("2026-01-26T09:40", "2026-01-26T09:40:00+08:00")).toBe(true);
    expect(publishedMatches("2026-01-26T09:40", "2026-01-26")).toBe(false);
    expect(publishedMatches("2026-01-26T09:40", "2026-01-26T09:41")).toBe(false);
    expect(publishedMatches("2026-01-26", "2026-01-27")).toBe(false);
    expect(publishedMatches(null, null)).toBe(true);
    expect(publishedMatches(null, "2026-01-26")).toBe(false);
    expect(publishedMatches("2026-01-26", null)).toBe(false);
  });
});

describe("normalCase and sample", () => {
  it("normal-cases capitals", () => {
    expect(normalCase("NEW YORK")).toBe("New York");
    expect(normalCase("ST. LOUIS")).toBe("St. Louis");
    expect(normalCase("RIO DE JANEIRO")).toBe("Rio De Janeiro");
  });
  it("samples evenly and keeps everything without a limit", () => {
    expect(sample([1, 2, 3, 4, 5, 6], 3)).toEqual([1, 3, 5]);
    expect(sample([1, 2], undefined)).toEqual([1, 2]);
    expect(sample([1, 2], 5)).toEqual([1, 2]);
    expect(sample([1, 2], 0)).toEqual([]);
  });
});

describe("publishedMatches with a UTC offset on the gold", () => {
  it("ignores the gold's offset but keeps its precision", () => {
    expect(publishedMatches("2026-01-26T09:40+03:00", "2026-01-26T09:40:00+03:00")).toBe(true);
    expect(publishedMatches("2026-01-26T09:40Z", "2026-01-26T09:40")).toBe(true);
    expect(publishedMatches("2026-01", "2026-01-26")).toBe(true);
    expect(publishedMatches("2026-01", "2026-02-01")).toBe(false);
  });
});
