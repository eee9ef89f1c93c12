/**
 * Words a sentence of text opens with and a headline rarely does: the personal subject pronouns
 * and English's indefinite articles (headlines drop them). Lower-case. Used only to tell a
 * headline written with a full stop from a short first paragraph (see isSentenceHeadline).
 */
export const LEDE_OPENERS: readonly string[] = [
  // English
  "a", "an", "i", "we", "you", "he", "she", "it", "they",
  // French, Spanish, Portuguese, Italian
  "je", "nous", "vous", "il", "elle", "ils", "elles", "on", "yo", "nosotros", "nosotras", "ellos", "ellas", "eu", "nós", "eles", "elas", "io", "noi", "voi", "lui", "lei", "loro",
  // German, Dutch
  "ich", "wir", "ihr", "er", "sie", "es", "ik", "wij", "jij", "hij", "zij",
  // Russian, Ukrainian
  "я", "мы", "вы", "он", "она", "они", "ми", "ви", "він", "вона", "вони",
];

/**
 * Past-tense narration that headlines avoid (they report the past in the present: `Mayor
 * says`, not `The mayor said`). Lower-case.
 */
export const NARRATION_WORDS: readonly string[] = [
  "said", "was", "were", "had", "did",
  "sagte", "war", "waren", "hatte", "était", "étaient", "avait", "dijo", "fue", "era", "había", "disse", "foi", "era", "disse", "aveva",
  "сказал", "сказала", "был", "была", "были", "сказав", "сказала",
];

/** A dateline opening a paragraph: a place in capitals, then a dash later on (`OSLO, Norway -- …`). */
export const DATELINE_LEDE = /^\p{Lu}{3,}[^–—]{0,40}?(?:--|–|—)/u;
