/**
 * A character trie for phrase lists: phrases are filed under their characters (read forwards,
 * or backwards for phrases that end a line), and a line walks down it from its first (last)
 * character, collecting the phrases it starts (ends) with. Edges live in one open-addressing
 * table of typed arrays, so a step is a hash and a probe or two, with no object per node.
 *
 * @module
 */

export class CharTrie<T> {
  /** Per edge slot: the parent node, the character, the child node (0 = empty slot; the root is 0 and never a child). */
  private parents = new Int32Array(0);
  private codes = new Uint16Array(0);
  private children = new Int32Array(0);
  private mask = 0;
  /** The values filed at each node. */
  private readonly values: (T[] | undefined)[] = [undefined];
  /** Edges while the trie is built, keyed `parent * 0x10000 + code`. */
  private building: Map<number, number> | undefined = new Map();

  /** File `value` under the characters of `text`, read backwards when `backwards`. */
  add(text: string, backwards: boolean, value: T): void {
    const edges = this.building;
    if (!edges) throw new Error("CharTrie: add after the first walk");
    let node = 0;
    for (let k = 0; k < text.length; k++) {
      const key = node * 0x10000 + text.charCodeAt(backwards ? text.length - 1 - k : k);
      let child = edges.get(key);
      if (child === undefined) {
        child = this.values.length;
        this.values.push(undefined);
        edges.set(key, child);
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
    let found: T[] | undefined;
    let node = 0;
    const last = text.length - 1;
    for (let k = 0; k <= last; k++) {
      const code = text.charCodeAt(backwards ? last - k : k);
      let slot = slotOf(node, code) & this.mask;
      let child = this.children[slot]!;
      while (child !== 0 && (this.parents[slot] !== node || this.codes[slot] !== code)) {
        slot = (slot + 1) & this.mask;
        child = this.children[slot]!;
      }
      if (child === 0) break;
      node = child;
      const values = this.values[node];
      if (values) {
        found ??= [];
        for (const value of values) found.push(value);
      }
    }
    return found;
  }

  /** Move the edges into the probe table. */
  private seal(): void {
    const edges = this.building!;
    this.building = undefined;
    let size = 16;
    while (size < edges.size * 2) size *= 2;
    this.mask = size - 1;
    this.parents = new Int32Array(size);
    this.codes = new Uint16Array(size);
    this.children = new Int32Array(size);
    for (const [key, child] of edges) {
      const parent = Math.floor(key / 0x10000);
      const code = key % 0x10000;
      let slot = slotOf(parent, code) & this.mask;
      while (this.children[slot] !== 0) slot = (slot + 1) & this.mask;
      this.parents[slot] = parent;
      this.codes[slot] = code;
      this.children[slot] = child;
    }
  }
}

function slotOf(node: number, code: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
  return h ^ (h >>> 16);
}
