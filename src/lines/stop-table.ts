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

/** One step of the word hash over a lower-cased code unit. */
function hashStep(hash: number, lower: number): number {
  return (Math.imul(hash, 31) + lower) | 0;
}

export interface StopTable {
  mask: number;
  /** Length of the longest stopword: a longer word is no stopword. */
  longest: number;
  /** Index + 1 into `words` per slot; 0 = empty. */
  slots: Int32Array;
  words: string[];
}

const tables = new WeakMap<ReadonlySet<string>, StopTable>();
// The last stoplist asked for: every line of a page asks for the same one.
let lastList: ReadonlySet<string> | undefined;
let lastTable: StopTable | undefined;

/** The table of a stoplist, built once per stoplist. */
export function stopTable(stoplist: ReadonlySet<string>): StopTable {
  // (Kept tiny: it is inlined into the character pass, and a big body there slows the pass.)
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
  const table = { mask: size - 1, longest: Math.max(0, ...words.map((w) => w.length)), slots: new Int32Array(size), words };
  for (let i = 0; i < words.length; i++) {
    let hash = 0;
    for (let j = 0; j < words[i]!.length; j++) hash = hashStep(hash, words[i]!.charCodeAt(j));
    let slot = spread(hash) & table.mask;
    while (table.slots[slot] !== 0) slot = (slot + 1) & table.mask;
    table.slots[slot] = i + 1;
  }
  return table;
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
  for (let slot = spread(hash) & table.mask; table.slots[slot] !== 0; slot = (slot + 1) & table.mask) {
    const word = table.words[table.slots[slot]! - 1]!;
    if (word.length !== length) continue;
    let j = 0;
    while (j < length && LOWER[text.charCodeAt(start + j)] === word.charCodeAt(j)) j++;
    if (j === length) return true;
  }
  return false;
}
