/**
 * Stopword lookup without making a string per word: the scan hashes each word's lower-cased
 * code units as it reads them, and the hash is probed in an open-addressing table built once
 * per stoplist; a hit is confirmed character by character. Words with a character whose lower
 * case is not one code unit, or depends on context (final sigma), are looked up as strings.
 *
 * @module
 */

/** The lower case of each UTF-16 code unit, or 0 where it is not a single unit of its own. */
export const LOWER = new Uint16Array(0x10000);
for (let c = 1; c < 0x10000; c++) {
  // Surrogates, and Σ (its lower case depends on the letters around it), take the string path.
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) continue;
  // CJK ideographs, Hangul syllables and private use have no case: no call made for them.
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xe000 && c <= 0xf8ff)) {
    LOWER[c] = c;
    continue;
  }
  const lower = String.fromCharCode(c).toLowerCase();
  if (lower.length === 1) LOWER[c] = lower.charCodeAt(0);
}
// Turkish `İ` lower-cases to `i` and a combining dot; stoplists spell it `i` (`İki` is `iki`).
LOWER[0x130] = 0x69;

/** One step of the word hash over a lower-cased code unit. */
function hashStep(hash: number, lower: number): number {
  return (Math.imul(hash, 31) + lower) | 0;
}

export interface StopTable {
  mask: number;
  /** Length of the longest stopword: a longer word is no stopword. */
  longest: number;
  /**
   * Two entries per slot: the word's full hash, and its index + 1 (0 = empty). The full hash
   * rules out almost every other word before a character is compared.
   */
  slots: Int32Array;
  /** Every word's code units, one after the other (typed arrays keep a probe in a few cache lines). */
  units: Uint16Array;
  /** Where word i starts in `units`; word i ends where word i + 1 starts. */
  offsets: Int32Array;
}

const tables = new WeakMap<ReadonlySet<string>, StopTable>();
// The last stoplist asked for: every line of a page asks for the same one.
let lastList: ReadonlySet<string> | undefined;
let lastTable: StopTable | undefined;

/** The table of a stoplist, built once per stoplist. */
export function stopTable(stoplist: ReadonlySet<string>): StopTable {
  // (Kept tiny, the build out of line: it is called once per line and may be inlined.)
  return stoplist === lastList ? lastTable! : cachedStopTable(stoplist);
}

function cachedStopTable(stoplist: ReadonlySet<string>): StopTable {
  let table = tables.get(stoplist);
  if (!table) {
    table = buildStopTable(stoplist);
    tables.set(stoplist, table);
  }
  lastList = stoplist;
  lastTable = table;
  return table;
}

function buildStopTable(stoplist: ReadonlySet<string>): StopTable {
  const words = [...stoplist].filter((w) => w.length > 0);
  let size = 16;
  while (size < words.length * 2) size *= 2;
  const offsets = new Int32Array(words.length + 1);
  for (let i = 0; i < words.length; i++) offsets[i + 1] = offsets[i]! + words[i]!.length;
  const units = new Uint16Array(offsets[words.length]!);
  const slots = new Int32Array(2 * size);
  for (let i = 0; i < words.length; i++) {
    let hash = 0;
    for (let j = 0; j < words[i]!.length; j++) {
      units[offsets[i]! + j] = words[i]!.charCodeAt(j);
      hash = hashStep(hash, words[i]!.charCodeAt(j));
    }
    let slot = spread(hash) & (size - 1);
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & (size - 1);
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = i + 1;
  }
  return { mask: size - 1, longest: Math.max(0, ...words.map((w) => w.length)), slots, units, offsets };
}

function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}

/**
 * Whether `text[start, end)`, lower-cased unit by unit (every unit has a LOWER entry), is a
 * stopword; `hash` is its {@link hashStep} hash.
 */
export function isStopword(table: StopTable, text: string, start: number, end: number, hash: number): boolean {
  const length = end - start;
  const { slots, units, offsets, mask } = table;
  for (let slot = spread(hash) & mask; slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
    if (slots[2 * slot] !== hash) continue;
    const at = offsets[slots[2 * slot + 1]! - 1]!;
    if (offsets[slots[2 * slot + 1]!]! - at !== length) continue;
    let j = 0;
    while (j < length && LOWER[text.charCodeAt(start + j)] === units[at + j]) j++;
    if (j === length) return true;
  }
  return false;
}
