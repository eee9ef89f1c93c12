import { describe, expect, it } from "vitest";
import { isPlainText, plainNameWords, plainWordKey } from "../../src/names/plain-key.js";
import { nameKeys, wordKey } from "../../src/names/key.js";

// Expected keys are those of the general path (key.ts before the plain-text fast path).
describe("plainWordKey", () => {
  it("keeps acronyms and roman numerals as they are, without periods", () => {
    expect(["USA", "U.S.", "III"].map((w) => plainWordKey(w))).toEqual(["=usa", "=us", "=iii"]);
  });
  it("applies the transliteration rules, longest first, and collapses doubled letters", () => {
    expect(["Shchukin", "Tschaikowsky", "Dzhokhar", "Xi", "Quincy", "GHz", "Hz"].map((w) => plainWordKey(w))).toEqual([
      "sukin",
      "caikovski",
      "dohar",
      "ksi",
      "kuinci",
      "hs",
      "hs",
    ]);
  });
  it("keeps letters only", () => {
    expect(["O'Neill", "'Ali'", "4th"].map((w) => plainWordKey(w))).toEqual(["oneil", "ali", "t"]);
  });
  it("reads a range of a longer text", () => {
    expect(plainWordKey("said Zelensky.", 5, 13)).toBe(wordKey("Zelensky"));
  });
});

describe("plainNameWords", () => {
  it("splits at white space and hyphens and trims apostrophes", () => {
    const bounds: number[] = [];
    const name = " 'Abu'  Bakr-al ";
    const n = plainNameWords(name, bounds);
    expect(Array.from({ length: n }, (_x, w) => name.slice(bounds[2 * w], bounds[2 * w + 1]))).toEqual(["Abu", "Bakr", "al"]);
  });
});

describe("nameKeys of plain names", () => {
  it("agree with the general path", () => {
    expect(isPlainText("Kim Jong-un")).toBe(true);
    expect(nameKeys("Kim Jong-un")).toEqual(["kim", "ionh", "un"]);
    expect(nameKeys("  Abu  Bakr ")).toEqual(["abu", "bakr"]);
    expect(nameKeys("Jean-Claude  Juncker")).toEqual(["ean", "claude", "iunker"]);
    expect(nameKeys("O'Brien's")).toEqual(["obriens"]);
  });
});
