/**
 * Dates stage: the publication date (and the update date), the dateline, and every temporal
 * expression of the article's content lines, resolved against the publication date (else the
 * reference date, else left null).
 *
 * Pipeline, in the style of chrono-node: small parsers (`parse/`), one per family of
 * expressions, then refiners (`refine/`): drop false positives, keep the longest of overlapping
 * finds, join a weekday to the date written after it, read the clause's tense, resolve.
 * Publication date and dateline are read first (`published.ts`, `dateline.ts`) so that their
 * text is metadata, not an expression of the body. Word lists live in `data/`.
 *
 * Linear time: each line is scanned a fixed number of times by precompiled regexes without
 * nested unbounded quantifiers; lines without a digit or a letter skip the parsers.
 *
 * @module
 */
import { scanLines } from "./anchors.js";
import { type Day, parseDay } from "./calendar.js";
import { readLoneDateline, readPrefixDateline, type DatelineMatch } from "./dateline.js";
import { guessLanguage } from "./language-hint.js";
import { parseMonthName } from "./parse/month-name.js";
import { parseNumeric } from "./parse/numeric.js";
import { parseRelative } from "./parse/relative.js";
import { type Candidate, LineContext, type ParseContext, type Parser } from "./parse/types.js";
import { parseWeekday } from "./parse/weekday.js";
import {
  choosePublished,
  collectCandidates,
  formatPublished,
  plausible,
  type PublishedCandidate,
  readHeader,
  SCORES,
} from "./published.js";
import { joinWeekdayDates, resolveOverlaps } from "./refine/merge.js";
import { isFalsePositive } from "./refine/reject.js";
import { resolve, resolveMonthDayValue } from "./refine/resolve.js";
import { detectTense } from "./refine/tense.js";
import type { Dateline, DateMention, Line, LineKind, Published } from "../schema/article.js";

export interface DateFindings {
  published: Published | null;
  updated: Published | null;
  dateline: Dateline | null;
  dates: DateMention[];
}

export interface DateOptions {
  /** `YYYY-MM-DD`: what relative expressions resolve against when the text carries no date. */
  referenceDate?: string | undefined;
  /** The article language (ISO 639-1) from the language stage; guessed from the lines when absent. */
  language?: string | undefined;
}

/** Line kinds whose text is read for temporal expressions. */
const CONTENT_KINDS: ReadonlySet<LineKind> = new Set(["title", "subtitle", "heading", "body"]);
/** Junk kinds: never read for expressions, publication dates or datelines. */
const JUNK_KINDS: ReadonlySet<LineKind> = new Set(["caption", "navigation", "share", "promo", "legal", "spam", "advertisement", "blank"]);
/** Kinds whose whole line is page metadata. */
const META_KINDS: ReadonlySet<LineKind> = new Set(["byline", "dateline", "date"]);

/** How far down the page its own date and the dateline are looked for. */
const TOP_LINES = 30;
const TOP_CONTENT_LINES = 12;
const LONG_LINE_WORDS = 15;
/** A lone dateline line is among the first five non-blank lines. */
const LONE_DATELINE_RANK = 5;

const PARSERS: readonly Parser[] = [parseNumeric, parseMonthName, parseWeekday, parseRelative];
const SAMPLE_CHARS = 4000;

