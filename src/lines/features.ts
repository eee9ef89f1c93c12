/**
 * Shape features of one line, computed once: the classifier's rules read these instead of
 * re-scanning the text.
 *
 * @module
 */

import { isStopword, LOWER, stopTable } from "./stop-table.js";

export interface LineFeatures {
  /** The line without surrounding whitespace. */
  text: string;
  /** Length of `text` in UTF-16 units; CJK characters count 2.5 (they carry about a word). */
  length: number;
  words: number;
  /** Words found in the article language's stoplist. */
  stopwords: number;
  /** stopwords / words (0 without a stoplist). */
  density: number;
  letters: number;
  digits: number;
  /** Ends like a sentence (., !, ?, …, 。, a closing quote after one). */
  endsSentence: boolean;
  /** Contains a URL, an e-mail address or a @handle. */
  link: boolean;
  /** Count of separator characters such as `|`, `»`, ` / `. */
  separators: number;
  /** Mostly CJK characters (no spaces between words). */
  cjk: boolean;
  /**
   * The scanned text (the first FEATURE_SCAN characters) has no curly apostrophe, no dotted
   * capital I or combining dot, and no whitespace but single spaces: its lower case needs no
   * rewriting to be matched (see normalizeForMatch).
   */
  plain: boolean;
}

/** Tokens longer than this are not looked up in the stoplist. */
const MAX_STOPWORD_TOKEN = 30;
/**
 * Stopwords are counted on lines at least this long: density decides the class of a shorter
 * line only when it ends like a sentence (see densityClass). A wrapped line of a paragraph is
 * counted when its block is read (see {@link stopwordsOf}).
 */
const MIN_DENSITY_LENGTH = 70;
/** ...and on sentences at least this long. */
const MIN_SENTENCE_DENSITY_LENGTH = 16;
/** Lines longer than this are measured on their first FEATURE_SCAN characters. */
const FEATURE_SCAN = 600;
/** Sentence ends are judged on the last characters only. */
const TAIL = 16;
/** Separators are counted on lines up to this long. */
const SEPARATOR_SCAN = 240;
/** Links are looked for in the first characters of very long lines only. */
const LINK_SCAN = 4000;
const LINK = /(?:https?:\/\/|www\.)\S|[\w.+-]@[\w-]+\.[a-z]|(?:^|\s)@\w{2,}/iu;
const SEPARATOR = /\s[|/»›>•·]\s|\s[|»]|[|»]\s/g;

function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Whether {@link lineFeatures} counts the stopwords of a line this long. */
export function countsStopwords(length: number, endsSentence: boolean): boolean {
  return length >= MIN_DENSITY_LENGTH || (endsSentence && length >= MIN_SENTENCE_DENSITY_LENGTH);
}

/** The stopwords of a line (its features' text), counted as {@link lineFeatures} counts them. */
export function stopwordsOf(text: string, stoplist: ReadonlySet<string>): number {
  if (stoplist.size === 0) return 0;
  const scan = text.length > FEATURE_SCAN ? text.slice(0, FEATURE_SCAN) : text;
  countCharacters(scan, longestStopword(stoplist));
  const stopwords = countedStopwords(scan, stoplist);
  return text.length > scan.length ? Math.round((stopwords * text.length) / scan.length) : stopwords;
}

