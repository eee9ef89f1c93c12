/**
 * Apostrophe detection: tells a single quotation mark from an apostrophe (`Ukraine's`,
 * `’90s`, `rock ’n’ roll`, `teachers' union` when no single quote is open).
 *
 * @module
 */
import { ELISIONS } from "./data/marks.js";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_DIGIT.test(ch);
}

/**
 * Is the single mark at `i` an apostrophe (inside a word, or eliding the start of one)? Only
 * meaningful for `'` and `’`; a `‘` is an apostrophe only when it elides (`‘90s`).
 */
export function isApostrophe(text: string, i: number, lo = 0, hi = text.length): boolean {
  const ch = text[i];
  const prev = i > lo ? text[i - 1] : undefined;
  const next = i + 1 < hi ? text[i + 1] : undefined;
  if (ch !== "\u2018" && isWordChar(prev) && isWordChar(next)) return true;
  if (!isWordChar(next) || (prev !== undefined && isWordChar(prev))) return false;
  // A mark at a word start: an elision such as '90s, 'n', 'em, 'til.
  let j = i + 1;
  while (j < hi && j - i <= 6 && isWordChar(text[j])) j++;
  const word = text.slice(i + 1, j).toLowerCase();
  if (/^\d{2}s?$/u.test(word)) return true;
  if (!ELISIONS.has(word)) return false;
  // 'n' of rock 'n' roll: the elided word is followed by another apostrophe.
  if (word === "n") return text[j] === "'" || text[j] === "\u2019";
  return text[j] === undefined || j >= hi || !isWordChar(text[j]);
}
