import { describe, expect, it } from "vitest";
import { isApostrophe } from "../../src/quotes/apostrophe.js";

const at = (text: string, mark: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(mark, i + 1);
  return isApostrophe(text, i);
};

describe("isApostrophe", () => {
  it("inside a word", () => {
    expect(at("Norway's fjords", "'")).toBe(true);
    expect(at("the mayor’s office", "’")).toBe(true);
    expect(at("don't", "'")).toBe(true);
  });
  it("eliding a decade or a word", () => {
    expect(at("music of the ’80s", "’")).toBe(true);
    expect(at("back in '07 we", "'")).toBe(true);
    expect(at("rock 'n' roll", "'", 0)).toBe(true);
    expect(at("rock ’n’ roll", "’", 0)).toBe(true);
    expect(at("rock 'n' roll", "'", 1)).toBe(false); // after the elided n: a closing-looking mark, dropped by the pairing
  });
  it("not at the edges of a quotation", () => {
    expect(at("he said 'yes' today", "'", 0)).toBe(false);
    expect(at("he said 'yes' today", "'", 1)).toBe(false);
    expect(at("a ‘test’ case", "‘")).toBe(false);
  });
});
