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

describe("a left double mark set off by a space", () => {
  it("opens a quotation where that glyph only opens", () => {
    expect(pairs("As the port authority put it, “ the ferries will run again by May.”")).toEqual([" the ferries will run again by May."]);
    expect(pairs("“It was a long night,” Jane Roe said. “ You know, the ferry never came.”")).toEqual(["It was a long night,", " You know, the ferry never came."]);
  });

  it("stays a closing mark in German copy, where it closes `„…“`", () => {
    expect(pairs("Er sagte: „Die Fähre kommt.“ Dann ging er.", "de")).toEqual(["Die Fähre kommt."]);
  });

  it("is no opener with a space on both sides of it and nothing after", () => {
    expect(pairs("The sign read “ ” and nothing else.")).toEqual([]);
  });
});
