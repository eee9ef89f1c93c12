/**
 * Relative-day words that are ordinary words in another language: each counts only when the
 * article (or line) is in the language given here. Keys are lower-case.
 *
 * @module
 */
export const AMBIGUOUS_WORDS: Readonly<Record<string, string | readonly string[]>> = {
  hier: "fr", // German "hier" = here
  heute: "de",
  hoy: "es",
  ayer: "es",
  demain: "fr",
  morgen: ["de", "nl"], // also "morning" (am Morgen, de morgen)
  "mañana": "es", // also "morning" (esta mañana)
  "اليوم": "ar",
  lusa: ["id", "ms"], // the Portuguese news agency
  jutro: "pl", // "morning" in Croatian, Serbian, Bosnian
  estate: "it", // the English "estate" (season "estate 2024")
  yaz: "tr", // also "write!"
  "kış": "tr",
};

/** Whether a word of `AMBIGUOUS_WORDS` (folded) counts in `language`: true for words not listed. */
export function countsIn(word: string, language: string): boolean {
  const owner = AMBIGUOUS_WORDS[word];
  if (owner === undefined) return true;
  return typeof owner === "string" ? owner === language : owner.includes(language);
}
