/**
 * People's names in Arabic text, which has no capital letters to mark them: a known given name
 * (data/arabic.ts, data/given-names.ts) after a role word (`الرئيس محمد العلي`, `المتحدث باسم
 * الحكومة سارة ...`) or right after a speech verb (`وقال أحمد ...`) opens a name, which goes on
 * over further given names, family names with the article (`العلي`) and particles (`بن`).
 * The names found are then looked up elsewhere in the article, and their family names alone
 * (`وأضاف العلي`). Read in Arabic articles only (stage.ts). Linear in the text.
 *
 * @module
 */
import { ARABIC_GIVEN_NAMES, ARABIC_NAME_PARTICLES, ARABIC_NOT_NAME_WORDS, ARABIC_ROLE_WORDS, ARABIC_SPEECH_VERBS } from "./data/arabic.js";
import { GIVEN_NAME_GROUPS } from "./data/given-names.js";
import { ARABIC_PROCLITICS } from "./data/words.js";
import type { Candidate } from "./mentions.js";
import { isLetterCode } from "./script.js";
import type { Segment } from "./tokens.js";

const ROLES: ReadonlySet<string> = new Set(ARABIC_ROLE_WORDS);
const VERBS: ReadonlySet<string> = new Set(ARABIC_SPEECH_VERBS);
const PARTICLES: ReadonlySet<string> = new Set(ARABIC_NAME_PARTICLES);
const NOT_NAMES: ReadonlySet<string> = new Set(ARABIC_NOT_NAME_WORDS);
const GIVEN: ReadonlySet<string> = new Set([...ARABIC_GIVEN_NAMES, ...GIVEN_NAME_GROUPS.flat().filter((n) => isArabic(n.charCodeAt(0)))]);

/** Words between a role and the given name after it at most (`المتحدث باسم الحكومة محمد`). */
const ROLE_REACH = 3;
/** Words of a name at most. */
const NAME_WORDS = 5;
/** Names looked up again over the article at most. */
const MAX_NAMES = 32;

function isArabic(code: number): boolean {
  return code >= 0x620 && code <= 0x64a;
}

interface Word {
  start: number;
  end: number;
  text: string;
  line: number;
  /** Something other than spaces stands before it (punctuation): no cue reaches across. */
  gapBefore: boolean;
}

function words(text: string, segments: readonly Segment[]): Word[] {
  const out: Word[] = [];
  for (const seg of segments) {
    let gap = true;
    let i = seg.start;
    while (i < seg.end) {
      const c = text.charCodeAt(i);
      if (!isArabic(c)) {
        if (c !== 32 && c !== 0xa0 && !(c >= 0x64b && c <= 0x652)) gap = true;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < seg.end && (isArabic(text.charCodeAt(j)) || (text.charCodeAt(j) >= 0x64b && text.charCodeAt(j) <= 0x652))) j++;
      out.push({ start: i, end: j, text: text.slice(i, j), line: seg.line, gapBefore: gap });
      gap = false;
      i = j;
    }
  }
  return out;
}

/** The word less a one-letter proclitic (`وقال` -> `قال`), when that is in `set`; else the word. */
function bare(word: string, set: ReadonlySet<string>): string {
  if (set.has(word)) return word;
  if (word.length > 3 && ARABIC_PROCLITICS.includes(word[0] ?? "") && set.has(word.slice(1))) return word.slice(1);
  return word;
}

function isFamilyName(word: string): boolean {
  return word.length >= 4 && word.startsWith("ال") && !NOT_NAMES.has(word) && !ROLES.has(word);
}

