import { describe, expect, it } from "vitest";
import { detectLineLanguages } from "../../src/language/index.js";
import { prepareText } from "../../src/prepare/index.js";

const english = { code: "en", iso6393: "eng", script: "Latn", confidence: 0.99 };

describe("detectLineLanguages", () => {
  const text = [
    "Menu",
    "The minister said on Tuesday that the government would not change its plans for the budget.",
    "Der Minister sagte am Dienstag, die Regierung werde ihre Pläne für den Haushalt nicht ändern.",
    "免费视频在线观看,高清无码,精品资源,每日更新",
    "Short English line here",
  ].join("\n");
  const languages = detectLineLanguages(prepareText(text).lines, english);

  it("gives short lines no language", () => {
    expect(languages[0]).toBeUndefined();
  });

  it("keeps the article language for its own lines and finds another language where the words say so", () => {
    expect(languages[1]).toMatchObject({ code: "en", script: "Latn" });
    expect(languages[2]).toMatchObject({ code: "de", script: "Latn" });
  });

  it("decides a one-language script at once", () => {
    expect(languages[3]).toMatchObject({ code: "zh", script: "Hans" });
  });

  it("gives a line too short for a language decision only its script", () => {
    expect(languages[4]).toEqual({ code: "und", iso6393: "und", script: "Latn", confidence: 0 });
  });
});
