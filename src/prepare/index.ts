/**
 * The prepare stage: input bytes or string to clean text and its lines, reporting each kind
 * of repair once. Every repair is a small pure module, run in this order:
 *
 * bytes -> newlines -> HTML entities -> mojibake -> C1 controls -> control characters ->
 * invisible characters -> no-break spaces -> NFC -> trailing whitespace -> lines
 *
 * No repair adds or removes a line: the prepared text has as many lines as the input has
 * line breaks (`\r\n`, `\r`, `\n`, U+2028, U+2029) plus one.
 *
 * @module
 */
import type { Warning } from "../schema/article.js";
import type { PreparedText } from "../schema/stages.js";
import { c1Controls } from "./c1-controls.js";
import { controlCharacters } from "./control-characters.js";
import { decodeBytes } from "./decode-bytes.js";
import { htmlEntities } from "./entities.js";
import { invisibleCharacters } from "./invisible.js";
import { mojibake } from "./mojibake.js";
import { newlines } from "./newlines.js";
import { noBreakSpaces } from "./no-break-spaces.js";
import { plural, type Repair } from "./repair.js";
import { splitLines } from "./split-lines.js";
import { trailingWhitespace } from "./trailing-whitespace.js";
import { unicodeNormalization } from "./unicode-normalization.js";

/** The text repairs, in the order they run. */
export const REPAIRS: readonly Repair[] = [
  newlines,
  htmlEntities,
  mojibake,
  c1Controls,
  controlCharacters,
  invisibleCharacters,
  noBreakSpaces,
  unicodeNormalization,
  trailingWhitespace,
];

/** Decode, repair and split the input into lines with offsets into the prepared text. */
export function prepareText(input: string | Uint8Array): PreparedText {
  const warnings: Warning[] = [];
  let text = typeof input === "string" ? input : decodeInput(input, warnings);
  for (const repair of REPAIRS) {
    const result = repair.apply(text);
    if (result.count === 0) continue;
    text = result.text;
    warnings.push({ code: repair.code, message: repair.describe(result.count) });
  }
  return { text, lines: splitLines(text), warnings };
}

function decodeInput(bytes: Uint8Array, warnings: Warning[]): string {
  const decoded = decodeBytes(bytes);
  if (decoded.invalidBytes > 0) {
    warnings.push({
      code: "invalid-utf8",
      message: `decoded ${plural(decoded.invalidBytes, "invalid UTF-8 byte")} as Windows-1252`,
    });
  }
  return decoded.text;
}
