/**
 * String similarity of two matching keys (see key.ts): an edit distance in which vowels are
 * cheap (a vowel substituted for a vowel, or a vowel dropped, costs 0.5) and consonants dear
 * (2: the key rules already collapse the consonants transliterations disagree on, so a
 * consonant that still differs makes another name: `Peskov` / `Petkov`), with the first and
 * last letters required to agree, since they carry what a variant never changes: `Zelenski` /
 * `Zelenska` (another person) and `Niger` / `Nigeria` differ at the end.
 *
 * @module
 */
import { KEY_VOWELS } from "./data/translit.js";

const VOWEL = 0.5;
const CONSONANT = 2;

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && KEY_VOWELS.includes(ch);
}

/** Weighted edit distance between two keys; stops early once above `limit` (returns Infinity). */
export function keyDistance(a: string, b: string, limit = 2): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) * VOWEL > limit) return Infinity;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  prev[0] = 0;
  for (let j = 1; j <= b.length; j++) prev[j] = (prev[j - 1] ?? 0) + (isVowel(b[j - 1]) ? VOWEL : CONSONANT);
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1];
    cur[0] = (prev[0] ?? 0) + (isVowel(ca) ? VOWEL : CONSONANT);
    let rowMin = cur[0] ?? 0;
    for (let j = 1; j <= b.length; j++) {
      const cb = b[j - 1];
      const sub = ca === cb ? 0 : isVowel(ca) && isVowel(cb) ? VOWEL : CONSONANT;
      const value = Math.min(
        (prev[j - 1] ?? 0) + sub,
        (prev[j] ?? 0) + (isVowel(ca) ? VOWEL : CONSONANT),
        (cur[j - 1] ?? 0) + (isVowel(cb) ? VOWEL : CONSONANT),
      );
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return Infinity;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? Infinity;
}

/** How far two keys may be apart, by the longer one's length. */
export function allowedDistance(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest <= 3) return 0;
  if (longest <= 5) return VOWEL;
  return 1;
}

/** Similarity in 0..1 (1 - distance / longer length); 0 when the ends disagree. */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === "" || b === "") return 0;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return 0;
  const d = keyDistance(a, b, 2);
  return Number.isFinite(d) ? 1 - d / Math.max(a.length, b.length) : 0;
}

/**
 * Whether two word keys are spelling variants of one word: equal, or first and last letters
 * equal and the weighted distance within {@link allowedDistance}. For keys of at most 4
 * letters only a dropped vowel is allowed (`Kiev` / `Kyiv`, but not `Gaza` / `Giza`).
 */
export function similarKeys(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === "" || b === "") return false;
  // Keys of acronyms and numerals (`=usa`) match exactly or not at all.
  if (a[0] === "=" || b[0] === "=") return false;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  const limit = allowedDistance(a, b);
  if (limit === 0) return false;
  if (Math.max(a.length, b.length) <= 4 && a.length === b.length) return false;
  return keyDistance(a, b, limit) <= limit;
}
