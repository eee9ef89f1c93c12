import { describe, expect, it } from "vitest";
import { widgetKind } from "../../src/lines/phrase-match.js";

describe("widgetKind", () => {
  it("reads a line of widget words word by word, and stops at the first other word", () => {
    expect(widgetKind("share - wechat")).toBe("share");
    expect(widgetKind("facebook twitter linkedin")).toBe("share");
    expect(widgetKind("home news sport")).toBe("navigation");
    expect(widgetKind("home is where the heart is")).toBeUndefined();
    expect(widgetKind("share")).toBeUndefined();
    // An astral symbol between the words: read by code points, and it is no widget word.
    expect(widgetKind("share 𝕏 twitter")).toBeUndefined();
  });
});
