/**
 * Unicode NFC, so that `é` typed as `e` + U+0301 and the precomposed `é` are the same
 * string for every later stage. `normalize` is only called when the text holds a character
 * that NFC could change: text made only of U+0000–U+02FF (ASCII, Latin-1, Latin Extended,
 * IPA) and common punctuation (U+2010–U+203F, `€`, `™`) is NFC already, since none of those
 * characters decomposes or combines with another.
 *
 * @module
 */
import { plural, type Repair, type RepairResult, unchanged } from "./repair.js";

const MAY_NEED_NFC = /[^\u0000-\u02ff\u2010-\u203f\u20ac\u2122]/;

/** Normalize to NFC; the count is the number of lines that changed. */
export function normalizeUnicode(text: string): RepairResult {
  if (!MAY_NEED_NFC.test(text)) return unchanged(text);
  const normalized = text.normalize("NFC");
  if (normalized === text) return unchanged(text);
  return { text: normalized, count: countChangedLines(text, normalized) };
}

/** NFC never touches `\n`, so both texts have the same lines, in the same order. */
function countChangedLines(before: string, after: string): number {
  let count = 0;
  let startBefore = 0;
  let startAfter = 0;
  for (;;) {
    const endBefore = indexOfLineEnd(before, startBefore);
    const endAfter = indexOfLineEnd(after, startAfter);
    if (before.slice(startBefore, endBefore) !== after.slice(startAfter, endAfter)) count += 1;
    if (endBefore === before.length || endAfter === after.length) return count;
    startBefore = endBefore + 1;
    startAfter = endAfter + 1;
  }
}

function indexOfLineEnd(text: string, from: number): number {
  const newline = text.indexOf("\n", from);
  return newline === -1 ? text.length : newline;
}

export const unicodeNormalization: Repair = {
  code: "unicode-normalization",
  apply: normalizeUnicode,
  describe: (count) => `normalized ${plural(count, "line")} to Unicode NFC`,
};
