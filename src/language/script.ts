/**
 * Script detection: which writing system a text's letters are in, by counting code points
 * against ISO 15924 ranges. Linear in the text, no regex.
 *
 * @module
 */
import { SCRIPT_RANGES, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from "./data/scripts.js";

/** Letters per script, and the dominant script (ISO 15924; `Zyyy` when there are no letters). */
export interface ScriptProfile {
  script: string;
  letters: number;
  counts: Record<string, number>;
}

const simplified = new Set(SIMPLIFIED_ONLY);
const traditional = new Set(TRADITIONAL_ONLY);

/** The script of one code point, or undefined for digits, punctuation, symbols and spaces. */
export function scriptOf(codePoint: number): string | undefined {
  if (codePoint < 0x80) {
    return (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a) ? "Latn" : undefined;
  }
  let lo = 0;
  let hi = SCRIPT_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = SCRIPT_RANGES[mid]!;
    if (codePoint < range[0]) hi = mid - 1;
    else if (codePoint > range[1]) lo = mid + 1;
    else return range[2];
  }
  return undefined;
}

/** Count the letters of each script in `text` and name the dominant one. */
export function detectScript(text: string): ScriptProfile {
  const counts: Record<string, number> = {};
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    const script = scriptOf(cp);
    if (script === undefined) continue;
    counts[script] = (counts[script] ?? 0) + 1;
    letters++;
  }
  return { script: dominantScript(counts, text), letters, counts };
}

/** Merge two profiles (used to add up lines). */
export function addProfiles(into: Record<string, number>, from: Record<string, number>): void {
  for (const [script, n] of Object.entries(from)) into[script] = (into[script] ?? 0) + n;
}

/**
 * The dominant script of a set of counts. Han, Hiragana and Katakana count together as one
 * writing system: Japanese when kana are at least a tenth of it, else Chinese, refined to
 * Hans or Hant from characters that exist in only one of the two.
 */
export function dominantScript(counts: Readonly<Record<string, number>>, sample?: string): string {
  const kana = (counts.Hira ?? 0) + (counts.Kana ?? 0);
  const cjk = kana + (counts.Hani ?? 0);
  let best = "Zyyy";
  let bestCount = 0;
  for (const [script, n] of Object.entries(counts)) {
    if (script === "Hira" || script === "Kana" || script === "Hani") continue;
    if (n > bestCount) {
      best = script;
      bestCount = n;
    }
  }
  if (cjk > bestCount) return kana >= cjk * 0.1 ? "Jpan" : sample === undefined ? "Hani" : chineseVariant(sample);
  return best;
}

/** Hans or Hant from the characters that exist only in one of them; Hani when undecided. */
export function chineseVariant(text: string): string {
  let s = 0;
  let t = 0;
  for (const ch of text) {
    if (simplified.has(ch)) s++;
    else if (traditional.has(ch)) t++;
  }
  if (s === t) return "Hani";
  return s > t ? "Hans" : "Hant";
}
