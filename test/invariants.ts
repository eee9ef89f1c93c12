/**
 * The structural contract every Article must satisfy, whatever the input and whatever the
 * stages decide. Shared by the property tests and the seed tests:
 *
 *   import { assertArticleInvariants } from "./invariants.js";
 *   assertArticleInvariants(normalizeArticle(input), input);
 *
 * Throws an Error naming the first broken invariant, the offending field and the values.
 *
 * @module
 */
import { type Article, ArticleSchema, CONTINUES_PARAGRAPH } from "../src/index.js";

/** Every newline form the prepare stage splits lines on. */
export const NEWLINE = /\r\n|\r|\n|\u2028|\u2029/;
const NEWLINE_CHAR = /[\r\n\u2028\u2029]/;

/** Number of physical lines of a string: one more than its newlines (`\r\n` counts once). */
export function countLines(input: string): number {
  return input.split(NEWLINE).length;
}

function show(value: string, max = 80): string {
  const shown = value.length > max ? `${value.slice(0, max)}…(${value.length} chars)` : value;
  return JSON.stringify(shown);
}

function fail(message: string): never {
  throw new Error(`Article invariant broken: ${message}`);
}

interface Spanlike {
  start: number;
  end: number;
}

/** `text.slice(start, end) === expected`, with start <= end <= text.length. */
function checkSpan(text: string, where: string, span: Spanlike, expected: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    fail(`${where}: bad offsets [${start}, ${end}) for a text of length ${text.length}`);
  }
  const actual = text.slice(start, end);
  if (actual !== expected) {
    fail(`${where}: text.slice(${start}, ${end}) is ${show(actual)} but the reported text is ${show(expected)}`);
  }
}

/**
 * Check that `line` is a valid line number and that the span starts inside that line (an end of
 * line counts as inside, so empty spans at a line end are allowed).
 */
function checkLineOf(article: Article, where: string, line: number, start: number): void {
  const l = article.lines[line - 1];
  if (!l) fail(`${where}: line ${line} does not exist (the article has ${article.lines.length} lines)`);
  if (start < l.start || start > l.end) {
    fail(`${where}: starts at ${start}, outside its line ${line} [${l.start}, ${l.end}]`);
  }
}

/**
 * Assert the structural invariants of an Article:
 * - it parses with {@link ArticleSchema};
 * - the lines cover `text` exactly once, in order, and each slices to its text;
 * - for a string input (or bytes that are valid UTF-8), one line per physical input line;
 * - `paragraphs` and `body` are derived from the body and heading lines (wrapped lines joined);
 * - every offset pair (quotes, cues, speaker mentions, entity mentions, dates, dateline)
 *   slices to its reported text, and every `line` number exists.
 */
