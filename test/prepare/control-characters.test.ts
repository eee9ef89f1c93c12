import { describe, expect, it } from "vitest";
import { removeControlCharacters } from "../../src/prepare/control-characters.js";

describe("removeControlCharacters", () => {
  it("removes C0 controls and DEL", () => {
    expect(removeControlCharacters("a\u0000b\u0003c\u0008d\u000be\u000cf\u001bg\u007fh")).toEqual({
      text: "abcdefgh",
      count: 7,
    });
  });

  it("keeps tab and newline", () => {
    const text = "a\tb\nc";
    expect(removeControlCharacters(text)).toEqual({ text, count: 0 });
  });

  it("leaves C1 controls to their own step", () => {
    expect(removeControlCharacters("\u0085").text).toBe("\u0085");
  });
});
