/**
 * Relative-day words that are ordinary words in another language: each counts only when the
 * article (or line) is in the language given here. Keys are lower-case.
 *
 * @module
 */
export const AMBIGUOUS_WORDS: Readonly<Record<string, string>> = {
  hier: "fr", // German "hier" = here
  heute: "de",
  hoy: "es",
  ayer: "es",
  demain: "fr",
  morgen: "de", // also "morning" (am Morgen)
  "mañana": "es", // also "morning" (esta mañana)
  "اليوم": "ar",
};
