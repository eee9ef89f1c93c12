// A quotation broken over the lines of hard-wrapped copy is one quotation.
import { describe, expect, it } from "vitest";
import type { Line } from "../../src/index.js";
import { CONTINUES_PARAGRAPH } from "../../src/schema/lines.js";
import { extractQuotes } from "../../src/quotes/index.js";
import { linesOf } from "./helpers.js";

const TEXT = [
  "    The senator said many lenders hide their terms.",
  "    \"By requiring lenders to disclose the terms of their cards at",
  "the time of the offer, the bill lets people compare,\" she said in",
  "a statement.",
].join("\n");

function quotes(lines: Line[]) {
  return extractQuotes(TEXT, lines, { language: { code: "en", iso6393: "eng", script: "Latn", confidence: 1 }, exclude: [] });
}

describe("quotations in hard-wrapped copy", () => {
  it("reads the lines of one paragraph as one paragraph", () => {
    const lines = linesOf(TEXT);
    for (const n of [3, 4]) lines[n - 1]!.reasons.push(CONTINUES_PARAGRAPH);
    const [q, ...rest] = quotes(lines);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      text: "By requiring lenders to disclose the terms of their cards at\nthe time of the offer, the bill lets people compare,",
      kind: "direct",
      line: 2,
    });
    expect(q!.speaker?.mention?.text).toBe("she");
    expect(TEXT.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it("without the continuation marks, each line is a paragraph and the quotation is a low-confidence guess", () => {
    const [q] = quotes(linesOf(TEXT));
    expect(q!.text).not.toContain("By requiring");
    expect(q!.confidence).toBeLessThan(0.5);
  });
});
