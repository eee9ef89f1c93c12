/**
 * Pure metric helpers of the evaluation harness: tokenizing, bag-of-words overlap,
 * precision/recall/F1, span overlap, and the text normalizations the scorers compare with.
 * No I/O here; everything is unit-tested in test/bench/eval-metrics.test.ts.
 *
 * @module
 */

/** `num / den`, or `null` when the denominator is 0 (printed as `n/a`, never NaN). */
export function ratio(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

/** Harmonic mean of precision and recall; `null` when either is unknown, 0 when both are 0. */
export function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Arithmetic mean; `null` for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Precision, recall and F1 from match counts. */
export function prf(matched: number, predicted: number, gold: number): { p: number | null; r: number | null; f1: number | null } {
  const p = ratio(matched, predicted);
  const r = ratio(matched, gold);
  return { p, r, f1: f1(p, r) };
}

const WORD = /[\p{L}\p{N}_]+/gu;

/** Unicode-aware `\w+` tokens, lower-cased. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(m[0].toLowerCase());
  return out;
}

/** Multiset of tokens. */
export function bag(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export interface BagScore {
  /** Size of the multiset intersection. */
  common: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Bag-of-words precision and recall of `predicted` against `gold` (multiset intersection of
 * lower-cased word tokens). Conventions for empty sides: both empty gives P = R = 1; an empty
 * prediction against a non-empty gold gives P = R = 0; a non-empty prediction against an empty
 * gold gives P = 0, R = 1.
 */
export function bagOfWords(predicted: string, gold: string): BagScore {
  const p = tokenize(predicted);
  const g = tokenize(gold);
  const gb = bag(g);
  let common = 0;
  for (const [token, count] of bag(p)) common += Math.min(count, gb.get(token) ?? 0);
  let precision: number;
  let recall: number;
  if (p.length === 0 && g.length === 0) {
    precision = 1;
    recall = 1;
  } else {
    precision = p.length > 0 ? common / p.length : 0;
    recall = g.length > 0 ? common / g.length : 1;
  }
  return { common, predicted: p.length, gold: g.length, precision, recall, f1: f1(precision, recall) ?? 0 };
}

/** Trim and collapse every run of whitespace to one space. */
export function collapseWs(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** `collapseWs`, keeping `null`/`undefined` as `null`. */
export function normField(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return collapseWs(value);
}

/** Case-insensitive equality after trimming and collapsing whitespace; `null` equals only `null`. */
export function sameCi(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normField(a);
  const y = normField(b);
  if (x === null || y === null) return x === y;
  return x.toLocaleLowerCase("und") === y.toLocaleLowerCase("und");
}

/** Exact equality after trimming and collapsing whitespace; `null` equals only `null`. */
export function sameExact(a: string | null | undefined, b: string | null | undefined): boolean {
  return normField(a) === normField(b);
}

/** Unify apostrophes and double quotes: ’ ‘ ‛ ʼ ′ ` ´ become ', “ ” „ ‟ ″ « » become ". */
export function unifyQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u02BC\u2032`\u00B4]/gu, "'").replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/gu, '"');
}

/** Characters that open or close a quotation. */
export const QUOTE_MARKS = "\"'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F\uFF02";

const EDGE_QUOTES = new RegExp(`^[\\s${QUOTE_MARKS}]+|[\\s${QUOTE_MARKS}]+$`, "gu");
const EDGE_JUNK = new RegExp(`^[\\s${QUOTE_MARKS}]+|[\\s${QUOTE_MARKS}.,;:!?\u2026]+$`, "gu");

/**
 * The form two quotation texts are compared in: NFC, quotes unified, whitespace collapsed,
 * surrounding quote marks, trailing `.,;:!?…` and whitespace stripped, lower-cased.
 */
export function normQuoteText(text: string): string {
  let s = collapseWs(unifyQuotes(text.normalize("NFC")));
  let prev: string;
  do {
    prev = s;
    s = s.replace(EDGE_JUNK, "");
  } while (s !== prev);
  return s.toLocaleLowerCase("und");
}

/**
 * Do two quotation texts match? Equal after {@link normQuoteText}, or one contains the other
 * and the shorter is at least `minOverlap` (default 80%) of the longer's length.
 */
export function quoteTextsMatch(a: string, b: string, minOverlap = 0.8): boolean {
  const x = normQuoteText(a);
  const y = normQuoteText(b);
  if (x === "" || y === "") return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length >= minOverlap * long.length;
}

/** A half-open `[start, end)` range. */
export interface Range {
  start: number;
  end: number;
}

/** Length of the intersection of two ranges (0 when disjoint). */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Overlap as a share of the longer range (0 when either is empty). */
export function overlapOfLonger(a: Range, b: Range): number {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return longer > 0 ? overlapLength(a, b) / longer : 0;
}

/** Do the ranges share at least one character? */
export function overlaps(a: Range, b: Range): boolean {
  return overlapLength(a, b) > 0;
}

const MARK_OR_SPACE = new RegExp(`[\\s${QUOTE_MARKS}]`, "u");

/** Shrink `range` of `text` past the quote marks and whitespace at both ends. */
export function stripMarks(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && MARK_OR_SPACE.test(text[start] ?? "")) start++;
  while (end > start && MARK_OR_SPACE.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/**
 * One-to-one greedy matching of gold and predicted ranges: pairs are taken in decreasing
 * order of overlap (share of the longer range) while that share is at least `threshold`.
 * Returns, for each gold index, the matched predicted index or -1.
 */
export function matchRanges(gold: readonly Range[], predicted: readonly Range[], threshold = 0.5): number[] {
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const score = overlapOfLonger(g, p);
      if (score >= threshold && score > 0) pairs.push({ g: gi, p: pi, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const result = gold.map(() => -1);
  const usedP = new Set<number>();
  for (const { g, p } of pairs) {
    if (result[g] !== -1 || usedP.has(p)) continue;
    result[g] = p;
    usedP.add(p);
  }
  return result;
}

/**
 * Find `needle` in `haystack`, taking the occurrence whose start is closest to `near`.
 * Returns the start index or -1.
 */
export function locateNear(haystack: string, needle: string, near: number): number {
  if (needle === "") return -1;
  let best = -1;
  let bestDist = Infinity;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const d = Math.abs(i - near);
    if (d < bestDist) {
      best = i;
      bestDist = d;
    } else if (i > near) break;
  }
  return best;
}

/**
 * Code-point offsets to UTF-16 offsets: returns a function mapping a code-point index of
 * `text` to its UTF-16 index (identity when the text has no astral characters).
 */
export function codePointToUtf16(text: string): (cp: number) => number {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(Math.max(cp, 0), map.length - 1)] ?? text.length;
}

/**
 * Does a predicted ISO value match a gold date at the gold's precision? `2026-01-26` matches
 * any value starting with that day; `2026-01-26T09:40` needs the same day and minute; gold
 * `null` matches only `null`. A UTC offset on the gold (`Z`, `+03:00`) is ignored.
 */
export function publishedMatches(gold: string | null, predicted: string | null | undefined): boolean {
  if (gold === null) return predicted === null || predicted === undefined;
  if (predicted === null || predicted === undefined) return false;
  const core = gold
    .trim()
    .replace(" ", "T")
    .replace(/(T\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?)(?:Z|[+-]\d{2}(?::?\d{2})?)$/u, "$1");
  if (core === "") return false;
  return predicted.trim().replace(" ", "T").startsWith(core);
}

/** Primary language subtag, lower-cased (`zh-Hant` gives `zh`). */
export function primaryLanguage(code: string | null | undefined): string | null {
  if (!code) return null;
  const primary = code.trim().toLowerCase().split(/[-_]/u)[0];
  return primary ? primary : null;
}

/** Normal case of an all-caps place: `NEW YORK` gives `New York`, `ST. LOUIS` gives `St. Louis`. */
export function normalCase(text: string): string {
  return collapseWs(text)
    .toLowerCase()
    .replace(/(^|[\s\-/.'(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Per-page F1 of a precision/recall pair (0 when both are 0). */
export function pageF1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Evenly spaced sample of at most `limit` items, keeping their order (all when no limit). */
export function sample<T>(items: readonly T[], limit: number | undefined): T[] {
  if (limit === undefined || limit >= items.length) return [...items];
  if (limit <= 0) return [];
  const out: T[] = [];
  for (let i = 0; i < limit; i++) {
    const item = items[Math.floor((i * items.length) / limit)];
    if (item !== undefined) out.push(item);
  }
  return out;
}

/** Shorten a string for a miss report. */
export function clip(text: string | null | undefined, max = 80): string | null {
  if (text === null || text === undefined) return null;
  const s = collapseWs(text);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
