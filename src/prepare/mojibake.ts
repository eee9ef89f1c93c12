/**
 * Mojibake: UTF-8 bytes that were decoded as Windows-1252 or Latin-1, so `’` shows up as
 * `â€™` and `é` as `Ã©`. In the spirit of ftfy's `decode_inconsistent_utf8`, each run of
 * characters that spells a UTF-8 sequence (a lead byte 0xC2–0xF4 followed by exactly the
 * right number of continuation bytes 0x80–0xBF) is re-encoded to those bytes and decoded as
 * strict UTF-8; it is replaced only when that decode is valid and unambiguous:
 *
 * - several sequences in a row (`Ð¿Ñ€Ð¸`), or
 * - a sequence holding a C1 control, which legitimate text never has, or
 * - a lone sequence whose character is in `data/mojibake-targets.ts` (`Ã©`, `â€™`, `ðŸ˜€`).
 *
 * Legitimate text is left alone: `âge`, `SÃO PAULO`, `Größe`, `„Gruß“`. Double-encoded
 * mojibake is undone by a second pass. The scan is a two-character regex plus constant work
 * per candidate, so it is linear.
 *
 * @module
 */
import { isLikelyAlone } from "./data/mojibake-targets.js";
import { codePointToWindows1252, WINDOWS_1252_SPECIALS } from "./data/windows-1252.js";
import { repairLostClosingQuotes } from "./lost-quote.js";
import { plural, type Repair, type RepairResult, unchanged } from "./repair.js";

/** One run of characters that spells a well-formed UTF-8 sequence. */
export interface MojibakeSequence {
  start: number;
  end: number;
  /** The character the bytes decode to. */
  codePoint: number;
  /** Whether one of the characters is a C1 control (U+0080–U+009F). */
  hasC1Control: boolean;
}

const escape = (codePoint: number) => `\\u${codePoint.toString(16).padStart(4, "0")}`;
const CONTINUATION_CLASS = `\\u0080-\\u00bf${WINDOWS_1252_SPECIALS.map(escape).join("")}`;
/** Characters that stand for a UTF-8 lead byte 0xC2–0xF4 (the same in Latin-1 and Windows-1252). */
const HAS_LEAD = /[\u00c2-\u00f4]/;
const LEAD_THEN_CONTINUATION = new RegExp(`[\\u00c2-\\u00f4][${CONTINUATION_CLASS}]`, "g");

/** Repair mojibake, twice at most (double encoding), then lost closing quotes (`â€�`). */
export function repairMojibake(text: string): RepairResult {
  if (!HAS_LEAD.test(text)) return unchanged(text);
  const first = repairMojibakeOnce(text);
  const second = first.count > 0 ? repairMojibakeOnce(first.text) : first;
  const quotes = repairLostClosingQuotes(second.text);
  const count = first.count + (second === first ? 0 : second.count) + quotes.count;
  return count === 0 ? unchanged(text) : { text: quotes.text, count };
}

/** One pass of mojibake repair. */
export function repairMojibakeOnce(text: string): RepairResult {
  const sequences = findMojibakeSequences(text);
  const parts: string[] = [];
  let copiedUpTo = 0;
  let count = 0;
  sequences.forEach((sequence, index) => {
    const inRun = sequences[index - 1]?.end === sequence.start || sequences[index + 1]?.start === sequence.end;
    if (!inRun && !sequence.hasC1Control && !isLikelyAlone(sequence.codePoint)) return;
    parts.push(text.slice(copiedUpTo, sequence.start), replacementFor(sequence.codePoint));
    copiedUpTo = sequence.end;
    count += 1;
  });
  if (count === 0) return unchanged(text);
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(""), count };
}

/** Every run of characters in `text` that re-encodes to a well-formed multi-byte UTF-8 sequence. */
export function findMojibakeSequences(text: string): MojibakeSequence[] {
  const sequences: MojibakeSequence[] = [];
  const candidates = new RegExp(LEAD_THEN_CONTINUATION);
  for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
    const sequence = readSequence(text, match.index);
    if (sequence) {
      sequences.push(sequence);
      candidates.lastIndex = sequence.end;
    }
  }
  return sequences;
}

/** Read the sequence whose lead character is at `start`, or null when it is not well-formed UTF-8. */
function readSequence(text: string, start: number): MojibakeSequence | null {
  const lead = text.charCodeAt(start);
  const size = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  let codePoint = lead & (size === 2 ? 0x1f : size === 3 ? 0x0f : 0x07);
  let hasC1Control = false;
  for (let k = 1; k < size; k++) {
    const char = text.charCodeAt(start + k);
    const byte = codePointToWindows1252(char);
    if (byte < 0x80 || byte > 0xbf) return null;
    if (k === 1 && !isValidSecondByte(lead, byte)) return null;
    if (char >= 0x80 && char <= 0x9f) hasC1Control = true;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  return { start, end: start + size, codePoint, hasC1Control };
}

/** Strict UTF-8 (Unicode table 3-7): no overlongs, no surrogates, nothing above U+10FFFF. */
function isValidSecondByte(lead: number, byte: number): boolean {
  if (lead === 0xe0) return byte >= 0xa0;
  if (lead === 0xed) return byte <= 0x9f;
  if (lead === 0xf0) return byte >= 0x90;
  if (lead === 0xf4) return byte <= 0x8f;
  return true;
}

/** The repaired character; a line or paragraph separator becomes a space so no line is added. */
function replacementFor(codePoint: number): string {
  return codePoint === 0x2028 || codePoint === 0x2029 ? " " : String.fromCodePoint(codePoint);
}

export const mojibake: Repair = {
  code: "mojibake",
  apply: repairMojibake,
  describe: (count) => `repaired ${plural(count, "mojibake sequence")}`,
};
