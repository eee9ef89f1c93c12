/**
 * Match a line against the multilingual phrase lists (`data/phrases.ts`): whole line, line
 * start, line end, or (for a few unambiguous phrases) anywhere. Whole lines are looked up by
 * exact string; start and end phrases by walking a character trie from the line's first (last)
 * character, so a line costs a few steps whatever the size of the lists.
 *
 * @module
 */
import { PHRASES, type PhraseKind, type PhraseRule } from "./data/phrases.js";
import { CharTrie } from "./char-trie.js";
import { firstWord } from "./normalize.js";
import { SubstringSet } from "./substring-set.js";

export interface PhraseHit {
  kind: PhraseKind;
  at: PhraseRule["at"];
  phrase: string;
}

interface PhraseIndex {
  /** Single-word whole-line share and navigation phrases: a short line made only of them is that kind. */
  words: Map<string, PhraseRule[]>;
  /** {@link openingKey} of each of `words`. */
  wordOpenings: Set<number>;
  line: Map<string, PhraseRule[]>;
  /** Length of the longest whole-line phrase: a longer line needs no lookup. */
  lineMax: number;
  /** One bit per {@link lineKey} of the whole-line phrases: a line whose bit is clear is none of them. */
  lineBits: Uint32Array;
  /** Start phrases spelled forwards, end phrases backwards: a line walks only the phrases it begins (ends) with. */
  startTrie: CharTrie<Filed>;
  endTrie: CharTrie<Filed>;
  contains: PhraseRule[];
  /** The texts of `contains`, to test a line against all at once. */
  containsAny: SubstringSet;
}

/** A phrase rule and its position in the rule list (the order hits are reported in). */
interface Filed {
  rule: PhraseRule;
  order: number;
}

let index: PhraseIndex | undefined;
/** The rules of the kinds that may open or close a long line (see {@link LONG_LINE_KINDS}). */
let longIndex: PhraseIndex | undefined;

/**
 * Phrase kinds that decide a line of any length: a caption or legal notice may be long, its
 * phrase opening it or a photo credit closing it. Other phrases decide short lines only.
 */
export const LONG_LINE_KINDS: ReadonlySet<PhraseKind> = new Set(["caption", "legal"]);

function buildIndex(rules: readonly PhraseRule[] = PHRASES): PhraseIndex {
  const built: PhraseIndex = {
    words: new Map(),
    wordOpenings: new Set([SURROGATE_OPENING]),
    line: new Map(),
    lineMax: 0,
    lineBits: new Uint32Array(LINE_BITS >>> 5),
    startTrie: new CharTrie(),
    endTrie: new CharTrie(),
    contains: [],
    containsAny: new SubstringSet([]),
  };
  for (const [order, rule] of rules.entries()) {
    // Rule texts are stored normalized (lower-case, straight apostrophes); they are indexed
    // as written, so "(reuters)" and "photo:" keep their punctuation.
    const text = rule.text;
    const normalized = rule;
    if (rule.at === "contains") built.contains.push(normalized);
    else if (rule.at === "line") {
      add(built.line, text, normalized);
      built.lineMax = Math.max(built.lineMax, text.length);
      const key = lineKey(text);
      built.lineBits[key >>> 5]! |= 1 << (key & 31);
      if (!text.includes(" ") && (rule.kind === "share" || rule.kind === "navigation")) {
        add(built.words, text, rule);
        built.wordOpenings.add(openingKey(text));
      }
    } else if (rule.at === "start") {
      built.startTrie.add(text, false, { rule, order });
    } else {
      built.endTrie.add(text, true, { rule, order });
    }
  }
  built.containsAny = new SubstringSet(built.contains.map((rule) => rule.text));
  return built;
}

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1);
}