/** Compute the features of `raw` given the article's stoplist (may be empty). One pass. */
export function lineFeatures(raw: string, stoplist: ReadonlySet<string>): LineFeatures {
  const text = raw.trim();
  const endsSentence = endsLikeSentence(text);
  // Density decides nothing for a line this short (menus, labels), unless it is a sentence (a
  // one-line paragraph such as `“We are ready,” she said.`): skip the lookups.
  const useStoplist = stoplist.size > 0 && countsStopwords(text.length, endsSentence);
  // Long lines are read in a prefix and the counts scaled: density and ratios are the same,
  // and a megabyte-long line costs no more than a paragraph.
  const scan = text.length > FEATURE_SCAN ? text.slice(0, FEATURE_SCAN) : text;
  const scale = text.length / Math.max(1, scan.length);
  countCharacters(scan, useStoplist ? longestStopword(stoplist) : 0);
  let letters = COUNTS[LETTERS]!;
  let digits = COUNTS[DIGITS]!;
  let cjkChars = COUNTS[CJK_CHARS]!;
  let words = COUNTS[WORDS]!;
  let stopwords = countedStopwords(scan, stoplist);
  const marks = COUNTS[MARKS]!;
  if (scale > 1) {
    letters = Math.round(letters * scale);
    digits = Math.round(digits * scale);
    cjkChars = Math.round(cjkChars * scale);
    words = Math.round(words * scale);
    stopwords = Math.round(stopwords * scale);
  }
  const cjk = cjkChars > 0 && cjkChars >= letters * 0.5;
  if (cjk) words = Math.max(words, Math.round(cjkChars / 2));
  return {
    text,
    length: text.length + (cjk ? Math.round(cjkChars * 1.5) : 0),
    words,
    stopwords,
    density: words > 0 ? stopwords / words : 0,
    letters,
    digits,
    endsSentence,
    link: mayHaveLink(text, scan, marks) && LINK.test(text.length > LINK_SCAN ? text.slice(0, LINK_SCAN) : text),
    // Separators only matter on short lines (breadcrumbs, bylines).
    separators: text.length <= SEPARATOR_SCAN && marks & SEPARATOR_MARK ? countMatches(text, SEPARATOR) : 0,
    cjk,
    plain: COUNTS[REWRITES] === 0,
  };
}

/** Start, end and hash of each word countCharacters may look up: at most one word per two scanned units. */
const CANDIDATES = new Int32Array(3 * (FEATURE_SCAN / 2 + 1));
/** What {@link countCharacters} found, by index: written there to make no object per line. */
const COUNTS = new Int32Array(8);
const LETTERS = 0;
const DIGITS = 1;
const CJK_CHARS = 2;
const WORDS = 3;
/** Units of CANDIDATES written by the pass (three per word). */
const CANDIDATE_UNITS = 4;
const MARKS = 5;
/** Words with a unit LOWER cannot map: the stopwords of their line are counted again as strings. */
const ODD_WORDS = 6;
/** 1 when a unit the match form rewrites, or two spaces in a row, was seen. */
const REWRITES = 7;

/**
 * One pass over the scanned characters: letters, digits, CJK characters, space-separated words,
 * link or separator marks, and the words that may be stopwords, into COUNTS and CANDIDATES. A
 * word is a token's span from its first to its last word character; words up to `longest`
 * characters are hashed as they are read, for {@link countedStopwords} to look up without a
 * string made for them. (The pass reads only the string, numbers and typed arrays: with the
 * table lookups inside it, V8 compiled the whole loop about twice as slow.)
 */
function countCharacters(scan: string, longest: number): void {
  // Digits, letters and CJK characters, PACK_BITS bits each (a scan is shorter than 2^PACK_BITS).
  let packed = 0;
  let words = 0;
  // Words with a unit LOWER cannot map: looked up as strings after the pass.
  let oddWords = 0;
  let inToken = false;
  let wordStart = -1;
  let wordEnd = -1;
  // Hash of the word so far, and at its last word character; whether a unit so far has no LOWER entry.
  let hash = 0;
  let hashAtEnd = 0;
  let odd = 0;
  let oddAtEnd = 0;
  // Marks that a link or a separator may be there: the regular expressions run only then.
  let marks = 0;
  let rewrites = 0;
  let candidates = 0;
  for (let i = 0; i <= scan.length; i++) {
    const c = i < scan.length ? scan.charCodeAt(i) : 0x20;
    const k = CHAR_CLASS[c]!;
    marks |= k;
    if (k & SPACE) {
      // (A space after a space: the match form collapses the run.)
      if (!inToken && i > 0 && i < scan.length) rewrites |= REWRITTEN;
      if (inToken) {
        words++;
        if (wordStart >= 0 && wordEnd - wordStart <= longest) {
          // (Looked up after the pass: a lookup loop inside this one slows all of it.)
          if (oddAtEnd === 0) {
            CANDIDATES[candidates] = wordStart;
            CANDIDATES[candidates + 1] = wordEnd;
            CANDIDATES[candidates + 2] = hashAtEnd;
            candidates += 3;
          }
          oddWords += oddAtEnd;
        }
        inToken = false;
        wordStart = -1;
      }
      continue;
    }
    inToken = true;
    // (Counted without branches, the three counts packed in one number: a rarely taken branch
    // costs a deoptimization when first taken.)
    packed += PACKED_COUNT[k & (DIGIT | LETTER | CJK)]!;
    if (k & WORD) {
      if (wordStart < 0) {
        wordStart = i;
        hash = 0;
        odd = 0;
      }
      wordEnd = i + 1;
    }
    // (Past the longest stopword the word is none: hashing stops.)
    if (wordStart >= 0 && i - wordStart < longest) {
      const l = LOWER[c]!;
      hash = (Math.imul(hash, 31) + l) | 0;
      if (l === 0) odd = 1;
      if (wordEnd === i + 1) {
        hashAtEnd = hash;
        oddAtEnd = odd;
      }
    }
  }
  COUNTS[LETTERS] = (packed >>> PACK_BITS) & PACK_MASK;
  COUNTS[DIGITS] = packed & PACK_MASK;
  COUNTS[CJK_CHARS] = packed >>> (2 * PACK_BITS);
  COUNTS[WORDS] = words;
  COUNTS[CANDIDATE_UNITS] = candidates;
  COUNTS[ODD_WORDS] = oddWords;
  COUNTS[MARKS] = linkOrSeparator(scan, marks);
  COUNTS[REWRITES] = rewrites === 0 && (marks & REWRITTEN) === 0 ? 0 : 1;
}

