/**
 * The language the dates stage assumes for a line: the line's own `language` when the lines
 * stage gave one, else a hint for the whole article from its script and a handful of function
 * words read from a bounded sample (the first 4,000 characters).
 *
 * @module
 */
import { FUNCTION_WORDS, UKRAINIAN_LETTERS } from "./data/function-words.js";

const SAMPLE = 4000;
const WORD = /\p{L}+/gu;
const LOOKUP: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
    for (const w of words) map.set(w, [...(map.get(w) ?? []), language]);
  }
  return map;
})();
const UK = new RegExp(`[${UKRAINIAN_LETTERS}]`, "u");

/** ISO 639-1 code guessed from a sample of the article text, or "und". */
export function guessLanguage(sample: string): string {
  const text = sample.slice(0, SAMPLE);
  let han = 0;
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  const max = Math.max(han, arabic, cyrillic, latin);
  if (max === 0) return "und";
  if (max === han) return "zh";
  if (max === arabic) return "ar";
  if (max === cyrillic) return UK.test(text) ? "uk" : "ru";
  const votes = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    const langs = LOOKUP.get(m[0].toLowerCase());
    if (langs) for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1);
  }
  let best = "en";
  let bestVotes = 0;
  for (const [l, v] of votes) {
    if (v > bestVotes) {
      best = l;
      bestVotes = v;
    }
  }
  return best;
}
