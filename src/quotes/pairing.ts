/**
 * Quote-mark pairing: one left-to-right scan over a paragraph with a small stack of open marks.
 * Each mark may open, close, or both, by its glyph and by what flanks it; a closer pairs with
 * the nearest open mark it can close. Only outermost pairs are returned (a nested quote of the
 * other style stays inside its parent). Open marks older than {@link MAX_QUOTE_LENGTH}
 * characters are dropped, and the stack is bounded, so the scan is linear whatever the input.
 *
 * @module
 */
import { isApostrophe } from "./apostrophe.js";
import { ALL_MARKS, CLOSE_ONLY, CLOSERS, DEFAULT_SYSTEM, GUILLEMET_MARKS, MARK_SYSTEMS, OPEN_ONLY, RIGHT_SINGLE_OPENS } from "./data/marks.js";

/** Longest quotation, in characters, the scan will pair across. */
export const MAX_QUOTE_LENGTH = 4000;
/** Deepest nesting the scan keeps track of. */
const MAX_DEPTH = 12;

/** A pair of marks: `open` and `close` are the offsets of the marks themselves. */
export interface MarkPair {
  open: number;
  close: number;
  /** Length of each mark: 2 for a doubled single mark (`''`, `‘‘`, `’’`, two backticks). */
  openLength: number;
  closeLength: number;
}

/** What the scan of one paragraph found. */
export interface PairingResult {
  /** Outermost pairs, in text order. */
  pairs: MarkPair[];
  /**
   * The outermost open mark still unclosed at the end of the paragraph, or -1. Pairs after it
   * are nested in it when it continues into the next paragraph.
   */
  unclosed: number;
  unclosedLength: number;
  /** Closing marks that found nothing to close (outside any pair), in text order. */
  orphans: number[];
}

const SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]/u;

// Character classes by code unit, so the scan does no string search per mark.
const MARK = 1;
const OPEN_CONTEXT = 2;
const CLOSE_CONTEXT = 4;
const SPACE_CLASS = 8;
/** A letter or digit (what flanks an in-word apostrophe). */
const WORD_CLASS = 16;
const CLASSES = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
for (const ch of ALL_MARKS) CLASSES[ch.charCodeAt(0)]! |= MARK;
for (const ch of "([{\u2014\u2013-/:") CLASSES[ch.charCodeAt(0)]! |= OPEN_CONTEXT;
for (const ch of ")]}.,;:!?\u2026\u2014\u2013-/") CLASSES[ch.charCodeAt(0)]! |= CLOSE_CONTEXT;
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  if (SPACE.test(ch)) CLASSES[c]! |= SPACE_CLASS;
  if (LETTER_OR_DIGIT.test(ch)) CLASSES[c]! |= WORD_CLASS;
}

function classOf(ch: string | undefined): number {
  return ch === undefined ? SPACE_CLASS : CLASSES[ch.charCodeAt(0)]!;
}

/**
 * Is `text[at]` the last punctuation of a quotation: a closing punctuation mark, or a quotation
 * mark right after one (`,'`)?
 */
function endsQuotation(text: string, at: number, lo: number): boolean {
  const c = classOf(text[at]);
  if ((c & CLOSE_CONTEXT) !== 0) return true;
  return (c & MARK) !== 0 && at - 1 >= lo && (classOf(text[at - 1]) & CLOSE_CONTEXT) !== 0;
}

function isSpace(ch: string | undefined): boolean {
  return (classOf(ch) & SPACE_CLASS) !== 0;
}

interface Open {
  at: number;
  mark: string;
  length: number;
  /** Pairs closed inside this open mark (allocated when the first one closes). */
  children: MarkPair[] | null;
}

/**
 * Does `text[lo, hi)` hold any character the pairing looks at? An apostrophe inside a word
 * (`Ukraine's`) does not count: the pairing skips it.
 */
