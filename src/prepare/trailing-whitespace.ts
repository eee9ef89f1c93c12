/**
 * Spaces and tabs at the end of a line are invisible noise left by scrapers and editors;
 * they are trimmed, leading indentation is kept. Each line is scanned backwards from its end
 * once, so the work is linear (unlike `/[ \t]+$/gm`, which is quadratic on a long run of
 * spaces that is not followed by a line end).
 *
 * @module
 */
import { plural, type Repair, type RepairResult, unchanged } from "./repair.js";

const BLANK_BEFORE_NEWLINE = /[ \t]\n/;
const SPACE = 0x20;
const TAB = 0x09;

/** Remove spaces and tabs at the end of every line. */
export function trimTrailingWhitespace(text: string): RepairResult {
  if (!hasTrailingWhitespace(text)) return unchanged(text);
  const parts: string[] = [];
  let copiedUpTo = 0;
  let count = 0;
  for (let lineStart = 0; ; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const contentEnd = endWithoutBlanks(text, lineStart, lineEnd);
    if (contentEnd < lineEnd) {
      parts.push(text.slice(copiedUpTo, contentEnd));
      copiedUpTo = lineEnd;
      count += 1;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(""), count };
}

function hasTrailingWhitespace(text: string): boolean {
  return isBlank(text.charCodeAt(text.length - 1)) || BLANK_BEFORE_NEWLINE.test(text);
}

function endWithoutBlanks(text: string, lineStart: number, lineEnd: number): number {
  let end = lineEnd;
  while (end > lineStart && isBlank(text.charCodeAt(end - 1))) end -= 1;
  return end;
}

function isBlank(char: number): boolean {
  return char === SPACE || char === TAB;
}

export const trailingWhitespace: Repair = {
  code: "trailing-whitespace",
  apply: trimTrailingWhitespace,
  describe: (count) => `trimmed trailing whitespace on ${plural(count, "line")}`,
};
