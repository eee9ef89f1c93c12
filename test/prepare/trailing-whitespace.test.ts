import { describe, expect, it } from "vitest";
import { trimTrailingWhitespace } from "../../src/prepare/trailing-whitespace.js";

describe("trimTrailingWhitespace", () => {
  it("trims spaces and tabs at the end of each line, counting lines", () => {
    expect(trimTrailingWhitespace("a  \nb\t\nc \t \nd")).toEqual({ text: "a\nb\nc\nd", count: 3 });
  });

  it("trims the last line", () => {
    expect(trimTrailingWhitespace("a\nb  ")).toEqual({ text: "a\nb", count: 1 });
  });

  it("keeps leading whitespace and empty lines", () => {
    const text = "  indented\n\n\tcode";
    expect(trimTrailingWhitespace(text)).toEqual({ text, count: 0 });
  });

  it("empties lines made only of blanks, keeping the line", () => {
    expect(trimTrailingWhitespace("a\n   \n\t\nb")).toEqual({ text: "a\n\n\nb", count: 2 });
  });

  it("does not trim other whitespace such as U+3000", () => {
    const text = "全角\u3000";
    expect(trimTrailingWhitespace(text)).toEqual({ text, count: 0 });
  });

  it("is linear on a very long line of spaces", () => {
    const text = `${" ".repeat(1_000_000)}x${" ".repeat(1_000_000)}`;
    expect(trimTrailingWhitespace(text).text).toBe(`${" ".repeat(1_000_000)}x`);
  });
});
