/**
 * The prepared text as physical lines with offsets, which every later stage works on. The
 * invariants: `text === lines.map(l => l.text).join("\n")`, `n` counts from 1 without gaps,
 * `text.slice(start, end) === line.text`, and a text ending in `\n` (or the empty string)
 * ends with an empty line.
 *
 * @module
 */
import type { TextLine } from "../schema/stages.js";

/** Split `text` on `\n` into numbered lines with their offsets. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  for (let start = 0, n = 1; ; n++) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ n, start, end, text: text.slice(start, end) });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}
