/**
 * Quotation spans of an article: pairs the marks of each paragraph, joins multi-paragraph
 * quotations (a paragraph that leaves a quotation open continues into the next paragraph that
 * opens with a mark, for a few paragraphs at most), and turns broken marks into best guesses
 * of lower confidence: an opening mark left open to the end of its paragraph, a closing mark
 * with nothing to close where a paragraph's first run of sentences ends.
 *
 * @module
 */
import { ALL_MARKS, CLOSE_ONLY } from "./data/marks.js";
import type { Paragraph } from "./paragraphs.js";
import { hasMarks, pairMarks } from "./pairing.js";

/** Most quotations read in one paragraph (real copy has a handful). */
export const MAX_SPANS_PER_PARAGRAPH = 64;

/** Most paragraphs one quotation may run over. */
export const MAX_CONTINUATION = 6;

/**
 * `paired`: both marks found; `opening`: left open and continued by the next paragraph;
 * `continued`: a later piece of a multi-paragraph quotation; `unclosed`: left open with nothing
 * to continue it (best guess to the paragraph end); `unopened`: a closing mark alone (best
 * guess from the paragraph start).
 */
export type SpanKind = "paired" | "opening" | "continued" | "unclosed" | "unopened";

/** A quotation found by its marks: the words inside, trimmed, in article offsets. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Index of the paragraph it lies in. */
  paragraph: number;
  /** Offsets of the opening and closing marks (-1 when missing). */
  openMark: number;
  closeMark: number;
  /** Length of the closing mark (2 for a doubled single mark such as `''`). */
  closeLength: number;
  kind: SpanKind;
  /** Index (in the returned list) of the piece this one continues, or -1. */
  continues: number;
  /** The second half of a quotation cut at an attribution incise inside its marks (`incise.ts`). */
  afterIncise?: boolean;
}

const WORDY = /[\p{L}\p{N}]/u;

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

function opensWithMark(text: string, p: Paragraph): boolean {
  const ch = text[p.start];
  return ch !== undefined && ALL_MARKS.includes(ch) && !CLOSE_ONLY.includes(ch) && !blockMarker(text, p);
}

/** Most characters of a paragraph read for {@link blockMarker}. */
const BLOCK_REACH = 4000;

/**
 * Does the paragraph open with a straight double mark that is a block-quote marker of scraped
 * copy, not a quotation mark: it never closes in the paragraph, while curly double marks pair
 * inside it (`"The mayor, who called it a “mess,” left.`)? A quotation nested in another of the
 * same level would take the other style (`‘…’`); these curly pairs are the paragraph's quotations.
 */
export function blockMarker(text: string, p: Paragraph): boolean {
  if (text[p.start] !== STRAIGHT_DOUBLE) return false;
  const end = Math.min(p.end, p.start + BLOCK_REACH);
  let open = false;
  let paired = false;
  for (let i = p.start + 1; i < end; i++) {
    const ch = text[i];
    if (ch === STRAIGHT_DOUBLE) return false;
    if (ch === LEFT_DOUBLE) open = true;
    else if (ch === RIGHT_DOUBLE) {
      // (A curly closing mark with no curly opener closes the straight one: `"Yes,” she said`.)
      if (!open) return false;
      open = false;
      paired = true;
    }
  }
  return paired;
}

const STRAIGHT_DOUBLE = "\"";
const LEFT_DOUBLE = "\u201C";
const RIGHT_DOUBLE = "\u201D";

function pushSpan(
  out: QuoteSpan[],
  text: string,
  paragraph: number,
  openMark: number,
  closeMark: number,
  start: number,
  end: number,
  kind: SpanKind,
  continues: number,
  closeLength: number,
): number {
  const [s, e] = trimmed(text, start, end);
  if (e <= s || !WORDY.test(text.slice(s, e))) return -1;
  out.push({ start: s, end: e, paragraph, openMark, closeMark, closeLength, kind, continues });
  return out.length - 1;
}

/**
 * A lone right single mark after a plural's `s` and before a word or an opening double mark is
 * its possessive (`the staffers’ actions`, `the states’ “…”`, `CBS' ''…''`), not the end of a
 * quotation.
 */
function pluralPossessive(text: string, at: number): boolean {
  const ch = text[at];
  if (ch !== "\u2019" && ch !== "'") return false;
  const prev = text[at - 1];
  return (prev === "s" || prev === "S") && text[at + 1] === " " && /^[\p{L}\p{N}\u201C\u2018"']/u.test(text[at + 2] ?? "");
}

/** Find the quotation spans of the paragraphs, in text order. */
export function findSpans(text: string, paragraphs: readonly Paragraph[], language: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let chain = 0; // paragraphs the current continued quotation has run over
  let carried = -1; // index in `out` of the piece left open by the previous paragraph
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    if (!hasMarks(text, p.start, p.end)) {
      carried = -1;
      chain = 0;
      continue;
    }
    // (A block-quote marker opening the paragraph is no mark: the pairs inside are read alone.)
    const { pairs, unclosed, unclosedLength, orphans } = pairMarks(text, blockMarker(text, p) ? p.start + 1 : p.start, p.end, language);
    const next = paragraphs[pi + 1];
    const goesOn = unclosed !== -1 && next !== undefined && opensWithMark(text, next) && chain < MAX_CONTINUATION;
    if (pairs.length === 0 && unclosed === -1 && orphans.length === 0) {
      carried = -1;
      chain = 0;
      continue;
    }
    // A closing mark with nothing to close before any pair: the quotation runs from the
    // paragraph start (best guess; kept only when a cue confirms it).
    const firstOrphan = orphans.find((at) => !pluralPossessive(text, at));
    if (firstOrphan !== undefined && (pairs[0] === undefined || pairs[0].open > firstOrphan) && (unclosed === -1 || unclosed > firstOrphan)) {
      pushSpan(out, text, pi, -1, firstOrphan, p.start, firstOrphan, "unopened", -1, 1);
    }
    const from = carried;
    carried = -1;
    const first = out.length;
    for (const pair of pairs) {
      if (goesOn && pair.open > unclosed) break; // nested in the quotation that goes on
      if (out.length - first >= MAX_SPANS_PER_PARAGRAPH) break;
      const cont = from !== -1 && pair.open === p.start;
      pushSpan(out, text, pi, pair.open, pair.close, pair.open + pair.openLength, pair.close, cont ? "continued" : "paired", cont ? from : -1, pair.closeLength);
    }
    if (unclosed === -1) {
      chain = 0;
      continue;
    }
    const cont = from !== -1 && unclosed === p.start;
    if (goesOn) {
      carried = pushSpan(out, text, pi, unclosed, -1, unclosed + unclosedLength, p.end, cont ? "continued" : "opening", cont ? from : -1, 1);
      chain = carried === -1 ? 0 : cont ? chain + 1 : 1;
    } else {
      let nestedAfter = false;
      for (const pair of pairs) if (pair.open > unclosed) nestedAfter = true;
      if (!nestedAfter) pushSpan(out, text, pi, unclosed, -1, unclosed + unclosedLength, p.end, cont ? "continued" : "unclosed", cont ? from : -1, 1);
      chain = 0;
    }
  }
  return out;
}
