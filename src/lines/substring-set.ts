/**
 * Which of a fixed set of phrases a text contains, in one pass. Each phrase is filed under one
 * anchor, the rarest run of three code units in it (by a rough letter frequency), and the text
 * is read three units at a time against a bitmap of the anchors' hashes; only where an anchor may
 * sit are the phrases filed under it compared. Phrases shorter than three units are compared
 * directly. Linear in the text.
 *
 * @module
 */

/** Common code units first: an anchor made of later (or unlisted) units is rarer in text. */
const COMMON = " etaoinshrdlcumwfgypbvkjxqz,.";

const BITS = 1 << 16;

interface Anchored {
  phrase: string;
  /** Where the anchor starts in the phrase. */
  offset: number;
}

export class SubstringSet {
  /** One bit per anchor hash: 8 KB, small enough to stay in the fastest cache. */
  private readonly bitmap = new Uint32Array(BITS >>> 5);
  private readonly byKey = new Map<number, Anchored[]>();
  private readonly short: string[] = [];

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      if (phrase.length < 3) {
        this.short.push(phrase);
        continue;
      }
      const offset = rarestTriple(phrase);
      const key = tripleKey(phrase.charCodeAt(offset), phrase.charCodeAt(offset + 1), phrase.charCodeAt(offset + 2));
      this.bitmap[key >>> 5]! |= 1 << (key & 31);
      const list = this.byKey.get(key);
      if (list) list.push({ phrase, offset });
      else this.byKey.set(key, [{ phrase, offset }]);
    }
  }

  /** Whether `text` contains any of the phrases. */
  test(text: string): boolean {
    for (const phrase of this.short) if (text.includes(phrase)) return true;
    if (text.length < 3) return false;
    const bitmap = this.bitmap;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const key = tripleKey(a, b, c);
      if ((bitmap[key >>> 5]! >>> (key & 31)) & 1 && this.matchAt(text, i - 2, key)) return true;
      a = b;
      b = c;
    }
    return false;
  }

  /** Whether a phrase anchored by `key` sits in `text` with its anchor at `at`. */
  private matchAt(text: string, at: number, key: number): boolean {
    const list = this.byKey.get(key);
    if (!list) return false;
    for (const { phrase, offset } of list) if (at >= offset && text.startsWith(phrase, at - offset)) return true;
    return false;
  }
}

/** A 16-bit hash of three code units (collisions only cost a comparison). */
function tripleKey(a: number, b: number, c: number): number {
  return ((a * 961 + b * 31 + c) ^ (a >> 7)) & (BITS - 1);
}

/** How common a code unit is in running text (higher is rarer; units not listed are rarest). */
function rarity(code: number): number {
  const rank = COMMON.indexOf(String.fromCharCode(code));
  return rank < 0 ? COMMON.length : rank;
}

/** The start of the run of three units in `phrase` made of the rarest units. */
function rarestTriple(phrase: string): number {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i + 3 <= phrase.length; i++) {
    const score = Math.min(rarity(phrase.charCodeAt(i)), rarity(phrase.charCodeAt(i + 1)), rarity(phrase.charCodeAt(i + 2))) * 100 + rarity(phrase.charCodeAt(i)) + rarity(phrase.charCodeAt(i + 1)) + rarity(phrase.charCodeAt(i + 2));
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
