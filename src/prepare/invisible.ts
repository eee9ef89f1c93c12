/**
 * Invisible characters that only get in the way of matching words: a BOM (U+FEFF) anywhere,
 * the zero-width space (U+200B), the word joiner (U+2060), the soft hyphen (U+00AD) and the
 * Mongolian vowel separator (U+180E, formerly a space) are removed.
 *
 * Kept on purpose: the zero-width non-joiner and joiner (U+200C, U+200D), which spell
 * Persian and Indic words and emoji sequences, and the left-to-right and right-to-left
 * marks (U+200E, U+200F), which decide how Arabic and Hebrew text with numbers displays.
 *
 * @module
 */
import { plural, type Repair, type RepairResult, unchanged } from "./repair.js";

const INVISIBLE = /[\u00ad\u180e\u200b\u2060\ufeff]/;
const INVISIBLES = /[\u00ad\u180e\u200b\u2060\ufeff]/g;

/** Remove BOMs, zero-width spaces, word joiners, soft hyphens and U+180E. */
export function removeInvisibleCharacters(text: string): RepairResult {
  if (!INVISIBLE.test(text)) return unchanged(text);
  const repaired = text.replace(INVISIBLES, "");
  return { text: repaired, count: text.length - repaired.length };
}

export const invisibleCharacters: Repair = {
  code: "invisible-characters",
  apply: removeInvisibleCharacters,
  describe: (count) => `removed ${plural(count, "invisible character")}`,
};
