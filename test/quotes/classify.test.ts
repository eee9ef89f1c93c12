import { describe, expect, it } from "vitest";
import { quoteKind, isSpeech, type QuoteShape } from "../../src/quotes/classify.js";

const base: QuoteShape = {
  words: 3,
  clause: false,
  upper: false,
  titleCase: false,
  allCapitalized: false,
  sentenceStart: false,
  namedBefore: false,
  wordsNoun: false,
  alone: false,
  markup: false,
  nickname: false,
  afterOwner: false,
  afterPossessive: false,
  shouted: false,
  afterMedium: false,
  labelled: false,
  colonEnd: false,
  address: false,
  characterized: false,
  closesSentence: false,
  workNear: false,
  authored: false,
  labelAfter: false,
};

describe("quoteKind", () => {
  it("a clause is direct, a fragment partial", () => {
    expect(quoteKind({ ...base, words: 6, clause: true })).toBe("direct");
    expect(quoteKind({ ...base, words: 3 })).toBe("partial");
    expect(quoteKind({ ...base, words: 6, upper: true, sentenceStart: true })).toBe("direct");
    expect(quoteKind({ ...base, words: 2, upper: true, sentenceStart: true })).toBe("partial");
  });
});

describe("isSpeech", () => {
  it("rejects markup, headings, names and nicknames", () => {
    expect(isSpeech({ ...base, markup: true }, false, false, false)).toBe(false);
    expect(isSpeech({ ...base, alone: true, titleCase: true }, false, false, false)).toBe(false);
    expect(isSpeech({ ...base, namedBefore: true }, true, false, false)).toBe(false);
    expect(isSpeech({ ...base, words: 1, upper: true, nickname: true }, false, false, false)).toBe(false);
    expect(isSpeech({ ...base, titleCase: true, afterOwner: true }, false, false, false)).toBe(false);
  });
  it("rejects a label alone in its paragraph", () => {
    expect(isSpeech({ ...base, words: 1, upper: true, alone: true, colonEnd: true }, false, false, false)).toBe(false);
    expect(isSpeech({ ...base, words: 1, upper: true, alone: true }, false, false, false)).toBe(true);
  });
  it("keeps a mention after a noun for words, not in title case, only with attribution", () => {
    const mention = { ...base, namedBefore: true, wordsNoun: true };
    expect(isSpeech(mention, true, false, false)).toBe(true);
    expect(isSpeech(mention, false, false, false, true)).toBe(true);
    expect(isSpeech(mention, false, false, false, false)).toBe(false);
    expect(isSpeech({ ...mention, upper: true }, true, false, false)).toBe(true);
    expect(isSpeech({ ...mention, upper: true, titleCase: true }, true, false, false)).toBe(false);
    expect(isSpeech(mention, true, false, true)).toBe(false);
  });
  it("keeps a named-before quotation that is a sentence", () => {
    expect(isSpeech({ ...base, words: 6, clause: true, namedBefore: true }, true, true, false)).toBe(true);
  });
  it("asks for a cue where the press also quotes names", () => {
    expect(isSpeech({ ...base }, false, false, true)).toBe(false);
    expect(isSpeech({ ...base }, true, false, true)).toBe(true);
    expect(isSpeech({ ...base, words: 2, allCapitalized: true }, true, true, true)).toBe(false);
    expect(isSpeech({ ...base, words: 5, clause: true }, false, false, true)).toBe(true);
  });
  it("asks a short fragment with no cue for attribution in its sentence (English)", () => {
    const fragment = { ...base, words: 2 };
    expect(isSpeech(fragment, false, false, false, false)).toBe(false);
    expect(isSpeech(fragment, false, false, false, true)).toBe(true);
    expect(isSpeech(fragment, true, false, false, false)).toBe(true);
    expect(isSpeech({ ...fragment, upper: true, sentenceStart: true, closesSentence: true }, false, false, false, false)).toBe(true);
    expect(isSpeech({ ...base, words: 9 }, false, false, false, false)).toBe(true);
  });
  it("rejects titles of works, programmes and title-case runs", () => {
    const title = { ...base, words: 2, upper: true, titleCase: true, allCapitalized: true };
    expect(isSpeech({ ...title, workNear: true }, true, false, false)).toBe(false);
    // A cue next to it attributes a title that opens its clause, not one inside the reporter's clause.
    expect(isSpeech({ ...title, workNear: true, sentenceStart: true }, true, true, false)).toBe(true);
    expect(isSpeech({ ...title, workNear: true }, true, true, false)).toBe(false);
    expect(isSpeech({ ...base, words: 1, upper: true, afterPossessive: true }, true, false, false)).toBe(false);
    expect(isSpeech({ ...base, words: 1, upper: true, afterOwner: true }, true, false, false)).toBe(true);
    expect(isSpeech({ ...title, afterMedium: true }, true, false, false)).toBe(false);
    expect(isSpeech({ ...base, words: 7, upper: true, titleCase: true }, false, false, false, true)).toBe(false);
    expect(isSpeech({ ...base, words: 7, upper: true, titleCase: true }, true, false, false)).toBe(true);
  });
});
