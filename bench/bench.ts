/**
 * copydesk benchmark: throughput, per-stage share, a chrono-node reference, scaling with input
 * size (including adversarial shapes) and peak memory.
 *
 *   npm run bench                       (builds, then runs this file)
 *   node --expose-gc --import tsx bench/bench.ts [--json] [--seconds N] [--corpus DIR]
 *
 * Speed is only ever measured here; no test asserts on it. Corpus texts are read at run time
 * from the shared corpus and never copied anywhere.
 *
 * @module
 */
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as chrono from "chrono-node";
import { runPipeline, type StageTimer } from "../src/article.js";
import { normalizeArticle, resolveOptions, STAGES } from "../src/index.js";
import { loadSets, type TextSet } from "./lib/corpus.js";
import { consume, mbPerSecond, type PassResult, predictMs, sample, sinkValue, timePasses, warmUp } from "./lib/measure.js";
import { type Cell, fixed, integer, mib, Num, percent, renderTable, size } from "./lib/table.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, "..");
const KB = 1024;
const MB = 1024 * 1024;
/** Large enough for the biggest scaling input (the default limit is 5 MiB). */
const BIG = { maxLength: 16 * MB };
/** A run predicted to take longer than this is skipped (and flagged) instead of hanging the bench. */
const MAX_RUN_MS = 60_000;

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    seconds: { type: "string", default: "2" },
    corpus: { type: "string", default: "/work/shared/corpus" },
    help: { type: "boolean", short: "h", default: false },
  },
  strict: true,
});

if (args.help) {
  console.log(`usage: node --expose-gc --import tsx bench/bench.ts [--json] [--seconds N] [--corpus DIR]

  --json        print one JSON object instead of tables
  --seconds N   timing budget per text set and per engine (default 2)
  --corpus DIR  root of the shared corpus (default /work/shared/corpus)`);
  process.exit(0);
}

const seconds = Number(args.seconds);
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error(`bench: --seconds must be a positive number, got ${JSON.stringify(args.seconds)}`);
  process.exit(2);
}
const budgetMs = seconds * 1000;
const warmUpMs = Math.min(300, budgetMs / 4);
const json = args.json;

/** Tables go to stdout as each section finishes; with --json only the final object does. */
function print(text = ""): void {
  if (!json) console.log(text);
}
function note(text: string): void {
  if (json) console.error(text);
  else console.log(text);
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  return String(error);
}

const gc: (() => void) | undefined = typeof globalThis.gc === "function" ? () => globalThis.gc?.() : undefined;

// ---------------------------------------------------------------------------------------------
// Header
// ---------------------------------------------------------------------------------------------

const meta = {
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  platform: `${process.platform}-${process.arch}`,
  date: new Date().toISOString(),
  secondsPerSet: seconds,
  corpus: resolve(args.corpus),
  gc: gc !== undefined,
};

print("copydesk benchmark");
print(`node ${meta.node}  |  ${meta.cpu} (${meta.cores} cores)  |  ${meta.platform}  |  ${meta.date}`);
print(`budget ${seconds} s per set and engine, warm-up ${warmUpMs} ms; MB = 1e6 bytes of UTF-8 input`);
if (!gc) print("note: global.gc is not available (run with --expose-gc); memory figures include garbage");
print();

// ---------------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------------

const loaded = loadSets(meta.corpus, join(REPO, "seeds"));
for (const line of loaded.skipped) note(line);
if (loaded.skipped.length > 0) print();

const copydesk = (text: string): number => normalizeArticle(text).lines.length;
const chronoParse = (text: string): number => chrono.parse(text).length;

/** Run copydesk once on every text; texts it throws on are reported and left out of timing. */
function checkSet(set: TextSet): { set: TextSet; failures: { index: number; error: string }[] } {
  const failures: { index: number; error: string }[] = [];
  const texts: string[] = [];
  set.texts.forEach((text, index) => {
    try {
      consume(copydesk(text));
      texts.push(text);
    } catch (error) {
      failures.push({ index, error: errorMessage(error) });
    }
  });
  if (failures.length === 0) return { set, failures };
  let bytes = 0;
  for (const text of texts) bytes += Buffer.byteLength(text, "utf8");
  return { set: { ...set, texts, bytes }, failures };
}

