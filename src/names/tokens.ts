/**
 * Word tokens of the eligible parts of the text, with what the mention finder needs around
 * each: whether punctuation separates it from the previous token, whether it opens a
 * sentence, and possessive endings cut off. A hand-written scanner: one pass, no regex over
 * unbounded input.
 *
 * @module
 */
import { APOSTROPHE_CASE_SUFFIXES } from "./data/words.js";
import { isAllCapitals, isCaselessScript, isLetterCode, isLowerChar, isLowerCode, isUpperChar, isUpperCode } from "./script.js";

/** A piece of the text mentions may come from: a content line, minus excluded spans. */
export interface Segment {
  start: number;
  end: number;
  /** 1-based line number. */
  line: number;
  /** The next segment continues this one's sentence (hard-wrapped copy, or a line split by an excluded span). */
  joinNext: boolean;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  line: number;
  /** Starts with a capital letter (or a lowercase particle glued to a capitalized name: `al-Assad`). */
  upper: boolean;
  /** All letters are capitals and there are at least two (`UAE`, `NATO`). */
  caps: boolean;
  /** A single capital with a period (`W.`) or dotted capitals (`U.S.`). */
  initial: boolean;
  /** Something other than spaces (or one joined line break) separates it from the previous token. */
  gapBefore: boolean;
  /** Opens a sentence (first in its segment or after `.`, `!`, `?`, `:`, `…`). */
  sentenceStart: boolean;
  /** A possessive ending (`'s`, `’`) was cut off: the name ends here. */
  possessive: boolean;
  /** A lowercase hyphenated tail (`US-brokered` -> `US`) was cut off: the name ends here. */
  cutTail: boolean;
  /** A case suffix cut off after an apostrophe (Turkish `Ankara'da` -> `da`), lower-case: the name ends here. */
  suffix?: string | undefined;
  /**
   * The word's classes in the lexicon ({@link tokenClasses}) and its role verdict (roles.ts),
   * read once per token instead of once per reader: -1 (or absent) until first read.
   */
  classes?: number;
  role?: number;
}

const HYPHENS = "-‐‑";

function hasHyphen(word: string): boolean {
  return word.includes("-") || word.includes("‐") || word.includes("‑");
}

/** Word-character flags of the BMP beyond ASCII, filled on first sight: 0 unknown, 1 word, 2 not. */
const WORD_CHARS = new Uint8Array(0x10000);

function isWordChar(code: number): boolean {
  // ASCII letters: `| 32` folds A-Z onto a-z.
  if (code < 0x80) return ((code | 32) - 97) >>> 0 < 26;
  let flag = WORD_CHARS[code] ?? 2;
  if (flag === 0) {
    flag = isLetterCode(code) && !isCaselessScript(code) ? 1 : 2;
    WORD_CHARS[code] = flag;
  }
  return flag === 1;
}

/**
 * `Jong-un` in `Kim Jong-un`, `Jae-in` in `Moon Jae-in`: a romanized Korean or Chinese given
 * name whose second syllable is in lowercase, after a short capitalized family name.
 */
function isEastAsianGivenName(parts: readonly string[], prev: Token | undefined, gap: boolean): boolean {
  if (parts.length !== 2 || !prev || gap || !prev.upper || prev.caps || prev.text.length > 4) return false;
  const [head = "", tail = ""] = parts;
  return head.length <= 4 && tail.length <= 5 && head !== head.toUpperCase() && !/(?:ed|ing|ly)$/u.test(tail);
}

/** What the tokenizer needs to know about words. */
export interface TokenizerWords {
  /** Particles (lowercase) that may be glued before a capitalized part (`al-Assad`). */
  particles: ReadonlySet<string>;
  /**
   * Lowercase words the mention finder reads (particles, connectors, roles, cues, speech
   * verbs). Other lowercase words only separate names, so they become no token: a gap.
   */
  keep: ReadonlySet<string>;
  /**
   * The article's language writes case suffixes of proper nouns after an apostrophe (Turkish
   * `Ankara'da`): a lower-case tail after the apostrophe of a capitalized word is cut off.
   * Otherwise only the tails of {@link APOSTROPHE_CASE_SUFFIXES} are.
   */
  apostropheSuffixes?: boolean;
  /** Known places, lower-case: a short tail after the apostrophe of one is a case suffix in any article (`İstanbul'a`). */
  knownPlaces?: ReadonlySet<string>;
}

