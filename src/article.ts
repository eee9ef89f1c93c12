/**
 * normalizeArticle: validates the input and options, runs the stages in order and assembles
 * the Article. This file only composes; every decision lives in a stage.
 *
 * prepare -> language -> lines -> dates -> quotes -> names -> Article
 *
 * @module
 */
import { type DateFindings, extractDates } from "./dates/index.js";
import { detectLanguage, detectLineLanguages } from "./language/index.js";
import { classifyLines, extractByline, readHeadlines } from "./lines/index.js";
import { extractEntities } from "./names/index.js";
import { prepareText } from "./prepare/index.js";
import { extractQuotes } from "./quotes/index.js";
import { type Article, continuesParagraph, type Language, type Line, SCHEMA_VERSION, type Warning } from "./schema/article.js";
import { describeValue, InputTooLargeError, InvalidInputError, InvalidOptionsError } from "./schema/errors.js";
import { type Options, OptionsSchema, type ResolvedOptions } from "./schema/options.js";

/** Names of the stages, in pipeline order (used by the benchmark's per-stage timing). */
export const STAGES = ["prepare", "language", "lines", "dates", "quotes", "names", "assemble"] as const;
export type StageName = (typeof STAGES)[number];

/** Called after each stage with its wall time in milliseconds; for instrumentation only. */
export type StageTimer = (stage: StageName, milliseconds: number) => void;

/**
 * Normalize one scraped article.
 *
 * @param input - the article as a string, or as bytes (`Uint8Array`, decoded as UTF-8 with a
 *   Windows-1252 fallback for invalid sequences).
 * @param options - see {@link OptionsSchema}.
 * @returns the {@link Article}; any string, however strange, yields one.
 * @throws {@link InvalidInputError} (a `TypeError`) when `input` is not a string or Uint8Array.
 * @throws {@link InvalidOptionsError} (a `TypeError`) naming each invalid option.
 * @throws {@link InputTooLargeError} (a `RangeError`) when `input` is over `options.maxLength`.
 */
export function normalizeArticle(input: string | Uint8Array, options?: Options): Article {
  const resolved = resolveOptions(options);
  checkInput(input, resolved.maxLength);
  return runPipeline(input, resolved);
}

/** Validate options, throwing {@link InvalidOptionsError} that names each bad field. */
export function resolveOptions(options: unknown): ResolvedOptions {
  const parsed = OptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  throw new InvalidOptionsError(
    parsed.error.issues.map((issue) => ({
      path: issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join("."),
      message: issue.code === "unrecognized_keys" ? "unknown option" : issue.message,
    })),
  );
}

function checkInput(input: unknown, maxLength: number): asserts input is string | Uint8Array {
  if (typeof input === "string") {
    if (input.length > maxLength) throw new InputTooLargeError(input.length, maxLength, "characters");
    return;
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > maxLength) throw new InputTooLargeError(input.byteLength, maxLength, "bytes");
    return;
  }
  throw new InvalidInputError(describeValue(input));
}

/**
 * Run every stage on already validated input. Exposed for the benchmark, which passes a
 * {@link StageTimer}; callers want {@link normalizeArticle}.
 * @internal
 */
export function runPipeline(input: string | Uint8Array, options: ResolvedOptions, timer?: StageTimer): Article {
  let last = timer ? performance.now() : 0;
  const lap = (stage: StageName) => {
    if (!timer) return;
    const now = performance.now();
    timer(stage, now - last);
    last = now;
  };

  const prepared = prepareText(input);
  lap("prepare");
  const firstLanguage = detectLanguage(prepared.lines, { languages: options.languages });
  const lineLanguages = detectLineLanguages(prepared.lines, firstLanguage);
  lap("language");
  const lines = classifyLines(prepared.lines, { language: firstLanguage, lineLanguages }, options);
  const byline = extractByline(lines);
  const headlines = readHeadlines(lines);
  lap("lines");
  const language = bodyLanguage(lines, firstLanguage, options.languages);
  lap("language");
  const found = extractDates(lines, { referenceDate: options.referenceDate, language: language.code });
  lap("dates");
  // The dateline ("MOSCOW:") is metadata: no quote, speaker or entity may come from it.
  const exclude = found.dateline ? [found.dateline] : [];
  const quotes = extractQuotes(prepared.text, lines, { language, exclude });
  lap("quotes");
  const names = extractEntities(prepared.text, lines, quotes, {
    language,
    exclude,
    options: { canonicalPolicy: options.canonicalPolicy, aliases: options.aliases, rewriteNames: options.rewriteNames },
  });
  lap("names");

  const paragraphs = paragraphsOf(lines);
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    text: prepared.text,
    language,
    title: headlines.title,
    subtitle: headlines.subtitle,
    byline,
    dateline: found.dateline,
    published: found.published,
    updated: found.updated,
    lines,
    paragraphs,
    body: paragraphs.join("\n\n"),
    quotes: names.quotes,
    entities: names.entities,
    dates: found.dates,
    warnings: [...prepared.warnings, ...decisionWarnings(prepared.text, language, found)],
    ...(names.rewritten && { rewritten: names.rewritten }),
  };
  lap("assemble");
  return article;
}

/** What the stages could not decide, from what they returned. */
function decisionWarnings(text: string, language: Language, found: DateFindings): Warning[] {
  const warnings: Warning[] = [];
  if (language.code === "und" && /\p{L}/u.test(text)) {
    warnings.push({ code: "language-undetermined", message: "too little text in one language to decide the article language" });
  }
  const { published, updated } = found;
  if (published && updated && published.line === updated.line && published.raw === updated.raw) {
    warnings.push({
      code: "published-from-update",
      message: "the page gives only an update date; it stands in for the publication date",
      line: published.line,
    });
  }
  return warnings;
}

function isParagraph(line: Line): boolean {
  return line.kind === "body" || line.kind === "heading";
}

/**
 * The body and heading paragraphs: one per line, except in hard-wrapped copy, where a line that
 * continues the paragraph of the body line right before it is joined to it with a space.
 */
function paragraphsOf(lines: readonly Line[]): string[] {
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isParagraph(line)) continue;
    const text = line.text.trim();
    if (paragraphs.length > 0 && continuesParagraph(line, lines[i - 1])) {
      paragraphs[paragraphs.length - 1] += ` ${text}`;
    } else paragraphs.push(text);
  }
  return paragraphs;
}

/**
 * The article language from its body lines only, so spam and menus do not sway it. The first
 * estimate (from body-like lines) stands unless the body lines' own languages disagree with it.
 */
function bodyLanguage(lines: readonly Line[], first: Language, languages: readonly string[] | undefined): Language {
  let agree = 0;
  let disagree = 0;
  for (const line of lines) {
    if (!isParagraph(line) || !line.language || line.language.code === "und") continue;
    if (line.language.code === first.code) agree += line.text.length;
    else disagree += line.text.length;
  }
  if (disagree <= agree) return first;
  const body = lines.filter(isParagraph);
  const second = detectLanguage(body, { languages });
  return second.code === "und" ? first : second;
}
