import { describe, expect, it } from "vitest";
import { CharTrie } from "../../src/lines/char-trie.js";

describe("CharTrie", () => {
  const trie = new CharTrie<string>();
  for (const phrase of ["read", "read more", "re", "share", "photo:"]) trie.add(phrase, false, phrase);
  const ends = new CharTrie<string>();
  for (const phrase of ["(reuters)", "/ afp", "afp"]) ends.add(phrase, true, phrase);

  it("collects every phrase the text starts with, shortest first", () => {
    expect(trie.walk("read more about it", false)).toEqual(["re", "read", "read more"]);
    expect(trie.walk("photo: ap", false)).toEqual(["photo:"]);
  });

  it("reads backwards for phrases that end the text", () => {
    expect(ends.walk("kyiv (reuters)", true)).toEqual(["(reuters)"]);
    expect(ends.walk("photo / afp", true)).toEqual(["afp", "/ afp"]);
  });

  it("returns undefined when no phrase fits", () => {
    expect(trie.walk("the president said", false)).toBeUndefined();
    expect(trie.walk("", false)).toBeUndefined();
    expect(trie.walk("sha", false)).toBeUndefined();
  });

  it("keeps several values filed under one phrase in order", () => {
    const t = new CharTrie<number>();
    t.add("ab", false, 1);
    t.add("ab", false, 2);
    expect(t.walk("abc", false)).toEqual([1, 2]);
  });

  it("refuses new phrases once it has been walked", () => {
    const t = new CharTrie<number>();
    t.add("a", false, 1);
    t.walk("a", false);
    expect(() => t.add("b", false, 2)).toThrow(/after the first walk/);
  });
});

describe("CharTrie opening gate", () => {
  it("still finds one- and two-character phrases and phrases longer than the gate", () => {
    const t = new CharTrie<string>();
    for (const phrase of ["©", "by", "next", "reporting by", "photo: ap"]) t.add(phrase, false, phrase);
    expect(t.walk("© 2024 Acme", false)).toEqual(["©"]);
    expect(t.walk("by jane roe", false)).toEqual(["by"]);
    expect(t.walk("reporting by jane roe", false)).toEqual(["reporting by"]);
    expect(t.walk("photo: ap / jane roe", false)).toEqual(["photo: ap"]);
    expect(t.walk("next page", false)).toEqual(["next"]);
    expect(t.walk("nexus", false)).toBeUndefined();
    // Openings no phrase has: ruled out by the gate.
    expect(t.walk("b", false)).toBeUndefined();
    expect(t.walk("rep", false)).toBeUndefined();
    expect(t.walk("the council met", false)).toBeUndefined();
  });

  it("gates backward walks on the last characters", () => {
    const t = new CharTrie<string>();
    for (const phrase of ["ap", "(reuters)"]) t.add(phrase, true, phrase);
    expect(t.walk("photo: ap", true)).toEqual(["ap"]);
    expect(t.walk("kyiv (reuters)", true)).toEqual(["(reuters)"]);
    expect(t.walk("kyiv (reuters", true)).toBeUndefined();
  });
});