export function hasMarks(text: string, lo: number, hi: number): boolean {
  const classes = CLASSES;
  for (let i = lo; i < hi; i++) {
    const code = text.charCodeAt(i);
    if ((classes[code]! & MARK) === 0 && code !== 0x60) continue;
    if (!inWordApostrophe(text, code, i, lo, hi)) return true;
  }
  return false;
}

/** `'` or `’` between two letters or digits: an apostrophe whatever else is around. */
function inWordApostrophe(text: string, code: number, i: number, lo: number, hi: number): boolean {
  return (
    (code === 0x27 || code === 0x2019) &&
    i > lo &&
    i + 1 < hi &&
    (CLASSES[text.charCodeAt(i - 1)]! & WORD_CLASS) !== 0 &&
    (CLASSES[text.charCodeAt(i + 1)]! & WORD_CLASS) !== 0
  );
}

/** Pair the quotation marks of `text[lo, hi)`; `language` is an ISO 639-1 code. */
export function pairMarks(text: string, lo: number, hi: number, language = "en"): PairingResult {
  const stack: Open[] = [];
  const pairs: MarkPair[] = [];
  const orphans: number[] = [];
  // Offset of the last character of the last closing mark that closed a pair.
  let lastClose = -1;
  for (let i = lo; i < hi; i++) {
    const code = text.charCodeAt(i);
    if ((CLASSES[code]! & MARK) === 0 && code !== 0x60) continue;
    while (stack.length > 0 && i - stack[0]!.at > MAX_QUOTE_LENGTH) dropBottom(stack, pairs);
    if (inWordApostrophe(text, code, i, lo, hi)) continue;
    let ch = text[i]!;

    // A doubled single mark stands for a double one (`''` in some wire copy, two backticks).
    const doubled = DOUBLED[ch] !== undefined && i + 1 < hi && text[i + 1] === ch ? DOUBLED[ch]! : null;
    const length = doubled ? 2 : 1;
    if (doubled) ch = doubled;
    else if (ch === "`") continue;
    const prev = i > lo ? text[i - 1] : undefined;
    const next = i + length < hi ? text[i + length] : undefined;
    if (!doubled && (ch === "'" || ch === "\u2019" || ch === "\u2018") && isApostrophe(text, i, lo, hi)) continue;

    let canOpen: boolean;
    let canClose: boolean;
    if (OPEN_ONLY.includes(ch)) {
      canOpen = !isSpace(next) || ch === "\u300C" || ch === "\u300E";
      canClose = false;
    } else if (CLOSE_ONLY.includes(ch)) {
      canOpen = false;
      canClose = true;
    } else {
      const guillemet = GUILLEMET_MARKS.includes(ch);
      const after = guillemet && isSpace(next) && next !== undefined ? text[i + 1 + length] : next;
      const before = guillemet && isSpace(prev) && prev !== undefined && i - 2 >= lo ? text[i - 2] : prev;
      canOpen = !isSpace(after) && (isSpace(prev) || (classOf(prev) & (OPEN_CONTEXT | MARK)) !== 0);
      canClose = !isSpace(before) && (isSpace(next) || (classOf(next) & (CLOSE_CONTEXT | MARK)) !== 0);
      if (guillemet && !canOpen && !canClose && !isSpace(after) && !isSpace(before)) {
        // «word» glued to its neighbours: let the stack decide.
        canOpen = canClose = true;
      }
      if (!canOpen && !canClose && !isSpace(prev) && !isSpace(next) && (ch === "\"" || ch === "\u201C" || ch === "\u201D")) {
        // A double mark glued on both sides (`the"word"`): let the stack decide.
        canOpen = canClose = true;
      }
      if (!canOpen && !canClose && i - 2 >= lo && isSpace(prev) && isSpace(next) && !guillemet && (endsQuotation(text, i - 2, lo) || lastClose === i - 2) && hasOpener(stack, ch)) {
        // A closing mark set off by a space after the quotation's last punctuation (`this, " he
        // said`), or after a nested quotation's closing mark that follows it (`say, 'Well done,' " he said`,
        // `do the 'two-step' " - raising`).
        canClose = true;
      }
      if (!canOpen && !canClose && ch === LEFT_DOUBLE && isSpace(next) && (isSpace(prev) || (classOf(prev) & OPEN_CONTEXT) !== 0) && i + 2 < hi && !isSpace(text[i + 2]) && leftDoubleOpens(language)) {
        // A left double mark set off by a space before the quotation (`As the paper put it, “ …`)
        // still opens it where that glyph never closes: its shape gives its direction.
        canOpen = true;
      }
      if (ch === "\u2019" && !RIGHT_SINGLE_OPENS.has(language)) canOpen = false;
      if (ch === "\u201D" && canClose) canOpen = canOpen && !hasOpener(stack, ch);
    }

    if (canClose) {
      const k = findOpener(stack, ch);
      if (k !== -1) {
        const opener = stack[k]!;
        // Marks above the matched one were never closed: drop them (their pairs nest in this one).
        stack.length = k;
        // An empty pair (`""`) is no quotation.
        if (i > opener.at + opener.length) adopt(stack, pairs, { open: opener.at, close: i, openLength: opener.length, closeLength: length });
        i += length - 1;
        lastClose = i;
        continue;
      }
      if (!canOpen) {
        if (stack.length === 0) orphans.push(i);
        i += length - 1;
        continue;
      }
    }
    if (canOpen) {
      if (stack.length >= MAX_DEPTH) dropBottom(stack, pairs);
      stack.push({ at: i, mark: ch, length, children: null });
    }
    i += length - 1;
  }

  // Unclosed marks at the end: the outermost one may continue in the next paragraph (the
  // caller decides); the pairs inside any of them are returned as they are.
  const unclosed = stack[0]?.at ?? -1;
  const unclosedLength = stack[0]?.length ?? 1;
  for (const open of stack) for (const p of open.children ?? []) pairs.push(p);
  pairs.sort(byOpen);
  const outer: MarkPair[] = [];
  for (const p of pairs) {
    const last = outer[outer.length - 1];
    if (last && p.open < last.close) continue;
    outer.push(p);
  }
  return { pairs: outer, unclosed, unclosedLength, orphans };
}

