/**
 * The body with variant spellings rewritten to canonical ones, outside quotations: quoted
 * words stay as written. The edits carry offsets into the original `text`, so every other
 * offset of the Article stays valid; the rewritten body is built like `Article.body` (the
 * trimmed body and heading lines joined by a blank line).
 *
 * @module
 */
import type { Line } from "../schema/article.js";
import type { NameEdit, RewrittenBody } from "../schema/names.js";

/** What one mention should read as, or null to leave it. */
export interface Rewritable {
  start: number;
  end: number;
  text: string;
  replacement: string;
  entity: string;
}

/** Keep the edits outside quotations and within one line, in text order. */
export function selectEdits(wanted: readonly Rewritable[], quotes: readonly { start: number; end: number }[]): NameEdit[] {
  const spans = [...quotes].sort((a, b) => a.start - b.start);
  const sorted = [...wanted].sort((a, b) => a.start - b.start);
  const edits: NameEdit[] = [];
  let q = 0;
  for (const w of sorted) {
    if (w.replacement === w.text || w.text.includes("\n")) continue;
    while (q < spans.length && (spans[q]?.end ?? 0) <= w.start) q++;
    const span = spans[q];
    if (span && span.start < w.end && w.start < span.end) continue;
    const last = edits[edits.length - 1];
    if (last && last.end > w.start) continue;
    edits.push({ start: w.start, end: w.end, text: w.text, replacement: w.replacement, entity: w.entity });
  }
  return edits;
}

/** Apply edits to the body and heading lines, joined like `Article.body`. */
export function rewriteBody(lines: readonly Line[], edits: readonly NameEdit[]): RewrittenBody {
  const paragraphs: string[] = [];
  let e = 0;
  for (const line of lines) {
    if (line.kind !== "body" && line.kind !== "heading") continue;
    const lead = line.text.length - line.text.trimStart().length;
    const from = line.start + lead;
    const to = line.start + line.text.trimEnd().length;
    while (e < edits.length && (edits[e]?.start ?? 0) < from) e++;
    let out = "";
    let at = from;
    while (e < edits.length && (edits[e]?.end ?? Infinity) <= to) {
      const edit = edits[e] as NameEdit;
      out += line.text.slice(at - line.start, edit.start - line.start) + edit.replacement;
      at = edit.end;
      e++;
    }
    out += line.text.slice(at - line.start, to - line.start);
    paragraphs.push(out);
  }
  return { body: paragraphs.join("\n\n"), edits: [...edits] };
}
