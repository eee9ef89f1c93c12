import { describe, expect, it } from "vitest";
import {
  codePointToWindows1252,
  UNDEFINED_WINDOWS_1252_BYTES,
  WINDOWS_1252_HIGH,
  WINDOWS_1252_SPECIALS,
  windows1252ToCodePoint,
} from "../../src/prepare/data/windows-1252.js";

describe("windows-1252 table", () => {
  it("has one code point per byte 0x80–0x9F", () => {
    expect(WINDOWS_1252_HIGH).toHaveLength(32);
  });

  it("maps the punctuation bytes to their characters", () => {
    expect(String.fromCharCode(windows1252ToCodePoint(0x80))).toBe("€");
    expect(String.fromCharCode(windows1252ToCodePoint(0x85))).toBe("…");
    expect(String.fromCharCode(windows1252ToCodePoint(0x92))).toBe("’");
    expect(String.fromCharCode(windows1252ToCodePoint(0x93))).toBe("“");
    expect(String.fromCharCode(windows1252ToCodePoint(0x94))).toBe("”");
    expect(String.fromCharCode(windows1252ToCodePoint(0x97))).toBe("—");
    expect(String.fromCharCode(windows1252ToCodePoint(0x9f))).toBe("Ÿ");
  });

  it("maps the five undefined bytes to the C1 control of the same value", () => {
    expect([...UNDEFINED_WINDOWS_1252_BYTES].map(windows1252ToCodePoint)).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  it("is Latin-1 outside 0x80–0x9F", () => {
    expect(windows1252ToCodePoint(0x41)).toBe(0x41);
    expect(windows1252ToCodePoint(0xa3)).toBe(0xa3);
    expect(windows1252ToCodePoint(0xe9)).toBe(0xe9);
  });

  it("round-trips every byte", () => {
    for (let byte = 0; byte < 0x100; byte++) {
      expect(codePointToWindows1252(windows1252ToCodePoint(byte))).toBe(byte);
    }
  });

  it("gives -1 for characters it cannot encode", () => {
    expect(codePointToWindows1252(0x0416)).toBe(-1);
    expect(codePointToWindows1252(0x2028)).toBe(-1);
  });

  it("lists the 27 characters above U+00FF it can encode", () => {
    expect(WINDOWS_1252_SPECIALS).toHaveLength(27);
    expect(WINDOWS_1252_SPECIALS).toContain(0x20ac);
  });
});
