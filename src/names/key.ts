/**
 * The transliteration-aware matching key of a name: lowercase, Cyrillic romanized (Ukrainian
 * 2010 system when the word has Ukrainian letters, else the common Russian system),
 * diacritics folded, and the spellings that transliteration systems disagree on collapsed
 * (kh/h, g/h, ts/tz/c, j/y/i, w/v, z/s, doubled letters, y/i/iy/yy endings). Words of other
 * scripts keep their letters. The key is for matching only and is never shown.
 *
 * Plain words (ASCII, or Latin letters that fold to a-z) are keyed on character codes
 * (plain-key.ts); other words are folded whole (fold.ts) and their keys cached.
 *
 * @module
 */
import { detach } from "../util/detach.js";
import { PARTICLE_KEY_FORMS } from "./data/words.js";
import { foldWord } from "./fold.js";
import { isPlainText, plainNameWords, plainWordKey } from "./plain-key.js";

export { foldWord, isCyrillic, romanizeCyrillic } from "./fold.js";


function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Keys of the words seen that are not plain (plain-key.ts), shared across calls (names recur
 * from article to article); cleared when full. Plain words and names are keyed directly, which
 * costs less than reading a large cache.
 */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;

/** The matching key of one word (see the module comment). */
export function wordKey(word: string): string {
  // Plain words (most) are keyed directly: cheaper than a cache lookup.
  if (isPlainText(word)) return plainWordKey(word);
  let key = KEY_CACHE.get(word);
  if (key === undefined) {
    key = computeWordKey(word);
    if (KEY_CACHE.size >= KEY_CACHE_SIZE) KEY_CACHE.clear();
    key = detach(key);
    KEY_CACHE.set(detach(word), key);
  }
  return key;
}

const ROMAN_NUMERAL = /^[IVXLC]+$/u;

function computeWordKey(word: string): string {
  // Acronyms and roman numerals keep their letters: the rules would make `USA` of `USAA`, `II` of `III`.
  if (ROMAN_NUMERAL.test(word) || (word.length >= 2 && word.length <= 5 && word === word.toUpperCase() && word !== word.toLowerCase())) {
    return `=${word.toLowerCase().replace(/[.'’]/gu, "")}`;
  }
  const folded = foldWord(word);
  // Keep letters only; a word of another script keeps its own letters.
  let letters = "";
  let latin = true;
  for (const ch of folded) {
    const code = ch.charCodeAt(0);
    if (isAsciiLower(code)) letters += ch;
    else if (code >= 0x80 && /\p{L}|\p{M}|\p{N}/u.test(ch)) {
      letters += ch;
      latin = false;
    }
  }
  if (!latin || letters === "") return letters;
  // Lower-case a-z only now: the transliteration rules as plain words get them.
  return plainWordKey(letters);
}


/** Split a name into words: on spaces, line breaks and hyphens; periods and apostrophes dropped. */
export function nameWords(name: string): string[] {
  return name
    .split(/[\s\-‐‑–]+/u)
    .map((w) => w.replace(/^['’]+|['’]+$/gu, ""))
    .filter((w) => w !== "");
}

/** Keys of the names seen that are not plain (as KEY_CACHE for words). */
const NAME_CACHE = new Map<string, readonly string[]>();

/** The keys of a name's words, particles normalized (possibly shared: do not modify the result). */
export function nameKeys(name: string): string[] {
  if (isPlainText(name)) return plainNameKeys(name);
  let keys = NAME_CACHE.get(name);
  if (keys === undefined) {
    keys = otherNameKeys(name);
    if (NAME_CACHE.size >= KEY_CACHE_SIZE) NAME_CACHE.clear();
    keys = keys.map(detach);
    NAME_CACHE.set(detach(name), keys);
  }
  return keys as string[];
}

/** Longest key with a particle form: longer keys are never looked up. */
const PARTICLE_KEY_MAX = Math.max(0, ...Object.keys(PARTICLE_KEY_FORMS).map((k) => k.length));

/** Word bounds of a plain name (scratch, reused). */
const WORD_BOUNDS: number[] = [];

function plainNameKeys(name: string): string[] {
  const keys: string[] = [];
  const words = plainNameWords(name, WORD_BOUNDS);
  for (let w = 0; w < words; w++) addKey(keys, plainWordKey(name, WORD_BOUNDS[2 * w]!, WORD_BOUNDS[2 * w + 1]!));
  return keys;
}

function otherNameKeys(name: string): string[] {
  const keys: string[] = [];
  for (const word of nameWords(name)) addKey(keys, wordKey(word));
  return keys;
}

function addKey(keys: string[], key: string): void {
  if (key === "") return;
  // A property lookup by a fresh string is dear; most keys are too long to be a particle.
  // Own properties only: "constructor" must not find the object's prototype.
  keys.push(key.length <= PARTICLE_KEY_MAX && Object.hasOwn(PARTICLE_KEY_FORMS, key) ? PARTICLE_KEY_FORMS[key]! : key);
}

/** The key of a whole name: its word keys joined by a space. */
export function nameKey(name: string): string {
  return nameKeys(name).join(" ");
}
