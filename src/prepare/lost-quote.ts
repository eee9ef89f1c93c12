/**
 * The mojibake of `”` is `â€` plus the character of byte 0x9D, which Windows-1252 leaves
 * undefined, so many tools drop it or write U+FFFD: `â€œHelloâ€�`. The lost byte could also
 * have been 0x81, 0x8D, 0x8F or 0x90 (em quad, zero-width joiner, right-to-left mark,
 * hyphen), so `â€` is only read as `”` when it closes a `“` opened earlier on the same line;
 * otherwise it is left as it is. A U+FFFD right after it is taken as the lost byte.
 *
 * @module
 */
import { type RepairResult, unchanged } from "./repair.js";

const TRUNCATED_QUOTE = "\u00e2\u20ac";
const OPENING_QUOTE = 0x201c;
const CLOSING_QUOTE = 0x201d;
const NEWLINE = 0x0a;
const REPLACEMENT_CHARACTER = 0xfffd;

/** Replace `â€` (and a U+FFFD after it) by `”` where it closes a `“` on the same line. */
export function repairLostClosingQuotes(text: string): RepairResult {
  if (!text.includes(TRUNCATED_QUOTE)) return unchanged(text);
  const parts: string[] = [];
  let copiedUpTo = 0;
  let scannedUpTo = 0;
  let quoteOpen = false;
  let count = 0;
  for (let at = text.indexOf(TRUNCATED_QUOTE); at !== -1; at = text.indexOf(TRUNCATED_QUOTE, scannedUpTo)) {
    quoteOpen = quoteStateBefore(text, scannedUpTo, at, quoteOpen);
    let end = at + TRUNCATED_QUOTE.length;
    if (quoteOpen) {
      if (text.charCodeAt(end) === REPLACEMENT_CHARACTER) end += 1;
      parts.push(text.slice(copiedUpTo, at), "\u201d");
      copiedUpTo = end;
      quoteOpen = false;
      count += 1;
    }
    scannedUpTo = end;
  }
  if (count === 0) return unchanged(text);
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(""), count };
}

/**
 * Whether a `“` is open at `to`, given the state at `from`: the last quote mark or newline in
 * between decides. Each stretch of text is scanned once, so the whole repair stays linear.
 */
function quoteStateBefore(text: string, from: number, to: number, openAtFrom: boolean): boolean {
  for (let i = to - 1; i >= from; i--) {
    const char = text.charCodeAt(i);
    if (char === OPENING_QUOTE) return true;
    if (char === CLOSING_QUOTE || char === NEWLINE) return false;
  }
  return openAtFrom;
}
