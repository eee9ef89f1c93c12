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
  agency: z.string().nullable(),
  raw: z.string(),
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
  value: z.string().describe("ISO 8601 date or date-time, with its UTC offset when known"),
  precision: DatePrecisionSchema,
  raw: z.string().describe("The text the date was read from"),
  from: z.enum(PUBLISHED_SOURCES),
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
    .describe('ISO 8601: a day "2026-01-26", a range "2026-01-23/2026-01-24", a month "2026-02"; null when unresolvable'),
  precision: DatePrecisionSchema,
});
export type DateMention = z.infer<typeof DateMentionSchema>;

/** Options the dates stage reads (besides the general `referenceDate`). */
export const DatesOptionsSchema = z.object({});
