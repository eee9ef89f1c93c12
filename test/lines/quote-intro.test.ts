import { describe, expect, it } from "vitest";
import { detectLanguage, detectLineLanguages } from "../../src/language/index.js";
import { classifyLines } from "../../src/lines/index.js";
import { prepareText } from "../../src/prepare/index.js";
import { isCommentMarker } from "../../src/lines/shape.js";
import { lineFeatures } from "../../src/lines/features.js";
import { normalizeForMatch } from "../../src/lines/normalize.js";

function classify(text: string) {
  const prepared = prepareText(text);
  const language = detectLanguage(prepared.lines);
  return classifyLines(prepared.lines, { language, lineLanguages: detectLineLanguages(prepared.lines, language) });
}

const commentMarker = (line: string) => isCommentMarker(normalizeForMatch(line), line, lineFeatures(line, new Set()));

describe("a line that introduces a quotation", () => {
  it("is no commenter's name line when a pronoun or a determiner opens it", () => {
    expect(commentMarker("He said:")).toBe(false);
    expect(commentMarker("The minister wrote:")).toBe(false);
    expect(commentMarker("Sie sagt:")).toBe(false);
    expect(commentMarker("janeroe says:")).toBe(true);
    expect(commentMarker("Max Muster schreibt:")).toBe(true);
  });

  const para = (s: string) =>
    `${s} The harbour authority said the new quay would open in the spring, several months later than planned, because the steel for the pilings arrived late from the mill.`;
  const text = [para("Work on the quay has been slow."), "", para("The delay has angered the fishing fleet."), "", "He said:", "", "\"We have waited long enough for this, and the boats cannot keep landing their catch at the old pier while the work drags on.\"", "", para("Fishers met on Monday.")].join("\n");

  it("stays in the text, and is no heading over the quotation", () => {
    const lines = classify(text);
    const intro = lines.find((l) => l.text === "He said:")!;
    expect(intro.kind).toBe("body");
    expect(intro.reasons).not.toContain("comment-section");
    expect(lines[0]!.kind).toBe("body");
  });
});