function add(map: Map<string, PhraseRule[]>, key: string, rule: PhraseRule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

/** A short label is context enough: "Cookies", "Manage cookies" as a footer link. */
const LABEL_WORDS = 4;

/** Whether a phrase with context words ({@link PhraseRule.with}) has them in the line. */
function inContext(rule: PhraseRule, normalized: string): boolean {
  const words = rule.with;
  if (!words) return true;
  if (!/[.!?]$/u.test(normalized) && normalized.split(" ").length <= LABEL_WORDS) return true;
  return words.some((w) => normalized.includes(w));
}

/** Whether a rule applies to an article in `language` (its own language, English, or any). */
function applies(rule: PhraseRule, language: string): boolean {
  return rule.lang === "*" || rule.lang === "en" || rule.lang === language;
}

/**
 * The longest whole-line phrase of `kind` that the line starts with (at a word boundary), for
 * lines where a widget label is followed by a link: "share this @site.com".
 */
export function leadingLinePhrase(normalized: string, kind: PhraseKind): string | undefined {
  index ??= buildIndex();
  // The ends of the first four words (each prefix is the line up to a space), longest first.
  const ends: number[] = [];
  for (let space = normalized.indexOf(" "); space !== -1 && ends.length < 4; space = normalized.indexOf(" ", space + 1)) ends.push(space);
  for (let n = ends.length; n >= 1; n--) {
    const prefix = normalized.slice(0, ends[n - 1]);
    if (prefix.length <= index.lineMax && mayBeLine(index, prefix) && index.line.get(prefix)?.some((rule) => rule.kind === kind)) return prefix;
  }
  return undefined;
}

/** Most words a line of widget words ("Share - WeChat", "Facebook Twitter Email") may have. */
const WIDGET_MAX_WORDS = 8;

/**
 * A short line made only of single-word share or navigation phrases ("Share - WeChat",
 * "Home News Sport"): the kind of most of its words, or undefined.
 */
export function widgetKind(normalized: string, language: string): "share" | "navigation" | undefined {
  index ??= buildIndex();
  const space = normalized.indexOf(" ");
  if (space < 0) return undefined;
  // Cheap gates: the line's first two characters must open a widget word, then its first word
  // must be one.
  if (!index.wordOpenings.has(openingKey(normalized))) return undefined;
  const first = leadingRun(normalized);
  if (first === "" || !index.words.has(first)) return undefined;
  // Word by word (runs of letters and digits), stopping at the first that is no widget word.
  let words = 0;
  let share = 0;
  for (let i = 0; i < normalized.length; ) {
    const code = normalized.charCodeAt(i);
    // A surrogate pair may be an astral letter: let the regular expression read code points.
    if (code >= 0xd800 && code <= 0xdfff) return widgetKindOfCodePoints(normalized, language);
    if ((charClass(code) & LETTER_OR_DIGIT) === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < normalized.length && charClass(normalized.charCodeAt(end)) & LETTER_OR_DIGIT) end++;
    const kind = wordKind(index.words.get(normalized.slice(i, end)), language);
    if (kind === undefined || ++words > WIDGET_MAX_WORDS) return undefined;
    if (kind === "share") share++;
    i = end;
  }
  return widgetVerdict(words, share);
}

/**
 * The kind of a widget word on a page in `language`: of its last rule that applies there (a
 * menu word of another language is no menu word here: Romanian `social` on an English page).
 */
function wordKind(rules: readonly PhraseRule[] | undefined, language: string): PhraseKind | undefined {
  if (!rules) return undefined;
  for (let r = rules.length - 1; r >= 0; r--) if (applies(rules[r]!, language)) return rules[r]!.kind;
  return undefined;
}

/** A line of `words` widget words, `share` of them share words: the kind of most, or undefined under two words. */
function widgetVerdict(words: number, share: number): "share" | "navigation" | undefined {
  if (words < 2) return undefined;
  return share * 2 >= words ? "share" : "navigation";
}

/** {@link widgetKind}'s word test read by code points, for a line with surrogate pairs. */
function widgetKindOfCodePoints(normalized: string, language: string): "share" | "navigation" | undefined {
  const words = normalized.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length > WIDGET_MAX_WORDS) return undefined;
  let share = 0;
  for (const word of words) {
    const kind = wordKind(index!.words.get(word), language);
    if (kind === undefined) return undefined;
    if (kind === "share") share++;
  }
  return widgetVerdict(words.length, share);
}

/**
 * How a word opens: its first character, and its second when that is a letter or digit (the
 * run of letters and digits a word is read as may be one character long). A line that opens
 * with a surrogate gets a key of its own, found in every set, so the gate lets it through.
 */
function openingKey(text: string): number {
  const first = text.charCodeAt(0);
  if (first >= 0xd800 && first <= 0xdfff) return SURROGATE_OPENING;
  const second = text.length > 1 && charClass(text.charCodeAt(1)) & LETTER_OR_DIGIT ? text.charCodeAt(1) : 0;
  return first * 0x10000 + second;
}

const SURROGATE_OPENING = -1;

const NO_RULES: readonly PhraseRule[] = [];


/** The first run of letters and digits ("photo" of "photo: x"), for phrases that end in punctuation. */
function leadingWord(text: string): string {
  return leadingRun(text) || text.slice(0, 1);
}

/** The letters and digits that open `text` (`/^[\p{L}\p{N}]+/u`), or "". */
function leadingRun(text: string): string {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // A surrogate pair may be an astral letter: let the regular expression read code points.
    if (code >= 0xd800 && code <= 0xdfff) return /^[\p{L}\p{N}]+/u.exec(text)?.[0] ?? "";
    if ((charClass(code) & LETTER_OR_DIGIT) === 0) break;
    i++;
  }
  return text.slice(0, i);
}

function trailingWord(text: string): string {
  let i = text.length;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  return i === text.length ? text.slice(-1) : text.slice(i);
}

/** Letters and digits of scripts that separate words by spaces; CJK phrases need no boundary. */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (charClass(ch.charCodeAt(0)) & SPACED_WORD) !== 0;
}

const KNOWN = 1;
const LETTER_OR_DIGIT = 2;
const SPACED_WORD = 4;
/** What each UTF-16 code unit is, filled on first sight: regular expressions once per character, not per call. */
const charClasses = new Uint8Array(0x10000);

