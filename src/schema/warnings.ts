/**
 * Warnings: what a stage repaired or could not decide.
 *
 * @module
 */
import { z } from "zod";
import { lineNumber } from "./common.js";

/** Codes of the warnings the pipeline can emit. */
export const WARNING_CODES = [
  "invalid-utf8",
  "html-entities",
  "control-characters",
  "c1-controls",
  "newlines",
  "unicode-normalization",
  "invisible-characters",
  "no-break-spaces",
  "trailing-whitespace",
  "mojibake",
  "language-undetermined",
  "published-from-update",
] as const;
export const WarningCodeSchema = z.enum(WARNING_CODES);
export type WarningCode = z.infer<typeof WarningCodeSchema>;

export const WarningSchema = z.object({
  code: WarningCodeSchema,
  message: z.string(),
  line: lineNumber.optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

