/**
 * Schemas of what the stages pass to each other. They are public (each stage is exported on
 * its own), so, like the Article, their types are inferred from zod.
 *
 * @module
 */
import { z } from "zod";
import { LineSchema, WarningSchema } from "./article.js";

/** A physical line of the prepared text before it is labelled. */
export const TextLineSchema = LineSchema.pick({ n: true, start: true, end: true, text: true });
export type TextLine = z.infer<typeof TextLineSchema>;

/** What the prepare stage returns: the prepared text, its lines, and the repairs made. */
export const PreparedTextSchema = z.object({
  text: z.string(),
  lines: z.array(TextLineSchema),
  warnings: z.array(WarningSchema),
});
export type PreparedText = z.infer<typeof PreparedTextSchema>;
