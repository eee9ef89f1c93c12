/**
 * Evaluation harness of copydesk: scores normalizeArticle against gold sets in the seeds
 * format and against the shared development corpora.
 *
 *   node --import tsx bench/eval.ts [--gold DIR]... [--corpus DIR] [--only NAME[,NAME]]
 *        [--limit N] [--misses] [--max-misses N] [--json]
 *
 * Corpus text is read at run time only; nothing of it is written anywhere.
 *
 * @module
 */
import { existsSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { normalizeArticle } from "../src/index.js";
import { runBbc } from "./eval/bbc.js";
import { runGermanQuotes } from "./eval/german-quotes.js";
import { readGoldSet } from "./eval/gold.js";
import { scoreGoldSet } from "./eval/gold-score.js";
import { runNewspaper } from "./eval/newspaper.js";
import { runPolnear } from "./eval/polnear.js";
import { formatSet, toJson } from "./eval/report.js";
import { type Normalize, type RunOptions, type SetResult, skippedSet } from "./eval/result.js";
import { runReuters } from "./eval/reuters.js";
import { runScrapinghub } from "./eval/scrapinghub.js";
import { runWcxb } from "./eval/wcxb.js";
import { runNamePairs } from "./eval/name-pairs.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const USAGE = `usage: node --import tsx bench/eval.ts [options]
  --gold DIR         extra gold set in the seeds/FORMAT.md format (repeatable; seeds/ is always scored)
  --corpus DIR       root of the shared corpora (default: ../shared/corpus next to the repo)
  --only NAME[,NAME] run only these sets (seeds, scrapinghub, wcxb, polnear, german-quotes, reuters, bbc, newspaper, name-pairs, or a gold set's folder name)
  --limit N          at most N articles per corpus (default: all)
  --misses           list the misses of each set
  --max-misses N     misses listed per set (default 10)
  --json             print one JSON object {sets: {name: {metrics, n, misses, ...}}} instead of tables
  --help`;

type CorpusRunner = (root: string, normalize: Normalize, options: RunOptions) => SetResult;
const CORPORA: [string, CorpusRunner][] = [
  ["scrapinghub", runScrapinghub],
  ["wcxb", runWcxb],
  ["polnear", runPolnear],
  ["german-quotes", runGermanQuotes],
  ["reuters", runReuters],
  ["bbc", runBbc],
  ["newspaper", runNewspaper],
  ["name-pairs", runNamePairs],
];

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`${flag}: expected a non-negative integer, got ${JSON.stringify(value)}\n${USAGE}\n`);
    process.exit(2);
  }
  return n;
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        gold: { type: "string", multiple: true },
        corpus: { type: "string" },
        only: { type: "string", multiple: true },
        limit: { type: "string" },
        misses: { type: "boolean", default: false },
        "max-misses": { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const json = v.json;
  const options: RunOptions = {
    limit: positiveInt(v.limit, "--limit"),
    maxMisses: positiveInt(v["max-misses"], "--max-misses") ?? 10,
  };
  const corpusRoot = resolve(v.corpus ?? resolve(REPO, "..", "shared", "corpus"));
  const goldDirs: { name: string; dir: string }[] = [];
  for (const dir of [resolve(REPO, "seeds"), ...(v.gold ?? []).map((d) => resolve(d))]) {
    if (goldDirs.some((g) => g.dir === dir)) continue;
    let name = basename(dir);
    while (goldDirs.some((g) => g.name === name)) name = `${name}'`;
    goldDirs.push({ name, dir });
  }
  const only = v.only ? new Set(v.only.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s !== "")) : null;
  if (only) {
    const known = new Set([...goldDirs.map((g) => g.name), ...CORPORA.map(([n]) => n)]);
    for (const name of only) if (!known.has(name)) process.stderr.write(`--only: unknown set ${JSON.stringify(name)} (known: ${[...known].join(", ")})\n`);
  }
  const wanted = (name: string) => only === null || only.has(name);

  const say = (text: string) => {
    if (json) process.stderr.write(text);
    else process.stdout.write(text);
  };
  const normalize: Normalize = (input) => normalizeArticle(input);
  const results: SetResult[] = [];
  let crashed = false;
  const runSet = (name: string, type: "gold" | "corpus", fn: () => SetResult) => {
    let result: SetResult;
    const started = performance.now();
    try {
      result = fn();
    } catch (error) {
      // A bug of the harness or an unreadable corpus file: report and go on with the next set.
      crashed = true;
      result = skippedSet(name, type, `failed: ${error instanceof Error ? error.message : String(error)}`);
      result.seconds = (performance.now() - started) / 1000;
    }
    results.push(result);
    if (result.skipped) say(`${name}: skipped (${result.skipped})\n`);
    else if (!json) process.stdout.write(`${formatSet(result, v.misses)}\n`);
  };

  const t0 = performance.now();
  for (const g of goldDirs) {
    if (!wanted(g.name)) continue;
    runSet(g.name, "gold", () => {
      if (!existsSync(g.dir) || !statSync(g.dir).isDirectory()) return skippedSet(g.name, "gold", `missing ${g.dir}`);
      return scoreGoldSet(readGoldSet(g.dir, g.name), normalize, options);
    });
  }
  for (const [name, run] of CORPORA) {
    if (!wanted(name)) continue;
    runSet(name, "corpus", () => run(corpusRoot, normalize, options));
  }
  const seconds = (performance.now() - t0) / 1000;
  if (json) {
    process.stdout.write(`${toJson(results, { seconds, corpus: corpusRoot, gold: goldDirs.map((g) => g.dir) })}\n`);
  } else {
    const times = results.map((r) => `${r.name} ${r.seconds.toFixed(1)}s`).join(", ");
    process.stdout.write(`total ${seconds.toFixed(1)} s (${times})\n`);
  }
  if (crashed) process.exitCode = 1;
}

main();