// ---------------------------------------------------------------------------------------------
// Inputs built from the texts
// ---------------------------------------------------------------------------------------------

/** Deterministic pseudo-random numbers, so that every run times the same adversarial text. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Real text for the scaling inputs: every article is cut into runs of a few consecutive lines
 * (paragraphs), and the runs of all sets are shuffled with a fixed seed and concatenated. So
 * every prefix, small or large, has about the same mix of line lengths, languages and junk,
 * and MB/s differences between sizes come from the size, not from which article came first.
 */
function buildPool(sets: readonly TextSet[], minBytes: number): Buffer {
  const chunks: string[] = [];
  for (const set of sets) {
    for (const text of set.texts) {
      const lines = text.trim().split(/\r\n|\r|\n/);
      for (let i = 0; i < lines.length; i += 4) {
        const chunk = lines.slice(i, i + 4).join("\n").trim();
        if (chunk !== "") chunks.push(chunk);
      }
    }
  }
  if (chunks.length === 0) {
    chunks.push('LONDON (Reuters) - The minister said on Monday that the plan would go ahead.');
    chunks.push('"We will not wait," she told reporters in London.');
  }
  const random = lcg(0xc0ffee);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (let i = chunks.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = chunks[i] ?? "";
      chunks[i] = chunks[j] ?? "";
      chunks[j] = t;
    }
    for (const chunk of chunks) {
      parts.push(chunk);
      bytes += Buffer.byteLength(chunk, "utf8") + 2;
      if (bytes >= minBytes) break;
    }
  }
  return Buffer.from(parts.join("\n\n"), "utf8");
}

/** The first `bytes` bytes of `buffer` (backed off to a character boundary) as a string. */
function prefix(buffer: Buffer, bytes: number): string {
  let n = Math.min(bytes, buffer.length);
  while (n > 0 && n < buffer.length && ((buffer[n] ?? 0) & 0xc0) === 0x80) n--;
  return buffer.subarray(0, n).toString("utf8");
}