/** A closed pair belongs to the open mark below it until that closes or is dropped. */
function adopt(stack: Open[], pairs: MarkPair[], pair: MarkPair): void {
  const top = stack[stack.length - 1];
  if (top) (top.children ??= []).push(pair);
  else pairs.push(pair);
}

/** A dropped open mark was stray: the pairs inside it stand on their own. */
function dropBottom(stack: Open[], pairs: MarkPair[]): void {
  const bottom = stack.shift();
  if (bottom?.children) for (const p of bottom.children) pairs.push(p);
}

const LEFT_DOUBLE = "\u201C";

/** Does `“` only open quotations in the language (it closes them in German copy: `„…“`)? */
function leftDoubleOpens(language: string): boolean {
  const system = MARK_SYSTEMS[language] ?? DEFAULT_SYSTEM;
  return system.close !== LEFT_DOUBLE && system.altClose !== LEFT_DOUBLE;
}

/** Doubled single marks and the double mark each stands for. */
const DOUBLED: Readonly<Record<string, string>> = { "'": "\"", "\u2018": "\u201C", "\u2019": "\u201D", "`": "\u201C" };

function byOpen(a: MarkPair, b: MarkPair): number {
  return a.open - b.open;
}

function closes(opener: string, closer: string): boolean {
  return (CLOSERS[opener] ?? "").includes(closer);
}

function findOpener(stack: readonly Open[], closer: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (closes(stack[k]!.mark, closer)) return k;
  return -1;
}

function hasOpener(stack: readonly Open[], closer: string): boolean {
  return findOpener(stack, closer) !== -1;
}
