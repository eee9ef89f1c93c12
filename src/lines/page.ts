/**
 * Page-level passes over the assessed lines: hard-wrapped copy read in paragraph blocks, and
 * lines repeated on the page.
 *
 * @module
 */
import type { Assessment } from "./assessment.js";
import { densityClass } from "./density.js";
import type { LineFeatures } from "./features.js";
import type { RuleName } from "./rules.js";

/** Lines repeated on the page at least this often are boilerplate (unless prose). */
const REPEAT_MIN = 2;

/** Lines of hard-wrapped copy are at most this long (wire copy wraps at 65-80 columns). */
const WRAP_MAX = 100;

/** ...and at least this many lines of the page sit between WRAP_MIN_LINE and WRAP_MAX. */
const WRAP_MIN_LINES = 4;

const WRAP_MIN_LINE = 35;

/**
 * Hard-wrapped copy (wire stories, e-mail, plain-text archives): no line is long, and several
 * lines are close to the wrap width. Its paragraphs are blocks of lines, not single lines.
 */
export function isHardWrapped(assessed: readonly (Assessment | null)[]): boolean {
  let wrapped = 0;
  let run = 0;
  for (const a of assessed) {
    if (!a) {
      run = 0;
      continue;
    }
    if (a.features.text.length > WRAP_MAX) return false;
    if (a.features.text.length >= WRAP_MIN_LINE && !a.junk && !a.meta) {
      run++;
      if (run >= 2) wrapped++;
    } else run = 0;
  }
  return wrapped >= WRAP_MIN_LINES;
}

/**
 * In hard-wrapped copy, each block of consecutive lines is one paragraph: its lines get the
 * density class of the whole block (a wrapped line alone is always "short").
 */
export function classifyWrappedBlocks(assessed: (Assessment | null)[], hasStoplist: boolean): void {
  let start = 0;
  while (start < assessed.length) {
    while (start < assessed.length && !isWrappedText(assessed[start] ?? null)) start++;
    let end = start;
    while (end < assessed.length && isWrappedText(assessed[end] ?? null)) end++;
    if (end - start >= 2) {
      const block = assessed.slice(start, end) as Assessment[];
      const words = block.reduce((n, a) => n + a.features.words, 0);
      const stopwords = block.reduce((n, a) => n + a.features.stopwords, 0);
      const length = block.reduce((n, a) => n + a.features.length + 1, 0);
      const last = block[block.length - 1]!.features;
      const merged: LineFeatures = { ...last, length, words, stopwords, density: words > 0 ? stopwords / words : 0 };
      const cls = densityClass(merged, hasStoplist);
      for (const a of block) {
        a.density = cls;
        a.reasons = a.reasons.filter((r) => r !== "short");
        a.reasons.push("wrapped-paragraph");
      }
    }
    start = end;
  }
}

export function isWrappedText(a: Assessment | null): boolean {
  return a !== null && !a.junk && !a.meta;
}

/**
 * Repeats on one page: short lines that occur more than once are menus and widgets (every
 * occurrence); a long line seen earlier on the page is a copy (a teaser or meta description
 * repeating the article), so only its later occurrences count as repeated.
 */
export function markRepeats(assessed: (Assessment | null)[], on: (rule: RuleName) => boolean): void {
  if (!on("repeated")) return;
  const counts = new Map<string, number>();
  for (const a of assessed) if (a && a.features.length < 100) counts.set(a.normalized, (counts.get(a.normalized) ?? 0) + 1);
  const seenLong = new Set<string>();
  // Openings of the lines read so far: a long line that opens like an earlier line and runs
  // on is a digest of the text (a meta description, the article body dumped into one line).
  const openings = new Map<string, number>();
  for (let i = 0; i < assessed.length; i++) {
    const a = assessed[i];
    if (!a || a.junk || a.meta) continue;
    const text = a.features.text;
    const opening = text.length >= OPENING ? text.slice(0, OPENING) : "";
    if (a.features.length < 100) {
      if ((counts.get(a.normalized) ?? 0) >= REPEAT_MIN) a.reasons.push("repeated");
    } else {
      const key = `${a.features.length}:${text.slice(0, 80)}`;
      if (seenLong.has(key)) a.reasons.push("repeated", "duplicate");
      else if (text.length >= DIGEST_MIN && isDigest(text, openings.get(opening), assessed)) a.reasons.push("repeated", "duplicate", "digest");
      else seenLong.add(key);
    }
    if (opening !== "" && !openings.has(opening)) openings.set(opening, i);
  }
}

/**
 * A line is a digest of the text when it opens like the line at `from` and also holds the
 * opening of the line after that one: it runs several earlier lines together.
 */
function isDigest(text: string, from: number | undefined, assessed: readonly (Assessment | null)[]): boolean {
  if (from === undefined) return false;
  for (let j = from + 1; j < assessed.length; j++) {
    const next = assessed[j];
    if (!next || next.features.text.length < OPENING) continue;
    return text.includes(next.features.text.slice(0, OPENING));
  }
  return false;
}

/** Characters that identify how a line opens. */
const OPENING = 60;
/** A digest line is at least this long (several paragraphs run together). */
const DIGEST_MIN = 400;

/** How many headline lines after a promo header ("Related", "Read more") belong to it. */
const PROMO_LIST_MAX = 8;
const PROMO_LIST_MIN = 2;

/**
 * A promo header ("Related stories", "Most read", "Read more") is followed by the headlines it
 * announces: short lines without a full stop, up to the first line of prose.
 */
export function markPromoLists(assessed: (Assessment | null)[]): void {
  for (let i = 0; i < assessed.length; i++) {
    const header = assessed[i];
    if (!header || header.junk !== "promo" || !header.reasons.some((r) => r === "promo-phrase")) continue;
    const list: Assessment[] = [];
    for (let j = i + 1; j < assessed.length && list.length < PROMO_LIST_MAX; j++) {
      const a = assessed[j];
      if (!a) continue;
      if (a.junk || a.meta) break;
      const f = a.features;
      if (f.endsSentence || f.words < 3 || f.words > 18 || f.length > 140 || a.density === "good") break;
      list.push(a);
    }
    // One line after a header may be a sentence of the text; two or more are a list.
    if (list.length < PROMO_LIST_MIN) continue;
    for (const a of list) {
      a.junk = "promo";
      a.reasons.push("promo-list");
    }
  }
}
