import { describe, expect, it } from "vitest";
import { widgetKind } from "../../src/lines/phrase-match.js";

describe("widgetKind", () => {
  it("reads a line of widget words word by word, and stops at the first other word", () => {
    expect(widgetKind("share - wechat", "en")).toBe("share");
    expect(widgetKind("facebook twitter linkedin", "en")).toBe("share");
    expect(widgetKind("home news sport", "en")).toBe("navigation");
    expect(widgetKind("home is where the heart is", "en")).toBeUndefined();
    expect(widgetKind("share", "en")).toBeUndefined();
    // An astral symbol between the words: read by code points, and it is no widget word.
    expect(widgetKind("share 𝕏 twitter", "en")).toBeUndefined();
  });
  it("counts a word of another language only on a page in that language (English ones everywhere)", () => {
    expect(widgetKind("startseite politik", "de")).toBe("navigation");
    expect(widgetKind("startseite politik", "en")).toBeUndefined();
    expect(widgetKind("home news sport", "de")).toBe("navigation");
  });
});
