/**
 * False positives: what only looks like a date. The parsers already refuse `9/11`, `24/7`,
 * scores (`3-1`, `5 to 4`), times of day alone and numbers glued to digits; this refiner drops
 * the rest by context: version numbers (`v2.01.2024`, `version 10.12.2020`), phone numbers and
 * identifiers around a numeric date, a year that is a quantity (`in 2014 cases`, `by 2020
 * votes`), and a month-day whose number is a quantity (`May 5 percent`).
 *
 * @module
 */
import { QUANTITY_UNITS, VERSION_WORDS } from "../data/false-positives.js";
import { alternation } from "../lexicon.js";
import type { Candidate } from "../parse/types.js";

const VERSION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(VERSION_WORDS)})[ \\t]*$`, "iu");
const GLUED_BEFORE = /[\p{L}\p{N}_#+/]$/u;
const QUANTITY_AFTER = new RegExp(`^[ \\t\\u00a0]*(?:${alternation(QUANTITY_UNITS)})(?![\\p{L}])`, "iu");

/** Whether the candidate, in its line, is not a date after all. */
export function isFalsePositive(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 12), c.start);
  const after = text.slice(c.end, c.end + 16);
  const numeric = c.parser === "iso" || c.parser === "day-first";
  if (numeric && (VERSION_BEFORE.test(before) || GLUED_BEFORE.test(before))) return true;
  if ((c.expr.kind === "year" || c.expr.kind === "month-day" || c.expr.kind === "day") && !c.expr.hasOwnProperty("time") && QUANTITY_AFTER.test(after)) return true;
  return false;
}
