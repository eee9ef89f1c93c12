/**
 * Folding one word into plain lowercase Latin for its matching key (key.ts): case folded,
 * Cyrillic romanized (Ukrainian 2010 system when the word has Ukrainian letters, else the
 * common Russian system), diacritics dropped, and a few letters spelled out (`ß` -> `ss`).
 *
 * @module
 */
import { LATIN_FOLD, RUSSIAN_COMMON, UKRAINIAN_2010, UKRAINIAN_2010_INITIAL, UKRAINIAN_LETTERS } from "./data/translit.js";

const COMBINING = /[\u0300-\u036f]/gu;

/** True for a Cyrillic code point. */
export function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}

/** Romanize a lowercase Cyrillic word; Ukrainian when it has Ukrainian letters (or `ukrainian`). */
export function romanizeCyrillic(word: string, ukrainian?: boolean): string {
  const uk = ukrainian ?? [...UKRAINIAN_LETTERS].some((c) => word.includes(c));
  const table = uk ? UKRAINIAN_2010 : RUSSIAN_COMMON;
  let out = "";
  let atStart = true;
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const initial = uk && atStart ? UKRAINIAN_2010_INITIAL[lower] : undefined;
    const mapped = initial ?? table[lower];
    out += mapped ?? lower;
    atStart = !/\p{L}/u.test(ch);
  }
  return out;
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Fold case, Cyrillic and diacritics of one word into plain lowercase Latin where possible. */
export function foldWord(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  let lower = word.normalize("NFC").toLowerCase();
  let hasCyrillic = false;
  for (let i = 0; i < lower.length; i++) {
    if (isCyrillic(lower.charCodeAt(i))) {
      hasCyrillic = true;
      break;
    }
  }
  if (hasCyrillic) lower = romanizeCyrillic(lower);
  let out = "";
  for (const ch of lower.normalize("NFD").replace(COMBINING, "")) out += LATIN_FOLD[ch] ?? ch;
  return out;
}

