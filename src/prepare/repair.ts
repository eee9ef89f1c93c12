/**
 * The shape every text repair of the prepare stage shares, so the stage can run them as a
 * list and report each kind of change once.
 *
 * @module
 */
import type { WarningCode } from "../schema/article.js";

/** What a repair returns: the repaired text and how many things it changed (0: untouched). */
export interface RepairResult {
  text: string;
  count: number;
}

/** One repair step: its warning code, the pure function, and the warning message for a count. */
export interface Repair {
  code: WarningCode;
  apply(text: string): RepairResult;
  describe(count: number): string;
}

/** The result of a repair that changed nothing. */
export function unchanged(text: string): RepairResult {
  return { text, count: 0 };
}

/** "1 line", "3 lines". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