/** Find people's names in an Arabic text, leaving out the spans of `taken` (candidates found already). */
export function findArabicNames(text: string, segments: readonly Segment[], taken: readonly Candidate[]): Candidate[] {
  const ws = words(text, segments);
  const found: Candidate[] = [];
  // The characters covered by a candidate already: a new one may not overlap them.
  let covered: Uint8Array | null = null;
  const cover = (start: number, end: number) => {
    covered ??= markTaken(text.length, taken);
    covered.fill(1, start, end);
  };
  const overlaps = (start: number, end: number) => {
    covered ??= markTaken(text.length, taken);
    for (let k = start; k < end; k++) if (covered[k] === 1) return true;
    return false;
  };
  const names = new Map<string, number>();
  for (let w = 0; w < ws.length; w++) {
    const word = ws[w]!;
    const role = ROLES.has(bare(word.text, ROLES));
    const verb = !role && VERBS.has(bare(word.text, VERBS));
    if (!role && !verb) continue;
    // The given name: right after a speech verb; within reach after a role.
    let g = -1;
    for (let k = w + 1; k < ws.length && k <= w + (role ? ROLE_REACH + 1 : 1); k++) {
      if (ws[k]!.gapBefore) break;
      if (GIVEN.has(ws[k]!.text)) {
        g = k;
        break;
      }
    }
    if (g < 0) continue;
    let end = g;
    while (end + 1 < ws.length && end + 1 - g < NAME_WORDS && !ws[end + 1]!.gapBefore) {
      const next = ws[end + 1]!.text;
      if (PARTICLES.has(next) && end + 2 < ws.length && !ws[end + 2]!.gapBefore && end + 2 - g < NAME_WORDS) {
        end += 2;
        continue;
      }
      if (GIVEN.has(next) || isFamilyName(next)) {
        end++;
        continue;
      }
      break;
    }
    const first = ws[g]!;
    const last = ws[end]!;
    if (overlaps(first.start, last.end)) continue;
    found.push(candidate(text, first.start, last.end, first.line, role, verb));
    cover(first.start, last.end);
    if (names.size < MAX_NAMES) names.set(text.slice(first.start, last.end), end - g + 1);
    w = end;
  }
  if (names.size === 0) return found;
  // The names again without a cue, and the family names alone (`وأضاف العلي`), by their first
  // word (a few names per article: the lookups per word are bounded).
  const byFirst = new Map<string, [string, number][]>();
  const alone = new Set<string>();
  for (const [name, n] of names) {
    const parts = name.split(" ");
    const family = parts[parts.length - 1] ?? "";
    if (n >= 2 && isFamilyName(family)) alone.add(family);
    const list = byFirst.get(parts[0] ?? "") ?? [];
    list.push([name, n]);
    byFirst.set(parts[0] ?? "", list);
  }
  for (let w = 0; w < ws.length; w++) {
    const word = ws[w]!.text;
    // (A one-letter proclitic may stand glued before the name: `ومحمد`, `وأضاف العلي`.)
    const glued = word.length > 3 && ARABIC_PROCLITICS.includes(word[0] ?? "") ? word.slice(1) : "";
    const offset = byFirst.has(word) ? 0 : glued !== "" && byFirst.has(glued) ? 1 : -1;
    if (offset >= 0) {
      for (const [name, n] of byFirst.get(offset === 0 ? word : glued) ?? []) {
        if (w + n > ws.length) continue;
        const start = ws[w]!.start + offset;
        const end = ws[w + n - 1]!.end;
        if (text.slice(start, end) !== name || overlaps(start, end)) continue;
        found.push(candidate(text, start, end, ws[w]!.line, false, false));
        cover(start, end);
        break;
      }
    }
    const family = alone.has(word) ? word : alone.has(glued) ? glued : "";
    if (family !== "") {
      const start = ws[w]!.end - family.length;
      if (!overlaps(start, ws[w]!.end)) {
        found.push(candidate(text, start, ws[w]!.end, ws[w]!.line, false, false));
        cover(start, ws[w]!.end);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function markTaken(length: number, taken: readonly Candidate[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const c of taken) covered.fill(1, c.start, c.end);
  return covered;
}

function candidate(text: string, start: number, end: number, line: number, afterRole: boolean, speechVerb: boolean): Candidate {
  const t = text.slice(start, end);
  return { text: t, start, end, line, words: t.split(" "), afterRole, placeCue: false, speechVerb, initialOnly: false };
}
