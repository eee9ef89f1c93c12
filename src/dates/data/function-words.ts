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
  it: ["il", "di", "che", "è", "della", "gli", "nel", "sono", "anche", "alla", "dei", "non"],
  pt: ["não", "uma", "do", "da", "dos", "em", "com", "ao", "os", "são", "foi", "mais"],
  nl: ["het", "een", "van", "niet", "zijn", "op", "voor", "ook", "werd", "wordt", "naar", "bij"],
  pl: ["się", "nie", "na", "jest", "że", "to", "przez", "jak", "od", "oraz", "już", "po"],
  tr: ["ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "gibi", "ama", "olan", "değil"],
  id: ["yang", "dan", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga"],
};
/** Letters only Ukrainian uses among Cyrillic languages. */
export const UKRAINIAN_LETTERS = "іїєґІЇЄҐ";