/** Per-line counts of words of four letters or more, for the line style (ordinary.ts). */
export interface LineCounts {
  n: number;
  upper: number;
  caps: number;
  /** Words in lowercase. */
  lowerLong: number;
}

/** A set of word hashes ({@link hashWord}), as the finder reads it. */
export interface WordHashes {
  has(hash: number): boolean;
}

/**
 * A set of 32-bit hashes, open addressing with linear probing: cheaper than a `Set<number>`
 * in the tokenizer's loop, which adds every lowercase word of the text.
 */
export class HashSet32 implements WordHashes, Iterable<number> {
  private slots: Int32Array;
  private mask: number;
  private shift: number;
  /** Whether 0 (the empty-slot mark) is in the set. */
  private zero = false;
  size = 0;

  constructor(capacity = 256) {
    let n = 16;
    let bits = 4;
    while (n < capacity * 2) {
      n *= 2;
      bits++;
    }
    this.slots = new Int32Array(n);
    this.mask = n - 1;
    this.shift = 32 - bits;
  }

  has(hash: number): boolean {
    const h = hash | 0;
    if (h === 0) return this.zero;
    const slots = this.slots;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = slots[i] ?? 0;
      if (v === h) return true;
      if (v === 0) return false;
      i = (i + 1) & this.mask;
    }
  }

  add(hash: number): void {
    const h = hash | 0;
    if (h === 0) {
      if (!this.zero) {
        this.zero = true;
        this.size++;
      }
      return;
    }
    const slots = this.slots;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const v = slots[i] ?? 0;
      if (v === h) return;
      if (v === 0) break;
      i = (i + 1) & this.mask;
    }
    slots[i] = h;
    this.size++;
    if (this.size * 2 > slots.length) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const n = old.length * 2;
    this.slots = new Int32Array(n);
    this.mask = n - 1;
    this.shift--;
    for (let k = 0; k < old.length; k++) {
      const h = old[k] ?? 0;
      if (h === 0) continue;
      let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
      while ((this.slots[i] ?? 0) !== 0) i = (i + 1) & this.mask;
      this.slots[i] = h;
    }
  }

  *[Symbol.iterator](): Iterator<number> {
    if (this.zero) yield 0;
    for (let k = 0; k < this.slots.length; k++) {
      const h = this.slots[k] ?? 0;
      if (h !== 0) yield h;
    }
  }
}

/** Tokens, the words used in lowercase, and per-line word counts. */
export interface Tokenized {
  tokens: Token[];
  /** Hashes ({@link hashWord}) of the words the text uses in lowercase. */
  lowercase: HashSet32;
  lines: Map<number, LineCounts>;
  /** Whether a letter of a caseless script (Arabic, Chinese, ...) was seen: names there come by dictionary. */
  caseless: boolean;
}

/** A 32-bit hash of `text` [from, to): lowercase words are looked up by it without slicing them. */
export function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h | 0;
}

/** The hash of a whole word. */
export function hashWord(word: string): number {
  return hashRange(word, 0, word.length);
}

/**
 * The kept words by hash ({@link hashWord}), open addressing: a lowercase word of the text is
 * matched against the few words with its hash in place, without slicing it, and its token
 * takes the kept word's own string.
 */
class KeepTable {
  /** Hashes, 0 marking an empty slot (words of hash 0 are kept apart, in `zero`). */
  private readonly slots: Int32Array;
  private readonly words: (string[] | undefined)[];
  private readonly zero: string[] = [];
  private readonly mask: number;
  private readonly shift: number;
  /** One bit per 16-bit hash prefix of the kept words: most words are ruled out by one load of this small table. */
  private readonly prefixes = new Uint32Array(2048);

  constructor(keep: ReadonlySet<string>) {
    let n = 16;
    let bits = 4;
    while (n < keep.size * 2) {
      n *= 2;
      bits++;
    }
    this.slots = new Int32Array(n);
    this.words = new Array<string[] | undefined>(n).fill(undefined);
    this.mask = n - 1;
    this.shift = 32 - bits;
    for (const w of keep) {
      const h = hashWord(w);
      this.prefixes[h >>> 21]! |= 1 << ((h >>> 16) & 31);
      if (h === 0) {
        this.zero.push(w);
        continue;
      }
      let i = this.slot(h);
      while (this.slots[i] !== 0 && this.slots[i] !== h) i = (i + 1) & this.mask;
      this.slots[i] = h;
      (this.words[i] ??= []).push(w);
    }
  }

