/**
 * The type of a name from local evidence when the alias table does not know it: head words
 * (`Ministry`, `Sea`), a role before it or a quote spoken by it (person), a place preposition
 * before it (place), and the shape of a full personal name (two to four capitalized words,
 * none generic).
 *
 * @module
 */
import { GENERIC_NAME_WORDS, HOLIDAYS, PLACE_LEADING_WORDS } from "./data/words.js";
import type { EntityType } from "../schema/names.js";
import { classOf, COMMON, isKnownPlace, DEMONYM, type Lexicon, ORGANIZATION_WORD, PARTICLE, PLACE_WORD } from "./lexicon.js";

const GENERIC = new Set(GENERIC_NAME_WORDS);
const PLACE_LEADING = new Set(PLACE_LEADING_WORDS);
const HOLIDAY = new Set(HOLIDAYS);

/** What the mentions of one spelling say about its type. */
export interface TypeEvidence {
  words: readonly string[];
  afterRole: number;
  placeCue: number;
  speaker: number;
  /** Mentions right after an article, a determiner or a number, where the language's list says so (`data/words.ts` NOUN_DETERMINERS). */
  afterDeterminer: number;
}

const ROMAN = /^[IVX]+$/u;

/**
 * Type a spelling from its evidence and its number of `mentions`. The shape of a personal name whose every mention stands
 * after an article, a determiner or a number (see {@link TypeEvidence.afterDeterminer}) says
 * nothing alone: it must open with a known given name then. `nounsCapitalized`: the article's
 * language capitalizes every noun (stage.ts).
 */
export function inferType(e: TypeEvidence, mentions: number, lex: Lexicon, nounsCapitalized = false): EntityType {
  const words = e.words;
  const n = words.length;
  const lower: string[] = [];
  for (const w of words) lower.push(w.toLowerCase());
  if (isKnownPlace(lex, n === 1 ? (lower[0] as string) : lower.join(" "))) return "place";
  // One lookup per word gives its classes (head words, particles, demonyms, common words).
  const classes: number[] = [];
  let heads = 0;
  for (const w of lower) {
    const c = classOf(lex, w);
    classes.push(c);
    heads |= c;
  }
  if ((heads & ORGANIZATION_WORD) !== 0) return "organization";
  if ((heads & PLACE_WORD) !== 0 || (n >= 2 && PLACE_LEADING.has(lower[0] as string))) return "place";
  const content: string[] = [];
  for (let i = 0; i < n; i++) if (((classes[i] as number) & PARTICLE) === 0) content.push(words[i] as string);
  if (e.afterRole > 0 || e.speaker > 0) return content.length <= 5 && !lower.some((w) => GENERIC.has(w)) ? "person" : "other";
  // A holiday (`Merry Christmas`, `Christmas Eve`): after the head words (`Easter Island`), and
  // not a surname closing a longer name (`Taha Yassin Ramadan`).
  if (HOLIDAY.has(lower[0] as string) || (n <= 2 && lower.some((w) => HOLIDAY.has(w)))) return "other";
  // A particle inside the name of a known given name is no common word there (`Mark de Boer`,
  // `Pedro de la Cruz`); where every noun is capitalized it may be an article before a noun
  // (`Angela Merkel von der Möglichkeit`).
  const innerParticle = (i: number) => !nounsCapitalized && i > 0 && i < n - 1 && ((classes[i] as number) & PARTICLE) !== 0 && lex.givenNames.has(lower[0] as string);
  const nameShaped =
    content.length >= 2 &&
    content.length <= 5 &&
    lower.every((w, i) => !GENERIC.has(w) && (((classes[i] as number) & (DEMONYM | COMMON)) === 0 || innerParticle(i))) &&
    content.every((w) => !ROMAN.test(w) && (w.length <= 2 ? /^\p{Lu}\.?$/u.test(w) : w !== w.toUpperCase())) &&
    // (A noun phrase after an article has the same shape: when every mention stands after one,
    // only a known given name opening it says person, `the Jane Roe case`, not `the Golden
    // State Warriors`.)
    (e.afterDeterminer < mentions || lex.givenNames.has((content[0] ?? "").toLowerCase()));
  if (nameShaped) return "person";
  if (e.placeCue > 0 && content.length <= 3) return "place";
  // An acronym (`WAM`, `NSDC`); a longer word in capitals is a name set in caps (`MOSCOW`).
  const only = content.length === 1 ? (content[0] ?? "") : "";
  // (A word without capitals, in a caseless script, is no acronym: `العلي`.)
  if (only.length >= 2 && only.length <= 5 && only === only.toUpperCase() && only !== only.toLowerCase()) return "organization";
  return "other";
}
