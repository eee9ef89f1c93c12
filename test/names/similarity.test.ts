import { describe, expect, it } from "vitest";
import { wordKey } from "../../src/names/key.js";
import { keyDistance, keySimilarity, similarKeys } from "../../src/names/similarity.js";

const similar = (a: string, b: string) => similarKeys(wordKey(a), wordKey(b));

describe("keyDistance", () => {
  it("charges half for vowels and two for consonants", () => {
    expect(keyDistance("harkov", "harkiv")).toBe(0.5);
    expect(keyDistance("kiev", "kiv")).toBe(0.5);
    expect(keyDistance("peskov", "petkov")).toBe(2);
    expect(keyDistance("abc", "xyz", 1)).toBe(Infinity);
  });
});

describe("similarKeys", () => {
  it("joins transliteration variants", () => {
    expect(similar("Kharkov", "Kharkiv")).toBe(true);
    expect(similar("Kiev", "Kyiv")).toBe(true);
    expect(similar("Slavyansk", "Sloviansk")).toBe(true);
    expect(similar("Dnepropetrovsk", "Dnipropetrovsk")).toBe(true);
    expect(similar("Muhammad", "Mohamed")).toBe(true);
  });
  it("keeps apart names whose ends differ", () => {
    expect(similar("Zelensky", "Zelenska")).toBe(false);
    expect(similar("Ivanov", "Ivanova")).toBe(false);
    expect(similar("Niger", "Nigeria")).toBe(false);
    expect(similar("Iran", "Iraq")).toBe(false);
    expect(similar("Minsk", "Pinsk")).toBe(false);
    expect(similar("Peskov", "Petkov")).toBe(false);
  });
  it("allows no vowel change in short words", () => {
    expect(similar("Gaza", "Giza")).toBe(false);
    expect(similar("Mali", "Bali")).toBe(false);
  });
});

describe("keySimilarity", () => {
  it("is 1 for equal keys and 0 when the ends differ", () => {
    expect(keySimilarity("kiv", "kiv")).toBe(1);
    expect(keySimilarity("niher", "niheria")).toBe(0);
    expect(keySimilarity("harkov", "harkiv")).toBeCloseTo(1 - 0.5 / 6);
  });
});

describe("similarKeys on acronyms and numerals", () => {
  it("matches them exactly or not at all", () => {
    expect(similar("USA", "USAA")).toBe(false);
    expect(similar("III", "II")).toBe(false);
    expect(similar("NATO", "NATO")).toBe(true);
  });
});
