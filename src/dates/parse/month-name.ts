/**
 * Dates written with a month name, in every language of `data/months.ts`:
 * month first (`Feb. 1`, `February 1, 2022`, `Jan. 23-24`, `January 30-February 2`),
 * day first (`1 February 2022`, `1er février`, `26. Januar 2026`, `26 de enero de 2026`,
 * `26 января 2026 года`, `24-25 January`), month and year (`February 2022`, `janvier 2026`),
 * and a month after a preposition (`in May`, `en mars`, `im Mai`, `в мае`).
 * English and German month names count only when capitalized.
 *
 * Anchored: one fast scan finds the month words; the day, year and preposition around each are
 * read with sticky regexes after it and end-anchored regexes on a short slice before it.
 *
 * @module
 */
import { Family } from "../anchors.js";
import { isValidDay } from "../calendar.js";
import {
  CAPITALIZED_MONTH_LANGUAGES,
  DATE_YEAR_SUFFIXES,
  DAY_FIRST_LANGUAGES,
  MONTH_CASE_ENDINGS,
  MONTH_PREPOSITIONS,
  MONTH_PREPOSITIONS_BY_LANGUAGE,
  MONTH_SUFFIXES,
  MONTH_SUFFIXES_CAPITALIZED,
  NAME_BEFORE_MONTH,
  POSTPOSITION_MONTH_LANGUAGES,
  RANGE_WORDS,
} from "../data/months.js";
import {
  alternation,
  asciiDigits,
  endingWith,
  fold,
  isCapitalized,
  isWholeWord,
  LOOK_BACK,
  MONTH_ABBREVIATIONS,
  MONTH_FORMS,
  longestFirstSource,
  MONTH_SOURCE,
} from "../lexicon.js";
import { readTime } from "./time.js";
import { type Candidate, mayHave, type Parser } from "./types.js";

const SP = "[ \\t\\u00a0]+";
const DASH = `(?:[ \\t\\u00a0]*[-–—][ \\t\\u00a0]*|${SP}(?:${alternation(RANGE_WORDS)})${SP})`;
const OF = `(?:${SP}(?:de|of)${SP}|,?${SP}|[ \\t\\u00a0]*,[ \\t\\u00a0]*)`;
/** Letters (without the `u` flag): what may not follow a word. */
const LETTER = "a-z\\u00c0-\\u024f";
/** A word after the year that belongs to the date: "2025 r.", "2025 roku". */
const YEAR_WORD = `(?:${SP}(?:${alternation(DATE_YEAR_SUFFIXES)})(?![${LETTER}]))?`;
const YEAR_TAIL = `(?:${OF}(\\d{4})(?!\\d)${YEAR_WORD})?`;

/** Month words (no `u` flag: V8 scans a literal alternation fastest that way; as a trie, faster still). */
const MONTH_WORD = new RegExp(`(?:${longestFirstSource(MONTH_FORMS.keys())})`, "gi");
/** After the month: ` 1`, ` 23-24`, ` 30-February 2`, then `, 2026`. */
const MONTH_FIRST_TAIL = new RegExp(`\\.?${SP}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|\\.\\d)(?:${DASH}(?:(${MONTH_SOURCE})\\.?${SP})?(\\d{1,2})(?![\\d:]))?${YEAR_TAIL}`, "iy");
/** After the month: ` 2022`, ` de 2026`, ` 2024 r.`. */
const YEAR_AFTER_MONTH = new RegExp(`\\.?(?:${SP}de)?,?${SP}(\\d{4})(?!\\d)${YEAR_WORD}`, "iy");
/** After a day-first month: the optional year. */
const DAY_FIRST_TAIL = new RegExp(`\\.?${YEAR_TAIL}`, "iy");
/** Before the month: `1 `, `1er `, `26. `, `24-25 `, `1st of `, `26 de `. */
const DAY_BEFORE = new RegExp(`(?<![\\d.,:/])(\\d{1,2})(?:st|nd|rd|th|er|ème|º|\\.)?(?:${DASH}(\\d{1,2})(?:st|nd|rd|th|\\.)?)?(?:${SP}of)?(?:${SP}de)?[ \\t\\u00a0]*$`, "iu");
/** After a month without a day: ` ayında`, `'de` (Turkish). */
const MONTH_SUFFIX_AFTER = new RegExp(`(?:${SP}(?:${alternation(MONTH_SUFFIXES)})|['’](?:${alternation(MONTH_CASE_ENDINGS)}))(?![${LETTER}])`, "iy");
/** After a capitalized month without a day: ` başında`, ` sonunda`. */
const MONTH_SUFFIX_CAPITALIZED_AFTER = new RegExp(`${SP}(?:${alternation(MONTH_SUFFIXES_CAPITALIZED)})(?![${LETTER}])`, "iy");
/** Before the month: `in `, `since `, `mid-`, `в `. */
const PREPOSITION_BEFORE = endingWith(`(?:${alternation(MONTH_PREPOSITIONS)})(?:${SP}|-)`);
/** Before a month of one language: that language's own prepositions. */
const LANGUAGE_PREPOSITION_BEFORE: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(MONTH_PREPOSITIONS_BY_LANGUAGE).map(([language, words]) => [language, endingWith(`(?:${alternation(words)})${SP}`)]),
);

