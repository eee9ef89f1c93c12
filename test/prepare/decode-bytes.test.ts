import { describe, expect, it } from "vitest";
import { decodeBytes, decodeWithFallback, validSequenceSize } from "../../src/prepare/decode-bytes.js";
import { utf8 } from "./helpers.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

describe("decodeBytes", () => {
  it("decodes valid UTF-8", () => {
    expect(decodeBytes(utf8("Zoë said “hi” 😀"))).toEqual({ text: "Zoë said “hi” 😀", invalidBytes: 0 });
  });

  it("drops a UTF-8 BOM", () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, ...ascii("Hi")))).toEqual({ text: "Hi", invalidBytes: 0 });
  });

  it("drops a BOM on the fallback path too", () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0xa3, ...ascii("5")))).toEqual({ text: "£5", invalidBytes: 1 });
  });

  it("decodes a Latin-1 £ among valid UTF-8 as Windows-1252", () => {
    const input = bytes(...utf8("It costs “"), 0xa3, ...utf8("5” — café"));
    expect(decodeBytes(input)).toEqual({ text: "It costs “£5” — café", invalidBytes: 1 });
  });

  it("decodes Windows-1252 punctuation bytes", () => {
    expect(decodeBytes(bytes(0x93, ...ascii("Hi"), 0x94, 0x85))).toEqual({ text: "“Hi”…", invalidBytes: 3 });
  });

  it("decodes a whole Latin-1 text byte by byte", () => {
    expect(decodeBytes(bytes(...ascii("caf"), 0xe9, ...ascii(" cr"), 0xe8, ...ascii("me")))).toEqual({
      text: "café crème",
      invalidBytes: 2,
    });
  });

  it("decodes a truncated 3-byte sequence at the end byte by byte", () => {
    expect(decodeBytes(bytes(...ascii("Hello"), 0xe2, 0x80))).toEqual({ text: "Helloâ€", invalidBytes: 2 });
  });

  it("maps undefined Windows-1252 bytes to C1 controls", () => {
    expect(decodeBytes(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toEqual({
      text: "\u0081\u008d\u008f\u0090\u009d",
      invalidBytes: 5,
    });
  });

  it("rejects overlong encodings, surrogates and code points above U+10FFFF", () => {
    expect(decodeBytes(bytes(0xc0, 0xaf)).text).toBe("À¯");
    expect(decodeBytes(bytes(0xe0, 0x80, 0xaf)).text).toBe("à€¯");
    expect(decodeBytes(bytes(0xed, 0xa0, 0x80)).text).toBe("í\u00a0€");
    expect(decodeBytes(bytes(0xf4, 0x90, 0x80, 0x80)).text).toBe("ô\u0090€€");
  });

  it("keeps 4-byte sequences next to invalid bytes", () => {
    expect(decodeBytes(bytes(0xff, ...utf8("😀"), 0xff))).toEqual({ text: "ÿ😀ÿ", invalidBytes: 2 });
  });

  it("decodes empty input", () => {
    expect(decodeBytes(bytes())).toEqual({ text: "", invalidBytes: 0 });
  });

  it("never throws, and agrees with TextDecoder on valid text", () => {
    const valid = utf8("ASCII, Ελληνικά, 中文, 🇺🇦, \u0000, \u{10ffff}");
    expect(decodeWithFallback(valid)).toEqual({ text: new TextDecoder().decode(valid), invalidBytes: 0 });
    for (let seed = 0; seed < 50; seed++) {
      const random = Uint8Array.from({ length: 200 }, (_, i) => (i * 7919 + seed * 104729) % 256);
      expect(() => decodeBytes(random)).not.toThrow();
    }
  });

  it("handles large inputs of long chunks", () => {
    const big = bytes(...Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? 0xe9 : 0x61)));
    const decoded = decodeBytes(big);
    expect(decoded.text).toBe("éa".repeat(10_000));
    expect(decoded.invalidBytes).toBe(10_000);
  });
});

describe("validSequenceSize", () => {
  it("measures well-formed sequences", () => {
    expect(validSequenceSize(utf8("a"), 0)).toBe(1);
    expect(validSequenceSize(utf8("é"), 0)).toBe(2);
    expect(validSequenceSize(utf8("€"), 0)).toBe(3);
    expect(validSequenceSize(utf8("😀"), 0)).toBe(4);
  });

  it("gives 0 for lone continuation bytes and truncated sequences", () => {
    expect(validSequenceSize(bytes(0x80), 0)).toBe(0);
    expect(validSequenceSize(bytes(0xe2, 0x80), 0)).toBe(0);
    expect(validSequenceSize(bytes(0xe2, 0x80, 0x41), 0)).toBe(0);
  });
});
