/**
 * Character classes the mention finder needs: letters, capitals, and scripts that have no
 * capital letters (where names are found by dictionary instead).
 *
 * @module
 */

const LETTER = /[\p{L}\p{M}]/u;

/** Letter flags of the BMP, filled on first sight of each code unit: 0 unknown, 1 letter, 2 not. */
const LETTERS = new Uint8Array(0x10000);

/** True for a letter or combining mark (UTF-16 code unit of the BMP, or a surrogate). */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let flag = LETTERS[code] ?? 2;
  if (flag === 0) {
    flag = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTERS[code] = flag;
  }
  return flag === 1;
}

/** True for an uppercase or titlecase letter. */
export function isUpperChar(ch: string): boolean {
  return ch.length === 1 ? (caseFlags(ch.charCodeAt(0)) & UPPER) !== 0 : ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for a lowercase letter (a cased letter that is its own lowercase). */
export function isLowerChar(ch: string): boolean {
  return ch.length === 1 ? (caseFlags(ch.charCodeAt(0)) & LOWER) !== 0 : ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** {@link isUpperChar} of one UTF-16 code unit (NaN, past the end of a string: false). */
export function isUpperCode(code: number): boolean {
  return code === code && (caseFlags(code) & UPPER) !== 0;
}

/** {@link isLowerChar} of one UTF-16 code unit (NaN, past the end of a string: false). */
export function isLowerCode(code: number): boolean {
  return code === code && (caseFlags(code) & LOWER) !== 0;
}

/**
 * Whether every cased letter of a word is a capital and there is one at least: `word ===
 * word.toUpperCase() && word !== word.toLowerCase()`, read code unit by code unit (the same
 * outside surrogate pairs, which take the string functions).
 */
export function isAllCapitals(word: string): boolean {
  let lowers = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return word === word.toUpperCase() && word !== word.toLowerCase();
    const flags = caseFlags(c);
    if ((flags & SAME_UPPER) === 0) return false;
    if ((flags & CHANGES_LOWER) !== 0) lowers = true;
  }
  return lowers;
}

const KNOWN = 1;
const UPPER = 2;
const LOWER = 4;
/** The unit is its own uppercase. */
const SAME_UPPER = 8;
/** The unit's lowercase differs. */
const CHANGES_LOWER = 16;
/** Case flags of each UTF-16 code unit, filled on first sight: KNOWN, UPPER, LOWER. */
const CASES = new Uint8Array(0x10000);

function caseFlags(code: number): number {
  let flags = CASES[code] ?? 0;
  if (flags === 0) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    flags =
      KNOWN |
      (ch !== lower && ch === upper ? UPPER : 0) |
      (ch !== upper && ch === lower ? LOWER : 0) |
      (ch === upper ? SAME_UPPER : 0) |
      (ch !== lower ? CHANGES_LOWER : 0);
    CASES[code] = flags;
  }
  return flags;
}

/** Scripts without letter case in which names are found by dictionary: Arabic, Hebrew, Indic, Thai, CJK, Hangul, ... */
export function isCaselessScript(code: number): boolean {
  return (
    (code >= 0x0590 && code <= 0x08ff) || // Hebrew, Arabic, Syriac, Thaana, ...
    (code >= 0x0900 && code <= 0x0dff) || // Indic scripts
    (code >= 0x0e00 && code <= 0x0eff) || // Thai, Lao
    (code >= 0x1100 && code <= 0x11ff) || // Hangul Jamo
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) || // CJK
    (code >= 0xac00 && code <= 0xd7af) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfb1d && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

/** True for CJK ideographs and kana, which are written without spaces between words. */
export function isUnspacedScript(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f) ||
    (code >= 0x0e00 && code <= 0x0eff)
  );
}
