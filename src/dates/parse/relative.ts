/**
 * Expressions relative to the reference date: days (`today`, `yesterday`, `hier`, `вчера`,
 * `昨天`), spans (`last week`, `later this month`, `late last year`, `l'an dernier`,
 * `в прошлом году`, `去年`), `two days ago`, seasons (`last summer`, `summer 2022`), and years
 * after a preposition (`in 2014`, `en 2022`, `в 2022 году`).
 * Words that are relative days in one language but ordinary words in another ("hier" is
 * yesterday in French, here in German) count only in their language.
 *
 * Anchored like the month parser: a fast scan for the key word, then short regexes around it.
 *
 * @module
 */
import { Family } from "../anchors.js";
import { countsIn } from "../data/ambiguous.js";
import {
  AGO_BEFORE_WORDS,
  AGO_UNITS,
  AGO_WORDS,
  NOT_TOMORROW_AFTER,
  NUMBER_WORDS,
  RELATIVE_DAY_IDIOMS,
  RELATIVE_DAYS,
  RELATIVE_SPANS,
  SEASON_PREFIXES,
  SEASON_SUFFIXES,
  SEASON_YEAR_WORDS,
  SEASONS,
  SPAN_PARTS,
  TOMORROW_WORDS,
  WEEKEND_THIS_WORDS,
  YEAR_CASE_ENDINGS,
  YEAR_PREPOSITIONS,
  YEAR_SUFFIXES,
} from "../data/relative.js";
import { allMatches, alternation, asciiDigits, endingWith, fold, isWholeWord, LB, LOOK_BACK, longestFirstSource, RB } from "../lexicon.js";
import { type Candidate, mayHave, type Parser, type ParseContext } from "./types.js";

const SP = "[ \\t\\u00a0]+";
const DAY_MAP = new Map(RELATIVE_DAYS.map(([p, n]) => [fold(p), n]));
const SPAN_MAP = new Map(RELATIVE_SPANS.map(([p, unit, shift]) => [fold(p), { unit, shift }]));
const SEASON_MAP = new Map(SEASONS.map(([w, s]) => [fold(w), s]));
const SEASON_SHIFT = new Map(SEASON_PREFIXES.map(([w, s]) => [fold(w), s]));
const HAN = /^\p{Script=Han}/u;

const DAYS = new RegExp(longestFirstSource(RELATIVE_DAYS.map(([p]) => p)), "gi");
/** What follows a relative day in an idiom where it is no day ("vandaag de dag"). */
const IDIOM_AFTER: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(RELATIVE_DAY_IDIOMS).map(([word, rest]) => [fold(word), new RegExp(`${SP}(?:${alternation(rest)})${RB}`, "iuy")]),
);
const TOMORROW = new RegExp(alternation(TOMORROW_WORDS), "g");
/** Last words of the span phrases ("week", "année", "неделе", "月"): the anchor of a span. */
const SPAN_LAST = new RegExp(longestFirstSource(RELATIVE_SPANS.map(([p]) => lastWord(p))), "gi");
/** A whole span phrase ending where its last word ends. */
const SPAN_ENDING = endingWith(`(${longestFirstSource(RELATIVE_SPANS.map(([p]) => p), true)})`);
const SPAN_OF_AFTER = /[ \t\u00a0]+of(?![A-Za-z])/iy;
/** How far back a span phrase can start before the end of its last word. */
const SPAN_BACK = Math.max(...RELATIVE_SPANS.map(([p]) => p.length)) + 8;
const SPAN_PART_BEFORE = endingWith(`(${alternation(SPAN_PARTS)})(?:${SP}|(?<=-))`);
const AGO = new RegExp(longestFirstSource(AGO_WORDS), "gi");
const COUNT_BEFORE = endingWith(`(\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))})${SP}(${alternation(Object.keys(AGO_UNITS))})${SP}`);
/** "há três dias": the word before the count (Portuguese). */
const AGO_BEFORE = new RegExp(
  `${LB}(?:${alternation(AGO_BEFORE_WORDS)})${SP}(\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))})${SP}(${alternation(Object.keys(AGO_UNITS))})${RB}`,
  "giu",
);
/** A weekend span that names this weekend ("this weekend", "dit weekend"), not the bare "the weekend". */
const WEEKEND_THIS = new RegExp(`^(?:${alternation(WEEKEND_THIS_WORDS)})${RB}`, "iu");
const SEASON = new RegExp(longestFirstSource(SEASONS.map(([w]) => w)), "gi");
const SEASON_PREFIX_BEFORE = endingWith(`(${alternation(SEASON_PREFIXES.map(([w]) => w))})${SP}(?:the${SP})?`);
const SEASON_SUFFIX_SHIFT = new Map(SEASON_SUFFIXES.map(([w, s]) => [fold(w), s]));
const SEASON_SUFFIX_AFTER = new RegExp(`${SP}(${alternation(SEASON_SUFFIXES.map(([w]) => w))})${RB}`, "iuy");
const YEAR_AFTER_SEASON = new RegExp(`(?:${SP}(?:${alternation(SEASON_YEAR_WORDS)}))?${SP}(\\d{4})(?!\\d)`, "iy");
const YEAR = /(?<![\d.,])(?:1[89]|20|21)\d\d(?!\d)/g;
const NOT_A_YEAR_AFTER = /[\d.,:/]\d|%|[-–]\d|[A-Za-z]/y;
const YEAR_PREPOSITION_BEFORE = endingWith(`(?:${longestFirstSource(YEAR_PREPOSITIONS, true)})(?:${SP}|-)(?:the${SP}year${SP})?`);
const YEAR_SUFFIX_AFTER = new RegExp(`${SP}(?:${alternation(YEAR_SUFFIXES)})(?![\\p{L}])`, "iuy");
/** A case ending glued to the year with an apostrophe: "2022'de" (Turkish). */
const YEAR_CASE_AFTER = new RegExp(`['’](?:${alternation(YEAR_CASE_ENDINGS)})(?![\\p{L}])`, "iuy");

