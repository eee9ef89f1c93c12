/**
 * The command line as a function: arguments and streams in, exit code out. `main.ts` wires it
 * to the process; tests call it directly.
 *
 * @module
 */
import { normalizeArticle } from "../article.js";
import { rememberPage } from "../lines/index.js";
import type { Article, BoilerplateMemory } from "../schema/article.js";
import { parseCliArgs, USAGE, type CliRequest } from "./args.js";
import { formatJson, formatNdjson, formatSummary, formatText } from "./format.js";
import { loadMemory, saveMemory } from "./memory-file.js";
import { readInput } from "./read-input.js";

export interface CliIo {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  stdin: AsyncIterable<Uint8Array>;
  /** Whether stderr is a terminal: then a progress line is shown for many files. */
  stderrIsTty: boolean;
  version: string;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 1;
export const EXIT_USAGE = 2;

/** Show progress for this many files or more. */
const PROGRESS_MIN_FILES = 10;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  switch (args.kind) {
    case "help":
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    case "version":
      io.stdout(`${io.version}\n`);
      return EXIT_OK;
    case "usage-error":
      io.stderr(`copydesk: ${args.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    case "run":
      return processFiles(args, io);
  }
}

async function processFiles(request: CliRequest, io: CliIo): Promise<number> {
  const { files, format } = request;
  let memory: BoilerplateMemory | undefined;
  if (request.boilerplate !== undefined) {
    try {
      memory = await loadMemory(request.boilerplate);
    } catch (error) {
      io.stderr(`copydesk: --boilerplate: ${(error as Error).message}\n`);
      return EXIT_INPUT_ERROR;
    }
  }
  const options = {
    ...(request.referenceDate !== undefined && { referenceDate: request.referenceDate }),
    ...(request.maxLength !== undefined && { maxLength: request.maxLength }),
    ...(request.disableRules.length > 0 && { disableRules: request.disableRules }),
    ...(memory !== undefined && { boilerplate: memory }),
  };
  const showProgress = io.stderrIsTty && files.length >= PROGRESS_MIN_FILES;
  const many = files.length > 1;
  let exitCode = EXIT_OK;
  let printed = 0;

  if (format === "json" && many) io.stdout("[\n");
  for (const [index, path] of files.entries()) {
    if (showProgress) io.stderr(`\r\x1b[Kcopydesk: ${index + 1}/${files.length} ${path}`);
    let article: Article;
    try {
      const bytes = await readInput(path, io.stdin);
      article = { ...normalizeArticle(bytes, options), source: { path } };
      // Each page is read with what the earlier pages taught, then teaches the next ones.
      if (memory !== undefined) rememberPage(memory, article.lines);
    } catch (error) {
      if (showProgress) io.stderr("\r\x1b[K");
      io.stderr(`copydesk: ${path}: ${(error as Error).message}\n`);
      exitCode = EXIT_INPUT_ERROR;
      continue;
    }
    io.stdout(render(article, format, many, printed));
    printed++;
  }
  if (format === "json" && many) io.stdout(printed > 0 ? "\n]\n" : "]\n");
  if (showProgress) io.stderr("\r\x1b[K");
  if (memory !== undefined && request.boilerplate !== undefined) {
    try {
      await saveMemory(request.boilerplate, memory);
    } catch (error) {
      io.stderr(`copydesk: --boilerplate: ${(error as Error).message}\n`);
      return EXIT_INPUT_ERROR;
    }
  }
  return exitCode;
}

function render(article: Article, format: CliRequest["format"], many: boolean, printedBefore: number): string {
  switch (format) {
    case "ndjson":
      return `${formatNdjson(article)}\n`;
    case "summary":
      return `${printedBefore > 0 ? "\n" : ""}${formatSummary(article)}\n`;
    case "text": {
      const header = many ? `${printedBefore > 0 ? "\n" : ""}==> ${article.source?.path} <==\n` : "";
      return `${header}${formatText(article)}\n`;
    }
    case "json":
      if (!many) return `${formatJson(article)}\n`;
      return `${printedBefore > 0 ? ",\n" : ""}${indent(formatJson(article))}`;
  }
}

function indent(json: string): string {
  return json.replace(/^/gm, "  ");
}
