import { describe, expect, it } from "vitest";
import { isOrdinary, lineStyles } from "../../src/names/ordinary.js";
import { hashWord, type Token } from "../../src/names/tokens.js";
import { TEST_DEPS } from "./fixture.js";

const lex = TEST_DEPS.lexicon;
const token = (text: string, sentenceStart = false): Token => ({
  start: 0, end: text.length, text, lower: text.toLowerCase(), line: 1, upper: true, caps: text === text.toUpperCase(),
  initial: false, gapBefore: true, sentenceStart, possessive: false, cutTail: false,
});

describe("lineStyles", () => {
  it("tells title case and all caps from running text", () => {
    const styles = lineStyles(new Map([
      [1, { n: 5, upper: 5, caps: 0, lowerLong: 0 }],
      [2, { n: 5, upper: 5, caps: 5, lowerLong: 0 }],
      [3, { n: 10, upper: 9, caps: 0, lowerLong: 1 }],
    ]));
    expect([styles.get(1), styles.get(2), styles.get(3)]).toEqual(["title", "caps", undefined]);
  });
});

describe("isOrdinary", () => {
  it("always drops months and weekdays", () => {
    expect(isOrdinary(token("Monday"), false, "normal", lex, new Set())).toBe(true);
  });
  it("drops common words and lowercase-used words opening a sentence", () => {
    expect(isOrdinary(token("However", true), true, "normal", lex, new Set())).toBe(true);
    expect(isOrdinary(token("Farmers", true), true, "normal", lex, new Set([hashWord("farmers")]))).toBe(true);
    expect(isOrdinary(token("Lyon", true), true, "normal", lex, new Set())).toBe(false);
  });
  it("keeps a mid-sentence capitalized word", () => {
    expect(isOrdinary(token("Farmers"), false, "normal", lex, new Set([hashWord("farmers")]))).toBe(false);
  });
  it("drops common words anywhere in a title-case line", () => {
    expect(isOrdinary(token("With"), false, "title", lex, new Set())).toBe(true);
  });
});
