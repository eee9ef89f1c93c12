import { describe, expect, it } from "vitest";
import { removeInvisibleCharacters } from "../../src/prepare/invisible.js";

describe("removeInvisibleCharacters", () => {
  it("removes BOMs, zero-width spaces, word joiners, soft hyphens and U+180E", () => {
    expect(removeInvisibleCharacters("\ufeffHel\u200blo wo\u2060rld, hy\u00adphen\u180e, x\ufeffy")).toEqual({
      text: "Hello world, hyphen, xy",
      count: 6,
    });
  });

  it("keeps ZWNJ and ZWJ (Persian, Indic, emoji sequences)", () => {
    const text = "می\u200cخواهم क्\u200dष 👨\u200d👩\u200d👧";
    expect(removeInvisibleCharacters(text)).toEqual({ text, count: 0 });
  });

  it("keeps left-to-right and right-to-left marks", () => {
    const text = "שלום\u200e 123 \u200fعربي";
    expect(removeInvisibleCharacters(text)).toEqual({ text, count: 0 });
  });
});
