/**
 * The quotes part of the Article. Owned by the quotes stage.
 *
 * @module
 */
import { z } from "zod";
import { lineNumber, offset, SpanSchema } from "./common.js";

export const SpeakerSchema = z.object({
  name: z.string().describe("The speaker as resolved: a person's canonical name or a nominal head phrase"),
  entity: z.string().nullable().describe("The id of the entity in `entities`, when the speaker is one"),
  mention: SpanSchema.nullable().describe("The mention the speaker was resolved from (may be a pronoun)"),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const QuoteSchema = z.object({
  text: z.string().describe("The quoted words without the surrounding quotation marks"),
  start: offset,
  end: offset,
  line: lineNumber,
  kind: z.enum(["direct", "partial"]),
  speaker: SpeakerSchema.nullable(),
  cue: SpanSchema.nullable().describe('The attribution cue such as "said" or "he added"'),
  confidence: z.number().min(0).max(1),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** Options the quotes stage reads. */
export const QuotesOptionsSchema = z.object({});
