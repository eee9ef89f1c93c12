/**
 * The language part of the Article.
 *
 * @module
 */
import { z } from "zod";

/** A language decision: ISO 639-1 (or `und`), ISO 639-3, ISO 15924 script, and a calibrated confidence. */
export const LanguageSchema = z
  .object({
    code: z.string().describe('ISO 639-1 code, or the ISO 639-3 code when the language has no 639-1 code, or "und"'),
    iso6393: z.string().describe('ISO 639-3 code, or "und"'),
    script: z.string().describe('ISO 15924 script code such as "Latn", "Cyrl", "Hans", or "Zyyy" when no letters'),
    confidence: z.number().min(0).max(1).describe("0..1; see docs/language.md for how it is derived"),
  })
  .describe("Detected language of the article or of one line");
export type Language = z.infer<typeof LanguageSchema>;

