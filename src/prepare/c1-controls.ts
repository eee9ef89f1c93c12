/**
 * C1 controls (U+0080–U+009F) never belong in text; when they survive mojibake repair they
 * are Windows-1252 bytes that were decoded as Latin-1, so they become the Windows-1252
 * characters (U+0093 `“`, U+0085 `…`), as ftfy's `fix_c1_controls` does. The five bytes
 * Windows-1252 leaves undefined have no character and are removed.
 *
 * @module
 */
import { UNDEFINED_WINDOWS_1252_BYTES, windows1252ToCodePoint } from "./data/windows-1252.js";
import { plural, type Repair, type RepairResult, unchanged } from "./repair.js";

const C1_CONTROL = /[\u0080-\u009f]/;
const C1_CONTROLS = /[\u0080-\u009f]/g;

/** Map every C1 control to its Windows-1252 character, or remove it when there is none. */
export function fixC1Controls(text: string): RepairResult {
  if (!C1_CONTROL.test(text)) return unchanged(text);
  let count = 0;
  const repaired = text.replace(C1_CONTROLS, (control: string) => {
    count += 1;
    const byte = control.charCodeAt(0);
    return UNDEFINED_WINDOWS_1252_BYTES.has(byte) ? "" : String.fromCharCode(windows1252ToCodePoint(byte));
  });
  return { text: repaired, count };
}

export const c1Controls: Repair = {
  code: "c1-controls",
  apply: fixC1Controls,
  describe: (count) => `replaced ${plural(count, "C1 control character")} with Windows-1252 characters`,
};
