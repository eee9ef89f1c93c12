/**
 * Building blocks shared by the Article's parts: offsets, line numbers, spans.
 *
 * @module
 */
import { z } from "zod";

/** A UTF-16 offset into `Article.text`. */
export const offset = z.number().int().nonnegative();

/** A 1-based physical line number. */
export const lineNumber = z.number().int().positive().describe("1-based physical line number");

/** A piece of `text`: the slice `text.slice(start, end)` equals `text`. */
export const SpanSchema = z
  .object({
    text: z.string(),
    start: offset,
    end: offset,
  })
  .describe("A span of the article text; text.slice(start, end) === text");
export type Span = z.infer<typeof SpanSchema>;
