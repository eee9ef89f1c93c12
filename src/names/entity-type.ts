/**
 * The type of a name from local evidence when the alias table does not know it: head words
 * (`Ministry`, `Sea`), a role before it or a quote spoken by it (person), a place preposition
 * before it (place), and the shape of a full personal name (two to four capitalized words,
 * none generic).
 *
 * @module
 */
import { GENERIC_NAME_WORDS } from "./data/words.js";
import type { EntityType } from "../schema/names.js";
import type { Lexicon } from "./lexicon.js";

const GENERIC = new Set(GENERIC_NAME_WORDS);

/** What the mentions of one spelling say about its type. */
export interface TypeEvidence {
  words: readonly string[];
  afterRole: number;
  placeCue: number;
  speaker: number;
}

const ROMAN = /^[IVX]+$/u;

/** Type a spelling from its evidence. */
export function inferType(e: TypeEvidence, lex: Lexicon): EntityType {
  const lower = e.words.map((w) => w.toLowerCase());
  if (lex.knownPlaces.has(lower.join(" "))) return "place";
  if (lower.some((w) => lex.organizationWords.has(w))) return "organization";
  if (lower.some((w) => lex.placeWords.has(w))) return "place";
  const content = e.words.filter((w) => !lex.particles.has(w.toLowerCase()));
  const nameShaped =
    content.length >= 2 &&
    content.length <= 5 &&
    lower.every((w) => !GENERIC.has(w) && !lex.demonyms.has(w) && !lex.common.has(w)) &&
    content.every((w) => !ROMAN.test(w) && (w.length <= 2 ? /^\p{Lu}\.?$/u.test(w) : w !== w.toUpperCase()));
  if (e.afterRole > 0 || e.speaker > 0) return content.length <= 5 && !lower.some((w) => GENERIC.has(w)) ? "person" : "other";
  if (nameShaped) return "person";
  if (e.placeCue > 0 && content.length <= 3) return "place";
  // An acronym (`WAM`, `NSDC`); a longer word in capitals is a name set in caps (`MOSCOW`).
  const only = content.length === 1 ? (content[0] ?? "") : "";
  if (only.length >= 2 && only.length <= 5 && only === only.toUpperCase()) return "organization";
  return "other";
}
