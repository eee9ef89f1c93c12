/**
 * Shortlist candidate languages by counting each language's most frequent function words in
 * the sample. franc's cost grows with the number of candidates, so it then compares only the
 * shortlist instead of every language of the script.
 *
 * @module
 */
import { FUNCTION_WORDS } from "./data/function-words.js";

/** Word -> the languages (ISO 639-3) it is a frequent function word of. */
const WORD_INDEX: ReadonlyMap<string, readonly string[]> = buildIndex();

function buildIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
    for (const word of words) {
      const list = index.get(word);
      if (list) list.push(language);
      else index.set(word, [language]);
    }
  }
  return index;
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

export interface Shortlist {
  /** Candidates in order of hits; empty when the function words cannot decide. */
  languages: string[];
  /** Hits per candidate, same order. */
  hits: number[];
  /** Words read. */
  words: number;
}

/** Whitespace, digits and punctuation separate words; letters, marks and ' are inside them. */
function isWordCode(code: number): boolean {
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

/** Rank the `allowed` languages by function-word hits in `sample`. */
export function shortlistLanguages(sample: string, allowed: ReadonlySet<string>, maxWords = MAX_SHORTLIST_WORDS): Shortlist {
  const hits = new Map<string, number>();
  let words = 0;
  // A hand-written tokenizer: this runs on every long line, and a Unicode regex per word was
  // the stage's hot spot.
  let i = 0;
  while (i < sample.length && words < maxWords) {
    while (i < sample.length && !isWordCode(sample.charCodeAt(i))) i++;
    const start = i;
    while (i < sample.length && isWordCode(sample.charCodeAt(i))) i++;
    if (i === start) break;
    words++;
    if (i - start > MAX_FUNCTION_WORD_LENGTH) continue;
    const languages = WORD_INDEX.get(sample.slice(start, i).toLowerCase());
    if (!languages) continue;
    for (const language of languages) {
      if (allowed.has(language)) hits.set(language, (hits.get(language) ?? 0) + 1);
    }
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked[0]?.[1] ?? 0;
  if (top < MIN_HITS) return { languages: [], hits: [], words };
  const kept = ranked.filter(([, n]) => n >= top * SHORTLIST_RATIO).slice(0, SHORTLIST_SIZE);
  return { languages: kept.map(([l]) => l), hits: kept.map(([, n]) => n), words };
}

const wordsOf = new Map<string, ReadonlySet<string>>();

/**
 * How many of the first `maxWords` words of `sample` are function words of `language`: the
 * cheap check of whether a line is in a language already known (no ranking, no allocation
 * beyond the words themselves).
 */
export function functionWordHits(sample: string, language: string, maxWords: number): number {
  let words = wordsOf.get(language);
  if (!words) {
    words = new Set(FUNCTION_WORDS[language] ?? []);
    wordsOf.set(language, words);
  }
  if (words.size === 0) return 0;
  let hits = 0;
  let count = 0;
  let i = 0;
  while (i < sample.length && count < maxWords) {
    while (i < sample.length && !isWordCode(sample.charCodeAt(i))) i++;
    const start = i;
    while (i < sample.length && isWordCode(sample.charCodeAt(i))) i++;
    if (i === start) break;
    count++;
    if (i - start <= MAX_FUNCTION_WORD_LENGTH && words.has(sample.slice(start, i).toLowerCase())) hits++;
  }
  return hits;
}
