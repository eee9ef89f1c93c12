/**
 * Shape features of one line, computed once: the classifier's rules read these instead of
 * re-scanning the text.
 *
 * @module
 */

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
  /** Share of words that start with an upper-case letter. */
  capitalized: number;
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
/** Sentence ends are judged on the last characters only. */
const TAIL = 16;
/** Separators are counted on lines up to this long. */
const SEPARATOR_SCAN = 240;
/** Links are looked for in the first characters of very long lines only. */
const LINK_SCAN = 4000;
const SENTENCE_END = /[.!?…。！？؟।]["'”’»)\]]*$/u;
const LINK = /(?:https?:\/\/|www\.)\S|[\w.+-]@[\w-]+\.[a-z]|(?:^|\s)@\w{2,}/iu;
const SEPARATOR = /\s[|/»›>•·]\s|\s[|»]|[|»]\s/g;

function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Compute the features of `raw` given the article's stoplist (may be empty). */
export function lineFeatures(raw: string, stoplist: ReadonlySet<string>): LineFeatures {
  const text = raw.trim();
  let letters = 0;
  let digits = 0;
  let cjkChars = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (c >= 0xc0) {
      if (isCjk(c)) cjkChars++;
      // Most code points at or above U+00C0 that are not punctuation are letters.
      if (c < 0x2000 || c > 0x2bff) letters++;
    }
  }
  const cjk = cjkChars > 0 && cjkChars >= letters * 0.5;
  let words = 0;
  let stopwords = 0;
  let capitalized = 0;
  // One pass over whitespace-separated tokens; edges that are not word characters are skipped
  // by code point tests rather than a regex per token.
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    let end = i;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    words++;
    let s = i;
    let e = end;
    while (s < e && !isWordCode(text.charCodeAt(s))) s++;
    while (e > s && !isWordCode(text.charCodeAt(e - 1))) e--;
    if (s < e) {
      const first = text.charCodeAt(s);
      if ((first >= 0x41 && first <= 0x5a) || (first >= 0xc0 && text[s] !== text[s]!.toLowerCase())) capitalized++;
      // Long tokens are never stopwords.
      if (stoplist.size > 0 && e - s <= MAX_STOPWORD_TOKEN && stoplist.has(text.slice(s, e).toLowerCase())) stopwords++;
    }
    i = end;
  }
  if (cjk) words = Math.max(words, Math.round(cjkChars / 2));
  return {
    text,
    length: text.length + (cjk ? Math.round(cjkChars * 1.5) : 0),
    words,
    stopwords,
    density: words > 0 ? stopwords / words : 0,
    letters,
    digits,
    capitalized: words > 0 ? capitalized / words : 0,
    endsSentence: SENTENCE_END.test(text.slice(-TAIL)),
    link: mayHaveLink(text) && LINK.test(text.length > LINK_SCAN ? text.slice(0, LINK_SCAN) : text),
    // Separators only matter on short lines (breadcrumbs, bylines).
    separators: text.length <= SEPARATOR_SCAN ? countMatches(text, SEPARATOR) : 0,
    cjk,
  };
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

function mayHaveLink(text: string): boolean {
  return text.includes("@") || text.includes("http") || text.includes("www.");
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}