function lastWord(phrase: string): string {
  if (HAN.test(phrase)) return phrase;
  const words = phrase.split(" ");
  return words[words.length - 1] ?? phrase;
}

function lookBack(text: string, at: number): string {
  return text.slice(Math.max(0, at - LOOK_BACK), at);
}

function wholeOrHan(text: string, start: number, end: number): boolean {
  return HAN.test(text.charAt(start)) || isWholeWord(text, start, end);
}

/** Find relative expressions in one line. */
export const parseRelative: Parser = (raw, context) => {
  const text = asciiDigits(raw);
  const out: Candidate[] = [];
  const cjk = mayHave(context, Family.Cjk);
  if (cjk || mayHave(context, Family.RelativeDay)) relativeDays(text, context, out);
  if (cjk || mayHave(context, Family.Span)) spans(text, out);
  if (mayHave(context, Family.Ago)) ago(text, out);
  if (mayHave(context, Family.Season)) seasons(text, context, out);
  if (mayHave(context, Family.Digits)) years(text, out);
  return out;
};

function relativeDays(text: string, context: ParseContext, out: Candidate[]): void {
  DAYS.lastIndex = 0;
  for (let m = DAYS.exec(text); m !== null; m = DAYS.exec(text)) {
    const end = m.index + m[0].length;
    if (!wholeOrHan(text, m.index, end)) continue;
    const key = fold(m[0]);
    const days = DAY_MAP.get(key);
    if (days === undefined) continue;
    if (!countsIn(key, context.language)) continue;
    const idiom = IDIOM_AFTER.get(key);
    if (idiom) {
      idiom.lastIndex = end;
      if (idiom.test(text)) continue;
    }
    if (capitalizedInSentence(text, m.index)) continue;
    out.push({ start: m.index, end, expr: { kind: "relative-day", days }, parser: "relative-day" });
  }
  TOMORROW.lastIndex = 0;
  for (let m = TOMORROW.exec(text); m !== null; m = TOMORROW.exec(text)) {
    const end = m.index + m[0].length;
    if (!isWholeWord(text, m.index, end)) continue;
    if (!countsIn(m[0], context.language)) continue;
    const before = /(\p{L}+)[ \t\u00a0]+$/u.exec(lookBack(text, m.index))?.[1];
    if (before !== undefined && NOT_TOMORROW_AFTER.has(fold(before))) continue;
    out.push({ start: m.index, end, expr: { kind: "relative-day", days: 1 }, parser: "relative-day" });
  }
}

/**
 * A relative day capitalized inside a sentence is part of a name (`USA Today`, `the Today
 * show`): the word opens with a capital and a word, not a sentence end, comes before it.
 */
function capitalizedInSentence(text: string, at: number): boolean {
  const first = text.charAt(at);
  if (first === first.toLowerCase()) return false;
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--;
  return i >= 0 && i < at - 1 && /[\p{L}\p{N},]/u.test(text.charAt(i));
}