/** Collect garbage (twice, so that weak and finalized objects go too) and let the heap settle. */
async function settle(): Promise<void> {
  if (!gc) return;
  gc();
  gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

// ---------------------------------------------------------------------------------------------
// 0. Memory on the largest input, measured first on a fresh heap (printed last)
// ---------------------------------------------------------------------------------------------

const pool = buildPool(loaded.sets, 8 * MB + 64 * KB);
const largest = prefix(pool, 8 * MB);
await settle();
const before = process.memoryUsage();
let memoryError: string | undefined;
let kept: ReturnType<typeof normalizeArticle> | undefined;
try {
  kept = normalizeArticle(largest, BIG);
} catch (error) {
  memoryError = errorMessage(error);
}
const after = process.memoryUsage();
const peakAfterLargest = process.resourceUsage().maxRSS * 1024;
await settle();
const afterGc = process.memoryUsage();
const lineCount = kept?.lines.length ?? 0;
kept = undefined;
const memory = {
  inputBytes: Buffer.byteLength(largest, "utf8"),
  lines: lineCount,
  heapUsedBefore: before.heapUsed,
  heapUsedAfter: after.heapUsed,
  heapUsedAfterGc: afterGc.heapUsed,
  rssBefore: before.rss,
  rssAfter: after.rss,
  rssAfterGc: afterGc.rss,
  peakRss: peakAfterLargest,
  peakRssWholeRun: 0,
  gc: gc !== undefined,
  ...(memoryError ? { error: memoryError } : {}),
};

// ---------------------------------------------------------------------------------------------
// 1. Throughput, with chrono-node as the reference
// ---------------------------------------------------------------------------------------------

interface ThroughputRow {
  set: string;
  from: string;
  articles: number;
  bytes: number;
  failures: { index: number; error: string }[];
  copydesk: PassResult;
  chrono: PassResult;
  ratio: number;
}

const throughput: ThroughputRow[] = [];
const measuredSets: TextSet[] = [];
for (const original of loaded.sets) {
  const { set, failures } = checkSet(original);
  for (const f of failures.slice(0, 3)) note(`${set.name}: text #${f.index} threw ${f.error}`);
  if (failures.length > 3) note(`${set.name}: ${failures.length - 3} more texts threw`);
  if (set.texts.length === 0) continue;
  measuredSets.push(set);

  warmUp(set.texts, copydesk, warmUpMs);
  const ours = timePasses(set.texts, set.bytes, copydesk, budgetMs);
  warmUp(set.texts, chronoParse, warmUpMs);
  const theirs = timePasses(set.texts, set.bytes, chronoParse, budgetMs);
  throughput.push({
    set: set.name,
    from: set.from,
    articles: set.texts.length,
    bytes: set.bytes,
    failures,
    copydesk: ours,
    chrono: theirs,
    ratio: ours.mbPerSecond / theirs.mbPerSecond,
  });
}

/** All sets together: total bytes over the sum of the median pass times. */
function totalOf(rows: readonly ThroughputRow[]) {
  const articles = rows.reduce((a, r) => a + r.articles, 0);
  const bytes = rows.reduce((a, r) => a + r.bytes, 0);
  const ms = rows.reduce((a, r) => a + r.copydesk.medianMs, 0);
  const chronoMs = rows.reduce((a, r) => a + r.chrono.medianMs, 0);
  const ours = mbPerSecond(bytes, ms);
  const theirs = mbPerSecond(bytes, chronoMs);
  return {
    articles,
    bytes,
    copydeskMs: ms,
    chronoMs,
    articlesPerSecond: ms > 0 ? articles / (ms / 1000) : Number.POSITIVE_INFINITY,
    mbPerSecond: ours,
    chronoMbPerSecond: theirs,
    ratio: ours / theirs,
  };
}
const total = totalOf(throughput);

if (throughput.length > 0) {
  const rows: Cell[][] = throughput.map((r) => [
    r.set,
    integer(r.articles),
    fixed(r.bytes / 1e6, 2),
    integer(r.copydesk.passes),
    fixed(r.copydesk.articlesPerSecond, 0),
    fixed(r.copydesk.mbPerSecond, 2),
    fixed(r.chrono.mbPerSecond, 2),
    fixed(r.ratio, 2),
  ]);
  rows.push([
    "all sets",
    integer(total.articles),
    fixed(total.bytes / 1e6, 2),
    new Num(""),
    fixed(total.articlesPerSecond, 0),
    fixed(total.mbPerSecond, 2),
    fixed(total.chronoMbPerSecond, 2),
    fixed(total.ratio, 2),
  ]);
  print(
    renderTable(
      "Throughput of normalizeArticle (median pass; chrono = chrono.parse on the same texts)",
      ["set", "articles", "MB", "passes", "articles/s", "MB/s", "chrono MB/s", "ratio"],
      rows,
    ),
  );
  print(`target: >= 10 MB/s for the whole pipeline on one core; chrono alone is ~7 MB/s`);
  print();
}

// ---------------------------------------------------------------------------------------------
// 2. Per-stage share
// ---------------------------------------------------------------------------------------------

const stageMs = new Map<string, number>(STAGES.map((s) => [s, 0]));
const timer: StageTimer = (stage, ms) => stageMs.set(stage, (stageMs.get(stage) ?? 0) + ms);
const resolvedDefaults = resolveOptions({});
let stageBytes = 0;
let stageArticles = 0;
for (const set of measuredSets) {
  for (const text of set.texts) {
    try {
      consume(runPipeline(text, resolvedDefaults, timer).lines.length);
    } catch {
      // already reported by checkSet
    }
  }
  stageBytes += set.bytes;
  stageArticles += set.texts.length;
}
const stageTotal = [...stageMs.values()].reduce((a, b) => a + b, 0);
const stages = [...stageMs].map(([stage, ms]) => ({
  stage,
  ms,
  percent: stageTotal > 0 ? (100 * ms) / stageTotal : 0,
  mbPerSecond: mbPerSecond(stageBytes, ms),
}));
if (stageArticles > 0) {
  print(
    renderTable(
      `Per-stage time over all sets (runPipeline with a timer, one pass, ${stageArticles} articles, ${(stageBytes / 1e6).toFixed(2)} MB)`,
      ["stage", "ms", "share", "MB/s alone"],
      [
        ...stages.map((s): Cell[] => [s.stage, fixed(s.ms, 1), percent(s.percent), fixed(s.mbPerSecond, 1)]),
        ["total", fixed(stageTotal, 1), percent(100), fixed(mbPerSecond(stageBytes, stageTotal), 1)],
      ],
    ),
  );
  print();
}

// ---------------------------------------------------------------------------------------------
// 3. Scaling with input size, and adversarial shapes
// ---------------------------------------------------------------------------------------------

const SIZES: [string, number][] = [
  ["1 KB", KB],
  ["8 KB", 8 * KB],
  ["64 KB", 64 * KB],
  ["512 KB", 512 * KB],
  ["1 MB", MB],
  ["4 MB", 4 * MB],
  ["8 MB", 8 * MB],
];

interface SizeRow {
  label: string;
  bytes: number;
  runs: number;
  ms: number | null;
  mbPerSecond: number | null;
  flag: string;
  error?: string;
}

function runSized(label: string, text: string, points: { size: number; ms: number }[], budget: number): SizeRow {
  const bytes = Buffer.byteLength(text, "utf8");
  const predicted = predictMs(points, bytes);
  if (predicted > MAX_RUN_MS) {
    return {
      label,
      bytes,
      runs: 0,
      ms: null,
      mbPerSecond: null,
      flag: `NOT LINEAR? skipped, predicted ${(predicted / 1000).toFixed(0)} s`,
    };
  }
  try {
    const result = sample(() => normalizeArticle(text, BIG).lines.length, budget);
    points.push({ size: bytes, ms: result.medianMs });
    return {
      label,
      bytes,
      runs: result.runs,
      ms: result.medianMs,
      mbPerSecond: mbPerSecond(bytes, result.medianMs),
      flag: "",
    };
  } catch (error) {
    return { label, bytes, runs: 0, ms: null, mbPerSecond: null, flag: "THREW", error: errorMessage(error) };
  }
}

/** Flag the rows whose MB/s is below half of the reference row's. */
function flagNonLinear(rows: readonly SizeRow[], reference: SizeRow | undefined): void {
  const base = reference?.mbPerSecond;
  if (base === null || base === undefined) return;
  for (const row of rows) {
    if (row.mbPerSecond !== null && row.mbPerSecond < 0.5 * base) row.flag = "NOT LINEAR?";
  }
}

const scaling: SizeRow[] = [];
{
  const points: { size: number; ms: number }[] = [];
  for (const [label, bytes] of SIZES) scaling.push(runSized(label, prefix(pool, bytes), points, budgetMs * 0.4));
  flagNonLinear(
    scaling,
    scaling.find((r) => r.label === "64 KB"),
  );
}
print(
  renderTable(
    "Scaling: shuffled corpus paragraphs (MB/s should stay flat; flagged below 50% of the 64 KB figure)",
    ["size", "runs", "ms/run", "MB/s", "flag"],
    scaling.map((r) => [
      size(r.bytes),
      integer(r.runs),
      r.ms === null ? new Num("-") : fixed(r.ms, r.ms < 10 ? 3 : 1),
      r.mbPerSecond === null ? new Num("-") : fixed(r.mbPerSecond, 2),
      r.error ? `${r.flag} ${r.error}` : r.flag,
    ]),
  ),
);
print();

/** Repeat `unit` (or draw from `units`) up to about `bytes` of UTF-8. */
function fill(bytes: number, units: readonly string[]): string {
  const random = lcg(0x5eed);
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const unit = units.length === 1 ? (units[0] ?? " ") : (units[Math.floor(random() * units.length)] ?? " ");
    parts.push(unit);
    n += Buffer.byteLength(unit, "utf8");
  }
  return parts.join("");
}

