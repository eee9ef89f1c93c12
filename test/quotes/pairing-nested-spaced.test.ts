// A closing mark set off by a space after a nested quotation's closing mark (sentences written
// for these tests).
import { describe, expect, it } from "vitest";
import { pairMarks } from "../../src/quotes/pairing.js";

function pairs(text: string, language = "en"): string[] {
  return pairMarks(text, 0, text.length, language).pairs.map((p) => text.slice(p.open + p.openLength, p.close));
}

describe("a spaced closing mark after a nested quotation", () => {
  it("closes the outer quotation when the nested one ends with punctuation", () => {
    expect(pairs(`"You shake the other skipper's hand and say, 'Fair race,' " the captain said.`)).toEqual([
      "You shake the other skipper's hand and say, 'Fair race,' ",
    ]);
  });

  it("closes the outer quotation right after the nested one's closing mark, whatever ends it", () => {
    // (A mark with a space on each side cannot open; left as a stray mark, it would leave the
    // outer quotation open to the paragraph's end.)
    const text = `"They call it 'the long bend' " and more.`;
    expect(pairs(text)).toEqual(["They call it 'the long bend' "]);
    expect(pairMarks(text, 0, text.length, "en").unclosed).toBe(-1);
  });

  it("is no closing mark after a word", () => {
    const text = `"They call it the long bend " and more.`;
    expect(pairMarks(text, 0, text.length, "en").pairs).toEqual([]);
    expect(pairMarks(text, 0, text.length, "en").unclosed).toBe(0);
  });
});
