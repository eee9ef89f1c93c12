/**
 * The dates part of the Article: publication date, dateline, temporal expressions. Owned by the
 * dates stage.
 *
 * @module
 */
import { z } from "zod";
import { lineNumber, offset } from "./common.js";

export const DatelineSchema = z.object({
  place: z.string().nullable().describe('The place in normal case: "MOSCOW:" gives "Moscow"'),
  agency: z.string().nullable().describe('The news agency named in the dateline ("Reuters", "TASS", "AP"), or null'),
  raw: z.string().describe("The dateline as written; text.slice(start, end)"),
  start: offset,
  end: offset,
});
export type Dateline = z.infer<typeof DatelineSchema>;

/** How precise a calendar value is. */
export const DATE_PRECISIONS = ["year", "season", "month", "week", "day", "range", "hour", "minute", "second"] as const;
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** Where the publication date was found. */
export const PUBLISHED_SOURCES = ["header", "date-line", "byline", "dateline", "body"] as const;

export const PublishedSchema = z.object({
  value: z
    .string()
    .describe('ISO 8601 date or date-time ("2026-01-26", "2026-01-26T09:40", "2026-01-26T09:40+08:00"); the UTC offset only when the text states one'),
  precision: DatePrecisionSchema,
  raw: z.string().describe("The text the date was read from"),
  from: z.enum(PUBLISHED_SOURCES),
  line: lineNumber.describe("The line the date was read from"),
});
export type Published = z.infer<typeof PublishedSchema>;

export const DateMentionSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  line: lineNumber,
  value: z
    .string()
    .nullable()
    .describe(
      'ISO 8601: a day "2026-01-26", a range "2026-01-23/2026-01-24", an ISO week "2026-W05", a month "2026-02", a season as its months "2025-06/2025-08", a year "2025"; null when unresolvable',
    ),
  precision: DatePrecisionSchema,
  relative: z.boolean().describe('True when the value depends on the reference date (weekdays, "Feb. 1", "last week")'),
  tense: z
    .enum(["past", "future"])
    .nullable()
    .describe("The tense of the clause around the expression, when a cue word gives it"),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

/** Options the dates stage reads (besides the general `referenceDate`). */
export const DatesOptionsSchema = z.object({});
