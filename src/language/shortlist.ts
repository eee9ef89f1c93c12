/**
 * Shortlist candidate languages by counting each language's most frequent function words in
 * the sample. franc's cost grows with the number of candidates, so it then compares only the
 * shortlist instead of every language of the script.
 *
 * @module
 */
import { FUNCTION_WORDS } from "./data/function-words.js";
import { WordTable } from "./word-table.js";

/** The languages of the function-word table; a language is its index here below. */
const LANGUAGES: readonly string[] = Object.keys(FUNCTION_WORDS);
const LANGUAGE_INDEX: ReadonlyMap<string, number> = new Map(LANGUAGES.map((language, i) => [language, i]));

/** Word -> the languages (indices into LANGUAGES) it is a frequent function word of. */
const WORD_INDEX: WordTable<readonly number[]> = buildIndex();

function buildIndex(): WordTable<number[]> {
  const index = new Map<string, number[]>();
  LANGUAGES.forEach((language, l) => {
    for (const word of FUNCTION_WORDS[language] ?? []) {
      const list = index.get(word);
      if (!list) index.set(word, [l]);
      else list.push(l);
    }
  });
  return new WordTable(index);
}

/** No function word is longer than this; longer words are not looked up. */
const MAX_FUNCTION_WORD_LENGTH = 16;
/** Read at most this many words of the sample. */
export const MAX_SHORTLIST_WORDS = 200;
/** Keep languages with at least this share of the best language's hits. */
export const SHORTLIST_RATIO = 0.5;
/** At most this many candidates go to franc. */
export const SHORTLIST_SIZE = 4;
/** Fewer hits than this for the best language means the table cannot decide. */
export const MIN_HITS = 3;
/**
 * In a text too short for franc alone (a brief of one or two sentences), two function words
 * of the leading language are enough to shortlist: `что` and `не` make a short text Russian.
 */
export const SHORT_TEXT_MIN_HITS = 2;

export interface Shortlist {
  /** Candidates in order of hits; empty when the function words cannot decide. */
  languages: string[];
  /** Hits per candidate, same order. */
  hits: number[];
  /** Words read. */
  words: number;
}

/** Whitespace, digits and punctuation separate words; letters, marks and ' are inside them. */
function isWordCodeOf(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x27;
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  return !(
    code === 0xd7 ||
    code === 0xf7 ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff0f) ||
    code === 0x60c ||
    code === 0x61f ||
    code === 0x964
  );
}

/** {@link isWordCodeOf} of each UTF-16 code unit, filled on first sight (0 unseen, 1 word, 2 not): one load per character of the scan. */
const WORD_CODES = new Uint8Array(0x10000);

function isWordCode(code: number): boolean {
  let flag = WORD_CODES[code]!;
  if (flag === 0) {
    flag = isWordCodeOf(code) ? 1 : 2;
    WORD_CODES[code] = flag;
  }
  return flag === 1;
}

/** Which languages a set allows, as a flag per language index (cached per set: the sets are reused). */
const allowedFlags = new WeakMap<ReadonlySet<string>, Uint8Array>();

function flagsOf(allowed: ReadonlySet<string>): Uint8Array {
  let flags = allowedFlags.get(allowed);
  if (!flags) {
    flags = new Uint8Array(LANGUAGES.length);
    for (const language of allowed) {
      const l = LANGUAGE_INDEX.get(language);
      if (l !== undefined) flags[l] = 1;
    }
    allowedFlags.set(allowed, flags);
  }
  return flags;
}

/** Hits per language index; only the entries a call touched are non-zero, and it resets them. */
const hitCounts = new Int32Array(LANGUAGES.length);

/** Rank the `allowed` languages by function-word hits in `sample`. */
export function shortlistLanguages(sample: string, allowed: ReadonlySet<string>, maxWords = MAX_SHORTLIST_WORDS, minHits = MIN_HITS): Shortlist {
  const flags = flagsOf(allowed);
  const touched: number[] = [];
  let words = 0;
  // A hand-written tokenizer and a lookup by text range: this runs on every long line.
  let i = 0;
  while (i < sample.length && words < maxWords) {
    while (i < sample.length && !isWordCode(sample.charCodeAt(i))) i++;
    const start = i;
    while (i < sample.length && isWordCode(sample.charCodeAt(i))) i++;
    if (i === start) break;
    words++;
    if (i - start > MAX_FUNCTION_WORD_LENGTH) continue;
    const languages = WORD_INDEX.get(sample, start, i);
    if (!languages) continue;
    for (const l of languages) {
      if (flags[l] === 0) continue;
      if (hitCounts[l] === 0) touched.push(l);
      hitCounts[l]!++;
    }
  }
  // Most hits first, then by code.
  touched.sort((a, b) => hitCounts[b]! - hitCounts[a]! || (LANGUAGES[a]! < LANGUAGES[b]! ? -1 : 1));
  const top = touched.length > 0 ? hitCounts[touched[0]!]! : 0;
  const languages: string[] = [];
  const hits: number[] = [];
  if (top >= minHits) {
    for (const l of touched) {
      const n = hitCounts[l]!;
      if (languages.length === SHORTLIST_SIZE || n < top * SHORTLIST_RATIO) break;
      languages.push(LANGUAGES[l]!);
      hits.push(n);
    }
  }
  for (const l of touched) hitCounts[l] = 0;
  return { languages, hits, words };
}

/**
 * Calls `visit` with the languages of each function word among the first `maxWords` words of
 * `sample` (a hand-written tokenizer and a lookup by text range: no string made per word).
 */
function eachFunctionWord(sample: string, maxWords: number, visit: (languages: readonly number[]) => void): void {
  let count = 0;
  let i = 0;
  while (i < sample.length && count < maxWords) {
    while (i < sample.length && !isWordCode(sample.charCodeAt(i))) i++;
    const start = i;
    while (i < sample.length && isWordCode(sample.charCodeAt(i))) i++;
    if (i === start) break;
    count++;
    if (i - start > MAX_FUNCTION_WORD_LENGTH) continue;
    const languages = WORD_INDEX.get(sample, start, i);
    if (languages !== undefined) visit(languages);
  }
}

/**
 * How many of the first `maxWords` words of `sample` are function words of `language`: the
 * cheap check of whether a line is in a language already known (no ranking).
 */
export function functionWordHits(sample: string, language: string, maxWords: number): number {
  const l = LANGUAGE_INDEX.get(language);
  if (l === undefined || (FUNCTION_WORDS[language]?.length ?? 0) === 0) return 0;
  let hits = 0;
  eachFunctionWord(sample, maxWords, (languages) => {
    if (languages.includes(l)) hits++;
  });
  return hits;
}

/**
 * Function words of `a` that are none of `b`'s, and of `b` that are none of `a`'s, among the
 * first `maxWords` words of `sample`: what tells two close languages apart (Indonesian `bahwa`,
 * `karena`; Malay `bahawa`, `kerana`).
 */
export function exclusiveHits(sample: string, a: string, b: string, maxWords: number): [number, number] {
  const la = LANGUAGE_INDEX.get(a);
  const lb = LANGUAGE_INDEX.get(b);
  if (la === undefined || lb === undefined) return [0, 0];
  let ha = 0;
  let hb = 0;
  eachFunctionWord(sample, maxWords, (languages) => {
    const inA = languages.includes(la);
    const inB = languages.includes(lb);
    if (inA && !inB) ha++;
    else if (inB && !inA) hb++;
  });
  return [ha, hb];
}