/** Find the publication date, the dateline and every temporal expression. */
export function extractDates(lines: readonly Line[], options: DateOptions = {}): DateFindings {
  const reference = parseDay(options.referenceDate);
  // The article's language is needed only for a few ambiguous words: computed on first use.
  let language: string | undefined;
  const context: ParseContext = {
    get language() {
      language ??= options.language && options.language !== "und" ? options.language : articleLanguage(lines);
      return language;
    },
  };
  const excluded: { start: number; end: number }[] = [];
  const metaLines = new Set<number>();

  // 1. The scraper header on the first non-blank line.
  const firstIndex = lines.findIndex((l) => !isBlank(l));
  const first = firstIndex === -1 ? undefined : lines[firstIndex];
  const header = first ? readHeader(first.text) : null;
  let headerCandidate: PublishedCandidate | null = null;
  if (first && header) {
    const { value, precision } = formatPublished(header.day, header.time);
    const start = first.start + first.text.indexOf(header.raw);
    headerCandidate = {
      published: { value, precision, raw: header.raw, from: "header", line: first.n },
      day: header.day,
      score: SCORES.header,
      updated: false,
      line: first.n,
      start,
      end: start + header.raw.length,
    };
    excluded.push({ start: first.start, end: first.start + header.length });
  }

  // 2. The dateline, in the first content lines.
  const top = topLines(lines);
  const found = findDateline(lines, top, firstIndex, header?.length ?? 0);
  let dateline: Dateline | null = null;
  let datelineCandidate: PublishedCandidate | null = null;
  if (found) {
    const { match, line } = found;
    const start = line.start + match.start;
    const end = line.start + match.end;
    const raw = line.text.slice(match.start, match.end).replace(/[\s\u00a0]+$/u, "");
    dateline = { place: match.place, agency: match.agency, raw, start, end: start + raw.length };
    excluded.push({ start, end });
    if (match.end >= line.text.trimEnd().length) metaLines.add(line.n);
    if (match.date) {
      const day = datelineDay(match.date, reference);
      if (day) {
        const { value, precision } = formatPublished(day, null);
        datelineCandidate = {
          published: { value, precision, raw, from: "dateline", line: line.n },
          day,
          score: SCORES.dateline,
          updated: false,
          line: line.n,
          start,
          end: start + raw.length,
        };
      }
    }
  }

  // 3. The page's own dates; choose.
  const storyStart = Math.min(found ? found.line.n : Number.POSITIVE_INFINITY, firstLongLine(lines, top));
  const pageCandidates = collectCandidates({ lines, top, reference, context, storyStart, skip: excluded, metaLines });
  const all = [...(headerCandidate ? [headerCandidate] : []), ...pageCandidates, ...(datelineCandidate ? [datelineCandidate] : [])];
  const chosen = choosePublished(all, reference);
  for (const c of pageCandidates) if (!metaLines.has(c.line)) excluded.push({ start: c.start, end: c.end });

  // 4. Temporal expressions, resolved against the publication day, else the reference.
  const resolveAgainst: Day | null = chosen.published ? publishedDay(chosen.published) : reference;
  const dates: DateMention[] = [];
  const content = lines.filter((line) => CONTENT_KINDS.has(line.kind) && !metaLines.has(line.n) && line.text.length > 0);
  const families = scanLines(content.map((line) => line.text));
  content.forEach((line, i) => {
    const f = families[i] ?? 0;
    if (f !== 0) for (const mention of lineMentions(line, f, context, resolveAgainst, excluded)) dates.push(mention);
  });

  return {
    published: chosen.published?.published ?? null,
    updated: chosen.updated?.published ?? null,
    dateline,
    dates,
  };
}

function publishedDay(c: PublishedCandidate): Day {
  return c.day;
}

/** The dateline's month-day with its own year, else the reference's year (the latest on or before the reference). */
function datelineDay(date: NonNullable<DatelineMatch["date"]>, reference: Day | null): Day | null {
  if (date.y !== null) {
    const day = { y: date.y, m: date.m, d: date.d };
    return plausible(day, reference) ? day : null;
  }
  if (!reference) return null;
  const value = resolveMonthDayValue(date.m, date.d, reference, "past");
  return value && plausible(value, reference) ? value : null;
}

/** Language of the article for the stage's few language-gated words. */
function articleLanguage(lines: readonly Line[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const code = line.language?.code;
    if (code && code !== "und") counts.set(code, (counts.get(code) ?? 0) + line.text.length);
  }
  if (counts.size > 0) return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  let sample = "";
  for (const line of lines) {
    if (JUNK_KINDS.has(line.kind)) continue;
    sample += `${line.text}\n`;
    if (sample.length >= SAMPLE_CHARS) break;
  }
  return guessLanguage(sample);
}

/**
 * Indexes of the lines where the page's own date and the dateline may be: the first non-blank
 * lines whatever their kind (a line classifier may take a dateline for junk), until two
 * paragraph-like lines have been seen; further down, only lines labelled byline, dateline or date.
 */
