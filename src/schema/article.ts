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
import { DateMentionSchema, DatelineSchema, PublishedSchema } from "./dates.js";
import { LanguageSchema } from "./language.js";
import { BylineSchema, LineSchema } from "./lines.js";
import { EntitySchema, RewrittenBodySchema } from "./names.js";
import { QuoteSchema } from "./quotes.js";
import { WarningSchema } from "./warnings.js";

export * from "./common.js";
export * from "./dates.js";
export * from "./language.js";
export * from "./lines.js";
export * from "./names.js";
export * from "./quotes.js";
export * from "./warnings.js";

/** Version of the Article contract. Bumped on any change of field names, types or enums. */
export const SCHEMA_VERSION = "1.0.0";

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
    updated: PublishedSchema.nullable().describe("When the page says the article was updated, kept apart from `published`"),
    lines: z.array(LineSchema).describe('Every physical line, in order; text === lines.map(l => l.text).join("\\n")'),
    paragraphs: z
      .array(z.string())
      .describe("The body and heading paragraphs, in order: one per line, except that the lines of one paragraph of hard-wrapped copy are joined by a space"),
    body: z.string().describe("The paragraphs joined by a blank line"),
    quotes: z.array(QuoteSchema),
    entities: z.array(EntitySchema),
    dates: z.array(DateMentionSchema),
    warnings: z.array(WarningSchema),
    rewritten: RewrittenBodySchema.optional().describe(
      "With options.rewriteNames: the body with variant spellings rewritten to canonical ones outside quotations",
    ),
    source: z
      .object({ path: z.string() })
      .optional()
      .describe("Where the article was read from (set by the CLI)"),
  })
  .describe("A news article normalized by copydesk");
export type Article = z.infer<typeof ArticleSchema>;
