import { describe, expect, it } from "vitest";
import { WordTable } from "../../src/language/word-table.js";

describe("WordTable", () => {
  const words = new Map([
    ["the", 1],
    ["und", 2],
    ["für", 3],
    ["και", 4],
    ["σας", 5],
    ["i̇s", 6],
  ]);
  const table = new WordTable(words);
  const lookup = (text: string) => table.get(`(${text})`, 1, 1 + text.length);

  it("finds a word in any case, as toLowerCase would give it", () => {
    expect(["The", "THE", "und", "FÜR", "ΚΑΙ"].map(lookup)).toEqual([1, 1, 2, 3, 4]);
  });
  it("takes the exact path for letters whose lowercase depends on the word (final sigma, dotted I)", () => {
    expect(lookup("ΣΑΣ")).toBe(words.get("ΣΑΣ".toLowerCase()));
    expect(lookup("İS")).toBe(6);
  });
  it("finds nothing for other words, longer words or parts of words", () => {
    expect(["them", "th", "undo", "a"].map(lookup)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
