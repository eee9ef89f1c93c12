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

/**
 * The reason a line of hard-wrapped copy (wire stories, e-mail, plain-text archives) carries when
 * it continues the paragraph of the line right before it: the Article's `paragraphs` and the
 * quotes stage read the two lines as one paragraph.
 */
export const CONTINUES_PARAGRAPH = "continues-paragraph";

/** Whether a body line continues the paragraph of the body line right before it (see {@link CONTINUES_PARAGRAPH}). */
export function continuesParagraph(line: { kind: string; reasons: readonly string[] }, previous: { kind: string } | undefined): boolean {
  return line.kind === "body" && previous?.kind === "body" && line.reasons.includes(CONTINUES_PARAGRAPH);
}

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

/**
 * Lines learned across pages of one site or feed (see `createBoilerplateMemory`): plain,
 * JSON-serializable data held by the caller.
 */
export const BoilerplateMemorySchema = z.object({
  version: z.literal(1),
  pages: z.number().int().nonnegative().describe("Pages remembered"),
  minPages: z.number().int().positive().describe("A line seen on this many pages is boilerplate"),
  maxLines: z.number().int().positive().describe("Cap on remembered lines"),
  lines: z.record(z.string(), z.number().int().positive()).describe("Normalized line -> pages it was seen on"),
});
export type BoilerplateMemory = z.infer<typeof BoilerplateMemorySchema>;

// Options check the memory's shape cheaply; validating every entry on every call would cost
// as much as the memory is large. Use BoilerplateMemorySchema to validate a deserialized one.
const BoilerplateMemoryOption = z.custom<BoilerplateMemory>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    (value as { version?: unknown }).version === 1 &&
    typeof (value as { lines?: unknown }).lines === "object",
  "expected a BoilerplateMemory from createBoilerplateMemory()",
);

/** Options the lines stage reads. */
export const LinesOptionsSchema = z.object({
  disableRules: z
    .array(z.string())
    .optional()
    .describe("Names of line rules to turn off (the names appear in lines[].reasons)"),
  boilerplate: BoilerplateMemoryOption.optional().describe("Lines learned from other pages of the same site"),
});
