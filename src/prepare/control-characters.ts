/**
 * C0 control characters other than tab and newline (NUL, the `\u0003` of a stray `&#3;`,
 * form feed, escape...) and DEL carry no text and confuse every later stage, so they are
 * removed. Carriage returns are already newlines by now (see `newlines.ts`).
 *
 * @module
 */
import { plural, type Repair, type RepairResult, unchanged } from "./repair.js";

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Remove C0 controls except `\t` and `\n` (and `\r`, which no longer occurs), and DEL. */
export function removeControlCharacters(text: string): RepairResult {
  if (!CONTROL.test(text)) return unchanged(text);
  const repaired = text.replace(CONTROLS, "");
  return { text: repaired, count: text.length - repaired.length };
}

export const controlCharacters: Repair = {
  code: "control-characters",
  apply: removeControlCharacters,
  describe: (count) => `removed ${plural(count, "control character")}`,
};
