/**
 * Reader of gold sets in the format of seeds/FORMAT.md: a directory of `NNN_id.txt` +
 * `NNN_id.json`. Tolerant: a missing field is `undefined` (that field is not scored for the
 * article), `null` is a real "nothing here" answer, extra fields are ignored, and a malformed
 * entry is dropped with a problem message instead of failing the whole file.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";

const nullableString = z.string().nullable();

export const GoldBylineSchema = z.object({
  authors: z
    .union([z.array(z.string()), z.string().transform((s) => [s]), z.null().transform(() => [] as string[])])
    .optional()
    .transform((a) => a ?? []),
  place: nullableString.optional().transform((v) => v ?? null),
  source: nullableString.optional().transform((v) => v ?? null),
});
export type GoldByline = z.infer<typeof GoldBylineSchema>;

const lineNumber = z.coerce.number().int().positive();

export const GoldQuoteSchema = z.object({
  line: lineNumber,
  text: z.string(),
  speaker: z
    .union([z.array(z.string()), z.string().transform((s) => [s]), z.null().transform(() => [] as string[])])
    .optional()
    .transform((s) => s ?? []),
  kind: z.string().nullable().optional().transform((k) => k ?? null),
});
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

export const GoldEntitySchema = z.object({
  canonical: z.string(),
  type: z.string().nullable().optional().transform((t) => t ?? null),
  variants: z
    .array(z.string())
    .optional()
    .transform((v) => v ?? []),
});
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

export const GoldDateSchema = z.object({
  line: lineNumber,
  text: z.string(),
  value: nullableString.optional().transform((v) => v ?? null),
});
export type GoldDate = z.infer<typeof GoldDateSchema>;

/** Top-level fields; each falls back to `undefined` (not scored) when absent or malformed. */
const GoldTopSchema = z.object({
  file: z.string().optional().catch(undefined),
  language: nullableString.optional().catch(undefined),
  published: nullableString.optional().catch(undefined),
  title: nullableString.optional().catch(undefined),
  subtitle: nullableString.optional().catch(undefined),
  byline: GoldBylineSchema.nullable().optional().catch(undefined),
  dateline: nullableString.optional().catch(undefined),
  lines: z.record(z.string(), z.string()).optional().catch(undefined),
  quotes: z.array(z.unknown()).optional().catch(undefined),
  entities: z.array(z.unknown()).optional().catch(undefined),
  dates: z.array(z.unknown()).optional().catch(undefined),
});

/** One article's gold answers. `undefined` = not annotated (skip), `null` = annotated as absent. */
export interface Gold {
  file?: string;
  language?: string | null;
  published?: string | null;
  title?: string | null;
  subtitle?: string | null;
  byline?: GoldByline | null;
  dateline?: string | null;
  /** line number (1-based) to kind */
  lines?: Map<number, string>;
  quotes?: GoldQuote[];
  entities?: GoldEntity[];
  dates?: GoldDate[];
}

export interface GoldArticle {
  /** The `.txt` file name. */
  file: string;
  path: string;
  gold: Gold;
}

export interface GoldSet {
  name: string;
  dir: string;
  articles: GoldArticle[];
  /** Non-fatal problems found while reading (malformed entries, missing text files). */
  problems: string[];
}

function parseList<T>(items: unknown[] | undefined, schema: z.ZodType<T>, what: string, file: string, problems: string[]): T[] | undefined {
  if (items === undefined) return undefined;
  const out: T[] = [];
  items.forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else problems.push(`${file}: ${what}[${i}] ignored (${parsed.error.issues[0]?.message ?? "invalid"})`);
  });
  return out;
}

/** Validate one gold JSON value. Never throws; problems are appended to `problems`. */
export function parseGold(value: unknown, file: string, problems: string[]): Gold {
  const top = GoldTopSchema.safeParse(value);
  if (!top.success) {
    problems.push(`${file}: not a JSON object`);
    return {};
  }
  const d = top.data;
  const gold: Gold = {};
  if (d.file !== undefined) gold.file = d.file;
  if (d.language !== undefined) gold.language = d.language;
  if (d.published !== undefined) gold.published = d.published;
  if (d.title !== undefined) gold.title = d.title;
  if (d.subtitle !== undefined) gold.subtitle = d.subtitle;
  if (d.byline !== undefined) gold.byline = d.byline;
  if (d.dateline !== undefined) gold.dateline = d.dateline;
  if (d.lines !== undefined) {
    const lines = new Map<number, string>();
    for (const [key, kind] of Object.entries(d.lines)) {
      const n = Number(key);
      if (Number.isInteger(n) && n > 0) lines.set(n, kind);
      else problems.push(`${file}: lines["${key}"] ignored (not a line number)`);
    }
    gold.lines = lines;
  }
  const quotes = parseList(d.quotes, GoldQuoteSchema, "quotes", file, problems);
  if (quotes) gold.quotes = quotes;
  const entities = parseList(d.entities, GoldEntitySchema, "entities", file, problems);
  if (entities) gold.entities = entities;
  const dates = parseList(d.dates, GoldDateSchema, "dates", file, problems);
  if (dates) gold.dates = dates;
  return gold;
}

/** Read a gold directory: every `*.json` that has a sibling `.txt`. Throws only if `dir` is unreadable. */
export function readGoldSet(dir: string, name = basename(dir)): GoldSet {
  const entries = readdirSync(dir).sort();
  const names = new Set(entries);
  const problems: string[] = [];
  const articles: GoldArticle[] = [];
  for (const entry of entries) {
    if (!entry.endsWith(".json")) continue;
    const txt = `${entry.slice(0, -".json".length)}.txt`;
    if (!names.has(txt)) {
      problems.push(`${entry}: no ${txt} next to it, skipped`);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(join(dir, entry), "utf8"));
    } catch (error) {
      problems.push(`${entry}: unreadable JSON (${error instanceof Error ? error.message : String(error)}), skipped`);
      continue;
    }
    articles.push({ file: txt, path: join(dir, txt), gold: parseGold(value, entry, problems) });
  }
  return { name, dir, articles, problems };
}
