/**
 * Dates stage. Until it lands (issue "Dates"), it finds nothing: no publication date, no
 * dateline, no temporal expressions.
 *
 * @module
 */
import type { Dateline, DateMention, Line, Published } from "../schema/article.js";

export interface DateFindings {
  published: Published | null;
  updated: Published | null;
  dateline: Dateline | null;
  dates: DateMention[];
}

export interface DateOptions {
  /** `YYYY-MM-DD`: what relative expressions resolve against when the text carries no date. */
  referenceDate?: string | undefined;
}

/** Find the publication date, the dateline and every temporal expression. */
export function extractDates(_lines: readonly Line[], _options: DateOptions = {}): DateFindings {
  return { published: null, updated: null, dateline: null, dates: [] };
}
