/**
 * The names part of the Article: entities and their mentions. Owned by the names stage.
 *
 * @module
 */
import { z } from "zod";
import { lineNumber, offset } from "./common.js";

export const MentionSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  line: lineNumber,
});
export type Mention = z.infer<typeof MentionSchema>;

export const ENTITY_TYPES = ["person", "place", "organization", "other"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * How a spelling joined its entity, for audit: `alias-table` (the built-in alias table lists
 * it), `user-alias` (the caller's table does), `translit-key` (same transliteration-aware
 * key), `similarity` (keys within a small vowel-weighted edit distance), `given-name` (same
 * surname, first name the same given name in another language), `short-form` (a surname or
 * leading part of a full name in the same article), `inflection` (a Russian or Ukrainian case
 * form of a name in the article: `Пескова` of `Песков`).
 */
export const MERGE_METHODS = ["alias-table", "user-alias", "translit-key", "similarity", "given-name", "short-form", "inflection"] as const;
export type MergeMethod = (typeof MERGE_METHODS)[number];

export const MergeSchema = z.object({
  variant: z.string().describe("A spelling found in the text"),
  into: z.string().describe("The spelling of the entity it was joined to"),
  how: z.enum(MERGE_METHODS),
});
export type Merge = z.infer<typeof MergeSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  canonical: z.string().describe("The canonical spelling that all variants are merged under"),
  type: z.enum(ENTITY_TYPES),
  mentions: z.array(MentionSchema),
  variants: z.array(z.string()).describe("The distinct spellings found in the text, in order of first mention"),
  merges: z.array(MergeSchema).describe("How each spelling joined the entity, for audit"),
});
export type Entity = z.infer<typeof EntitySchema>;

/** How canonical spellings are chosen. */
export const CANONICAL_POLICIES = ["official", "english-press"] as const;
export const CanonicalPolicySchema = z.enum(CANONICAL_POLICIES);
export type CanonicalPolicy = z.infer<typeof CanonicalPolicySchema>;

/**
 * One entry of an alias table: an entity prone to spelling variants, its canonical spelling
 * under the default policy, and every variant to merge into it. The built-in table and a
 * user's table (`options.aliases`) share this shape.
 */
export const AliasEntrySchema = z.object({
  canonical: z.string().min(1).describe('Canonical spelling under the default ("official") policy'),
  type: z.enum(ENTITY_TYPES),
  variants: z.array(z.string().min(1)).describe("Other spellings, transliterations, former names, short forms"),
  spellings: z
    .partialRecord(CanonicalPolicySchema, z.string().min(1))
    .optional()
    .describe("Canonical spelling under other policies, where it differs"),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .describe("ISO 3166-1 alpha-2 code of the country the entity belongs to, when it helps choose a spelling"),
});
export type AliasEntry = z.infer<typeof AliasEntrySchema>;

/** One rewrite of a variant spelling to its canonical form; `start`/`end` index `Article.text`. */
export const NameEditSchema = z.object({
  start: offset,
  end: offset,
  text: z.string().describe("The spelling as written: text.slice(start, end)"),
  replacement: z.string(),
  entity: z.string().describe("The id of the entity"),
});
export type NameEdit = z.infer<typeof NameEditSchema>;

/** The body with variant spellings rewritten to canonical ones outside quotations. */
export const RewrittenBodySchema = z.object({
  body: z.string().describe("Article.body with the edits applied"),
  edits: z.array(NameEditSchema).describe("The edits, in text order, with offsets into the original text"),
});
export type RewrittenBody = z.infer<typeof RewrittenBodySchema>;

/** Options the names stage reads. No defaults here: the stage applies them. */
export const NamesOptionsSchema = z.object({
  canonicalPolicy: CanonicalPolicySchema.optional().describe(
    'How canonical spellings are chosen: "official" (default: Ukrainian names as Ukraine spells them) or "english-press"',
  ),
  aliases: z
    .array(AliasEntrySchema)
    .optional()
    .describe("A user alias table, merged over the built-in one: entries with the same canonical name replace built-in ones"),
  rewriteNames: z
    .boolean()
    .optional()
    .describe("Also return the body with variant spellings rewritten to canonical ones outside quotations"),
});
export type NamesOptions = z.infer<typeof NamesOptionsSchema>;
