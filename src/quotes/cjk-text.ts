/**
 * What the Chinese, Japanese and Korean readers share (`cjk.ts`): the quotation as they read it,
 * word lists looked up by a word's first or last character, character classes, sentence and
 * clause bounds around a quotation, speaker phrases, and a source before a source marker
 * (`共同通信によると`, `국방부에 따르면`). Bounded windows: at most {@link BEFORE} characters
 * before a quotation and {@link AFTER} after it.
 *
 * @module
 */
import type { Cue } from "./cues.js";
import { CJK_CLAUSE_BREAKS, CJK_SENTENCE_ENDS } from "./data/cjk.js";
import type { SpeakerPhrase } from "./speaker.js";

/** A quotation as read here: its marks, and the other quotations of its paragraph. */
export interface CjkQuote {
  /** Offset of the opening mark (-1 when none). */
  open: number;
  /** Offset right after the closing mark (-1 when none). */
  close: number;
  /** The paragraph's bounds. */
  lo: number;
  hi: number;
  /** The quotations of the paragraph as `[open, close)` (the closing mark included), in order. */
  quotes: readonly (readonly [number, number])[];
}

/** Characters read before and after a quotation. */
const BEFORE = 240;

export const AFTER = 60;

/** Longest subject read before a cue verb, in characters. */
export const MAX_SUBJECT = 30;

/** Longest speaker phrase kept. */
export const MAX_PHRASE = 24;

/** A word list looked up at a position: by first character (forward) or last (backward). */
export class Words {
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();
  constructor(words: readonly string[]) {
    const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      push(this.byFirst, w[0]!, w);
      push(this.byLast, w[w.length - 1]!, w);
    }
  }

  /** The longest word that starts at `i` and ends by `hi`, or null. */
  at(text: string, i: number, hi: number): string | null {
    const list = this.byFirst.get(text[i] ?? "");
    if (list) for (const w of list) if (i + w.length <= hi && text.startsWith(w, i)) return w;
    return null;
  }

  /** The longest word that ends at `e` and starts at `lo` or later, or null. */
  endingAt(text: string, e: number, lo: number): string | null {
    const list = this.byLast.get(text[e - 1] ?? "");
    if (list) for (const w of list) if (e - w.length >= lo && text.startsWith(w, e - w.length)) return w;
    return null;
  }

  /** Does `s` end with one of the words (and hold more before it when `more`)? */
  ends(s: string, more = false): string | null {
    const list = this.byLast.get(s[s.length - 1] ?? "");
    if (list) for (const w of list) if (s.endsWith(w) && (!more || s.length > w.length)) return w;
    return null;
  }
}

function push(map: Map<string, string[]>, key: string, w: string): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}

const tables = new Map<readonly string[], Words>();

export function words(list: readonly string[]): Words {
  let t = tables.get(list);
  if (!t) {
    t = new Words(list);
    tables.set(list, t);
  }
  return t;
}

export function isBreak(ch: string | undefined): boolean {
  return ch === undefined || CJK_CLAUSE_BREAKS.includes(ch);
}

export function isSentenceEnd(ch: string | undefined): boolean {
  return ch !== undefined && CJK_SENTENCE_ENDS.includes(ch);
}

/** Does a sentence end at `i`: a full-width end, or a period before a space (Korean: `말했다. 그는`)? */
export function endsSentenceAt(text: string, i: number): boolean {
  return isSentenceEnd(text[i]) || (text[i] === "." && (i + 1 >= text.length || SPACE.test(text[i + 1]!)));
}

export const NAME_CHAR = /[\p{Script=Han}\p{Script=Katakana}\u30FC\u30FB\u00B7\u3005A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;

export const DIGIT = /[0-9\uFF10-\uFF19]/u;

export const HANGUL = /\p{Script=Hangul}/u;

export const HAN = /\p{Script=Han}/u;

export const SPACE = /\s/u;

/**
 * A speaker phrase. `role`: the title read with the name (its head, so that the role alone later
 * refers back to the person: `官房長官は` after `林芳正官房長官は`); a role alone is definite.
 */
export function phrase(start: number, end: number, kind: SpeakerPhrase["kind"], name: string, role = ""): SpeakerPhrase {
  const alone = kind === "nominal" && role !== "" && role === name;
  return { start, end, kind, name, head: role || name, definite: kind === "pronoun" || kind === "group-pronoun" || alone };
}

/**
 * The start of the sentence that holds offset `at`: after the last sentence end before it, other
 * quotations passed over (`他说，“A。”并强调“B”` reads back to `他`), at most {@link BEFORE}
 * characters back.
 */
export function sentenceStart(text: string, at: number, q: CjkQuote): number {
  const floor = Math.max(q.lo, at - BEFORE);
  let qi = q.quotes.length - 1;
  let i = at;
  while (i > floor) {
    while (qi >= 0 && q.quotes[qi]![0] >= i) qi--;
    const inside = qi >= 0 ? q.quotes[qi]! : null;
    if (inside && inside[1] >= i && inside[0] < i) {
      i = inside[0];
      continue;
    }
    if (endsSentenceAt(text, i - 1)) break;
    i--;
  }
  return Math.max(i, floor);
}

/** The quotation `[open, close)` that holds offset i, if any. */
export function quoteAt(q: CjkQuote, i: number): readonly [number, number] | null {
  for (const r of q.quotes) if (r[0] <= i && i < r[1]) return r;
  return null;
}

/** The start of the clause that ends at `v`: after the last clause break, at `lo` at the earliest. */
export function clauseStart(text: string, v: number, lo: number): number {
  let i = v;
  while (i > lo && v - i < MAX_SUBJECT + 8 && !isBreak(text[i - 1])) i--;
  return i;
}

/** `共同通信によると、`: the source before a source marker in `[s, e)`. */
export function sourceBeforeMarker(text: string, s: number, e: number, markers: Words, read: (a: number, b: number) => SpeakerPhrase | null, runStart: (b: number) => number): Cue | null {
  for (let i = s; i < e; i++) {
    const m = markers.at(text, i, e);
    if (!m) continue;
    const r = runStart(i);
    const source = r < i ? read(r, i) : null;
    if (source) return { start: i, end: i + m.length, kind: "source", speaker: source, adjacent: false };
  }
  return null;
}
