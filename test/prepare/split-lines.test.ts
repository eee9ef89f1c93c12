import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/prepare/split-lines.js";

describe("splitLines", () => {
  it("splits on \\n with 1-based numbers and offsets", () => {
    expect(splitLines("ab\ncd")).toEqual([
      { n: 1, start: 0, end: 2, text: "ab" },
      { n: 2, start: 3, end: 5, text: "cd" },
    ]);
  });

  it("gives the empty string one empty line", () => {
    expect(splitLines("")).toEqual([{ n: 1, start: 0, end: 0, text: "" }]);
  });

  it("ends a text ending in \\n with an empty line", () => {
    expect(splitLines("a\n")).toEqual([
      { n: 1, start: 0, end: 1, text: "a" },
      { n: 2, start: 2, end: 2, text: "" },
    ]);
  });

  it("keeps consecutive empty lines", () => {
    expect(splitLines("\n\n").map((line) => [line.start, line.end])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
});
