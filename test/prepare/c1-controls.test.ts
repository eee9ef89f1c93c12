import { describe, expect, it } from "vitest";
import { fixC1Controls } from "../../src/prepare/c1-controls.js";

describe("fixC1Controls", () => {
  it("maps C1 controls to their Windows-1252 characters", () => {
    expect(fixC1Controls("\u0093Hello\u0094 \u0085 it\u0092s \u0080 5 \u0096 \u0097")).toEqual({
      text: "“Hello” … it’s € 5 – —",
      count: 7,
    });
  });

  it("removes the five controls Windows-1252 leaves undefined", () => {
    expect(fixC1Controls("a\u0081b\u008dc\u008fd\u0090e\u009df")).toEqual({ text: "abcdef", count: 5 });
  });

  it("does not turn U+0085 (next line) into a line break", () => {
    expect(fixC1Controls("a\u0085b").text).toBe("a…b");
  });

  it("leaves text without C1 controls untouched", () => {
    const text = "Ça coûte 5 € — “vraiment”.";
    expect(fixC1Controls(text)).toEqual({ text, count: 0 });
  });
});
