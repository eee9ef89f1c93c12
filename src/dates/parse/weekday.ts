/**
 * Weekdays, with an optional qualifier: `Monday`, `last Friday`, `next Sunday`, `lundi
 * dernier`, `am kommenden Montag`, `el próximo lunes`, `в следующий понедельник`, `周一`,
 * `下周五`, `يوم الاثنين المقبل`. Words such as "earlier" or "late" before the weekday are
 * not part of the expression ("earlier Wednesday" is Wednesday). Plurals ("Sundays") are habits,
 * not days, and never match.
 *
 * @module
 */
import { CJK_WEEK_SHIFT, WEEKDAY_INDEFINITE, WEEKDAY_PREFIXES, WEEKDAY_SUFFIXES } from "../data/relative.js";
import {
  ARABIC_WEEKDAY_NEEDS_DAY_WORD,
  CAPITALIZED_WEEKDAY_LANGUAGES,
  CJK_WEEKDAY_DIGITS,
  CJK_WEEKDAY_PREFIXES,
  DAY_WORDS_AFTER,
  SHORT_WEEKDAY_BEFORE,
  SHORT_WEEKDAYS,
  WEEKDAY_LANGUAGE_ONLY,
  WEEKDAY_NEEDS_DAY_WORD_AFTER,
  WEEKDAY_NOT_BEFORE,
} from "../data/weekdays.js";
import { allMatches, alternation, endingWith, escapeRegex, fold, isCapitalized, LB, LOOK_BACK, longestFirstSource, RB, WEEKDAY_FORMS } from "../lexicon.js";
import { Family } from "../anchors.js";
import { type Candidate, mayHave, type Parser } from "./types.js";

const SP = "[ \\t\\u00a0]+";
const PREFIX = `(?:(${longestFirstSource(WEEKDAY_PREFIXES.map(([w]) => w), true)})${SP})?`;
const SUFFIX = `(?:${SP}(${alternation(WEEKDAY_SUFFIXES.map(([w]) => w))})${RB})?`;
const DAY_WORD = `(?:(يوم)${SP})?`;
const DAY_AFTER = `(?:${SP}(${alternation(DAY_WORDS_AFTER)})${RB})?`;
const WEEKDAY = new RegExp(`${LB}${PREFIX}${DAY_WORD}(${longestFirstSource(WEEKDAY_FORMS.keys(), true)})${RB}${DAY_AFTER}${SUFFIX}`, "giu");
const CJK = new RegExp(
  `([${Object.keys(CJK_WEEK_SHIFT).join("")}])?(${CJK_WEEKDAY_PREFIXES.map(escapeRegex).join("|")})([${CJK_WEEKDAY_DIGITS.join("")}])`,
  "gu",
);

const INDEFINITE_BEFORE = endingWith(`(?:${alternation(WEEKDAY_INDEFINITE)})${SP}`);
const PREFIX_SHIFT = new Map(WEEKDAY_PREFIXES.map(([w, s]) => [fold(w), s]));
const SUFFIX_SHIFT = new Map(WEEKDAY_SUFFIXES.map(([w, s]) => [fold(w), s]));
const QUICK = /[\p{L}]{4}|[周週期拜]/u;
const NEXT_WORD = /^[ \t\u00a0]+([\p{L}\p{M}-]+)/u;
const SHORT_BEFORE = new Set(SHORT_WEEKDAY_BEFORE.map(fold));
const LAST_WORD = /([\p{L}\p{M}]+)[ \t\u00a0]*$/u;
/** What may follow a short weekday form ("na segunda, ...", "nesta sexta (24)"): a punctuation mark or the end. */
const SHORT_AFTER = /^[ \t\u00a0]*(?:[,.;:!?()]|$)/u;

/** Find weekdays in one line. */
export const parseWeekday: Parser = (text, context) => {
  const words = mayHave(context, Family.Weekday);
  const cjk = mayHave(context, Family.Cjk);
  if ((!words && !cjk) || !QUICK.test(text)) return [];
  const out: Candidate[] = [];
  if (words) for (const m of allMatches(WEEKDAY, text)) {
    const form = m[3] ?? "";
    const info = WEEKDAY_FORMS.get(fold(form));
    if (!info) continue;
    if (CAPITALIZED_WEEKDAY_LANGUAGES.has(info.language) && !isCapitalized(form)) continue;
    if (info.language === "ar" && ARABIC_WEEKDAY_NEEDS_DAY_WORD.has(form) && m[2] === undefined) continue;
    const key = fold(form);
    const owners = WEEKDAY_LANGUAGE_ONLY[key];
    if (owners && !owners.includes(context.language)) continue;
    if (WEEKDAY_NEEDS_DAY_WORD_AFTER.has(key) && m[4] === undefined) continue;
    const formEnd = m.index + m[0].indexOf(form, m[1]?.length ?? 0) + form.length;
    const notBefore = WEEKDAY_NOT_BEFORE[key];
    if (notBefore) {
      const next = NEXT_WORD.exec(text.slice(formEnd, formEnd + 20))?.[1];
      if (next !== undefined && notBefore.includes(fold(next))) continue;
    }
    if (SHORT_WEEKDAYS.has(key) && !shortWeekdayFits(text, m.index, m[1], formEnd)) continue;
    const prefix = m[1] !== undefined ? PREFIX_SHIFT.get(fold(m[1])) : undefined;
    const suffix = m[5] !== undefined ? SUFFIX_SHIFT.get(fold(m[5])) : undefined;
    if (m[1] === undefined && suffix === undefined && INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.index - LOOK_BACK), m.index))) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    // A prefix of the wrong language ("ce" before "Monday") is not a qualifier: leave it out.
    const shift: number | null = prefix ?? suffix ?? null;
    if (m[1] !== undefined && prefix === undefined) start += m[0].indexOf(form);
    if (m[5] !== undefined && suffix === undefined) end = m[4] !== undefined ? m.index + m[0].lastIndexOf(m[4]) + m[4].length : formEnd;
    out.push({ start, end, expr: { kind: "weekday", weekday: info.weekday, shift }, parser: "weekday" });
  }
  if (cjk) for (const m of allMatches(CJK, text)) {
    const digit = m[3] ?? "";
    const weekday = CJK_WEEKDAY_DIGITS.findIndex((chars) => chars.includes(digit));
    if (weekday === -1) continue;
    // "一周一次" (once a week) is not Monday: the prefix "周" must not follow a numeral.
    const before = text.charAt(m.index - 1);
    if (m[1] === undefined && /[一二三四五六七八九十两几每]/u.test(before)) continue;
    const shift = m[1] !== undefined ? (CJK_WEEK_SHIFT[m[1]] ?? null) : null;
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: "weekday", weekday, shift }, parser: "weekday-cjk" });
  }
  return out;
};

/**
 * A short Portuguese weekday ("segunda", "sexta") is a day only after "na", "nesta", "na
 * próxima"... and before a punctuation mark: "na segunda metade" is the second half.
 */
function shortWeekdayFits(text: string, start: number, prefix: string | undefined, formEnd: number): boolean {
  const before = prefix !== undefined ? prefix : LAST_WORD.exec(text.slice(Math.max(0, start - LOOK_BACK), start))?.[1];
  if (before === undefined) return false;
  const words = before.split(/[ \t\u00a0]+/u);
  if (!SHORT_BEFORE.has(fold(words[words.length - 1] ?? ""))) return false;
  return SHORT_AFTER.test(text.slice(formEnd, formEnd + 4));
}
