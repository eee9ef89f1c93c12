/**
 * Bytes to text. Scraped files are UTF-8 most of the time, but often with a few stray
 * Windows-1252 or Latin-1 bytes (a `£` or `é` pasted from an old system). Those bytes are
 * decoded as Windows-1252 one by one while the valid UTF-8 around them stays UTF-8, so one
 * bad byte never turns a whole article into replacement characters. Never throws.
 *
 * @module
 */
import { windows1252ToCodePoint } from "./data/windows-1252.js";

/** The decoded text and the number of bytes that were not valid UTF-8. */
export interface DecodedBytes {
  text: string;
  invalidBytes: number;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Decode UTF-8, falling back to Windows-1252 for each byte of an invalid sequence. Drops a leading BOM. */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  try {
    // Fast path: valid UTF-8 (the usual case) is decoded natively; it drops a leading BOM too.
    return { text: strictUtf8.decode(bytes), invalidBytes: 0 };
  } catch {
    return decodeWithFallback(bytes);
  }
}

/** The linear scan behind {@link decodeBytes}, for input that is not valid UTF-8. */
export function decodeWithFallback(bytes: Uint8Array): DecodedBytes {
  const units = new Uint16Array(bytes.length);
  let length = 0;
  let invalidBytes = 0;
  let i = startsWithBom(bytes) ? 3 : 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      units[length++] = lead;
      i += 1;
      continue;
    }
    const size = validSequenceSize(bytes, i);
    if (size === 0) {
      units[length++] = windows1252ToCodePoint(lead);
      invalidBytes += 1;
      i += 1;
      continue;
    }
    const codePoint = decodeSequence(bytes, i, size);
    if (codePoint > 0xffff) {
      units[length++] = 0xd800 + ((codePoint - 0x10000) >> 10);
      units[length++] = 0xdc00 + ((codePoint - 0x10000) & 0x3ff);
    } else {
      units[length++] = codePoint;
    }
    i += size;
  }
  return { text: unitsToString(units, length), invalidBytes };
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * The size of the well-formed UTF-8 sequence starting at `i` (Unicode table 3-7: no
 * overlongs, no surrogates, nothing above U+10FFFF), or 0 when there is none.
 */
export function validSequenceSize(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  if (lead < 0xc2 || lead > 0xf4) return 0;
  const size = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  const second = bytes[i + 1] ?? 0;
  if (second < secondByteMin(lead) || second > secondByteMax(lead)) return 0;
  for (let k = 2; k < size; k++) {
    if (!isContinuation(bytes[i + k])) return 0;
  }
  return size;
}

function secondByteMin(lead: number): number {
  if (lead === 0xe0) return 0xa0;
  if (lead === 0xf0) return 0x90;
  return 0x80;
}

function secondByteMax(lead: number): number {
  if (lead === 0xed) return 0x9f;
  if (lead === 0xf4) return 0x8f;
  return 0xbf;
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf;
}

function decodeSequence(bytes: Uint8Array, i: number, size: number): number {
  const lead = bytes[i] ?? 0;
  let codePoint = lead & (size === 2 ? 0x1f : size === 3 ? 0x0f : 0x07);
  for (let k = 1; k < size; k++) codePoint = (codePoint << 6) | ((bytes[i + k] ?? 0) & 0x3f);
  return codePoint;
}

const CHUNK = 0x2000;

function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let start = 0; start < length; start += CHUNK) {
    const chunk = units.subarray(start, Math.min(start + CHUNK, length));
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return parts.join("");
}
