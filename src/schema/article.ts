/**
 * The Article model: the single source of truth for every public type.
 *
 * Every TypeScript type of the public surface is inferred from these zod schemas, and
 * `docs/article.schema.json` is generated from {@link ArticleSchema}. Every `start`/`end`
 * pair is a UTF-16 offset range into {@link Article.text}, so
 * `article.text.slice(start, end)` equals the reported text.
 *
 * @module
 */
import { z } from "zod";

/** Version of the Article contract. Bumped on any change of field names, types or enums. */
export const SCHEMA_VERSION = "1.0.0";

const offset = z.number().int().nonnegative();
const lineNumber = z.number().int().positive().describe("1-based physical line number");

/** A piece of `text`: the slice `text.slice(start, end)` equals `text`. */
export const SpanSchema = z
  .object({
    text: z.string(),
    start: offset,
    end: offset,
  })
  .describe("A span of the article text; text.slice(start, end) === text");
export type Span = z.infer<typeof SpanSchema>;

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

export const DatelineSchema = z.object({
  place: z.string().nullable().describe('The place in normal case: "MOSCOW:" gives "Moscow"'),
  agency: z.string().nullable(),
  raw: z.string(),
  start: offset,
  end: offset,
});
export type Dateline = z.infer<typeof DatelineSchema>;

/** How precise a calendar value is. */
export const DATE_PRECISIONS = ["year", "month", "week", "day", "range", "hour", "minute", "second"] as const;
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

export const MentionSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  line: lineNumber,
});
export type Mention = z.infer<typeof MentionSchema>;

export const ENTITY_TYPES = ["person", "place", "organization", "other"] as const;
export const EntitySchema = z.object({
  id: z.string(),
  canonical: z.string().describe("The canonical spelling that all variants are merged under"),
  type: z.enum(ENTITY_TYPES),
  mentions: z.array(MentionSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

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
] as const;
export const WarningCodeSchema = z.enum(WARNING_CODES);
export type WarningCode = z.infer<typeof WarningCodeSchema>;

export const WarningSchema = z.object({
  code: WarningCodeSchema,
  message: z.string(),
  line: lineNumber.optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

/** The normalized article: what {@link normalizeArticle} returns. */
export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    text: z.string().describe("The whole prepared input, junk included; all offsets index this string"),
    language: LanguageSchema,
    title: z.string().nullable(),
    subtitle: z.string().nullable(),
    byline: BylineSchema.nullable(),
    dateline: DatelineSchema.nullable(),
    published: PublishedSchema.nullable(),
    lines: z.array(LineSchema).describe('Every physical line, in order; text === lines.map(l => l.text).join("\\n")'),
    paragraphs: z.array(z.string()).describe("The text of the body and heading lines, in order"),
    body: z.string().describe("The paragraphs joined by a blank line"),
    quotes: z.array(QuoteSchema),
    entities: z.array(EntitySchema),
    dates: z.array(DateMentionSchema),
    warnings: z.array(WarningSchema),
    source: z
      .object({ path: z.string() })
      .optional()
      .describe("Where the article was read from (set by the CLI)"),
  })
  .describe("A news article normalized by copydesk");
export type Article = z.infer<typeof ArticleSchema>;
