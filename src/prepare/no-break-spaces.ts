/**
 * No-break spaces (U+00A0, the narrow U+202F of French typography, the figure space U+2007)
 * look like spaces and should match like spaces, so they become plain spaces. This runs after
 * mojibake repair, because `Ã` followed by U+00A0 is the mojibake of `à`.
 *
 * @module
 */
import { plural, type Repair, type RepairResult, unchanged } from "./repair.js";

const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/;
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;

/** Replace no-break spaces with plain spaces. */
export function replaceNoBreakSpaces(text: string): RepairResult {
  if (!NO_BREAK_SPACE.test(text)) return unchanged(text);
  let count = 0;
  const repaired = text.replace(NO_BREAK_SPACES, () => {
    count += 1;
    return " ";
  });
  return { text: repaired, count };
}

export const noBreakSpaces: Repair = {
  code: "no-break-spaces",
  apply: replaceNoBreakSpaces,
  describe: (count) => `replaced ${plural(count, "no-break space")} with plain spaces`,
};
