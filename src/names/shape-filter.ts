/**
 * A small bit filter over strings, read before a lookup in a large set or map: a string whose
 * shape (length, first, middle and last code units) no member has is certainly not in it, and
 * telling so takes a few loads from an 8 KB table instead of hashing the string and probing a
 * large table. A pass says nothing; the set decides.
 *
 * @module
 */

const BITS = 1 << 16;

function shapeOf(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  const h = Math.imul(s.charCodeAt(0), 0x9e3779b1) ^ Math.imul(s.charCodeAt(n >> 1), 0x85ebca6b) ^ Math.imul(s.charCodeAt(n - 1), 0xc2b2ae35) ^ Math.imul(n, 0x27d4eb2f);
  return (h ^ (h >>> 15)) & (BITS - 1);
}

export class ShapeFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);

  constructor(members: Iterable<string> = []) {
    for (const m of members) this.add(m);
  }

  add(s: string): void {
    const b = shapeOf(s);
    this.bits[b >>> 5] = (this.bits[b >>> 5] ?? 0) | (1 << (b & 31));
  }

  /** False when `s` is certainly no member. */
  mayHave(s: string): boolean {
    const b = shapeOf(s);
    return ((this.bits[b >>> 5] ?? 0) & (1 << (b & 31))) !== 0;
  }
}