function charClass(code: number): number {
  let c = charClasses[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    const word = /[\p{L}\p{N}]/u.test(ch);
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch);
    c = KNOWN | (word ? LETTER_OR_DIGIT : 0) | (word && !cjk ? SPACED_WORD : 0);
    charClasses[code] = c;
  }
  return c;
}

/**
 * Every phrase the line matches, most specific first (whole line, then start, end, contains).
 * `normalized` is the line after `normalizeForMatch`.
 */
export function matchPhrases(normalized: string, language: string): readonly PhraseHit[] {
  if (normalized === "") return [];
  index ??= buildIndex();
  return matchIn(index, normalized, language);
}

/**
 * {@link matchPhrases} for a long line: only the phrases that can decide one, the whole-line
 * phrases (decoration may make a line long) and those of {@link LONG_LINE_KINDS}.
 */
export function matchLongLinePhrases(normalized: string, language: string): readonly PhraseHit[] {
  if (normalized === "") return [];
  longIndex ??= buildIndex(PHRASES.filter((rule) => rule.at === "line" || LONG_LINE_KINDS.has(rule.kind)));
  return matchIn(longIndex, normalized, language);
}

const NO_HITS: readonly PhraseHit[] = Object.freeze([]);

const LINE_BITS = 1 << 16;

/**
 * A 16-bit digest of a short line, its length and first and last two units: the lookup of a
 * whole-line phrase, a probe into a large table, is made only where a phrase has the same digest.
 */
function lineKey(text: string): number {
  const n = text.length;
  const h = Math.imul(n, 0x9e3779b1) ^ Math.imul(text.charCodeAt(0), 0x85ebca6b) ^ Math.imul(text.charCodeAt(1), 0xc2b2ae35) ^ Math.imul(text.charCodeAt(n - 1), 0x27d4eb2f) ^ Math.imul(text.charCodeAt(n - 2), 0x165667b1);
  return (h ^ (h >>> 16)) & (LINE_BITS - 1);
}

function mayBeLine(index: PhraseIndex, text: string): boolean {
  const key = lineKey(text);
  return ((index.lineBits[key >>> 5]! >>> (key & 31)) & 1) !== 0;
}

function matchIn(index: PhraseIndex, normalized: string, language: string): readonly PhraseHit[] {
  let hits: PhraseHit[] | undefined;
  if (normalized.length <= index.lineMax && mayBeLine(index, normalized)) {
    for (const rule of index.line.get(normalized) ?? NO_RULES) {
      if (applies(rule, language)) (hits ??= []).push({ kind: rule.kind, at: "line", phrase: rule.text });
    }
  }
  // A phrase must end at a word boundary: "share" starts "share this" but not "shareholders".
  const starts = index.startTrie.walk(normalized, false);
  if (starts) {
    for (const rule of ranked(starts, firstWord, [firstWord(normalized), leadingWord(normalized), normalized.slice(0, 1)])) {
      const length = rule.text.length;
      if (isWordChar(rule.text[length - 1]) && isWordChar(normalized[length])) continue;
      if (applies(rule, language)) (hits ??= []).push({ kind: rule.kind, at: "start", phrase: rule.text });
    }
  }
  const ends = index.endTrie.walk(normalized, true);
  if (ends) {
    for (const rule of ranked(ends, lastWord, [lastWord(normalized), trailingWord(normalized), normalized.slice(-1)])) {
      const length = rule.text.length;
      if (isWordChar(rule.text[0]) && isWordChar(normalized[normalized.length - length - 1])) continue;
      if (applies(rule, language)) (hits ??= []).push({ kind: rule.kind, at: "end", phrase: rule.text });
    }
  }
  // The few "contains" phrases are tested all at once first; most lines have none.
  if (index.containsAny.test(normalized)) {
    for (const rule of index.contains) {
      if (applies(rule, language) && normalized.includes(rule.text) && inContext(rule, normalized)) (hits ??= []).push({ kind: rule.kind, at: "contains", phrase: rule.text });
    }
  }
  return hits ?? NO_HITS;
}

/**
 * The found rules in the order the phrase lists give them, keyed by their first (last) word:
 * those filed under the line's first word, then its leading run of letters, then its first
 * character (each key once), then the others (a phrase that ends in its own punctuation or runs
 * into the text with no space, as Chinese and Japanese write: `编辑：`, `本报记者`, `（共同）`).
 */
function ranked(found: readonly Filed[], keyOf: (text: string) => string, keys: readonly string[]): PhraseRule[] {
  const rank = (key: string): number => {
    for (let r = 0; r < keys.length; r++) if (keys[r] === key) return r;
    return keys.length;
  };
  return found
    .map((f) => ({ f, r: rank(keyOf(f.rule.text)) }))
    .sort((x, y) => x.r - y.r || x.f.order - y.f.order)
    .map((x) => x.f.rule);
}
