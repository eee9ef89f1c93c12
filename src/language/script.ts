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

// The range table as typed arrays and script ids: the per-character loop then only does
// integer work (this loop runs over every sampled character, so it is the stage's hot path).
const SCRIPT_NAMES = [...new Set(SCRIPT_RANGES.map((r) => r[2]))];
const RANGE_STARTS = Uint32Array.from(SCRIPT_RANGES, (r) => r[0]);
const RANGE_ENDS = Uint32Array.from(SCRIPT_RANGES, (r) => r[1]);
const RANGE_IDS = Uint8Array.from(SCRIPT_RANGES, (r) => SCRIPT_NAMES.indexOf(r[2]));
const LATIN_ID = SCRIPT_NAMES.indexOf("Latn");
const HAN_ID = SCRIPT_NAMES.indexOf("Hani");
const HIRA_ID = SCRIPT_NAMES.indexOf("Hira");
const KANA_ID = SCRIPT_NAMES.indexOf("Kana");
const NO_SCRIPT = -1;

function scriptIdOf(codePoint: number): number {
  if (codePoint < 0x80) {
    return (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a) ? LATIN_ID : NO_SCRIPT;
  }
  let lo = 0;
  let hi = RANGE_STARTS.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < RANGE_STARTS[mid]!) hi = mid - 1;
    else if (codePoint > RANGE_ENDS[mid]!) lo = mid + 1;
    else return RANGE_IDS[mid]!;
  }
  return NO_SCRIPT;
}

/** The script of one code point, or undefined for digits, punctuation, symbols and spaces. */
export function scriptOf(codePoint: number): string | undefined {
  const id = scriptIdOf(codePoint);
  return id === NO_SCRIPT ? undefined : SCRIPT_NAMES[id];
}

/**
 * The dominant script of a short text and its letter count, without building a profile: the
 * per-line fast path (a shared tally is reset after each call).
 */
const lineTally = new Uint32Array(SCRIPT_NAMES.length);
export function dominantScriptOf(text: string): { script: string; letters: number } {
  let letters = 0;
  let best = -1;
  let bestCount = 0;
  let cjk = 0;
  let kana = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    let id: number;
    if (cp < 0x80) {
      if (!((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a))) continue;
      id = LATIN_ID;
    } else {
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      id = scriptIdOf(cp);
      if (id === NO_SCRIPT) continue;
      if (id === HAN_ID || id === HIRA_ID || id === KANA_ID) {
        cjk++;
        if (id !== HAN_ID) kana++;
        letters++;
        continue;
      }
    }
    letters++;
    const n = ++lineTally[id]!;
    if (n > bestCount) {
      bestCount = n;
      best = id;
    }
  }
  lineTally.fill(0);
  if (cjk > bestCount) return { script: kana >= cjk * 0.1 ? "Jpan" : chineseVariant(text), letters };
  return { script: best < 0 ? "Zyyy" : SCRIPT_NAMES[best]!, letters };
}

/** Count the letters of each script in `text` and name the dominant one. */
export function detectScript(text: string): ScriptProfile {
  const tally = new Uint32Array(SCRIPT_NAMES.length);
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) {
        tally[LATIN_ID]!++;
        letters++;
      }
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    const id = scriptIdOf(cp);
    if (id === NO_SCRIPT) continue;
    tally[id]!++;
    letters++;
  }
  const counts: Record<string, number> = {};
  for (let id = 0; id < tally.length; id++) if (tally[id]! > 0) counts[SCRIPT_NAMES[id]!] = tally[id]!;
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

/** Chinese and Japanese share Han characters: compare their scripts as one group. */
export function scriptGroup(script: string): string {
  return script === "Jpan" || script === "Hans" || script === "Hant" || script === "Hani" ? "CJK" : script;
}
