/**
 * The matching key (key.ts) of plain words and names, computed on character codes: the same
 * keys as the general path, without normalization, regexes, string iteration or string
 * building per letter. A plain text is ASCII with, at most, Latin letters whose fold (fold.ts)
 * is plain a-z (`é` -> `e`, `ß` -> `ss`): folded letter by letter, such a word gives what it
 * gives folded whole. Most names in news copy are plain, and keying them is cheaper than
 * caching their keys (a large cache is slow to read and keeps its strings alive).
 *
 * @module
 */
import { KEY_RULES } from "./data/translit.js";
import { foldWord } from "./fold.js";

const A = 97;
const Z = 122;

/** Per first letter (a = 0), the rules starting with it as codes, longest first (as key.ts tries them). */
const RULES_BY_LETTER: { from: number[]; to: number[] }[][] = Array.from({ length: 26 }, () => []);
for (const [from, to] of KEY_RULES) {
  RULES_BY_LETTER[from.charCodeAt(0) - A]?.push({ from: [...from].map((c) => c.charCodeAt(0)), to: [...to].map((c) => c.charCodeAt(0)) });
}
// A stable sort, as in key.ts: among rules of one length, the table's order.
for (const rules of RULES_BY_LETTER) rules.sort((a, b) => b.from.length - a.from.length);

/** The Latin letters beyond ASCII that may be plain: Latin-1 Supplement to Latin Extended-B. */
const LATIN_FIRST = 0xc0;
const LATIN_LAST = 0x24f;
/** Per Latin letter, its fold as a-z codes, or none when it is not plain; filled on first sight. */
const LATIN_FOLDS: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(LATIN_LAST - LATIN_FIRST + 1).fill(undefined);
const NOT_PLAIN: readonly number[] = [];

function latinFold(code: number): readonly number[] {
  let fold = LATIN_FOLDS[code - LATIN_FIRST];
  if (fold === undefined) {
    const letter = String.fromCharCode(code);
    const folded = letter.normalize("NFC") === letter ? foldWord(letter) : "";
    // Two letters at most (`ß` -> `ss`), which bounds the scratch buffers below.
    fold = /^[a-z]{1,2}$/u.test(folded) ? [...folded].map((c) => c.charCodeAt(0)) : NOT_PLAIN;
    LATIN_FOLDS[code - LATIN_FIRST] = fold;
  }
  return fold;
}

/** Whether `text` is plain (see the module comment): its key can come from {@link plainWordKey}. */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < LATIN_FIRST || c > LATIN_LAST || latinFold(c) === NOT_PLAIN) return false;
  }
  return true;
}

/** Roman numerals (`III`) and short acronyms (`USA`) keep their letters: `=` and the word in lowercase. */
function isNumeralOrAcronym(text: string, from: number, to: number): boolean {
  const length = to - from;
  let numeral = length > 0;
  let lower = false;
  let upper = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      // Beyond ASCII, as key.ts asks it (a numeral is ASCII).
      const word = text.slice(from, to);
      return length >= 2 && length <= 5 && word === word.toUpperCase() && word !== word.toLowerCase();
    }
    // I V X L C
    if (c !== 73 && c !== 86 && c !== 88 && c !== 76 && c !== 67) numeral = false;
    if (c >= A && c <= Z) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
  }
  return numeral || (length >= 2 && length <= 5 && !lower && upper);
}

/** Scratch buffers of the word's letters and of the key's codes: a character folds to two letters at most, a rule writes two codes at most. */
let letters = new Uint16Array(128);
let out = new Uint16Array(256);

/** The key of the plain word `text` [from, to) (the caller checks {@link isPlainText}). */
export function plainWordKey(text: string, from = 0, to = text.length): string {
  if (isNumeralOrAcronym(text, from, to)) return `=${text.slice(from, to).toLowerCase().replace(/[.'’]/gu, "")}`;
  if (2 * (to - from) > letters.length) {
    letters = new Uint16Array(2 * (to - from));
    out = new Uint16Array(4 * (to - from));
  }
  // Letters only, folded to lowercase a-z.
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      for (const f of latinFold(c)) letters[n++] = f;
      continue;
    }
    const lower = c >= 65 && c <= 90 ? c | 32 : c;
    if (lower >= A && lower <= Z) letters[n++] = lower;
  }
  // The rules, left to right; doubled letters collapse as they come.
  let m = 0;
  let key = "";
  for (let i = 0; i < n; ) {
    const rule = matchingRule(i, n);
    if (rule) {
      for (const c of rule.to) if (m === 0 || out[m - 1] !== c) out[m++] = c;
      i += rule.from.length;
    } else {
      const c = letters[i]!;
      if (m === 0 || out[m - 1] !== c) out[m++] = c;
      i++;
    }
  }
  for (let k = 0; k < m; k++) key += String.fromCharCode(out[k]!);
  return key;
}

function matchingRule(i: number, n: number): { from: number[]; to: number[] } | undefined {
  const rules = RULES_BY_LETTER[letters[i]! - A];
  if (rules === undefined) return undefined;
  for (const rule of rules) {
    const from = rule.from;
    if (i + from.length > n) continue;
    let k = 1;
    while (k < from.length && letters[i + k] === from[k]) k++;
    if (k === from.length) return rule;
  }
  return undefined;
}

/**
 * The words of a plain name as key.ts splits them (at runs of white space and hyphens, with
 * apostrophes at either end of a word dropped, empty words left out), as [from, to) pairs in
 * `bounds`; returns the number of words.
 */
export function plainNameWords(name: string, bounds: number[]): number {
  let count = 0;
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    // White space in a plain text: tab, line feed, vertical tab, form feed, carriage return, space; and the hyphen.
    if (c !== 32 && c !== 45 && !(c >= 9 && c <= 13)) continue;
    let from = start;
    let to = i;
    while (from < to && name.charCodeAt(from) === 39) from++;
    while (to > from && name.charCodeAt(to - 1) === 39) to--;
    if (to > from) {
      bounds[2 * count] = from;
      bounds[2 * count + 1] = to;
      count++;
    }
    start = i + 1;
  }
  return count;
}
