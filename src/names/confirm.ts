/**
 * Confirmation of lone capitalized words: a word that opens a sentence, that the text also
 * uses in lowercase, or any lone word in a language that capitalizes every noun, is a name
 * only when something bears it out.
 *
 * @module
 */
import type { AliasIndex } from "./alias-index.js";
import { nameKeys } from "./key.js";
import type { Candidate } from "./mentions.js";
import { hashWord, type WordHashes } from "./tokens.js";

/**
 * A lone capitalized word is a name only if the text bears it out. Opening a sentence, it must
 * be used elsewhere as (part of) a name, be known to the alias table, stand after a role or
 * speak (`Umerov said`). Elsewhere, the same holds when the text also uses it in lowercase
 * (`the Trade and Industry Secretary` beside `trade unions`), and always in languages that
 * capitalize every noun (German `Gespräche`). A known place also stands on its own.
 * `keysOf`: the name keys (key.ts) of a spelling, when the caller keeps them at hand.
 */
export function confirmSingles(
  candidates: readonly Candidate[],
  index: AliasIndex,
  lowercase: WordHashes,
  strict: boolean,
  knownPlaces: ReadonlySet<string>,
  keysOf: (name: string) => readonly string[] = nameKeys,
): Candidate[] {
  // The words of longer names, gathered on first need.
  let seen: Set<string> | null = null;
  // Whether the text bears out a word, by word: a word recurs (German nouns above all), the
  // alias lookup is dear.
  const borneOut = new Map<string, boolean>();
  return candidates.filter((c) => {
    if (c.words.length !== 1 || c.dictionary !== undefined) return true;
    const ordinary = strict || c.initialOnly || lowercase.has(hashWord(c.text.toLowerCase()));
    if (!ordinary) return true;
    if (c.speechVerb || c.afterRole) return true;
    if (!seen) {
      seen = new Set<string>();
      for (const d of candidates) if (!d.initialOnly && d.words.length > 1) for (const w of d.words) seen.add(w);
    }
    let verdict = borneOut.get(c.text);
    if (verdict === undefined) {
      verdict = seen.has(c.text) || index.lookup(c.text, undefined, keysOf(c.text)) !== null || knownPlaces.has(c.text.toLowerCase());
      borneOut.set(c.text, verdict);
    }
    return verdict;
  });
}

