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
export const EntitySchema = z.object({
  id: z.string(),
  canonical: z.string().describe("The canonical spelling that all variants are merged under"),
  type: z.enum(ENTITY_TYPES),
  mentions: z.array(MentionSchema),
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

/** Options the names stage reads. */
export const NamesOptionsSchema = z.object({});
