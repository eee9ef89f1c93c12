/**
 * The Windows-1252 code page, where it differs from Latin-1 (bytes 0x80–0x9F).
 *
 * Scraped text is most often damaged by software that read UTF-8 bytes as Windows-1252, so
 * both directions are needed: byte to character when decoding invalid UTF-8, and character
 * to byte when undoing mojibake. The five bytes Windows-1252 leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as browsers do.
 *
 * @module
 */

/** Code point of each byte 0x80–0x9F, indexed by `byte - 0x80`. */
export const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/** Bytes that Windows-1252 leaves undefined. */
export const UNDEFINED_WINDOWS_1252_BYTES: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** The byte of each character above U+00FF that Windows-1252 can encode. */
const BYTE_OF_SPECIAL = new Map<number, number>(
  WINDOWS_1252_HIGH.map((codePoint, index) => [codePoint, 0x80 + index] as const).filter(([codePoint]) => codePoint > 0xff),
);

/** The characters above U+00FF that Windows-1252 can encode (€, ‘, ’, “, ”, …, –, — and so on). */
export const WINDOWS_1252_SPECIALS: readonly number[] = [...BYTE_OF_SPECIAL.keys()];

/** The character a Windows-1252 byte stands for. */
export function windows1252ToCodePoint(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte;
}

/**
 * The byte a character would have in a "sloppy" Windows-1252 (undefined bytes as C1
 * controls, i.e. Latin-1 for U+0000–U+00FF), or -1 when it has none.
 */
export function codePointToWindows1252(codePoint: number): number {
  if (codePoint <= 0xff) return codePoint;
  return BYTE_OF_SPECIAL.get(codePoint) ?? -1;
}