export function assertArticleInvariants(article: Article, input?: string | Uint8Array): void {
  try {
    ArticleSchema.parse(article);
  } catch (error) {
    fail(`ArticleSchema.parse failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  const { text, lines } = article;

  // Lines: a partition of `text` into physical lines.
  if (lines.length === 0) fail("no lines (even an empty text has one empty line)");
  let expectedStart = 0;
  lines.forEach((line, i) => {
    const where = `lines[${i}]`;
    if (line.n !== i + 1) fail(`${where}.n is ${line.n}, expected ${i + 1}`);
    if (line.start !== expectedStart) {
      fail(
        `${where}.start is ${line.start}, expected ${expectedStart} (${i === 0 ? "the first line starts at 0" : "the previous end + 1"})`,
      );
    }
    checkSpan(text, where, line, line.text);
    const newline = NEWLINE_CHAR.exec(line.text);
    if (newline) fail(`${where}.text contains a newline ${JSON.stringify(newline[0])} at ${newline.index}`);
    if (i < lines.length - 1 && text[line.end] !== "\n") {
      fail(`${where} ends at ${line.end} but text[${line.end}] is ${show(text[line.end] ?? "")}, not "\\n"`);
    }
    expectedStart = line.end + 1;
  });
  const last = lines[lines.length - 1];
  if (last && last.end !== text.length) fail(`the last line ends at ${last.end}, not at text.length ${text.length}`);
  const joined = lines.map((l) => l.text).join("\n");
  if (joined !== text) fail(`lines joined by "\\n" (${show(joined)}) differ from text (${show(text)})`);

  // One line per physical line of the input.
  let source: string | undefined;
  if (typeof input === "string") source = input;
  else if (input instanceof Uint8Array) {
    try {
      source = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      source = undefined; // not valid UTF-8: the decoding is the prepare stage's business
    }
  }
  if (source !== undefined) {
    const expected = countLines(source);
    if (lines.length !== expected) {
      fail(`${lines.length} lines but the input has ${expected} lines (split on \\r\\n, \\r, \\n, U+2028, U+2029)`);
    }
  }

  // Paragraphs and body.
  // One paragraph per body/heading line, except that a body line marked as continuing the
  // paragraph of the body line right before it (hard-wrapped copy) is joined to it by a space.
  const paragraphs: string[] = [];
  lines.forEach((l, i) => {
    if (l.kind !== "body" && l.kind !== "heading") return;
    const joins = l.kind === "body" && lines[i - 1]?.kind === "body" && l.reasons.includes(CONTINUES_PARAGRAPH);
    if (joins && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += ` ${l.text.trim()}`;
    else paragraphs.push(l.text.trim());
  });
  if (article.paragraphs.length !== paragraphs.length) {
    fail(`${article.paragraphs.length} paragraphs but the body/heading lines make ${paragraphs.length}`);
  }
  paragraphs.forEach((p, i) => {
    if (article.paragraphs[i] !== p) {
      fail(`paragraphs[${i}] is ${show(article.paragraphs[i] ?? "")}, expected ${show(p)}`);
    }
  });
  const body = paragraphs.join("\n\n");
  if (article.body !== body) fail(`body (${show(article.body)}) is not paragraphs.join("\\n\\n") (${show(body)})`);

  // Quotes, with their cues and speaker mentions.
  const entityIds = new Set<string>();
  article.entities.forEach((entity, i) => {
    if (entityIds.has(entity.id)) fail(`entities[${i}].id ${show(entity.id)} is not unique`);
    entityIds.add(entity.id);
  });
  article.quotes.forEach((q, i) => {
    const where = `quotes[${i}]`;
    checkSpan(text, where, q, q.text);
    // A quotation may run over several lines, so only the line number itself is checked.
    if (!lines[q.line - 1]) fail(`${where}.line ${q.line} does not exist (the article has ${lines.length} lines)`);
    if (q.cue) checkSpan(text, `${where}.cue`, q.cue, q.cue.text);
    if (q.speaker?.mention) checkSpan(text, `${where}.speaker.mention`, q.speaker.mention, q.speaker.mention.text);
    if (q.speaker?.entity != null && !entityIds.has(q.speaker.entity)) {
      fail(`${where}.speaker.entity ${show(q.speaker.entity)} is not the id of any entity`);
    }
  });

  // Entities.
  article.entities.forEach((entity, i) => {
    entity.mentions.forEach((m, j) => {
      const where = `entities[${i}] (${show(entity.canonical, 40)}).mentions[${j}]`;
      checkSpan(text, where, m, m.text);
      checkLineOf(article, where, m.line, m.start);
    });
  });

  // Dates and dateline.
  article.dates.forEach((d, i) => {
    checkSpan(text, `dates[${i}]`, d, d.text);
    checkLineOf(article, `dates[${i}]`, d.line, d.start);
  });
  if (article.dateline) checkSpan(text, "dateline", article.dateline, article.dateline.raw);

  // Line numbers elsewhere.
  if (article.byline && !lines[article.byline.line - 1]) {
    fail(`byline.line ${article.byline.line} does not exist (the article has ${lines.length} lines)`);
  }
  article.warnings.forEach((w, i) => {
    if (w.line !== undefined && !lines[w.line - 1]) {
      fail(`warnings[${i}] (${w.code}).line ${w.line} does not exist (the article has ${lines.length} lines)`);
    }
  });
}