function topLines(lines: readonly Line[]): number[] {
  const out: number[] = [];
  // Lines labelled byline, dateline or date further down are read too (when the lines stage labels them).
  const anyMeta = lines.some((l) => META_KINDS.has(l.kind));
  let seen = 0;
  let longSeen = 0;
  let open = true;
  for (let i = 0; i < lines.length && i < TOP_LINES + 200; i++) {
    const line = lines[i]!;
    if (!open || i >= TOP_LINES) {
      if (!anyMeta) break;
      if (META_KINDS.has(line.kind) && !isBlank(line)) out.push(i);
      continue;
    }
    if (isBlank(line)) continue;
    out.push(i);
    seen++;
    if (hasWords(line.text, LONG_LINE_WORDS)) longSeen++;
    if (longSeen >= 2 || seen >= TOP_CONTENT_LINES) open = false;
  }
  return out;
}

/** Line number of the first paragraph-like line among the top lines (Infinity when none). */
function firstLongLine(lines: readonly Line[], top: readonly number[]): number {
  for (const index of top) {
    const line = lines[index]!;
    if (!META_KINDS.has(line.kind) && hasWords(line.text, LONG_LINE_WORDS)) return line.n;
  }
  return Number.POSITIVE_INFINITY;
}

const NON_SPACE = /\S/u;

function isBlank(line: Line): boolean {
  return line.kind === "blank" || !NON_SPACE.test(line.text);
}

/** Whether `text` has at least `n` space-separated words (stops counting at `n`). */
function hasWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < n; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words >= n;
}

const UPPER = /\p{Lu}/gu;
const LETTER = /\p{L}/gu;

/** A line in capitals: no lower-case letter, and most letters upper-case (Arabic or Chinese text with "CNN" is not). */
function isAllCaps(full: string): boolean {
  const text = full.slice(0, 200);
  if (/\p{Ll}/u.test(text)) return false;
  const upper = text.match(UPPER)?.length ?? 0;
  return upper > 0 && upper * 2 >= (text.match(LETTER)?.length ?? 0);
}

/** The first dateline among the top lines: a prefix of a content line or a lone line. */
function findDateline(
  lines: readonly Line[],
  top: readonly number[],
  firstIndex: number,
  headerLength: number,
): { match: DatelineMatch; line: Line } | null {
  let rank = -1;
  for (const index of top) {
    const line = lines[index]!;
    rank++;
    if (line.kind === "byline" || line.kind === "date") continue;
    const from = index === firstIndex ? headerLength : 0;
    const text = line.text;
    if (line.kind === "dateline") {
      const lone = readLoneDateline(text, true);
      if (lone) return { match: lone, line };
    }
    // A headline in capitals is not a dateline line.
    if (!isAllCaps(text.slice(from))) {
      const prefix = readPrefixDateline(text, from);
      if (prefix) return { match: prefix, line };
    }
    // A lone place in capitals: among the first lines (not the headline), before a paragraph.
    if (index !== firstIndex && from === 0 && rank < LONE_DATELINE_RANK) {
      const lone = readLoneDateline(text, false);
      if (lone && nextContentIsLong(lines, index)) return { match: lone, line };
    }
  }
  return null;
}

/** Whether a paragraph follows the line (a lone dateline introduces the story). */
function nextContentIsLong(lines: readonly Line[], index: number): boolean {
  for (let i = index + 1; i < lines.length && i <= index + 6; i++) {
    const line = lines[i]!;
    if (line.text.trim() === "") continue;
    return hasWords(line.text, LONG_LINE_WORDS);
  }
  return false;
}

/** Every temporal expression of one line. */
function lineMentions(line: Line, families: number, context: ParseContext, reference: Day | null, excluded: readonly { start: number; end: number }[]): DateMention[] {
  const text = line.text;
  const lineContext = new LineContext(context, families);
  let candidates: Candidate[] = [];
  for (const parse of PARSERS) for (const c of parse(text, lineContext)) candidates.push(c);
  if (candidates.length === 0) return [];
  candidates = candidates.filter((c) => {
    const start = line.start + c.start;
    const end = line.start + c.end;
    if (excluded.some((x) => start < x.end && x.start < end)) return false;
    return !isFalsePositive(text, c);
  });
  candidates = joinWeekdayDates(text, resolveOverlaps(candidates));
  return candidates.map((c) => {
    const tense = detectTense(text, c.start, c.end, context.language);
    const resolved = resolve(c.expr, reference, tense);
    return {
      text: text.slice(c.start, c.end),
      start: line.start + c.start,
      end: line.start + c.end,
      line: line.n,
      value: resolved.value,
      precision: resolved.precision,
      relative: resolved.relative,
      tense,
    };
  });
}
