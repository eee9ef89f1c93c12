/**
 * The transliteration-aware matching key of a name: lowercase, Cyrillic romanized (Ukrainian
 * 2010 system when the word has Ukrainian letters, else the common Russian system),
 * diacritics folded, and the spellings that transliteration systems disagree on collapsed
 * (kh/h, g/h, ts/tz/c, j/y/i, w/v, z/s, doubled letters, y/i/iy/yy endings). Words of other
 * scripts keep their letters. The key is for matching only and is never shown.
 *
 * @module
 */
import { PARTICLE_KEY_FORMS } from "./data/words.js";
import {
  KEY_RULES,
  LATIN_FOLD,
  RUSSIAN_COMMON,
  UKRAINIAN_2010,
  UKRAINIAN_2010_INITIAL,
  UKRAINIAN_LETTERS,
} from "./data/translit.js";

const RULES_BY_FIRST = new Map<string, (readonly [string, string])[]>();
for (const rule of KEY_RULES) {
  const first = rule[0][0] ?? "";
  const list = RULES_BY_FIRST.get(first) ?? [];
  list.push(rule);
  RULES_BY_FIRST.set(first, list);
}
for (const list of RULES_BY_FIRST.values()) list.sort((a, b) => b[0].length - a[0].length);

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

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Keys of words seen, shared across calls (names recur from article to article); cleared when full. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;

/** The matching key of one word (see the module comment). */
export function wordKey(word: string): string {
  let key = KEY_CACHE.get(word);
  if (key === undefined) {
    key = computeWordKey(word);
    if (KEY_CACHE.size >= KEY_CACHE_SIZE) KEY_CACHE.clear();
    KEY_CACHE.set(word, key);
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
  let ruled = "";
  for (let i = 0; i < letters.length; ) {
    const rules = RULES_BY_FIRST.get(letters[i] ?? "");
    let applied = false;
    if (rules) {
      for (const [from, to] of rules) {
        if (letters.startsWith(from, i)) {
          ruled += to;
          i += from.length;
          applied = true;
          break;
        }
      }
    }
    if (!applied) {
      ruled += letters[i];
      i++;
    }
  }
  let out = "";
  for (const ch of ruled) if (out[out.length - 1] !== ch) out += ch;
  return out;
}


/** Split a name into words: on spaces, line breaks and hyphens; periods and apostrophes dropped. */
export function nameWords(name: string): string[] {
  return name
    .split(/[\s\-‐‑–]+/u)
    .map((w) => w.replace(/^['’]+|['’]+$/gu, ""))
    .filter((w) => w !== "");
}

const NAME_CACHE = new Map<string, readonly string[]>();

/** The keys of a name's words, particles normalized (cached; do not modify the result). */
export function nameKeys(name: string): string[] {
  let keys = NAME_CACHE.get(name);
  if (keys === undefined) {
    keys = computeNameKeys(name);
    if (NAME_CACHE.size >= KEY_CACHE_SIZE) NAME_CACHE.clear();
    NAME_CACHE.set(name, keys);
  }
  return keys as string[];
}

/** Longest key with a particle form: longer keys are never looked up. */
const PARTICLE_KEY_MAX = Math.max(0, ...Object.keys(PARTICLE_KEY_FORMS).map((k) => k.length));

function computeNameKeys(name: string): string[] {
  const keys: string[] = [];
  for (const word of nameWords(name)) {
    const key = wordKey(word);
    if (key === "") continue;
    // A property lookup by a fresh string is dear; most keys are too long to be a particle.
    // Own properties only: "constructor" must not find the object's prototype.
    keys.push(key.length <= PARTICLE_KEY_MAX && Object.hasOwn(PARTICLE_KEY_FORMS, key) ? PARTICLE_KEY_FORMS[key]! : key);
  }
  return keys;
}

/** The key of a whole name: its word keys joined by a space. */
export function nameKey(name: string): string {
  return nameKeys(name).join(" ");
}
