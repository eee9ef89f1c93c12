import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "../../src/lines/normalize.js";
import { matchPhrases } from "../../src/lines/phrase-match.js";

const kinds = (line: string, language: string) => matchPhrases(normalizeForMatch(line), language).map((h) => `${h.kind}:${h.at}:${h.phrase}`);

describe("phrases that end in their own punctuation or run into the text", () => {
  it("open Chinese, Japanese and Korean lines", () => {
    expect(kinds("编辑：周明", "zh")).toEqual(["byline:start:编辑："]);
    expect(kinds("本报记者张三", "zh")).toEqual(["byline:start:本报记者"]);
    expect(kinds("写真：共同", "ja")).toEqual(["caption:start:写真："]);
    expect(kinds("사진=연합뉴스", "ko")).toEqual(["caption:start:사진="]);
    expect(kinds("（图片来源：网络）", "zh")[0]).toBe("caption:start:（图片来源");
  });
  it("close them", () => {
    expect(kinds("田中美咲記者", "ja")).toEqual(["byline:end:記者"]);
  });
  it("still need a word boundary in spaced scripts", () => {
    expect(kinds("Photographs of the week", "en")).toEqual([]);
    expect(kinds("Photo: Jane Roe", "en")).toEqual(["caption:start:photo:"]);
  });
});
