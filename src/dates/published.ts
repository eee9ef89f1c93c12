/**
 * The publication date (and the update date, kept apart). Candidates, best first:
 *
 * 1. the scraper's header on the first line: ` date 2026-01-26 <headline or lead>`;
 * 2. a date the page labels as its own ("Published: 14.06.2024 07:31", "Publié le ...");
 * 3. a byline line with a date ("By X | China Daily | Updated: 2026-01-26 09:40");
 * 4. a short date line near the top ("Monday, January 17, 2022", "Published 3 hours ago");
 * 5. the dateline's own date ("SALVADOR, Feb 26 -"), its year from the reference date.
 *
 * Not the publication date: a date in the future of the reference date or before 1995 (before
 * the reference year when that is earlier), a run of date lines (other stories' timestamps),
 * a clock with seconds, and any date inside the body. An update ("Updated: ...") becomes the
 * publication date only when nothing else is found.
 *
 * @module
 */
import { Family, scanFamilies } from "./anchors.js";
import { compareDays, type Day, formatDay } from "./calendar.js";
import {
  BYLINE_WORDS,
  CLOCK_AGO_AFTER,
  CLOCK_AGO_BEFORE,
  CLOCK_COUNT_WORDS,
  CLOCK_UNITS,
  LABEL_CONNECTORS,
  PUBLISHED_LABELS,
  UPDATED_LABELS,
} from "./data/labels.js";
import { allMatches, alternation, LB, longestFirstSource } from "./lexicon.js";
import { parseMonthName } from "./parse/month-name.js";
import { parseNumeric } from "./parse/numeric.js";
import { formatTime, readTime } from "./parse/time.js";
import { resolveOverlaps } from "./refine/merge.js";
import { type Candidate, LineContext, type ParseContext, type TimeOfDay } from "./parse/types.js";
import type { DatePrecision, Line, Published } from "../schema/article.js";

/** Where a candidate was read: a span of a line. */
export interface PublishedCandidate {
  published: Published;
  day: Day;
  score: number;
  updated: boolean;
  line: number;
  /** Offsets in the article text of what the date was read from. */
  start: number;
  end: number;
}