  private slot(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** The kept word equal to `text` [from, to), whose hash is `h`, or null. */
  find(h: number, text: string, from: number, to: number): string | null {
    if ((this.prefixes[h >>> 21]! & (1 << ((h >>> 16) & 31))) === 0) return null;
    let list: readonly string[] | undefined = this.zero;
    if (h !== 0) {
      const slots = this.slots;
      let i = this.slot(h);
      for (;;) {
        const v = slots[i] ?? 0;
        if (v === h) break;
        if (v === 0) return null;
        i = (i + 1) & this.mask;
      }
      list = this.words[i];
    }
    if (list) for (const w of list) if (w.length === to - from && text.startsWith(w, from)) return w;
    return null;
  }
}

const KEEP_TABLES = new WeakMap<ReadonlySet<string>, KeepTable>();

function keepTable(keep: ReadonlySet<string>): KeepTable {
  let table = KEEP_TABLES.get(keep);
  if (!table) {
    table = new KeepTable(keep);
    KEEP_TABLES.set(keep, table);
  }
  return table;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Whether every cased letter of a word is a capital (ASCII fast path). */
function isCapitals(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 0x80) return isAllCapitals(word);
  }
  return true;
}

/** `al-Assad`: a particle glued by a hyphen to a capitalized part. */
function isGluedParticle(word: string, particles: ReadonlySet<string>): boolean {
  if (!hasHyphen(word)) return false;
  const h = word.search(/[-‐‑]/u);
  return h > 0 && particles.has(word.slice(0, h).toLowerCase()) && isUpperChar(word[h + 1] ?? "");
}

const GENERAL_SUFFIXES: ReadonlySet<string> = new Set(APOSTROPHE_CASE_SUFFIXES);

/**
 * Where a case suffix after an apostrophe starts in the word text [from, to) (at the
 * apostrophe), or -1: the tail after the last apostrophe is lower-case letters only, and the
 * stem two letters at least; with `any` false, the tail must be one of APOSTROPHE_CASE_SUFFIXES
 * and the stem three letters, not an elided `qu'` (`Lorsqu'un`), or a tail of three letters at
 * most after a known place (`places`).
 */
