/**
 * Lowercase words looked up straight from a range of a text, case-folded on the fly: no slice,
 * no `toLowerCase` and no string hashing per word. The function-word counts run on every long
 * line, and slicing and lowercasing each word was the language stage's hot spot.
 *
 * Folding a code unit on its own gives what `toLowerCase` gives for the whole word, except for
 * units whose lowercase is longer or depends on context (`İ`, final `Σ`) and for surrogates;
 * a word with one of those takes the exact path (slice, `toLowerCase`, map lookup).
 *
 * @module
 */

/** Lowercase of each BMP code unit, filled on first sight: UNSEEN, NOT_SIMPLE or the code. */
const FOLDED = new Int32Array(0x10000).fill(-2);
const UNSEEN = -2;
const NOT_SIMPLE = -1;

function foldOf(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return NOT_SIMPLE;
  // Capital sigma lowercases to `ς` or `σ` by its place in the word.
  if (code === 0x3a3) return NOT_SIMPLE;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : NOT_SIMPLE;
}

/** The lowercase of one UTF-16 code unit, or NOT_SIMPLE when only the whole word can tell. */
function fold(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code | 32 : code;
  let folded = FOLDED[code]!;
  if (folded === UNSEEN) {
    folded = foldOf(code);
    FOLDED[code] = folded;
  }
  return folded;
}

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/**
 * A map from lowercase words to values, read by text range: open addressing on a 32-bit hash
 * of the folded word, one slot per word (words sharing a hash take neighbouring slots). The
 * table is compact (one 32-bit slot per word: 16 bits of hash and the word's index; the
 * words' letters in one array) because it is read a few hundred times per article, after
 * other stages have pushed it out of the processor's caches.
 */
export class WordTable<T> {
  /** Per slot, the upper 16 bits of the word's hash and, below, 1 + its index (0: empty slot). */
  private readonly slots: Int32Array;
  /** The words' code units, one after another; word i is [starts[i], starts[i + 1]). */
  private readonly letters: Uint16Array;
  private readonly starts: Int32Array;
  private readonly values: T[] = [];
  private readonly byWord = new Map<string, T>();
  private readonly mask: number;
  private readonly shift: number;
  /** Longest word: longer ranges are no word of the table. */
  private readonly longest: number;

  /** `entries`: lowercase words (as `toLowerCase` gives them) and their values (at most 65535). */
  constructor(entries: Iterable<readonly [string, T]>) {
    const words: string[] = [];
    for (const [word, value] of entries) {
      if (this.byWord.has(word)) continue;
      this.byWord.set(word, value);
      words.push(word);
      this.values.push(value);
    }
    if (words.length >= 0xffff) throw new RangeError("WordTable: too many words");
    // A load of three quarters at most.
    let size = 16;
    let bits = 4;
    while (size * 3 < words.length * 4) {
      size *= 2;
      bits++;
    }
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.shift = 32 - bits;
    this.starts = new Int32Array(words.length + 1);
    this.letters = new Uint16Array(words.reduce((n, w) => n + w.length, 0));
    let longest = 0;
    let at = 0;
    words.forEach((word, index) => {
      longest = Math.max(longest, word.length);
      this.starts[index] = at;
      for (let k = 0; k < word.length; k++) this.letters[at++] = word.charCodeAt(k);
      // A lowercase word folds to itself, so its hash is that of its code units.
      let h = HASH_SEED;
      for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), HASH_PRIME);
      let i = this.slot(h | 0);
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = (h & 0xffff0000) | (index + 1);
    });
    this.starts[words.length] = at;
    this.longest = longest;
  }

  private slot(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** The value of the word `text` [start, end) lowercased, or undefined. */
  get(text: string, start: number, end: number): T | undefined {
    let h = HASH_SEED;
    for (let k = start; k < end; k++) {
      const folded = fold(text.charCodeAt(k));
      if (folded === NOT_SIMPLE) return this.byWord.get(text.slice(start, end).toLowerCase());
      h = Math.imul(h ^ folded, HASH_PRIME);
    }
    // Folded unit by unit, the word keeps its length.
    if (end - start > this.longest) return undefined;
    h |= 0;
    const tag = h & 0xffff0000;
    const slots = this.slots;
    for (let i = this.slot(h); ; i = (i + 1) & this.mask) {
      const slot = slots[i]!;
      if (slot === 0) return undefined;
      if ((slot & 0xffff0000) === tag && this.equalsFolded((slot & 0xffff) - 1, text, start, end)) return this.values[(slot & 0xffff) - 1];
    }
  }

  private equalsFolded(index: number, text: string, start: number, end: number): boolean {
    const from = this.starts[index]!;
    if (this.starts[index + 1]! - from !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (this.letters[from + k] !== fold(text.charCodeAt(start + k))) return false;
    return true;
  }
}