/**
 * The stopwords countCharacters just counted in `scan`, counted again as strings when a word
 * had a unit the hash cannot read. (Called after the pass, not inside its loop: a rare call
 * inside a hot loop can leave the loop's optimized code deoptimizing over and over.)
 */
function countedStopwords(scan: string, stoplist: ReadonlySet<string>): number {
  if (COUNTS[ODD_WORDS]! > 0) return countStopwordStrings(scan, stoplist);
  const candidates = COUNTS[CANDIDATE_UNITS]!;
  if (candidates === 0) return 0;
  const table = stopTable(stoplist);
  let stopwords = 0;
  for (let j = 0; j < candidates; j += 3) {
    if (isStopword(table, scan, CANDIDATES[j]!, CANDIDATES[j + 1]!, CANDIDATES[j + 2]!)) stopwords++;
  }
  return stopwords;
}

/** Words longer than this are no stopword of `stoplist`: the pass hashes words up to it. */
function longestStopword(stoplist: ReadonlySet<string>): number {
  return stoplist.size === 0 ? 0 : Math.min(stopTable(stoplist).longest, MAX_STOPWORD_TOKEN);
}

/**
 * The stopwords of `scan` looked up as strings, as String.prototype.toLowerCase reads them: in
 * the context of the line, or word by word where lower-casing changes the length ("İ" becomes
 * two units). For the rare line with a word the hash cannot read.
 */
function countStopwordStrings(scan: string, stoplist: ReadonlySet<string>): number {
  const lower = scan.toLowerCase();
  const aligned = lower.length === scan.length;
  let stopwords = 0;
  let wordStart = -1;
  let wordEnd = -1;
  for (let i = 0; i <= scan.length; i++) {
    const k = CHAR_CLASS[i < scan.length ? scan.charCodeAt(i) : 0x20]!;
    if (k & SPACE) {
      if (wordStart >= 0 && wordEnd - wordStart <= MAX_STOPWORD_TOKEN) {
        if (stoplist.has(aligned ? lower.slice(wordStart, wordEnd) : scan.slice(wordStart, wordEnd).toLowerCase())) stopwords++;
      }
      wordStart = -1;
    } else if (k & WORD) {
      if (wordStart < 0) wordStart = i;
      wordEnd = i + 1;
    }
  }
  return stopwords;
}

const SPACE = 1;
const DIGIT = 2;
const LETTER = 4;
const CJK = 8;
/** Bits per count in the pass's packed counter: scans are at most FEATURE_SCAN units. */
const PACK_BITS = 10;
const PACK_MASK = (1 << PACK_BITS) - 1;
/** What a unit of each DIGIT | LETTER | CJK class adds to the packed counter. */
const PACKED_COUNT = new Int32Array(16);
for (let k = 0; k < 16; k++) PACKED_COUNT[k] = (k & DIGIT ? 1 : 0) + (k & LETTER ? 1 << PACK_BITS : 0) + (k & CJK ? 1 << (2 * PACK_BITS) : 0);
const WORD = 16;
/** `@` and `.` (of a link) and the separators `|/»›>•·`: or-ed over the line by the pass, read after it. */
const AT = 32;
const DOT = 512;
const SEPARATOR_UNIT = 1024;
/** Sentence-final punctuation. */
const FINAL = 64;
/** Closing quotes and brackets that may follow the final punctuation of a sentence. */
const CLOSER = 128;
/** A unit the match form rewrites: curly apostrophes, `İ` and the combining dot, whitespace other than the space. */
const REWRITTEN = 256;

