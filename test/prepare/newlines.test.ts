import { describe, expect, it } from "vitest";
import { normalizeNewlines } from "../../src/prepare/newlines.js";

describe("normalizeNewlines", () => {
  it("turns \\r\\n into one \\n", () => {
    expect(normalizeNewlines("a\r\nb\r\n")).toEqual({ text: "a\nb\n", count: 2 });
  });

  it("turns a lone \\r into \\n", () => {
    expect(normalizeNewlines("a\rb")).toEqual({ text: "a\nb", count: 1 });
  });

  it("turns \\n\\r into two line breaks, as it is two", () => {
    expect(normalizeNewlines("a\n\rb")).toEqual({ text: "a\n\nb", count: 1 });
  });

  it("turns U+2028 and U+2029 into \\n", () => {
    expect(normalizeNewlines("a\u2028b\u2029c")).toEqual({ text: "a\nb\nc", count: 2 });
  });

  it("leaves \\n-only text untouched", () => {
    expect(normalizeNewlines("a\nb\n")).toEqual({ text: "a\nb\n", count: 0 });
  });

  it("keeps the line count on many \\r\\n and \\r", () => {
    const input = "\r\n".repeat(1000) + "\r".repeat(1000);
    const { text } = normalizeNewlines(input);
    expect(text).toBe("\n".repeat(2000));
  });
});
