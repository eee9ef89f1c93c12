/**
 * Word tokens of the eligible parts of the text, with what the mention finder needs around
 * each: whether punctuation separates it from the previous token, whether it opens a
 * sentence, and possessive endings cut off. A hand-written scanner: one pass, no regex over
 * unbounded input.
 *
 * @module
 */
import { isCaselessScript, isLetterCode, isLowerChar, isUpperChar } from "./script.js";

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
}

const APOSTROPHES = "'’";
const HYPHENS = "-‐‑";

function hasHyphen(word: string): boolean {
  return word.includes("-") || word.includes("‐") || word.includes("‑");
}

/** Word-character flags of the BMP beyond ASCII, filled on first sight: 0 unknown, 1 word, 2 not. */
const WORD_CHARS = new Uint8Array(0x10000);

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
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
}

/** Per-line counts of words of four letters or more, for the line style (ordinary.ts). */
export interface LineCounts {
  n: number;
  upper: number;
  caps: number;
  /** Words in lowercase. */
  lowerLong: number;
}

/** Tokens, the words used in lowercase, and per-line word counts. */
export interface Tokenized {
  tokens: Token[];
  /** Hashes ({@link hashWord}) of the words the text uses in lowercase. */
  lowercase: ReadonlySet<number>;
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

const KEEP_HASHES = new WeakMap<ReadonlySet<string>, Set<number>>();

function keepHashes(keep: ReadonlySet<string>): Set<number> {
  let set = KEEP_HASHES.get(keep);
  if (!set) {
    set = new Set([...keep].map(hashWord));
    KEEP_HASHES.set(keep, set);
  }
  return set;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Whether every cased letter of a word is a capital (ASCII fast path). */
function isCapitals(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 0x80) return word === word.toUpperCase() && word !== word.toLowerCase();
  }
  return true;
}

/** `al-Assad`: a particle glued by a hyphen to a capitalized part. */
function isGluedParticle(word: string, particles: ReadonlySet<string>): boolean {
  if (!hasHyphen(word)) return false;
  const h = word.search(/[-‐‑]/u);
  return h > 0 && particles.has(word.slice(0, h).toLowerCase()) && isUpperChar(word[h + 1] ?? "");
}

/** Tokenize the segments, in order. */
export function tokenize(text: string, segments: readonly Segment[], words: TokenizerWords): Tokenized {
  const { particles } = words;
  const keep = keepHashes(words.keep);
  const tokens: Token[] = [];
  const lowercase = new Set<number>();
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
    while (i < seg.end) {
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
      // An elided article or preposition before a name (French `d'Abou Dhabi`, `l'Élysée`,
      // Italian `dell'Ucraina`): the name starts after the apostrophe.
      if (isLowerAscii(code)) {
        let k = i + 1;
        while (k < seg.end && k - i < 5 && isLowerAscii(text.charCodeAt(k))) k++;
        const apostrophe = text.charCodeAt(k);
        if ((apostrophe === 39 || apostrophe === 0x2019) && k + 1 < seg.end && isUpperChar(text[k + 1] ?? "")) {
          gap = true;
          sentence = false;
          i = k + 1;
          continue;
        }
      }
      // A word: letters, with inner apostrophes and hyphens.
      let j = i + 1;
      let hyphenated = false;
      // The hash of the word as scanned (see hashRange), for lowercase words looked up without slicing.
      let h = Math.imul(0x811c9dc5 ^ code, 0x01000193);
      while (j < seg.end) {
        const c = text.charCodeAt(j);
        if (isWordChar(c)) {
          h = Math.imul(h ^ c, 0x01000193);
          j++;
          continue;
        }
        if ((c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011) && j + 1 < seg.end && isWordChar(text.charCodeAt(j + 1))) {
          if (c !== 39 && c !== 0x2019) hyphenated = true;
          h = Math.imul(Math.imul(h ^ c, 0x01000193) ^ text.charCodeAt(j + 1), 0x01000193);
          j += 2;
          continue;
        }
        break;
      }
      h |= 0;
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
      if (firstCode < 0x80 ? firstCode >= 97 && firstCode <= 122 : isLowerChar(text[i] ?? "")) {
        const kept = keep.has(h) ? text.slice(i, j) : null;
        if (!hyphenated || !isGluedParticle(text.slice(i, j), particles)) {
          // A lowercase word: no token unless the finder reads it; otherwise it only separates names.
          lowercase.add(h);
          if (counts && j - i >= 4) {
            counts.n++;
            counts.lowerLong++;
          }
          if (kept !== null && words.keep.has(kept)) {
            tokens.push({
              start: i,
              end,
              text: kept,
              lower: kept,
              line: seg.line,
              upper: false,
              caps: false,
              initial: false,
              gapBefore: gap,
              sentenceStart: sentence,
              possessive: false,
              cutTail: false,
            });
            gap = false;
          } else {
            gap = true;
          }
          sentence = false;
          i = j;
          continue;
        }
      }
      let word = text.slice(i, end);
      let initial = false;
      // Initials and dotted abbreviations: W. / U.S. / U.N.
      if (word.length === 1 && isUpperChar(word) && text[end] === ".") {
        end++;
        while (end + 1 < seg.end && isUpperChar(text[end] ?? "") && text[end + 1] === ".") end += 2;
        word = text.slice(i, end);
        initial = true;
        j = end;
      }
      let possessive = false;
      let cutTail = false;
      if (initial && HYPHENS.includes(text[end] ?? "") && isWordChar(text.charCodeAt(end + 1))) {
        // U.S.-backed: the tail is not part of the name
        j = end + 1;
        while (j < seg.end && (isWordChar(text.charCodeAt(j)) || (HYPHENS.includes(text[j] ?? "") && isWordChar(text.charCodeAt(j + 1))))) j++;
        cutTail = true;
      }
      if (!initial) {
        // Possessive: Ukraine's, Ukraine’s, Emirates’
        const last2 = word.slice(-2);
        if (word.length > 2 && APOSTROPHES.includes(last2[0] ?? "") && (last2[1] === "s" || last2[1] === "S")) {
          end -= 2;
          possessive = true;
        } else if (APOSTROPHES.includes(text[end] ?? "") && word.endsWith("s") && !isWordChar(text.charCodeAt(end + 1))) {
          possessive = true;
        }
        word = text.slice(i, end);
        // Hyphenated tail in lowercase: US-brokered -> US
        const parts = hasHyphen(word) ? word.split(/[-‐‑]/u) : null;
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
      let upper = firstCode < 0x80 ? firstCode >= 65 && firstCode <= 90 : isUpperChar(first);
      if (!upper && hasHyphen(word)) {
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
        lower: word.toLowerCase(),
        line: seg.line,
        upper,
        caps,
        initial,
        gapBefore: gap,
        sentenceStart: sentence,
        possessive,
        cutTail,
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
