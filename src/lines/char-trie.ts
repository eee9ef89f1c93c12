/**
 * A character trie for phrase lists: phrases are filed under their characters (read forwards,
 * or backwards for phrases that end a line), and a line walks down it from its first (last)
 * character, collecting the phrases it starts (ends) with. Edges live in one open-addressing
 * table of integers, each slot's key and child side by side, so a step is a hash and a probe or
 * two in one cache line, with no object per node.
 *
 * @module
 */

/** Most nodes a trie holds: a node number fills the upper half of a 32-bit edge key. */
const MAX_NODES = 0x10000;
/** Openings this long (or whole shorter phrases) are digested into the gate. */
const GATE_DEPTH = 6;
/** Bits in the gate: 8 KB, small enough to stay in a near cache. */
const GATE_BITS = 1 << 16;

/** One step of the opening hash over the next character. */
function openingStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x85ebca6b);
}

/** The gate bit of an opening of `n` characters whose running hash is `h`. */
function openingBit(h: number, n: number): number {
  const x = h ^ Math.imul(n, 0x9e3779b1);
  return (x ^ (x >>> 16)) & (GATE_BITS - 1);
}

export class CharTrie<T> {
  /**
   * Per depth, the edges into nodes of that depth (index 0: edges from the root). Slot `s` holds
   * the edge key at `2s` (parent << 16 | character) and at `2s + 1` the child << 1, plus 1 when
   * the child holds values (0 = empty slot; the root is 0 and never a child).
   */
  private tables: Int32Array[] = [];
  private masks: number[] = [];
  /** The values filed at each node. */
  private readonly values: (T[] | undefined)[] = [undefined];
  /** Edges while the trie is built, keyed like the table. */
  private building: Map<number, number> | undefined = new Map();
  /**
   * One bit per opening digest: the first GATE_DEPTH characters a phrase is read from (all of a
   * shorter one). A text none of whose openings (of a phrase length below GATE_DEPTH, or of
   * GATE_DEPTH characters) has its bit starts no phrase, and the walk, a probe into a cold table
   * per character, is not taken: on scraped pages nine lines in ten.
   */
  private readonly gate = new Uint32Array(GATE_BITS >>> 5);
  /** Bit n set when some phrase is n characters long (n < GATE_DEPTH): those openings are checked too. */
  private shortLengths = 0;

  /** File `value` under the characters of `text`, read backwards when `backwards`. */
  add(text: string, backwards: boolean, value: T): void {
    const edges = this.building;
    if (!edges) throw new Error("CharTrie: add after the first walk");
    let node = 0;
    let opening = 0;
    for (let k = 0; k < text.length; k++) {
      const key = edgeKey(node, text.charCodeAt(backwards ? text.length - 1 - k : k));
      let child = edges.get(key);
      if (child === undefined) {
        child = this.values.length;
        if (child >= MAX_NODES) throw new Error("CharTrie: too many nodes");
        this.values.push(undefined);
        edges.set(key, child);
      }
      if (k < GATE_DEPTH) opening = openingStep(opening, text.charCodeAt(backwards ? text.length - 1 - k : k));
      if (k + 1 === GATE_DEPTH || k + 1 === text.length) {
        const bit = openingBit(opening, k + 1);
        this.gate[bit >>> 5]! |= 1 << (bit & 31);
        if (k + 1 < GATE_DEPTH) this.shortLengths |= 1 << (k + 1);
      }
      node = child;
    }
    (this.values[node] ??= []).push(value);
  }

  /**
   * The values of every phrase `text` starts with (ends with, when `backwards`), shortest
   * first, or undefined when there is none.
   */
  walk(text: string, backwards: boolean): T[] | undefined {
    if (this.building) this.seal();
    if (!this.mayOpen(text, backwards)) return undefined;
    const tables = this.tables;
    let found: T[] | undefined;
    let node = 0;
    const last = Math.min(text.length, tables.length) - 1;
    for (let k = 0; k <= last; k++) {
      const table = tables[k]!;
      const mask = this.masks[k]!;
      const key = edgeKey(node, text.charCodeAt(backwards ? text.length - 1 - k : k));
      let slot = spread(key) & mask;
      let entry = table[2 * slot + 1]!;
      while (entry !== 0 && table[2 * slot] !== key) {
        slot = (slot + 1) & mask;
        entry = table[2 * slot + 1]!;
      }
      if (entry === 0) break;
      node = entry >> 1;
      if (entry & 1) {
        found ??= [];
        for (const value of this.values[node]!) found.push(value);
      }
    }
    return found;
  }

  /** Whether some phrase may open `text` (read backwards when `backwards`): no false "no". */
  private mayOpen(text: string, backwards: boolean): boolean {
    const gate = this.gate;
    const last = text.length - 1;
    let h = 0;
    for (let n = 1; n <= GATE_DEPTH && n <= text.length; n++) {
      h = openingStep(h, text.charCodeAt(backwards ? last - (n - 1) : n - 1));
      if (n < GATE_DEPTH && (this.shortLengths & (1 << n)) === 0) continue;
      const bit = openingBit(h, n);
      if ((gate[bit >>> 5]! >>> (bit & 31)) & 1) return true;
    }
    return false;
  }

  /** Move the edges into the probe tables, one per depth. */
  private seal(): void {
    const edges = this.building!;
    this.building = undefined;
    // Depth of each node: one more than its parent's (edges were made parent first).
    const depth = new Int32Array(this.values.length);
    const byDepth: [number, number][][] = [];
    for (const [key, child] of edges) {
      const d = depth[key >>> 16]! + 1;
      depth[child] = d;
      (byDepth[d - 1] ??= []).push([key, child]);
    }
    for (const level of byDepth) {
      let size = 16;
      while (size < level.length * 1.5) size *= 2;
      const mask = size - 1;
      const table = new Int32Array(2 * size);
      for (const [key, child] of level) {
        let slot = spread(key) & mask;
        while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
        table[2 * slot] = key;
        table[2 * slot + 1] = (child << 1) | (this.values[child] ? 1 : 0);
      }
      this.tables.push(table);
      this.masks.push(mask);
    }
  }
}

function edgeKey(node: number, code: number): number {
  return (node << 16) | code;
}

function spread(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}
