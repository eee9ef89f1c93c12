import { describe, expect, it } from "vitest";
import { normalizeUnicode } from "../../src/prepare/unicode-normalization.js";

describe("normalizeUnicode", () => {
  it("composes combining marks", () => {
    expect(normalizeUnicode("cafe\u0301\nnai\u0308ve\nplain")).toEqual({ text: "café\nnaïve\nplain", count: 2 });
  });

  it("maps singletons such as the Ångström and Kelvin signs", () => {
    expect(normalizeUnicode("\u212b \u212a").text).toBe("\u00c5 K");
  });

  it("composes Hangul jamo", () => {
    expect(normalizeUnicode("\u1112\u1161\u11ab").text).toBe("한");
  });

  it("leaves NFC text untouched", () => {
    for (const text of ["plain ASCII", "café “quoted” — 5 €™", "Москва 東京 😀", ""]) {
      expect(normalizeUnicode(text)).toEqual({ text, count: 0 });
    }
  });

  it("does not change compatibility characters (NFC, not NFKC)", () => {
    const text = "ﬁ ① ² ｆｕｌｌ";
    expect(normalizeUnicode(text)).toEqual({ text, count: 0 });
  });

  it("keeps lone surrogates and the line count", () => {
    const { text } = normalizeUnicode("\ud800e\u0301\n\udc00");
    expect(text).toBe("\ud800é\n\udc00");
  });
});
