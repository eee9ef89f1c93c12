/**
 * Dictionary forms of inflected names: the candidates for `Пескова` are `Песков`, `Песково`,
 * ..., from the case endings of data/inflection.ts; in a Polish or Czech article, those of a
 * Latin-script name too (`Warszawie` -> `Warszawa`). A candidate counts only when the article,
 * the alias table or the gazetteer has it, so wrong guesses cost nothing.
 *
 * @module
 */
import { CYRILLIC_CASE_ENDINGS, LATIN_CASE_ENDINGS } from "./data/inflection.js";
import { isCyrillic } from "./key.js";

type Endings = readonly (readonly [string, readonly string[]])[];

/** Whether a word is written in Cyrillic. */
export function isCyrillicWord(word: string): boolean {
  return word.length > 0 && isCyrillic(word.charCodeAt(word.length - 1));
}

/** The case endings of Latin-script names in an article language, or null (data/inflection.ts). */
export function latinEndingsFor(code: string): Endings | null {
  return Object.prototype.hasOwnProperty.call(LATIN_CASE_ENDINGS, code) ? (LATIN_CASE_ENDINGS[code] ?? null) : null;
}

function lemmasBy(word: string, endings: Endings): string[] {
  const lower = word.toLowerCase();
  const out: string[] = [];
  for (const [ending, replacements] of endings) {
    if (!lower.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const r of replacements) {
      const candidate = stem + r;
      if (candidate !== word && !out.includes(candidate)) out.push(candidate);
    }
  }
  return out;
}

/** Possible dictionary forms of one word (the word itself excluded), most likely first. */
export function wordLemmas(word: string, latin: Endings | null = null): string[] {
  if (word.length < 4) return [];
  if (isCyrillicWord(word)) return lemmasBy(word, CYRILLIC_CASE_ENDINGS);
  // (A word in capitals, `WARSZAWIE`, is left as it is.)
  if (latin !== null && word !== word.toUpperCase()) return lemmasBy(word, latin);
  return [];
}

/**
 * Possible dictionary forms of a name: each word replaced by its candidates (at most `limit`).
 * `latin`: the case endings of Latin-script names in the article's language ({@link latinEndingsFor}).
 */
export function nameLemmas(name: string, limit = 24, latin: Endings | null = null): string[] {
  if (latin === null) {
    // No Cyrillic letter at all: no Cyrillic word either.
    let cyrillic = false;
    for (let i = 0; i < name.length && !cyrillic; i++) cyrillic = isCyrillic(name.charCodeAt(i));
    if (!cyrillic) return [];
  }
  const words = name.split(" ");
  if (latin === null && !words.some(isCyrillicWord)) return [];
  let forms: string[][] = [[]];
  for (const w of words) {
    const options = [w, ...wordLemmas(w, latin)];
    const next: string[][] = [];
    for (const f of forms) for (const o of options) if (next.length < limit) next.push([...f, o]);
    forms = next;
  }
  return forms.map((f) => f.join(" ")).filter((f) => f !== name);
}
