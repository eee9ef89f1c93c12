/**
 * Options of {@link normalizeArticle}, as a zod schema: invalid options are rejected with an
 * error that names the offending field.
 *
 * @module
 */
import { z } from "zod";
import { DatesOptionsSchema } from "./dates.js";
import { LinesOptionsSchema } from "./lines.js";
import { NamesOptionsSchema } from "./names.js";
import { QuotesOptionsSchema } from "./quotes.js";

/** Default input size limit: 5 MiB of UTF-16 code units (strings) or bytes (Uint8Array). */
export const DEFAULT_MAX_LENGTH = 5 * 1024 * 1024;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, as `YYYY-MM-DD` or a valid `Date`; normalized to `YYYY-MM-DD` (UTC). */
export const ReferenceDateSchema = z
  .union([
    z
      .string()
      .regex(isoDay, "expected a date as YYYY-MM-DD")
      .refine((s) => isRealDay(s), "not a calendar day"),
    z.date().refine((d) => !Number.isNaN(d.getTime()), "invalid Date"),
  ])
  .transform((v) => (typeof v === "string" ? v : v.toISOString().slice(0, 10)));

function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** General options; each stage's own options are merged in from its schema file. */
const GeneralOptionsSchema = z.object({
  referenceDate: ReferenceDateSchema.optional().describe(
    "The day relative expressions resolve against when the article carries no publication date",
  ),
  maxLength: z
    .number()
    .int()
    .positive()
    .default(DEFAULT_MAX_LENGTH)
    .describe("Largest accepted input, in UTF-16 code units for strings and bytes for Uint8Array"),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, "expected an ISO 639-1 or 639-3 code"))
    .nonempty()
    .optional()
    .describe("Restrict language detection to these languages (ISO 639-1 or 639-3)"),
});

export const OptionsSchema = GeneralOptionsSchema.extend(LinesOptionsSchema.shape)
  .extend(DatesOptionsSchema.shape)
  .extend(QuotesOptionsSchema.shape)
  .extend(NamesOptionsSchema.shape)
  .strict();

/** Options as a caller writes them (all optional). */
export type Options = z.input<typeof OptionsSchema>;
/** Options after validation and defaults. */
export type ResolvedOptions = z.output<typeof OptionsSchema>;
