/**
 * Paragraphs the quotes stage reads: every non-blank content line (title, subtitle, heading,
 * body), with its text trimmed. Junk kinds (captions, navigation, share, promo, legal, spam,
 * advertisements), metadata lines and blank lines are skipped.
 *
 * @module
 */
import { continuesParagraph, type Line, type LineKind } from "../schema/article.js";

export interface Paragraph {
  start: number;
  end: number;
  line: number;
}

const CONTENT: ReadonlySet<LineKind> = new Set(["title", "subtitle", "heading", "body"]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff || c === 0x0d;
}

/**
 * Content paragraphs, trimmed, in order. A body line of hard-wrapped copy that continues the
 * paragraph of the body line before it (reason `continues-paragraph`) extends that paragraph,
 * so a quotation broken over lines is one quotation.
 */
export function contentParagraphs(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!CONTENT.has(line.kind)) continue;
    let start = 0;
    let end = line.text.length;
    while (start < end && isSpace(line.text.charCodeAt(start))) start++;
    while (end > start && isSpace(line.text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    const last = out[out.length - 1];
    if (last && continuesParagraph(line, lines[i - 1])) last.end = line.start + end;
    else out.push({ start: line.start + start, end: line.start + end, line: line.n });
  }
  return out;
}
