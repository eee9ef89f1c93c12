/**
 * Dictionary forms of inflected Cyrillic names: the candidates for `Пескова` are `Песков`,
 * `Песково`, ..., from the case endings of data/inflection.ts. A candidate counts only when the
 * article or the alias table has it, so wrong guesses cost nothing.
 *
 * @module
 */
import { CYRILLIC_CASE_ENDINGS } from "./data/inflection.js";
import { isCyrillic } from "./key.js";

/** Whether a word is written in Cyrillic. */
export function isCyrillicWord(word: string): boolean {
  return word.length > 0 && isCyrillic(word.charCodeAt(word.length - 1));
}

/** Possible dictionary forms of one Cyrillic word (the word itself excluded), most likely first. */
export function wordLemmas(word: string): string[] {
  if (!isCyrillicWord(word) || word.length < 4) return [];
  const lower = word.toLowerCase();
  const out: string[] = [];
  for (const [ending, replacements] of CYRILLIC_CASE_ENDINGS) {
    if (!lower.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const r of replacements) {
      const candidate = stem + r;
      if (candidate !== word && !out.includes(candidate)) out.push(candidate);
    }
  }
  return out;
}

/** Possible dictionary forms of a name: each word replaced by its candidates (at most `limit`). */
export function nameLemmas(name: string, limit = 24): string[] {
  // No Cyrillic letter at all: no Cyrillic word either.
  let cyrillic = false;
  for (let i = 0; i < name.length && !cyrillic; i++) cyrillic = isCyrillic(name.charCodeAt(i));
  if (!cyrillic) return [];
  const words = name.split(" ");
  if (!words.some(isCyrillicWord)) return [];
  let forms: string[][] = [[]];
  for (const w of words) {
    const options = [w, ...wordLemmas(w)];
    const next: string[][] = [];
    for (const f of forms) for (const o of options) if (next.length < limit) next.push([...f, o]);
    forms = next;
  }
  return forms.map((f) => f.join(" ")).filter((f) => f !== name);
}
