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
import { fold, trieSource } from "./lexicon.js";

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
 * One regex for every trigger word (case-insensitive, without the `u` flag, which lets V8 scan
 * literal alternatives fast; shaped like a trie, so that its cost grows little with the number
 * of words), four-digit runs, Arabic-Indic digits and the CJK date characters.
 * Words of ASCII letters start at `\b`; every word boundary is checked again in code.
 */
const ASCII_KEY = /^[a-z'][a-z' ]*$/u;
const TRIGGER_KEYS = [...TRIGGERS.keys()].filter((k) => !HAN.test(k));
/** Trigger words of ASCII letters, and four-digit runs. */
const ASCII_TRIGGERS = new RegExp(`\\b(?:${trieSource(TRIGGER_KEYS.filter((k) => ASCII_KEY.test(k)))})\\b|\\d{4}`, "gi");
/**
 * Not after a letter of `isLetter` (the look-behind skips the inside of words at once, where the
 * alternation would otherwise be tried at every character).
 */
const NOT_AFTER_LETTER = "(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u052f\\u0600-\\u065f\\u066a-\\u06ff])";
/** The other trigger words, Arabic-Indic digits and CJK characters: read only on lines with such characters. */
const OTHER_TRIGGERS = new RegExp(
  `${NOT_AFTER_LETTER}(?:${trieSource(TRIGGER_KEYS.filter((k) => !ASCII_KEY.test(k)))})|[\\u0660-\\u0669]|[${CJK_CHARS}]`,
  "gi",
);
const NON_ASCII_LETTER = /[\u00c0-\u06ff\u3000-\u9fff]/;

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
  const joined = texts.join("\n");
  const starts: number[] = new Array<number>(texts.length);
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    starts[i] = at;
    at += texts[i]!.length + 1;
  }
  scanJoined(ASCII_TRIGGERS, joined, starts, families);
  if (NON_ASCII_LETTER.test(joined)) scanJoined(OTHER_TRIGGERS, joined, starts, families);
  return families;
}

function scanJoined(re: RegExp, text: string, starts: readonly number[], families: number[]): void {
  let line = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    while (line + 1 < starts.length && starts[line + 1]! <= m.index) line++;
    const family = familyOf(text, m.index, m[0]);
    if (family !== 0) families[line]! |= family;
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