function suffixApostrophe(text: string, from: number, to: number, any: boolean, places: ReadonlySet<string> | undefined): number {
  let k = to - 1;
  while (k > from && isLowerCode(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  if ((c !== 39 && c !== 0x2019) || k === to - 1) return -1;
  if (k - from < (any ? 2 : 3)) return -1;
  if (any) return k;
  if (!GENERAL_SUFFIXES.has(text.slice(k + 1, to).toLowerCase())) {
    // A tail of up to three letters after a known place (`İstanbul'a`, `Ankara'ya`).
    return to - k - 1 <= 3 && places !== undefined && places.has(text.slice(from, k).replace(/İ/gu, "i").toLowerCase()) ? k : -1;
  }
  const last = text.charCodeAt(k - 1) | 32;
  const before = text.charCodeAt(k - 2) | 32;
  return before === 113 && last === 117 ? -1 : k;
}

/** Tokenize the segments, in order. */
export function tokenize(text: string, segments: readonly Segment[], words: TokenizerWords): Tokenized {
  const { particles } = words;
  const keep = keepTable(words.keep);
  const tokens: Token[] = [];
  const lowercase = new HashSet32(1024);
  let caseless = false;
  const lines = new Map<number, LineCounts>();
  let counts: LineCounts | undefined;
  let countsLine = -1;
  let carryGap = true;
  let carrySentence = true;
  for (const seg of segments) {
    let gap: boolean = carryGap;
    let sentence: boolean = carrySentence;
    let i = seg.start;
    const segEnd = seg.end;
    while (i < segEnd) {
      const code = text.charCodeAt(i);
      if (!isWordChar(code)) {
        if (code === 32 || code === 9 || code === 0xa0) {
          // spaces keep the sequence
        } else if (code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 0x2026) {
          sentence = true;
          gap = true;
        } else {
          gap = true;
          if (code >= 48 && code <= 57) sentence = false;
          else if (code >= 0x590 && !caseless && isCaselessScript(code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) ?? code) : code)) caseless = true;
        }
        i++;
        continue;
      }
      // A word: letters, with inner apostrophes and hyphens.
      let j = i + 1;
      let hyphenated = false;
      let apostrophes = false;
      // The hash of the word as scanned (see hashRange), for lowercase words looked up without slicing.
      let h = Math.imul(0x811c9dc5 ^ code, 0x01000193);
      while (j < segEnd) {
        const c = text.charCodeAt(j);
        if (isWordChar(c)) {
          h = Math.imul(h ^ c, 0x01000193);
          j++;
          continue;
        }
        if ((c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011) && j + 1 < segEnd && isWordChar(text.charCodeAt(j + 1))) {
          if (c !== 39 && c !== 0x2019) hyphenated = true;
          else apostrophes = true;
          h = Math.imul(Math.imul(h ^ c, 0x01000193) ^ text.charCodeAt(j + 1), 0x01000193);
          j += 2;
          continue;
        }
        break;
      }
      h |= 0;
      // An elided article or preposition before a name (French `d'Abou Dhabi`, `l'Élysée`,
      // Italian `dell'Ucraina`): the name starts after the apostrophe. (Checked after the scan,
      // which it does not depend on, only for words with an apostrophe in them or after them.)
      if (isLowerAscii(code) && (apostrophes || (j < segEnd && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019)))) {
        let k = i + 1;
        while (k < segEnd && k - i < 5 && isLowerAscii(text.charCodeAt(k))) k++;
        const apostrophe = text.charCodeAt(k);
        if ((apostrophe === 39 || apostrophe === 0x2019) && k + 1 < segEnd && isUpperCode(text.charCodeAt(k + 1))) {
          // The elided word is a token of its own when the finder reads it (`ministro dell'Economia`:
          // a connector between a role and its ministry); otherwise it only separates names.
          const elided = `${text.slice(i, k)}'`;
          if (words.keep.has(elided)) {
            tokens.push(lowercaseToken(i, k + 1, elided, seg.line, gap, sentence));
            gap = false;
          } else {
            gap = true;
          }
          sentence = false;
          i = k + 1;
          continue;
        }
      }
      let end = j;
      if (countsLine !== seg.line) {
        counts = lines.get(seg.line);
        if (!counts) {
          counts = { n: 0, upper: 0, caps: 0, lowerLong: 0 };
          lines.set(seg.line, counts);
        }
        countsLine = seg.line;
      }
      const firstCode = text.charCodeAt(i);
      if (firstCode < 0x80 ? firstCode >= 97 && firstCode <= 122 : isLowerCode(firstCode)) {
        const kept = keep.find(h, text, i, j);
        if (!hyphenated || !isGluedParticle(text.slice(i, j), particles)) {
          // A lowercase word: no token unless the finder reads it; otherwise it only separates names.
          lowercase.add(h);
          if (counts && j - i >= 4) {
            counts.n++;
            counts.lowerLong++;
          }
          if (kept !== null) {
            tokens.push(lowercaseToken(i, end, kept, seg.line, gap, sentence));
            gap = false;
          } else {
            gap = true;
          }
          sentence = false;
          i = j;
          continue;
        }
      }
      // The word is text [i, end), sliced once its end is known.
      let word = "";
      let initial = false;
      // Initials and dotted abbreviations: W. / U.S. / U.N.
      if (end - i === 1 && isUpperCode(firstCode) && text.charCodeAt(end) === 46) {
        end++;
        while (end + 1 < segEnd && isUpperCode(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 46) end += 2;
        word = text.slice(i, end);
        initial = true;
        j = end;
      }
      let possessive = false;
      let cutTail = false;
      let suffix: string | undefined;
      if (initial && HYPHENS.includes(text[end] ?? "") && isWordChar(text.charCodeAt(end + 1))) {
        // U.S.-backed: the tail is not part of the name
        j = end + 1;
        while (j < segEnd && (isWordChar(text.charCodeAt(j)) || (HYPHENS.includes(text[j] ?? "") && isWordChar(text.charCodeAt(j + 1))))) j++;
        cutTail = true;
      }
      if (!initial && apostrophes && isUpperCode(firstCode)) {
        // A case suffix after an apostrophe: Turkish `Ankara'da`, `Yılmaz’ın` -> `Ankara`, `Yılmaz`.
        const cut = suffixApostrophe(text, i, end, words.apostropheSuffixes === true, words.knownPlaces);
        if (cut > 0) {
          suffix = text.slice(cut + 1, end).toLowerCase();
          end = cut;
          possessive = true;
          word = text.slice(i, end);
        }
      }
      if (!initial && suffix === undefined) {
        // Possessive: Ukraine's, Ukraine’s, Emirates’
        const n = end - i;
        const apostropheAt = n > 2 ? text.charCodeAt(end - 2) : 0;
        const lastLetter = text.charCodeAt(end - 1);
        const after = text.charCodeAt(end);
        if (n > 2 && (apostropheAt === 39 || apostropheAt === 0x2019) && (lastLetter === 115 || lastLetter === 83)) {
          end -= 2;
          possessive = true;
        } else if ((after === 39 || after === 0x2019) && lastLetter === 115 && !isWordChar(text.charCodeAt(end + 1))) {
          // Plural possessive: "the Emirates’ ruler".
          possessive = true;
        }
        word = text.slice(i, end);
        // Hyphenated tail in lowercase: US-brokered -> US
        const parts = hyphenated && hasHyphen(word) ? word.split(/[-‐‑]/u) : null;
        if (parts && parts.length > 1) {
          let keep = 0;
          let offset = 0;
          for (let p = 0; p < parts.length; p++) {
            const part = parts[p] ?? "";
            const first = part[0] ?? "";
            const isParticle = p < parts.length - 1 && particles.has(part.toLowerCase());
            if (p > 0 && isLowerChar(first) && !isParticle) break;
            keep = p + 1;
            offset += part.length + (p > 0 ? 1 : 0);
          }
          const prevToken = tokens[tokens.length - 1];
          if (keep < parts.length && keep > 0 && isUpperChar(parts[0]?.[0] ?? "") && !isEastAsianGivenName(parts, prevToken, gap)) {
            end = i + offset;
            word = text.slice(i, end);
            cutTail = true;
          }
        }
      }
      const first = word[0] ?? "";
      let upper = firstCode < 0x80 ? firstCode >= 65 && firstCode <= 90 : isUpperCode(first.charCodeAt(0));
      if (!upper && hyphenated && hasHyphen(word)) {
        // al-Assad, bin-Laden: a lowercase particle glued to a capitalized part
        const h = word.search(/[-‐‑]/u);
        if (h > 0 && particles.has(word.slice(0, h).toLowerCase()) && isUpperChar(word[h + 1] ?? "")) upper = true;
      }
      const caps = upper && !initial && word.length >= 2 && isCapitals(word);
      if (counts && word.length >= 4) {
        counts.n++;
        if (upper) counts.upper++;
        if (caps) counts.caps++;
      }
      tokens.push({
        start: i,
        end,
        text: word,
        // (Turkish dotted `İ` lower-cases to `i` and a combining dot: the word lists have plain `i`.)
        lower: firstCode === 0x130 || word.includes("İ") ? word.replace(/İ/gu, "i").toLowerCase() : word.toLowerCase(),
        line: seg.line,
        upper,
        caps,
        initial,
        gapBefore: gap,
        sentenceStart: sentence,
        possessive,
        cutTail,
        classes: -1,
        role: -1,
        // (Always set, undefined or not: one object shape for every token.)
        suffix,
      });
      gap = possessive || cutTail;
      sentence = false;
      i = j > end ? j : end;
      if (cutTail || possessive) gap = true;
    }
    carryGap = seg.joinNext ? gap : true;
    carrySentence = seg.joinNext ? sentence : true;
  }
  return { tokens, lowercase, lines, caseless };
}

/** A lower-case word the finder reads (a connector, a particle, an elided article): its text is its own lower case. */
function lowercaseToken(start: number, end: number, text: string, line: number, gapBefore: boolean, sentenceStart: boolean): Token {
  return {
    start,
    end,
    text,
    lower: text,
    line,
    upper: false,
    caps: false,
    initial: false,
    gapBefore,
    sentenceStart,
    possessive: false,
    cutTail: false,
    classes: -1,
    role: -1,
    suffix: undefined,
  };
}
