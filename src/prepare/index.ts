/**
 * Prepare stage (placeholder until the full repairs land): bytes to text and lines with offsets.
 *
 * @module
 */
import type { PreparedText, TextLine } from "../schema/stages.js";

/** Decode, repair and split the input into lines with offsets into the prepared text. */
export function prepareText(input: string | Uint8Array): PreparedText {
  const raw = typeof input === "string" ? input : new TextDecoder().decode(input);
  const text = raw.replace(/\r\n?|[\u2028\u2029]/g, "\n");
  const lines: TextLine[] = [];
  let start = 0;
  let n = 1;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ n: n++, start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return { text, lines, warnings: [] };
}