function month(form: string): number | null {
  const info = MONTH_FORMS.get(fold(form));
  if (!info) return null;
  if (info.languages.every((l) => CAPITALIZED_MONTH_LANGUAGES.has(l)) && !isCapitalized(form)) return null;
  return info.month;
}

/** Before a month form that is part of a name: "Rio de " before "Janeiro". */
const NAME_BEFORE: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(NAME_BEFORE_MONTH).map(([form, words]) => [fold(form), endingWith(`(?:${alternation(words)})${SP}`)]),
);

/** Whether some language of the form writes the month before the day ("Mart 5" is not Turkish). */
function monthFirst(form: string): boolean {
  return MONTH_FORMS.get(fold(form))?.languages.some((l) => !DAY_FIRST_LANGUAGES.has(l)) ?? false;
}

/**
 * Whether a preposition before the form makes it a calendar month: one of every language's
 * prepositions (not for a Turkish month, which takes a suffix instead), or one of the form's
 * own language.
 */
function afterPreposition(form: string, before: string): boolean {
  const languages = MONTH_FORMS.get(fold(form))?.languages ?? [];
  if (languages.some((l) => !POSTPOSITION_MONTH_LANGUAGES.has(l)) && PREPOSITION_BEFORE.test(before)) return true;
  return languages.some((l) => LANGUAGE_PREPOSITION_BEFORE.get(l)?.test(before) === true);
}

function year(text: string | undefined): number | null {
  if (text === undefined) return null;
  const y = Number(text);
  return y >= 1800 && y <= 2199 ? y : null;
}

