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

/** The script id of every BMP code point (NO_BMP_ID for none): one load instead of a binary search. */
const NO_BMP_ID = 255;
const BMP_IDS = new Uint8Array(0x10000).fill(NO_BMP_ID);
for (let r = 0; r < RANGE_STARTS.length; r++) {
  if (RANGE_STARTS[r]! <= 0xffff) BMP_IDS.fill(RANGE_IDS[r]!, RANGE_STARTS[r]!, Math.min(RANGE_ENDS[r]!, 0xffff) + 1);
}

function scriptIdOf(codePoint: number): number {
  if (codePoint < 0x80) {
    return (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a) ? LATIN_ID : NO_SCRIPT;
  }
  if (codePoint <= 0xffff) {
    const id = BMP_IDS[codePoint]!;
    return id === NO_BMP_ID ? NO_SCRIPT : id;
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
 * The letters of `text` [0, end) when all of them are Latin (most lines are), or -1 as soon
 * as a letter of another script or a surrogate shows: then only a full tally can tell.
 */
function latinLetters(text: string, end: number): number {
  let letters = 0;
  for (let i = 0; i < end; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80) {
      if (((cp | 32) - 97) >>> 0 < 26) letters++;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) return -1;
    const id = BMP_IDS[cp]!;
    if (id === LATIN_ID) letters++;
    else if (id !== NO_BMP_ID) return -1;
  }
  return letters;
}

/**
 * The dominant script of `text` [0, end) and its letter count, without building a profile:
 * the per-line fast path.
 */
export function dominantScriptOf(text: string, end = text.length): { script: string; letters: number } {
  const latin = latinLetters(text, end);
  if (latin >= 0) return { script: latin > 0 ? "Latn" : "Zyyy", letters: latin };
  return tallyScripts(end < text.length ? text.slice(0, end) : text);
}

/** {@link dominantScriptOf} for lines with letters of several scripts (a shared tally is reset after each call). */
const lineTally = new Uint32Array(SCRIPT_NAMES.length);
function tallyScripts(text: string): { script: string; letters: number } {
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
  const latin = latinLetters(text, text.length);
  if (latin > 0) return { script: "Latn", letters: latin, counts: { Latn: latin } };
  if (latin === 0) return { script: "Zyyy", letters: 0, counts: {} };
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
  const { best, bestCount } = leadingOtherScript(counts);
  if (cjk > bestCount) return kana >= cjk * 0.1 ? "Jpan" : sample === undefined ? "Hani" : chineseVariant(sample);
  return best;
}

/** Whether Chinese characters lead the counts, so that {@link dominantScript} reads the sample text. */
export function readsSample(counts: Readonly<Record<string, number>>): boolean {
  const kana = (counts.Hira ?? 0) + (counts.Kana ?? 0);
  const cjk = kana + (counts.Hani ?? 0);
  return cjk > leadingOtherScript(counts).bestCount && kana < cjk * 0.1;
}

/** The script with most letters other than Han and kana (first of equals), and its count. */
function leadingOtherScript(counts: Readonly<Record<string, number>>): { best: string; bestCount: number } {
  let best = "Zyyy";
  let bestCount = 0;
  for (const [script, n] of Object.entries(counts)) {
    if (script === "Hira" || script === "Kana" || script === "Hani") continue;
    if (n > bestCount) {
      best = script;
      bestCount = n;
    }
  }
  return { best, bestCount };
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
