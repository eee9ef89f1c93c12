/**
 * The fast path of the stage: one hand-written pass over a line that finds the words and digit
 * runs any parser could start from ("anchors"), without allocating for ordinary words. A line
 * without anchors (most lines) is not parsed at all; a line with anchors runs only the parser
 * families they name. The trigger words come from `data/` (the last word of each phrase).
 *
 * @module
 */
import { MONTHS } from "./data/months.js";
import { AGO_BEFORE_WORDS, AGO_WORDS, RELATIVE_DAYS, RELATIVE_SPANS, SEASONS, TOMORROW_WORDS, YEAR_SUFFIXES } from "./data/relative.js";
import { WEEKDAYS } from "./data/weekdays.js";
import { escapeRegex, fold, trieSource } from "./lexicon.js";

/** Parser families an anchor can start. */
export const Family = {
  Month: 1,
  Weekday: 2,
  RelativeDay: 4,
  Span: 8,
  Ago: 16,
  Season: 32,
  Digits: 64,
  Cjk: 128,
} as const;


const TRIGGERS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (word: string, family: number) => {
    const parts = fold(word).split(/[ \-]/u);
    const key = parts[parts.length - 1] ?? "";
    if (key === "") return;
    map.set(key, (map.get(key) ?? 0) | family);
  };
  for (const months of Object.values(MONTHS)) for (const forms of months) for (const f of forms) add(f, Family.Month);
  for (const days of Object.values(WEEKDAYS)) for (const forms of days) for (const f of forms) add(f, Family.Weekday);
  for (const [p] of RELATIVE_DAYS) add(p, Family.RelativeDay);
  for (const w of TOMORROW_WORDS) add(w, Family.RelativeDay);
  for (const [p] of RELATIVE_SPANS) add(p, Family.Span);
  for (const w of AGO_WORDS) add(w, Family.Ago);
  for (const w of AGO_BEFORE_WORDS) add(w, Family.Ago);
  for (const [w] of SEASONS) add(w, Family.Season);
  for (const w of YEAR_SUFFIXES) add(w, Family.Digits);
  return map;
})();

/** CJK characters that can start or end a date expression. */
const CJK_CHARS = "年月日号號周週期拜天今昨明前后後去本上下这這";
const HAN = /^\p{Script=Han}/u;

/**
 * The trigger words as regexes (case-insensitive, without the `u` flag, which lets V8 scan
 * literal alternatives fast; shaped like a trie, so that their cost grows little with the number
 * of words): the words of ASCII letters, four-digit runs, and the other words with Arabic-Indic
 * digits and the CJK date characters. Words of ASCII letters start at `\b`; every word boundary
 * is checked again in code.
 */
const ASCII_KEY = /^[a-z'][a-z' ]*$/u;
const TRIGGER_KEYS = [...TRIGGERS.keys()].filter((k) => !HAN.test(k));
/** Trigger words of ASCII letters. */
const ASCII_TRIGGERS = new RegExp(`\\b(?:${trieSource(TRIGGER_KEYS.filter((k) => ASCII_KEY.test(k)))})\\b`, "gi");
/**
 * Four-digit runs (the `Digits` family), looked for apart: no trigger word holds a digit, so
 * they are the same runs as in one regex with the words, and a plain `\d{4}` scans fast.
 */
const FOUR_DIGITS = /\d{4}/g;
/**
 * Not after a letter of `isLetter` (the look-behind skips the inside of words at once, where the
 * alternation would otherwise be tried at every character).
 */
const NOT_AFTER_LETTER = "(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u052f\\u0600-\\u065f\\u066a-\\u06ff])";
/** The other trigger words, Arabic-Indic digits and CJK characters: read only on lines with such characters. */
const OTHER_KEYS = TRIGGER_KEYS.filter((k) => !ASCII_KEY.test(k));
const OTHER_TRIGGERS = new RegExp(`${NOT_AFTER_LETTER}(?:${trieSource(OTHER_KEYS)})|[\\u0660-\\u0669]|[${CJK_CHARS}]`, "gi");
const NON_ASCII_LETTER = /[\u00c0-\u06ff\u3000-\u9fff]/;
const NON_ASCII_LETTERS = /[\u00c0-\u06ff\u3000-\u9fff]/g;
/**
 * The few other trigger words that can match a line without a letter of `NON_ASCII_LETTER`
 * ("r.", Polish for year), as a regex read on the other lines (null when none). Built on first
 * use: the regex engine is asked which letters of the words match only letters of that range.
 */
let plainTriggers: RegExp | null | undefined;

