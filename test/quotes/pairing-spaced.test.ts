import { describe, expect, it } from "vitest";
import { pairMarks } from "../../src/quotes/pairing.js";

function pairs(text: string, language = "en"): string[] {
  return pairMarks(text, 0, text.length, language).pairs.map((p) => text.slice(p.open + p.openLength, p.close));
}

describe("a closing mark set off by a space", () => {
  it("closes the open quotation after its last punctuation", () => {
    expect(pairs('"The bridge will reopen in May, " the engineer said.')).toEqual(["The bridge will reopen in May, "]);
    expect(pairs("“Will it hold? ” she asked.")).toEqual(["Will it hold? "]);
  });

  it("is no closing mark with nothing open, or after a word", () => {
    expect(pairs('He paused, " and then left.')).toEqual([]);
    expect(pairs('"The bridge " is closed.')).toEqual([]);
  });
});
