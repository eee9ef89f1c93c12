/**
 * Command-line arguments: parsed with node:util's parseArgs into a typed request, or a usage
 * error (exit code 2) that says what was wrong.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { RULES } from "../lines/index.js";

export type OutputFormat = "json" | "ndjson" | "text" | "summary";

export interface CliRequest {
  kind: "run";
  files: string[];
  format: OutputFormat;
  referenceDate: string | undefined;
  maxLength: number | undefined;
  /** A BoilerplateMemory file: read before the first input (when it exists), written after the last. */
  boilerplate: string | undefined;
  disableRules: string[];
}

export type ParsedArgs = CliRequest | { kind: "help" } | { kind: "version" } | { kind: "usage-error"; message: string };

export const USAGE = `Usage: copydesk [options] [files...]

Normalize scraped news articles into typed Article JSON. Reads the files, or standard
input when no file (or "-") is given.

Output (one of):
      --json                 pretty Article JSON (default); several files give a JSON array
      --ndjson               one Article per line per file, in input order
      --text                 the clean body text only
      --summary              a readable summary per article

Options:
      --reference-date DAY   resolve relative dates against DAY (YYYY-MM-DD) when the
                             article carries no date of its own
      --max-length N         largest accepted input in characters or bytes (default 5 MiB)
      --boilerplate FILE     cross-page memory of one site or feed: lines seen on other
                             pages are boilerplate; read from FILE when it exists, each
                             input remembered in turn, written back to FILE at the end
      --disable-rule NAME    turn a line rule off (repeatable), one of:
${wrap(RULES.join(", "), 29, 89)}
  -h, --help                 show this help
  -v, --version              print the version

Exit status: 0 on success, 1 when a file could not be read or processed (the other files
are still processed), 2 on a usage error.`;

/** `text` wrapped at spaces into lines of at most `width` characters, each indented by `indent`. */
function wrap(text: string, indent: number, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => " ".repeat(indent) + l).join("\n");
}

/** Parse `argv` (without the node and script paths). */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean" },
        ndjson: { type: "boolean" },
        text: { type: "boolean" },
        summary: { type: "boolean" },
        "reference-date": { type: "string" },
        "max-length": { type: "string" },
        boilerplate: { type: "string" },
        "disable-rule": { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    return { kind: "usage-error", message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const formats = (["json", "ndjson", "text", "summary"] as const).filter((f) => values[f]);
  if (formats.length > 1) {
    return { kind: "usage-error", message: `choose one output format, not ${formats.map((f) => `--${f}`).join(" and ")}` };
  }
  const referenceDate = values["reference-date"];
  if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    return { kind: "usage-error", message: `--reference-date expects YYYY-MM-DD, got "${referenceDate}"` };
  }
  let maxLength: number | undefined;
  if (values["max-length"] !== undefined) {
    maxLength = Number(values["max-length"]);
    if (!Number.isInteger(maxLength) || maxLength <= 0) {
      return { kind: "usage-error", message: `--max-length expects a positive whole number, got "${values["max-length"]}"` };
    }
  }
  const disableRules = values["disable-rule"] ?? [];
  const unknown = disableRules.find((rule) => !(RULES as readonly string[]).includes(rule));
  if (unknown !== undefined) return { kind: "usage-error", message: `--disable-rule: no rule named "${unknown}"` };
  return {
    kind: "run",
    files: positionals.length > 0 ? positionals : ["-"],
    format: formats[0] ?? "json",
    referenceDate,
    maxLength,
    boilerplate: values.boilerplate,
    disableRules,
  };
}
