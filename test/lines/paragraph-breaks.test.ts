import { describe, expect, it } from "vitest";
import { detectLanguage, detectLineLanguages, prepareText } from "../../src/index.js";
import { classifyLines } from "../../src/lines/index.js";
import { CONTINUES_PARAGRAPH } from "../../src/schema/lines.js";
import { WRAPPED_WIRE_LINES } from "../fixtures/wire-copy.js";

function continuing(text: string): number[] {
  const prepared = prepareText(text);
  const language = detectLanguage(prepared.lines);
  const lines = classifyLines(prepared.lines, { language, lineLanguages: detectLineLanguages(prepared.lines, language) });
  return lines.filter((l) => l.reasons.includes(CONTINUES_PARAGRAPH)).map((l) => l.n);
}

const WIRE = WRAPPED_WIRE_LINES.join("\n");

describe("paragraphs of hard-wrapped copy", () => {
  it("joins wrapped lines and starts a paragraph at a first-line indent", () => {
    expect(continuing(WIRE)).toEqual([2, 3, 5, 6, 8, 9]);
  });

  it("starts a paragraph after a blank line", () => {
    const text = WIRE.replace(/\n {4}/g, "\n\n");
    expect(continuing(text)).toEqual([2, 3, 6, 7, 10, 11]);
  });

  it("starts a paragraph after a line that ends a sentence well short of the wrap width", () => {
    const text = WIRE.replace(/\n {4}/g, "\n");
    expect(continuing(text)).toEqual([2, 3, 5, 6, 8, 9]);
  });

  it("cuts copy that never breaks its paragraphs into pieces of at most 40 lines", () => {
    const sentence = ["the council met on a cold morning and argued about the", "budget for the new bridge while the mayor listened to them"];
    const text = Array.from({ length: 45 }, (_, i) => `${sentence[i % 2]} ${i}`).join("\n");
    const lines = continuing(text);
    expect(lines).toHaveLength(43);
    expect(lines).not.toContain(41);
  });

  it("leaves pages that are not hard-wrapped alone", () => {
    const text = "A headline\n\nOne long paragraph of prose that runs well past the width at which wire copy is wrapped, as web pages do.\nAnother paragraph of the same kind, again longer than any wrapped line would be in an e-mail or a wire story.";
    expect(continuing(text)).toEqual([]);
  });
});
