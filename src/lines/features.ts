/**
 * Shape features of one line, computed once: the classifier's rules read these instead of
 * re-scanning the text.
 *
 * @module
 */

import { isStopword, hashStep, LOWER, stopTable } from "./stop-table.js";

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
}

/** Tokens longer than this are not looked up in the stoplist. */
const MAX_STOPWORD_TOKEN = 30;
/** Stopwords are counted on lines at least this long (wrapped lines of a paragraph included). */
const MIN_DENSITY_LENGTH = 30;
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

/** Compute the features of `raw` given the article's stoplist (may be empty). One pass. */
export function lineFeatures(raw: string, stoplist: ReadonlySet<string>): LineFeatures {
  const text = raw.trim();
  const endsSentence = endsLikeSentence(text);
  // Density decides nothing for a line this short (menus, labels), unless it is a sentence (a
  // one-line paragraph such as `“We are ready,” she said.`): skip the lookups.
  const useStoplist = stoplist.size > 0 && (text.length >= MIN_DENSITY_LENGTH || (endsSentence && text.length >= MIN_SENTENCE_DENSITY_LENGTH));
  // Long lines are read in a prefix and the counts scaled: density and ratios are the same,
  // and a megabyte-long line costs no more than a paragraph.
  const scan = text.length > FEATURE_SCAN ? text.slice(0, FEATURE_SCAN) : text;
  const scale = text.length / Math.max(1, scan.length);
  const table = useStoplist ? stopTable(stoplist) : undefined;
  // The whole prefix lower-cased, made only for a word with a character LOWER cannot map.
  let lower: string | undefined;
  let letters = 0;
  let digits = 0;
  let cjkChars = 0;
  let words = 0;
  let stopwords = 0;
  let inToken = false;
  let wordStart = -1;
  let wordEnd = -1;
  // Hash of the word so far, and at its last word character; whether a unit so far has no LOWER entry.
  let hash = 0;
  let hashAtEnd = 0;
  let odd = false;
  let oddAtEnd = false;
  // Marks that a link or a separator may be there: the regular expressions run only then.
  let marks = 0;
  for (let i = 0; i <= scan.length; i++) {
    const c = i < scan.length ? scan.charCodeAt(i) : 0x20;
    const k = CHAR_CLASS[c]!;
    if (k & MARK) marks |= markOf(scan, c, i);
    if (k & SPACE) {
      if (inToken) {
        words++;
        // The token's word is its span from the first to the last word character.
        if (table && wordStart >= 0 && wordEnd - wordStart <= MAX_STOPWORD_TOKEN) {
          if (!oddAtEnd) {
            if (isStopword(table, scan, wordStart, wordEnd, hashAtEnd)) stopwords++;
          } else {
            // As String.prototype.toLowerCase reads it: in context, or word by word where
            // lower-casing changes the length ("İ" becomes two units).
            lower ??= scan.toLowerCase();
            const word = lower.length === scan.length ? lower.slice(wordStart, wordEnd) : scan.slice(wordStart, wordEnd).toLowerCase();
            if (stoplist.has(word)) stopwords++;
          }
        }
        inToken = false;
        wordStart = -1;
      }
      continue;
    }
    inToken = true;
    if (k & DIGIT) digits++;
    else if (k & LETTER) letters++;
    if (k & CJK) cjkChars++;
    if (k & WORD) {
      if (wordStart < 0) {
        wordStart = i;
        hash = 0;
        odd = false;
      }
      wordEnd = i + 1;
    }
    if (table && wordStart >= 0) {
      const l = LOWER[c]!;
      hash = hashStep(hash, l);
      odd ||= l === 0;
      if (wordEnd === i + 1) {
        hashAtEnd = hash;
        oddAtEnd = odd;
      }
    }
  }
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
  };
}

const SPACE = 1;
const DIGIT = 2;
const LETTER = 4;
const CJK = 8;
const WORD = 16;
/** `@` and `.` (of a link) and the separators `|/»›>•·`. */
const MARK = 32;
/** Sentence-final punctuation. */
const FINAL = 64;
/** Closing quotes and brackets that may follow the final punctuation of a sentence. */
const CLOSER = 128;

const LINK_MARK = 1;
const SEPARATOR_MARK = 2;

/**
 * What each UTF-16 code unit counts as, computed once: a space, a digit, a letter (most code
 * points at or above U+00C0 that are not punctuation), a CJK character, a word character.
 */
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isSpace(c)) CHAR_CLASS[c] = SPACE;
  else if (c >= 0x30 && c <= 0x39) CHAR_CLASS[c] = DIGIT | WORD;
  else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) CHAR_CLASS[c] = LETTER | WORD;
  else if (c >= 0xc0) CHAR_CLASS[c] = (isCjk(c) ? CJK : 0) | (c < 0x2000 || c > 0x2bff ? LETTER : 0) | (isWordCode(c) ? WORD : 0);
  else if (c === 0xaa || c === 0xb5 || c === 0xba) CHAR_CLASS[c] = WORD;
}
for (const ch of "@.|/»›>•·") CHAR_CLASS[ch.charCodeAt(0)]! |= MARK;
for (const ch of ".!?…。！？؟।") CHAR_CLASS[ch.charCodeAt(0)]! |= FINAL;
for (const ch of "\"'”’»)]」』）") CHAR_CLASS[ch.charCodeAt(0)]! |= CLOSER;

/** Ends like a sentence: final punctuation, then only closing quotes and brackets, within the last TAIL characters. */
function endsLikeSentence(text: string): boolean {
  const stop = Math.max(0, text.length - TAIL);
  let i = text.length - 1;
  while (i >= stop && CHAR_CLASS[text.charCodeAt(i)]! & CLOSER) i--;
  return i >= stop && (CHAR_CLASS[text.charCodeAt(i)]! & FINAL) !== 0;
}

/** What a MARK character at `i` may be part of: a link (`@`, `www.`) or a separator (the slash of a URL too). */
function markOf(scan: string, c: number, i: number): number {
  if (c === 0x40) return LINK_MARK;
  if (c === 0x2e) return i >= 3 && scan.startsWith("www", i - 3) ? LINK_MARK : 0;
  return SEPARATOR_MARK;
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