const LINK_MARK = 1;
const SEPARATOR_MARK = 2;

/**
 * What each UTF-16 code unit counts as, computed once: a space, a digit, a letter (most code
 * points at or above U+00C0 that are not punctuation), a CJK character, a word character.
 */
const CHAR_CLASS = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isSpace(c)) CHAR_CLASS[c] = SPACE;
  // (Arabic-Indic and Persian digits are digits too: `١٤ نوفمبر ٢٠٢٦`.)
  else if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) CHAR_CLASS[c] = DIGIT | WORD;
  else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) CHAR_CLASS[c] = LETTER | WORD;
  else if (c >= 0xc0) CHAR_CLASS[c] = (isCjk(c) ? CJK : 0) | (c < 0x2000 || c > 0x2bff ? LETTER : 0) | (isWordCode(c) ? WORD : 0);
  else if (c === 0xaa || c === 0xb5 || c === 0xba) CHAR_CLASS[c] = WORD;
}
for (const ch of "’‘ʼ\u0130\u0307\t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff") CHAR_CLASS[ch.charCodeAt(0)]! |= REWRITTEN;
for (let c = 0x2000; c <= 0x200a; c++) CHAR_CLASS[c]! |= REWRITTEN;
CHAR_CLASS[0x40]! |= AT;
CHAR_CLASS[0x2e]! |= DOT;
for (const ch of "|/»›>•·") CHAR_CLASS[ch.charCodeAt(0)]! |= SEPARATOR_UNIT;
for (const ch of ".!?…。！？؟।") CHAR_CLASS[ch.charCodeAt(0)]! |= FINAL;
for (const ch of "\"'”’»)]」』）") CHAR_CLASS[ch.charCodeAt(0)]! |= CLOSER;

/** Ends like a sentence: final punctuation, then only closing quotes and brackets, within the last TAIL characters. */
function endsLikeSentence(text: string): boolean {
  const stop = Math.max(0, text.length - TAIL);
  let i = text.length - 1;
  while (i >= stop && CHAR_CLASS[text.charCodeAt(i)]! & CLOSER) i--;
  return i >= stop && (CHAR_CLASS[text.charCodeAt(i)]! & FINAL) !== 0;
}

/**
 * What the marks seen by the pass (the class bits of every unit, or-ed) say: a link may be there
 * (an `@`, or a `.` after `www`) or a separator (the slash of a URL too).
 */
function linkOrSeparator(scan: string, seen: number): number {
  const link = seen & AT || (seen & DOT && scan.includes("www.")) ? LINK_MARK : 0;
  return link | (seen & SEPARATOR_UNIT ? SEPARATOR_MARK : 0);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

/** Letters, digits and the apostrophe inside words; punctuation and symbols are not. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  return !((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff0f));
}

/** `@`, `http` or `www.` somewhere in the line: seen in the scanned prefix, else looked for in the rest. */
function mayHaveLink(text: string, scan: string, marks: number): boolean {
  if (marks & LINK_MARK) return true;
  if (text.length > scan.length) {
    const head = text.length > LINK_SCAN ? text.slice(0, LINK_SCAN) : text;
    return head.includes("@") || head.includes("http") || head.includes("www.");
  }
  // A URL with a scheme has a slash.
  return (marks & SEPARATOR_MARK) !== 0 && text.includes("http");
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

// Every path of countCharacters run once at load, so it has type feedback everywhere before the
// optimizer first compiles it: a path first taken later (the first stopword, the first digit)
// otherwise deoptimizes it, and a recompile under on-stack replacement can leave a slower version
// in place for the rest of the run.
for (const longest of [0, 3]) countCharacters("The 12 a İstanbul 中文 x@y.z a/b — www.x  end", longest);