const HEADER = /^([ \t\u00a0]*date[ \t\u00a0]+(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?)(?=[ \t\u00a0]|$)/u;
const LABEL_PUBLISHED = new RegExp(`${LB}(?:${alternation(PUBLISHED_LABELS)})(?![\\p{L}])`, "giu");
const LABEL_UPDATED = new RegExp(`${LB}(?:${alternation(UPDATED_LABELS)})(?![\\p{L}])`, "giu");
const CLOCK_COUNT = `(?:\\d{1,2}|${longestFirstSource(CLOCK_COUNT_WORDS, true)})[ \\t\\u00a0]+(?:${longestFirstSource(CLOCK_UNITS, true)})`;
const HOURS_AGO = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CLOCK_COUNT}[ \\t\\u00a0]+(?:${longestFirstSource(CLOCK_AGO_AFTER, true)})|(?:${longestFirstSource(CLOCK_AGO_BEFORE, true)})[ \\t\\u00a0]+${CLOCK_COUNT})(?![\\p{L}])`,
  "iu",
);
const BYLINE_HINT = new RegExp(`^[ \\t\\u00a0]*(?:${alternation(BYLINE_WORDS)})[ \\t\\u00a0]|[|｜]`, "iu");
const CLOCK_SECONDS = /\d{1,2}:\d{2}:\d{2}/u;
const LABELLED_TIME = new RegExp(`^[\\s\\u00a0|·•]*(?:${alternation([...PUBLISHED_LABELS, ...UPDATED_LABELS])})[\\s\\u00a0:]*(?:at[\\s\\u00a0]+)?(?=\\d)`, "iu");
const LABEL_UPDATED_START = new RegExp(`(?:${alternation(UPDATED_LABELS)})`, "iu");

/** Score of each source (higher wins). */
export const SCORES = { header: 100, labelled: 90, byline: 80, dateLine: 70, dateline: 60 } as const;

/** Read the scraper header of the first line: its date and its span in the line. */
export function readHeader(text: string): { day: Day; time: TimeOfDay | null; length: number; raw: string } | null {
  const m = HEADER.exec(text);
  if (!m) return null;
  const day = { y: Number(m[2]), m: Number(m[3]), d: Number(m[4]) };
  const time = m[5] !== undefined ? { hour: Number(m[5]), minute: Number(m[6]) } : null;
  const raw = (m[1] ?? "").trim();
  return { day, time, length: (m[1] ?? "").length, raw };
}

/** ISO value and precision of a day with an optional time. */
export function formatPublished(day: Day, time: TimeOfDay | null | undefined): { value: string; precision: DatePrecision } {
  if (!time) return { value: formatDay(day), precision: "day" };
  return { value: `${formatDay(day)}T${formatTime(time)}`, precision: "minute" };
}

const LABEL_GAP = new RegExp(`^[\\s\\u00a0:：,|·•\\-–—]*(?:(?:${alternation(LABEL_CONNECTORS)})[\\s\\u00a0]+)?[\\s\\u00a0:：]*$`, "iu");

/** The label written right before `before` ("Updated: ", "Publié le "), or null. */
function nearestLabel(text: string, before: number): "published" | "updated" | null {
  const window = text.slice(Math.max(0, before - 40), before);
  let published = -1;
  let publishedEnd = -1;
  let updated = -1;
  let updatedEnd = -1;
  for (const m of allMatches(LABEL_PUBLISHED, window)) {
    published = m.index;
    publishedEnd = m.index + m[0].length;
  }
  for (const m of allMatches(LABEL_UPDATED, window)) {
    updated = m.index;
    updatedEnd = m.index + m[0].length;
  }
  if (updated > published && LABEL_GAP.test(window.slice(updatedEnd))) return "updated";
  if (published !== -1 && LABEL_GAP.test(window.slice(publishedEnd))) return "published";
  return null;
}

/** Dates with their own year in one line (a date line, a byline, a labelled date). */
export function datesInLine(text: string, context: ParseContext): Candidate[] {
  const families = scanFamilies(text);
  if ((families & (Family.Digits | Family.Cjk)) === 0) return [];
  const lineContext = new LineContext(context, families);
  const found = [...parseNumeric(text, lineContext), ...parseMonthName(text, lineContext)].filter((c) => c.expr.kind === "day");
  return resolveOverlaps(found);
}

export interface PublishedInput {
  lines: readonly Line[];
  /** Indexes (into `lines`) of the lines to read page dates from. */
  top: readonly number[];
  reference: Day | null;
  context: ParseContext;
  /** Line number where the story begins (its dateline or first paragraph): unlabelled date lines after it are the story's own text. */
  storyStart: number;
  /** Spans (article offsets) already read, such as the scraper header: not read again. */
  skip?: readonly { start: number; end: number }[];
  /** Filled with the numbers of lines that are only a date or a byline: page metadata, not text. */
  metaLines?: Set<number>;
}

/** Every publication or update date candidate of the page's top lines. */
export function collectCandidates(input: PublishedInput): PublishedCandidate[] {
  const { lines, reference, context } = input;
  const out: PublishedCandidate[] = [];
  for (const index of input.top) {
    const line = lines[index];
    if (!line) continue;
    const text = line.text;
    if (text.length > 300) continue;
    const isByline = line.kind === "byline" || BYLINE_HINT.test(text);
    const dates = datesInLine(text, context).filter(
      (c) => !(input.skip ?? []).some((x) => line.start + c.start < x.end && x.start < line.start + c.end),
    );
    const covered = dates.reduce((sum, c) => sum + c.end - c.start, 0);
    if (dates.length > 0 && (isByline || covered * 2 >= text.trim().length)) input.metaLines?.add(line.n);
    for (const c of dates) {
      if (c.expr.kind !== "day") continue;
      const label = nearestLabel(text, c.start);
      // An unlabelled date outside a byline counts only when it is most of its line.
      const mostly = (c.end - c.start) * 2 >= text.trim().length;
      if (!label && !isByline && ((!mostly && line.kind !== "date") || line.n >= input.storyStart)) continue;
      // A clock with seconds and no zone is the site's clock (an RFC 2822 date states its zone).
      if (!label && !isByline && CLOCK_SECONDS.test(text.slice(c.start, c.end)) && !c.expr.time?.offset) continue;
      const { value, precision } = formatPublished(c.expr.day, c.expr.time);
      const score = label === "published" ? SCORES.labelled : isByline ? SCORES.byline : label === "updated" ? SCORES.byline : SCORES.dateLine;
      out.push({
        published: { value, precision, raw: text.slice(c.start, c.end), from: isByline ? "byline" : "date-line", line: line.n },
        day: c.expr.day,
        score,
        updated: label === "updated",
        line: line.n,
        start: line.start + c.start,
        end: line.start + c.end,
      });
    }
    if (dates.length === 0 && reference && text.length <= 200) {
      // "Updated 09:40 GMT": a labelled time of the reference day.
      const labelled = LABELLED_TIME.exec(text);
      const time = labelled ? readTime(text.slice(labelled.index + labelled[0].length)) : null;
      if (labelled && time) {
        const updated = LABEL_UPDATED_START.test(labelled[0]);
        const { value, precision } = formatPublished(reference, time.time);
        const start = labelled.index + labelled[0].length;
        out.push({
          published: { value, precision, raw: text.slice(start, start + time.length).trim(), from: isByline ? "byline" : "date-line", line: line.n },
          day: reference,
          score: SCORES.dateLine,
          updated,
          line: line.n,
          start: line.start + start,
          end: line.start + start + time.length,
        });
        continue;
      }
      const ago = HOURS_AGO.exec(text);
      if (ago && ((text.trim().length <= 60 && line.n < input.storyStart) || nearestLabel(text, ago.index))) {
        const label = nearestLabel(text, ago.index);
        out.push({
          published: { value: formatDay(reference), precision: "day", raw: ago[0], from: isByline ? "byline" : "date-line", line: line.n },
          day: reference,
          score: SCORES.dateLine,
          updated: label === "updated",
          line: line.n,
          start: line.start + ago.index,
          end: line.start + ago.index + ago[0].length,
        });
      }
    }
  }
  return dropLists(out);
}

/** Three or more unlabelled date lines with different days are a list of other stories. */
function dropLists(candidates: PublishedCandidate[]): PublishedCandidate[] {
  const plain = candidates.filter((c) => c.score === SCORES.dateLine);
  const days = new Set(plain.map((c) => c.published.value.slice(0, 10)));
  if (plain.length >= 3 && days.size >= 3) return candidates.filter((c) => c.score !== SCORES.dateLine);
  return candidates;
}

/** Whether a day can be a publication date, given the reference. */
export function plausible(day: Day, reference: Day | null): boolean {
  const floor = reference ? Math.min(1995, reference.y - 1) : 1995;
  if (day.y < floor) return false;
  if (reference && compareDays(day, reference) > 0) return false;
  return true;
}

/** The best publication and update dates among the candidates. */
export function choosePublished(
  candidates: readonly PublishedCandidate[],
  reference: Day | null,
): { published: PublishedCandidate | null; updated: PublishedCandidate | null } {
  const ok = candidates.filter((c) => plausible(c.day, reference));
  const best = (list: PublishedCandidate[]) =>
    list.reduce<PublishedCandidate | null>((a, c) => (a === null || c.score > a.score || (c.score === a.score && c.line < a.line) ? c : a), null);
  const updated = best(ok.filter((c) => c.updated));
  const published = best(ok.filter((c) => !c.updated)) ?? updated;
  return { published, updated };
}