function spans(text: string, out: Candidate[]): void {
  SPAN_LAST.lastIndex = 0;
  for (let m = SPAN_LAST.exec(text); m !== null; m = SPAN_LAST.exec(text)) {
    const end = m.index + m[0].length;
    if (!wholeOrHan(text, m.index, end)) continue;
    const window = text.slice(Math.max(0, end - SPAN_BACK), end);
    const phrase = HAN.test(m[0]) ? { index: window.length - m[0].length, 0: m[0], 1: m[0] } : SPAN_ENDING.exec(window);
    const written = phrase?.[1];
    if (!phrase || written === undefined) continue;
    const span = SPAN_MAP.get(fold(written));
    if (!span) continue;
    // "the last week of January", "last year of his term": a part of something else, not a span of the calendar.
    SPAN_OF_AFTER.lastIndex = end;
    if (SPAN_OF_AFTER.test(text)) continue;
    const phraseStart = end - written.length;
    const before = lookBack(text, phraseStart);
    const part = SPAN_PART_BEFORE.exec(before);
    const start = part?.[1] !== undefined ? phraseStart - before.length + part.index + lead(part[0], part[1]) : phraseStart;
    // "the weekend" without "this" reads like a bare weekday: the most recent one unless the tense says otherwise.
    const bare = span.unit === "weekend" && span.shift === 0 && !WEEKEND_THIS.test(written);
    out.push({ start, end, expr: { kind: "span", unit: span.unit, shift: span.shift, ...(bare ? { bare } : {}) }, parser: "span" });
  }
}

/** 0 when a look-behind match starts with its word, 1 when with the character before it. */
function lead(match: string, word: string): number {
  return match.startsWith(word) ? 0 : 1;
}

function ago(text: string, out: Candidate[]): void {
  AGO.lastIndex = 0;
  for (let m = AGO.exec(text); m !== null; m = AGO.exec(text)) {
    const end = m.index + m[0].length;
    if (!isWholeWord(text, m.index, end)) continue;
    const before = lookBack(text, m.index);
    const c = COUNT_BEFORE.exec(before);
    if (!c) continue;
    const count = c[1] ?? "";
    const n = /^\d+$/u.test(count) ? Number(count) : (NUMBER_WORDS[fold(count)] ?? 0);
    const unit = AGO_UNITS[fold(c[2] ?? "")];
    if (!unit || n <= 0) continue;
    const start = m.index - before.length + c.index + lead(c[0], count);
    out.push({ start, end, expr: agoExpr(unit, n), parser: "ago" });
  }
  for (const m of allMatches(AGO_BEFORE, text)) {
    const count = m[1] ?? "";
    const n = /^\d+$/u.test(count) ? Number(count) : (NUMBER_WORDS[fold(count)] ?? 0);
    const unit = AGO_UNITS[fold(m[2] ?? "")];
    if (!unit || n <= 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, expr: agoExpr(unit, n), parser: "ago" });
  }
}

function agoExpr(unit: "day" | "week" | "month" | "year", n: number): Candidate["expr"] {
  return unit === "day" ? { kind: "relative-day", days: -n } : { kind: "ago", unit, n };
}

function seasons(text: string, context: ParseContext, out: Candidate[]): void {
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(text); m !== null; m = SEASON.exec(text)) {
    const end = m.index + m[0].length;
    if (!isWholeWord(text, m.index, end)) continue;
    const season = SEASON_MAP.get(fold(m[0]));
    if (!season || !countsIn(fold(m[0]), context.language)) continue;
    YEAR_AFTER_SEASON.lastIndex = end;
    const y = YEAR_AFTER_SEASON.exec(text);
    const before = lookBack(text, m.index);
    const prefix = SEASON_PREFIX_BEFORE.exec(before);
    const start = prefix?.[1] !== undefined ? m.index - before.length + prefix.index + lead(prefix[0], prefix[1]) : m.index;
    if (y?.[1] !== undefined) {
      out.push({ start, end: end + y[0].length, expr: { kind: "season", y: Number(y[1]), season }, parser: "season" });
    } else if (prefix?.[1] !== undefined) {
      const shift = SEASON_SHIFT.get(fold(prefix[1]));
      if (shift !== undefined) out.push({ start, end, expr: { kind: "relative-season", season, shift }, parser: "season" });
    } else {
      SEASON_SUFFIX_AFTER.lastIndex = end;
      const suffix = SEASON_SUFFIX_AFTER.exec(text);
      const shift = suffix?.[1] !== undefined ? SEASON_SUFFIX_SHIFT.get(fold(suffix[1])) : undefined;
      if (suffix && shift !== undefined) out.push({ start, end: end + suffix[0].length, expr: { kind: "relative-season", season, shift }, parser: "season" });
    }
  }
}

function years(text: string, out: Candidate[]): void {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const end = m.index + 4;
    NOT_A_YEAR_AFTER.lastIndex = end;
    if (NOT_A_YEAR_AFTER.test(text)) continue;
    YEAR_SUFFIX_AFTER.lastIndex = end;
    const suffix = YEAR_SUFFIX_AFTER.exec(text);
    if (suffix) {
      out.push({ start: m.index, end: end + suffix[0].length, expr: { kind: "year", y: Number(m[0]) }, parser: "year" });
      continue;
    }
    YEAR_CASE_AFTER.lastIndex = end;
    if (YEAR_PREPOSITION_BEFORE.test(lookBack(text, m.index)) || YEAR_CASE_AFTER.test(text)) {
      out.push({ start: m.index, end, expr: { kind: "year", y: Number(m[0]) }, parser: "year" });
    }
  }
}
