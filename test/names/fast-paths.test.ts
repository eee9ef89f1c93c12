// The speed-ups of the names stage answer exactly as the plain code they replace.
import { describe, expect, it } from "vitest";
import { isAllCapitals, isLowerChar, isLowerCode, isUpperChar, isUpperCode } from "../../src/names/script.js";
import { ShapeFilter } from "../../src/names/shape-filter.js";
import { HashSet32, hashWord } from "../../src/names/tokens.js";
import { contentKeys } from "../../src/names/match.js";
import { nameKeys } from "../../src/names/key.js";

describe("case tables", () => {
  it("agree with toUpperCase / toLowerCase on every BMP code unit", () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
      const lower = ch !== ch.toUpperCase() && ch === ch.toLowerCase();
      if (isUpperChar(ch) !== upper || isUpperCode(code) !== upper) throw new Error(`upper ${code.toString(16)}`);
      if (isLowerChar(ch) !== lower || isLowerCode(code) !== lower) throw new Error(`lower ${code.toString(16)}`);
    }
    expect(isUpperChar("")).toBe(false);
    expect(isUpperCode(Number.NaN)).toBe(false);
    expect(isLowerCode(Number.NaN)).toBe(false);
  });
  it("isAllCapitals reads words as the string functions do", () => {
    const words = ["UAE", "Nato", "МОСКВА", "Москва", "ÉLYSÉE", "STRAßE", "ΣΩΣ", "İSTANBUL", "ǅ", "123", "", "A-B", "𐐀𐐁", "𐐨", "ǄUNGLA", "ﬁ"];
    for (const w of words) expect(isAllCapitals(w), w).toBe(w === w.toUpperCase() && w !== w.toLowerCase());
  });
});

describe("HashSet32", () => {
  it("holds what a Set<number> holds, through growth, with 0 and negative hashes", () => {
    const set = new HashSet32(4);
    const ref = new Set<number>();
    let x = 12345;
    for (let i = 0; i < 5000; i++) {
      x = Math.imul(x ^ (x >>> 13), 0x5bd1e995) | 0;
      const h = i % 97 === 0 ? 0 : i % 3 === 0 ? hashWord(`w${i % 700}`) : x;
      set.add(h);
      ref.add(h);
    }
    expect(set.size).toBe(ref.size);
    expect(new Set(set)).toEqual(ref);
    for (const h of ref) expect(set.has(h)).toBe(true);
    for (let i = 0; i < 2000; i++) if (!ref.has(i * 7919)) expect(set.has(i * 7919)).toBe(false);
  });
});

describe("ShapeFilter", () => {
  it("never rules out a member", () => {
    const members = ["minister", "president", "of", "a", "", "київ", "al", "spokesman"];
    const filter = new ShapeFilter(members);
    for (const m of members) expect(filter.mayHave(m)).toBe(true);
  });
});

describe("contentKeys", () => {
  it("drops particles inside a name only", () => {
    const keys = nameKeys("Mohamed bin Zayed Al Nahyan");
    expect(contentKeys(keys)).toEqual(keys.filter((k, i) => i === 0 || i === keys.length - 1 || (k !== "bin" && k !== "al")));
    expect(contentKeys(["a", "bin", "c"])).toEqual(["a", "c"]);
    expect(contentKeys(["bin", "c"])).toEqual(["bin", "c"]);
    expect(contentKeys(["x", "y", "z"])).toEqual(["x", "y", "z"]);
  });
});
