/**
 * A prefilter that tells, without making a string or a token, whether a range of text may hold
 * one of a set of words: each word of the range (as {@link tokenize} cuts it) is lower-cased
 * code unit by code unit and hashed, and the hash is looked up in a bit set of the words'
 * hashes. A miss is certain; a hit may be a false one (the caller then does the real work).
 *
 * @module
 */

const WORD = 1;
const CLASS = new Uint8Array(0x10000);
/** Lower case of each code unit when it is one code unit and context-free, else 0. */
const LOWER = new Uint16Array(0x10000);
{
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (wordChar.test(ch)) CLASS[c] = WORD;
    const lower = ch.toLowerCase();
    LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : 0;
  }
  // Final sigma depends on its context.
  LOWER[0x3a3] = 0;
}

const BITS = 1 << 18;

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d || code === 0x2010 || code === 0x2011;
}

function step(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

function slot(h: number): number {
  return (h >>> 0) & (BITS - 1);
}

/** The words of a set, as a bit set of their hashes. */
export class WordFilter {
  private readonly bits = new Uint8Array(BITS >>> 3);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      let h = 0x811c9dc5;
      for (let i = 0; i < w.length; i++) h = step(h, w.charCodeAt(i));
      const s = slot(h);
      this.bits[s >>> 3]! |= 1 << (s & 7);
    }
  }

  /** May `text[lo, hi)` hold one of the words (as a whole token, in any case)? */
  mayHold(text: string, lo: number, hi: number): boolean {
    const bits = this.bits;
    let i = lo;
    while (i < hi) {
      if (CLASS[text.charCodeAt(i)] !== WORD) {
        i++;
        continue;
      }
      let h = 0x811c9dc5;
      let exact = true;
      for (;;) {
        const c = text.charCodeAt(i);
        const lower = LOWER[c]!;
        if (lower === 0) exact = false;
        h = step(h, lower);
        i++;
        if (i >= hi) break;
        const d = text.charCodeAt(i);
        if (CLASS[d] === WORD) continue;
        if (isJoiner(d) && i + 1 < hi && CLASS[text.charCodeAt(i + 1)] === WORD) {
          h = step(h, LOWER[d]!);
          i++;
          continue;
        }
        break;
      }
      if (!exact) return true;
      const s = slot(h);
      if ((bits[s >>> 3]! & (1 << (s & 7))) !== 0) return true;
    }
    return false;
  }
}