const SHAPES: [string, (bytes: number) => string][] = [
  ["one line, no newline", (bytes) => prefix(pool, bytes).replace(/[\r\n\u2028\u2029]/g, " ")],
  ['quote marks " and “', (bytes) => fill(bytes, ['"', "“"])],
  ["newlines", (bytes) => "\n".repeat(bytes)],
  ["spaces", (bytes) => " ".repeat(bytes)],
  ["&amp;", (bytes) => "&amp;".repeat(Math.ceil(bytes / 5))],
];

interface ShapeRow {
  shape: string;
  sizes: SizeRow[];
  flag: string;
}

const adversarial: ShapeRow[] = [];
for (const [shape, build] of SHAPES) {
  const points: { size: number; ms: number }[] = [];
  const rows: SizeRow[] = [];
  for (const [label, bytes, share] of [
    ["64 KB", 64 * KB, 0.05],
    ["256 KB", 256 * KB, 0.05],
    ["1 MB", MB, 0.15],
  ] as const) {
    const row = runSized(label, build(bytes), points, budgetMs * share);
    rows.push(row);
    if (row.ms === null) break;
  }
  flagNonLinear(
    rows.filter((r) => r.label === "1 MB"),
    rows[0],
  );
  const flags = rows.filter((r) => r.flag !== "").map((r) => (r.error ? `${r.label} ${r.flag} ${r.error}` : `${r.label} ${r.flag}`));
  adversarial.push({ shape, sizes: rows, flag: flags.join("; ") });
}
{
  const cell = (row: SizeRow | undefined): Num =>
    row?.mbPerSecond === null || row?.mbPerSecond === undefined ? new Num("-") : fixed(row.mbPerSecond, 2);
  print(
    renderTable(
      "Adversarial shapes (MB/s at 64 KB, 256 KB and 1 MB; flagged if 1 MB is below 50% of 64 KB)",
      ["shape", "64 KB", "256 KB", "1 MB", "1 MB ms", "flag"],
      adversarial.map((a) => {
        const big = a.sizes.find((r) => r.label === "1 MB");
        return [
          a.shape,
          cell(a.sizes[0]),
          cell(a.sizes[1]),
          cell(big),
          big?.ms === null || big?.ms === undefined ? new Num("-") : fixed(big.ms, 1),
          a.flag,
        ];
      }),
    ),
  );
  print();
}