function plainTriggersRegex(): RegExp | null {
  if (plainTriggers === undefined) {
    const outside = outsideRange();
    const sure = new Map<string, boolean>();
    const surelyInRange = (ch: string) => {
      let known = sure.get(ch);
      if (known === undefined) {
        known = NON_ASCII_LETTER.test(ch) && !new RegExp(escapeRegex(ch), "i").test(outside);
        sure.set(ch, known);
      }
      return known;
    };
    const plain = OTHER_KEYS.filter((k) => ![...k].some(surelyInRange));
    plainTriggers = plain.length > 0 ? new RegExp(`${NOT_AFTER_LETTER}(?:${trieSource(plain)})`, "gi") : null;
  }
  return plainTriggers;
}

/** Every character of the Basic Multilingual Plane outside the range of `NON_ASCII_LETTER` (surrogates aside). */
function outsideRange(): string {
  const chars: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if ((c < 0xd800 || c > 0xdfff) && !NON_ASCII_LETTER.test(ch)) chars.push(ch);
  }
  return chars.join("");
}

function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f) ||
    (c >= 0x600 && c <= 0x6ff && !(c >= 0x660 && c <= 0x669))
  );
}

const CURLY_APOSTROPHE = /[’ʼ]/gu;

/** The families whose parsers could match somewhere in `text` (0: none). */
export function scanFamilies(text: string): number {
  let families = scanWith(ASCII_TRIGGERS, text, 0);
  FOUR_DIGITS.lastIndex = 0;
  if (FOUR_DIGITS.test(text)) families |= Family.Digits;
  if (NON_ASCII_LETTER.test(text)) families = scanWith(OTHER_TRIGGERS, text, families);
  return families;
}

function scanWith(re: RegExp, text: string, families: number): number {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) families |= familyOf(text, m.index, m[0]);
  return families;
}

/**
 * `scanFamilies` for every line at once: one regex pass over the joined lines (a pass per line
 * costs a call per line), the matches mapped back to their line. Index i of the result is the
 * families of `texts[i]`.
 */
export function scanLines(texts: readonly string[]): number[] {
  const families = new Array<number>(texts.length).fill(0);
  if (texts.length === 0) return families;
  const all = texts.map((_, i) => i);
  const joined = joinLines(texts, all);
  scanJoined(ASCII_TRIGGERS, joined, all, families);
  for (const line of linesWith(FOUR_DIGITS, joined, texts.length)) families[line]! |= Family.Digits;
  const wide = linesWith(NON_ASCII_LETTERS, joined, texts.length);
  if (wide.size === 0) return families;
  // The other triggers need such a letter (but the plain ones): on an English page, a line or two.
  const [withLetter, without] = partition(all, (i) => wide.has(i));
  scanJoined(OTHER_TRIGGERS, joinLines(texts, withLetter), withLetter, families);
  const plain = without.length > 0 ? plainTriggersRegex() : null;
  if (plain) scanJoined(plain, joinLines(texts, without), without, families);
  return families;
}

/** The lines `indexes` of `texts` joined by line breaks, with the start of each in the joined text. */
interface Joined {
  text: string;
  starts: number[];
}

function joinLines(texts: readonly string[], indexes: readonly number[]): Joined {
  const starts = new Array<number>(indexes.length);
  const parts = new Array<string>(indexes.length);
  let at = 0;
  indexes.forEach((index, k) => {
    starts[k] = at;
    parts[k] = texts[index]!;
    at += texts[index]!.length + 1;
  });
  return { text: parts.join("\n"), starts };
}

/** Indexes of the lines of `joined` (all `count` lines) with a match of the global `re`: one search per such line. */
function linesWith(re: RegExp, joined: Joined, count: number): Set<number> {
  const found = new Set<number>();
  let line = 0;
  re.lastIndex = 0;
  for (let m = re.exec(joined.text); m !== null; m = re.exec(joined.text)) {
    while (line + 1 < count && joined.starts[line + 1]! <= m.index) line++;
    found.add(line);
    if (line + 1 >= count) break;
    re.lastIndex = joined.starts[line + 1]!;
  }
  return found;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

/** Run `re` over the joined lines; `indexes[k]` is the index in `families` of the k-th joined line. */
function scanJoined(re: RegExp, joined: Joined, indexes: readonly number[], families: number[]): void {
  const { text, starts } = joined;
  let line = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    while (line + 1 < starts.length && starts[line + 1]! <= m.index) line++;
    const family = familyOf(text, m.index, m[0]);
    if (family !== 0) families[indexes[line]!]! |= family;
  }
}

/** The family of one trigger match, 0 when it is part of a longer word. */
function familyOf(text: string, index: number, found: string): number {
  const c = found.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669)) return Family.Digits;
  if (c >= 0x3000 && c <= 0x9fff) return Family.Cjk;
  if (isLetter(text.charCodeAt(index - 1)) || isLetter(text.charCodeAt(index + found.length))) return 0;
  let word = found.toLowerCase();
  if (word.includes("’") || word.includes("ʼ")) word = word.replace(CURLY_APOSTROPHE, "'");
  return TRIGGERS.get(word) ?? 0;
}
