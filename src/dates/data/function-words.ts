/**
 * A few very frequent function words per Latin-script language, for the dates stage's own
 * cheap language hint (used only to gate words such as "hier" that mean different things in
 * different languages). Lower-case.
 *
 * @module
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "was", "for", "said", "with", "on"],
  fr: ["le", "la", "les", "des", "est", "et", "une", "du", "dans", "pour", "qui", "pas"],
  de: ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "von", "sich"],
  es: ["el", "los", "las", "que", "y", "una", "del", "por", "con", "para", "es", "su"],
};
/** Letters only Ukrainian uses among Cyrillic languages. */
export const UKRAINIAN_LETTERS = "іїєґІЇЄҐ";
