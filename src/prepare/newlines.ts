/**
 * One kind of line break. Windows (`\r\n`), old Mac (`\r`) and Unicode line and paragraph
 * separators (U+2028, U+2029) all become `\n`, one for one, so the line count never changes
 * and every later step only has to know about `\n`.
 *
 * @module
 */
import { plural, type Repair, type RepairResult, unchanged } from "./repair.js";

const OTHER_LINE_BREAK = /[\r\u2028\u2029]/;
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;

/** Turn `\r\n`, `\r`, U+2028 and U+2029 into `\n`. */
export function normalizeNewlines(text: string): RepairResult {
  if (!OTHER_LINE_BREAK.test(text)) return unchanged(text);
  let count = 0;
  const repaired = text.replace(LINE_BREAK, () => {
    count += 1;
    return "\n";
  });
  return { text: repaired, count };
}

export const newlines: Repair = {
  code: "newlines",
  apply: normalizeNewlines,
  describe: (count) => `converted ${plural(count, "line break")} to \\n`,
};
