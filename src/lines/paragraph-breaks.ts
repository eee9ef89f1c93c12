/**
 * Paragraphs of hard-wrapped copy. A wire story or an e-mail breaks its paragraphs over lines
 * of 65-80 columns; a new paragraph begins after a blank line, at a first-line indent
 * (`    "By requiring…`), or after a line that ends a sentence well short of the wrap width.
 * Every other line of text continues the paragraph of the line before it.
 *
 * @module
 */
import { CONTINUES_PARAGRAPH } from "../schema/lines.js";
import type { TextLine } from "../schema/stages.js";
import type { Assessment } from "./assessment.js";
import { isWrappedText } from "./page.js";

/** A line ending a sentence at less than this share of the wrap width ends its paragraph. */
const SHORT_LAST_LINE = 0.7;

/**
 * Most lines one paragraph may have: wire paragraphs have a handful; copy that never breaks its
 * paragraphs is cut into pieces of this size, so no paragraph grows without bound.
 */
const MAX_PARAGRAPH_LINES = 40;

/** Mark the lines that continue the paragraph of the line before them (hard-wrapped pages only). */
export function markParagraphContinuations(lines: readonly TextLine[], assessed: readonly (Assessment | null)[]): void {
  let width = 0;
  for (const a of assessed) if (a && a.features.text.length > width) width = a.features.text.length;
  let paragraphLines = 1;
  for (let i = 1; i < assessed.length; i++) {
    const a = assessed[i] ?? null;
    const previous = assessed[i - 1] ?? null;
    const continues =
      isWrappedText(a) &&
      isWrappedText(previous) &&
      indentOf(lines[i]!.text) <= indentOf(lines[i - 1]!.text) &&
      !(previous!.features.endsSentence && previous!.features.text.length < width * SHORT_LAST_LINE) &&
      paragraphLines < MAX_PARAGRAPH_LINES;
    if (continues) {
      a!.reasons.push(CONTINUES_PARAGRAPH);
      paragraphLines++;
    } else paragraphLines = 1;
  }
}

/** Leading spaces and tabs. */
function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}
