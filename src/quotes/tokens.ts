/**
 * Tokens of a paragraph with their offsets: words (letters and digits, with inner apostrophes,
 * hyphens and dots: `Ukraine's`, `34-year-old`, `U.S`) and single punctuation characters.
 * Sentence ends are marked for the cue search. One linear pass per paragraph.
 *
 * @module
 */
import { ELISIONS, SENTENCE_END_ABBREVIATIONS, SENTENCE_PRONOUNS } from "./data/words.js";

export interface Token {
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the quotation this token lies in, or -1. */
  quote: number;
  /** Index of the sentence in the paragraph. */
  sentence: number;
}

const UPPER = /^\p{Lu}/u;
/** A lower-case vowel or `h` (accented ones too: `l'été`, `l'homme`). */
const VOWEL = /^[aeiouyhàâäéèêëîïôöùûüœæ]/u;
/**
 * A word with its full stop that is an abbreviation (`Dr.`, `Jan.`, `U.S.`); `Hon.` only
 * capitalized (Swedish `hon.` is the pronoun `she` ending a sentence).
 */
function isAbbreviation(word: string): boolean {
  return ABBREVIATION.test(word) || word === "Hon.";
}

const ABBREVIATION = /^(?:\p{L}|mr|mrs|ms|dr|prof|sen|rep|del|gov|gen|lt|col|capt|sgt|adm|maj|rev|amb|atty|st|jr|sr|no|vs|inc|corp|co|ltd|jan|feb|aug|sept?|oct|nov|dec|u\.s|u\.n|u\.k|e\.g|i\.e|bzw|nr|ca|z\.b|d\.h|etc)\.$/iu;

/**
 * Character class by UTF-16 code unit, computed once: 1 for a letter, digit or mark; 2 for a
 * space; 0 for anything else (punctuation). Surrogates count as punctuation, as before.
 */
const CLASS = new Uint8Array(0x10000);
{
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  const spaceChar = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    CLASS[c] = wordChar.test(ch) ? 1 : spaceChar.test(ch) ? 2 : 0;
  }
}

/** Characters that join two word parts into one token (`Ukraine's`, `34-year-old`, `U.S`). */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d || code === 0x2010 || code === 0x2011;
}

function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3002;
}

/** Is the word after one space at `i` a pronoun that opens a sentence? (At most a few characters read.) */
function pronounAt(text: string, i: number, hi: number): boolean {
  if (text.charCodeAt(i) !== 0x20) return false;
  let e = i + 1;
  while (e < hi && e - i <= 5 && CLASS[text.charCodeAt(e)] === 1) e++;
  return (e >= hi || CLASS[text.charCodeAt(e)] !== 1) && SENTENCE_PRONOUNS.has(text.slice(i + 1, e));
}

/**
 * Can the word `text[start, end)` take a dot before `)` or `,` as an abbreviation: a capital
 * first (`Ore.`, `Jr.`) or a hyphen or dot inside (`D-Ore.`, `R-Ohio.`)? A lower-case word there
 * ends its sentence (`… he said.)`).
 */
function abbreviationLike(text: string, start: number, end: number): boolean {
  if (UPPER.test(text[start]!)) return true;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2d || c === 0x2e || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

/** Tokenize `text[lo, hi)`: one linear pass over the characters. */
export function tokenize(text: string, lo: number, hi: number): Token[] {
  const tokens: Token[] = [];
  const classes = CLASS;
  let sentence = 0;
  let i = lo;
  while (i < hi) {
    const code = text.charCodeAt(i);
    const cls = classes[code]!;
    if (cls === 2) {
      i++;
      continue;
    }
    const start = i;
    if (cls === 0) {
      i++;
      const t = text[start]!;
      tokens.push({ text: t, lower: t, start, end: i, word: false, cap: false, quote: -1, sentence });
      if (isSentenceEnd(code)) sentence++;
      continue;
    }
    // A word: letters and digits, joined by an apostrophe, hyphen or dot followed by more.
    // `plain`: ASCII with no upper-case letter, so the word is its own lower case.
    let plain = code >= 0x61 ? code <= 0x7a : code >= 0x30 && code <= 0x39;
    i++;
    while (i < hi) {
      const c = text.charCodeAt(i);
      if (classes[c] === 1) {
        if (plain && !(c >= 0x61 ? c <= 0x7a : c >= 0x30 && c <= 0x39)) plain = false;
        i++;
      } else if ((c === 0x27 || c === 0x2019) && i + 1 < hi && (UPPER.test(text[i + 1]!) || VOWEL.test(text[i + 1]!)) && ELISIONS.has(text.slice(start, i).toLowerCase())) {
        // An elided article or preposition before a name is a word of its own: `l'` `Insee`;
        // so is one before a vowel, the only place French and Italian elide (`l'` `avocat`,
        // `qu'` `il`; not English `all's`).
        i++;
        break;
      } else if (isJoiner(c) && i + 1 < hi && classes[text.charCodeAt(i + 1)] === 1) {
        if (c === 0x2019) plain = false;
        i += 2;
        const d = text.charCodeAt(i - 1);
        if (plain && !(d >= 0x61 ? d <= 0x7a : d >= 0x30 && d <= 0x39)) plain = false;
      } else break;
    }
    // A trailing dot belongs to the word only for abbreviations (`Mr.`, `U.S.`).
    // (Also before a closing parenthesis or a comma, where no sentence ends: `(D-Ore.)`,
    // `Jane Roe, R-Ohio., said`; not after a lower-case word: `… he said.)`.)
    // (Not a place's abbreviation before a sentence's pronoun: `… back to the U.S. She thinks`.)
    if (i < hi && text.charCodeAt(i) === 0x2e && (((text.charCodeAt(i + 1) === 0x29 || text.charCodeAt(i + 1) === 0x2c) && abbreviationLike(text, start, i)) || (i - start <= 4 && isAbbreviation(text.slice(start, i + 1)) && !(SENTENCE_END_ABBREVIATIONS.has(text.slice(start, i + 1).toLowerCase()) && pronounAt(text, i + 1, hi))))) i++;
    const t = text.slice(start, i);
    const cap = code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER.test(t);
    tokens.push({ text: t, lower: plain ? t : t.toLowerCase(), start, end: i, word: true, cap, quote: -1, sentence });
  }
  return tokens;
}

/** Index of the first token that ends after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let a = 0;
  let b = tokens.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (tokens[mid]!.end <= offset) a = mid + 1;
    else b = mid;
  }
  return a;
}