/** Find month-name dates in one line. */
export const parseMonthName: Parser = (raw, context) => {
  if (!mayHave(context, Family.Month)) return [];
  const text = asciiDigits(raw);
  const out: Candidate[] = [];
  MONTH_WORD.lastIndex = 0;
  for (let m = MONTH_WORD.exec(text); m !== null; m = MONTH_WORD.exec(text)) {
    const ms = m.index;
    const me = ms + m[0].length;
    if (!isWholeWord(text, ms, me)) continue;
    const mo = month(m[0]);
    if (mo === null) continue;
    const before = text.slice(Math.max(0, ms - LOOK_BACK), ms);
    if (NAME_BEFORE.get(fold(m[0]))?.test(before)) continue;

    MONTH_FIRST_TAIL.lastIndex = me;
    const a = monthFirst(m[0]) ? MONTH_FIRST_TAIL.exec(text) : null;
    if (a) {
      const d = Number(a[1]);
      const mo2 = a[2] !== undefined ? month(a[2]) : mo;
      const d2 = a[3] !== undefined ? Number(a[3]) : undefined;
      const y = year(a[4]);
      if (mo2 !== null && isValidDay(y ?? 2024, mo, d)) push(out, text, ms, me + a[0].length, mo, d, mo2, d2, y, "month-first");
    }
    const b = DAY_BEFORE.exec(before);
    if (b) {
      const start = ms - before.length + b.index;
      const d = Number(b[1]);
      const d2 = b[2] !== undefined ? Number(b[2]) : undefined;
      DAY_FIRST_TAIL.lastIndex = me;
      const tail = DAY_FIRST_TAIL.exec(text);
      const y = year(tail?.[1]);
      const end = me + (tail?.[0].length ?? 0);
      if (isValidDay(y ?? 2024, mo, d)) push(out, text, start, end, mo, d, mo, d2, y, "day-first");
    }
    if (mayHave(context, Family.Digits)) {
      YEAR_AFTER_MONTH.lastIndex = me;
      const c = YEAR_AFTER_MONTH.exec(text);
      const y = year(c?.[1]);
      if (c && y !== null) out.push({ start: ms, end: me + c[0].length, expr: { kind: "month", y, m: mo }, parser: "month-year" });
    }
    if (afterPreposition(m[0], before)) {
      out.push({ start: ms, end: trimEnd(text, ms, me), expr: { kind: "yearless-month", m: mo }, parser: "prep-month" });
    } else {
      MONTH_SUFFIX_AFTER.lastIndex = me;
      MONTH_SUFFIX_CAPITALIZED_AFTER.lastIndex = me;
      if (MONTH_SUFFIX_AFTER.test(text) || (isCapitalized(m[0]) && MONTH_SUFFIX_CAPITALIZED_AFTER.test(text))) out.push({ start: ms, end: me, expr: { kind: "yearless-month", m: mo }, parser: "suffix-month" });
    }
  }
  return out;
};

function push(
  out: Candidate[],
  text: string,
  start: number,
  rawEnd: number,
  mo: number,
  d: number,
  mo2: number,
  d2: number | undefined,
  y: number | null,
  parser: string,
): void {
  const end = trimEnd(text, start, rawEnd);
  const isRange = d2 !== undefined && (mo2 !== mo || d2 > d);
  if (y !== null) {
    if (isRange) {
      const y2 = mo2 < mo ? y + 1 : y;
      if (!isValidDay(y2, mo2, d2)) return;
      out.push({ start, end, expr: { kind: "range", from: { y, m: mo, d }, to: { y: y2, m: mo2, d: d2 } }, parser });
      return;
    }
    const time = readTime(text.slice(end, end + 40));
    if (time) {
      out.push({ start, end: end + time.length, expr: { kind: "day", day: { y, m: mo, d }, time: time.time }, parser });
      return;
    }
    out.push({ start, end, expr: { kind: "day", day: { y, m: mo, d } }, parser });
    return;
  }
  if (isRange) {
    if (!isValidDay(2024, mo2, d2)) return;
    out.push({ start, end, expr: { kind: "month-day", m: mo, d, m2: mo2, d2 }, parser });
    return;
  }
  out.push({ start, end, expr: { kind: "month-day", m: mo, d }, parser });
}

/** Year words written with a dot ("2025 r."): the dot is theirs, not the sentence's. */
const DOTTED_YEAR_WORDS: ReadonlySet<string> = new Set(DATE_YEAR_SUFFIXES.filter((w) => w.endsWith(".")).map((w) => fold(w.slice(0, -1))));

/**
 * End of a match without trailing spaces and commas, and without a full stop that ends the
 * sentence ("on Feb 1." ends at "1"); an abbreviation keeps its dot ("Jan.").
 */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,]/u.test(text.charAt(e - 1))) e--;
  if (text.charAt(e - 1) === ".") {
    const before = text.slice(start, e - 1);
    const lastWord = /\p{L}+$/u.exec(before)?.[0];
    if (/\d$/u.test(before) || (lastWord !== undefined && !MONTH_ABBREVIATIONS.has(fold(lastWord)) && !DOTTED_YEAR_WORDS.has(fold(lastWord)))) e--;
  }
  return e;
}
