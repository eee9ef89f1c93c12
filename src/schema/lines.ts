/**
 * The lines part of the Article: every physical line with its kind and reasons, and the byline
 * read from them. Owned by the lines stage.
 *
 * @module
 */
import { z } from "zod";
import { lineNumber, offset } from "./common.js";
import { LanguageSchema } from "./language.js";

/** Every kind a line can have. Content, metadata, junk, and `blank`. */
export const LINE_KINDS = [
  "title",
  "subtitle",
  "heading",
  "body",
  "byline",
  "dateline",
  "date",
  "caption",
  "navigation",
  "share",
  "promo",
  "legal",
  "spam",
  "advertisement",
  "blank",
] as const;
export const LineKindSchema = z.enum(LINE_KINDS);
export type LineKind = z.infer<typeof LineKindSchema>;

/** One physical line of the input, with its kind and the reasons for it. */
export const LineSchema = z
  .object({
    n: lineNumber,
    start: offset,
    end: offset,
    text: z.string().describe("The line without its newline; text.slice(start, end)"),
    kind: LineKindSchema,
    reasons: z.array(z.string()).describe('Why the line got its kind, e.g. ["short", "share-phrase"]'),
    language: LanguageSchema.optional().describe("Present when the line is long enough to decide"),
  })
  .describe("One physical line of the prepared text");
export type Line = z.infer<typeof LineSchema>;

export const BylineSchema = z.object({
  authors: z.array(z.string()),
  place: z.string().nullable(),
  source: z.string().nullable(),
  raw: z.string().describe("The byline line as written"),
  line: lineNumber,
});
export type Byline = z.infer<typeof BylineSchema>;

/** Options the lines stage reads. */
export const LinesOptionsSchema = z.object({});
