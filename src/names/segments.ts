/**
 * The parts of the text mentions may come from: title, subtitle, heading, body, byline and
 * caption lines, minus excluded spans such as the dateline. Captions count although they are
 * not body text: a photo caption names the people of the article (the seeds' gold lists
 * entities found only in captions). Navigation, share, promo, legal, spam and advertisement
 * lines never give names. In hard-wrapped copy a
 * line that stops mid-sentence joins the next one, so a name split by the line break is
 * still one mention.
 *
 * @module
 */
import type { Line } from "../schema/article.js";
import type { Segment } from "./tokens.js";

/** Line kinds names are taken from. Bylines count (their authors are people of the article), and so do captions. */
export const NAME_LINE_KINDS: ReadonlySet<string> = new Set(["title", "subtitle", "heading", "body", "byline", "caption"]);

/** Characters that end a sentence or a quotation at a line end. */
const TERMINAL_CODES = new Set([...".!?…:;\"”»)]"].map((c) => c.charCodeAt(0)));

/** The line's last character other than white space, as a code, or -1; and the trimmed length. */
function lastCode(text: string): { code: number; length: number } {
  let k = text.length - 1;
  while (k >= 0 && (text.charCodeAt(k) <= 32 || text.charCodeAt(k) === 0xa0)) k--;
  let first = 0;
  while (first <= k && (text.charCodeAt(first) <= 32 || text.charCodeAt(first) === 0xa0)) first++;
  return { code: k >= 0 ? text.charCodeAt(k) : -1, length: k + 1 - first };
}

function endsSentence(text: string): boolean {
  return TERMINAL_CODES.has(lastCode(text).code);
}

/**
 * Whether the copy is hard-wrapped: most content lines of multi-line paragraphs stop short of
 * a sentence end and have similar lengths.
 */
export function isHardWrapped(lines: readonly Line[]): boolean {
  let open = 0;
  let total = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line || !next || !NAME_LINE_KINDS.has(line.kind) || !NAME_LINE_KINDS.has(next.kind)) continue;
    const { code, length } = lastCode(line.text);
    if (length < 30) continue;
    total++;
    if (length <= 100 && !TERMINAL_CODES.has(code)) open++;
  }
  return total >= 3 && open / total >= 0.5;
}

/** Cut the eligible lines into segments around the excluded spans. */
export function buildSegments(lines: readonly Line[], exclude: readonly { start: number; end: number }[]): Segment[] {
  const wrapped = isHardWrapped(lines);
  const spans = exclude.length > 1 ? [...exclude].sort((a, b) => a.start - b.start) : exclude;
  const segments: Segment[] = [];
  let s = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (!line || !NAME_LINE_KINDS.has(line.kind)) continue;
    const next = lines[li + 1];
    const continues =
      wrapped && next !== undefined && NAME_LINE_KINDS.has(next.kind) && lastCode(next.text).length > 0 && !endsSentence(line.text);
    let from = line.start;
    while (s < spans.length && (spans[s]?.end ?? 0) <= from) s++;
    for (let k = s; k < spans.length; k++) {
      const span = spans[k];
      if (!span || span.start >= line.end) break;
      if (span.start > from) segments.push({ start: from, end: span.start, line: line.n, joinNext: false });
      from = Math.max(from, span.end);
    }
    if (from < line.end) segments.push({ start: from, end: line.end, line: line.n, joinNext: continues });
  }
  return segments;
}
