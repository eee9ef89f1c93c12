/**
 * Paragraphs the quotes stage reads: every non-blank content line (title, subtitle, heading,
 * body), with its text trimmed. Junk kinds (captions, navigation, share, promo, legal, spam,
 * advertisements), metadata lines and blank lines are skipped.
 *
 * @module
 */
import type { Line, LineKind } from "../schema/article.js";

export interface Paragraph {
  start: number;
  end: number;
  line: number;
}

const CONTENT: ReadonlySet<LineKind> = new Set(["title", "subtitle", "heading", "body"]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff || c === 0x0d;
}

/** Content paragraphs, trimmed, in order. */
export function contentParagraphs(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const line of lines) {
    if (!CONTENT.has(line.kind)) continue;
    let start = 0;
    let end = line.text.length;
    while (start < end && isSpace(line.text.charCodeAt(start))) start++;
    while (end > start && isSpace(line.text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    out.push({ start: line.start + start, end: line.start + end, line: line.n });
  }
  return out;
}