// ---------------------------------------------------------------------------------------------
// 4. Memory (measured first, above)
// ---------------------------------------------------------------------------------------------

print(
  renderTable(
    `Memory on the largest input (${(memory.inputBytes / MB).toFixed(1)} MiB, ${memory.lines} lines; the Article is alive in "after")`,
    ["measure", "before", "after", "after gc"],
    [
      ["heap used", mib(memory.heapUsedBefore), mib(memory.heapUsedAfter), gc ? mib(memory.heapUsedAfterGc) : new Num("-")],
      ["rss", mib(memory.rssBefore), mib(memory.rssAfter), mib(memory.rssAfterGc)],
    ],
  ),
);
memory.peakRssWholeRun = process.resourceUsage().maxRSS * 1024;
print(
  `peak RSS (maxRSS): ${(memory.peakRss / MB).toFixed(1)} MiB after loading the texts and the largest input; ` +
    `${(memory.peakRssWholeRun / MB).toFixed(1)} MiB over the whole bench`,
);
if (memoryError) print(`the largest input threw: ${memoryError}`);
print();

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------

if (throughput.length > 0) {
  print(
    `summary: copydesk ${total.mbPerSecond.toFixed(2)} MB/s (${total.articlesPerSecond.toFixed(0)} articles/s), ` +
      `chrono ${total.chronoMbPerSecond.toFixed(2)} MB/s, ratio ${total.ratio.toFixed(2)}; target >= 10 MB/s`,
  );
}

if (json) {
  const report = {
    meta,
    skipped: loaded.skipped,
    throughput: throughput.map((r) => ({
      set: r.set,
      from: r.from,
      articles: r.articles,
      bytes: r.bytes,
      failures: r.failures,
      copydesk: r.copydesk,
      chrono: r.chrono,
      ratio: r.ratio,
    })),
    total,
    stages: { articles: stageArticles, bytes: stageBytes, totalMs: stageTotal, stages },
    scaling,
    adversarial,
    memory,
    sink: sinkValue(),
  };
  console.log(JSON.stringify(report, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? null : value), 2));
}
