import { describe, expect, it } from "vitest";
import { chineseVariant, detectScript, scriptOf } from "../../src/language/script.js";

describe("scriptOf", () => {
  it.each([
    [0x41, "Latn"],
    [0xe9, "Latn"],
    [0x416, "Cyrl"],
    [0x5d0, "Hebr"],
    [0x627, "Arab"],
    [0x915, "Deva"],
    [0xe01, "Thai"],
    [0x4e2d, "Hani"],
    [0x3042, "Hira"],
    [0xac00, "Hang"],
    [0x20000, "Hani"],
  ])("U+%s is %s", (cp, script) => {
    expect(scriptOf(cp)).toBe(script);
  });

  it("gives no script to digits, punctuation and emoji", () => {
    expect(scriptOf(0x31)).toBeUndefined();
    expect(scriptOf(0x201c)).toBeUndefined();
    expect(scriptOf(0x1f600)).toBeUndefined();
  });
});

describe("detectScript", () => {
  it("counts letters per script and names the dominant one", () => {
    expect(detectScript("Москва, 26 января (Reuters)")).toEqual({
      script: "Cyrl",
      letters: 19,
      counts: { Cyrl: 12, Latn: 7 },
    });
  });

  it("counts astral characters once", () => {
    expect(detectScript("𠀀𠀁").letters).toBe(2);
  });

  it("tells Japanese from Chinese by kana", () => {
    expect(detectScript("東京都の知事は会見で述べた").script).toBe("Jpan");
    expect(detectScript("这是中国的新闻").script).toBe("Hans");
    expect(detectScript("這是中國的新聞").script).toBe("Hant");
  });

  it("is Zyyy without letters", () => {
    expect(detectScript("2026-01-26 | 09:40").script).toBe("Zyyy");
  });
});

describe("chineseVariant", () => {
  it("is Hani when nothing tells the variants apart", () => {
    expect(chineseVariant("中文")).toBe("Hani");
  });
});
