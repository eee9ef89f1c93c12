/**
 * polnear/: US political news with hand-annotated attributions. Gold = quoted-segments.jsonl
 * (quotation-mark segments inside an annotated Content, with the source mention's offsets).
 * Offsets are documented as code points; they are checked per segment against the text
 * (UTF-16 slice, then code-point conversion, then a search near the offset).
 *
 * Precision is a proxy: quotation marks outside any annotated attribution (scare quotes,
 * titles) are not in the gold, so a correct quote there counts as spurious.
 *
 * The same predictions are also scored against a repaired gold derived from the .ann files
 * (polnear-gold.ts: Contents split at whitespace merged, “…" pairs, single-mark quotations),
 * under `repaired.quotes.*`, `repaired.train.quotes.*`, `repaired.dev.quotes.*`; the misses
 * listed for it (`repaired.quote.*`) are only those the as-given gold does not also have.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../../src/index.js";
import { codePointToUtf16, locateNear, sample, stripMarks, type Range } from "./metrics.js";
import { type AnnContent, pairQuotations, parseAnnContents, type RepairedSegment, repairedSegments } from "./polnear-gold.js";
import { type SpanQuote, SpanCounts, SplitCounts, parseJsonRecord, reportSpanQuotes, scoreSpanQuotes } from "./quote-spans.js";
import { type Miss, type Normalize, type RunOptions, SetBuilder, type SetResult, skippedSet } from "./result.js";

export const NAME = "polnear";

/** The .ann file of an article: the segments' annotator's, else the first one there is. */
function annotationPath(dir: string, key: string, annotator: string | null | undefined): string {
  const [compartment = "", article = ""] = key.split("/");
  const annDir = join(dir, compartment, "attributions");
  if (annotator) return join(annDir, `${article}_${annotator}.ann`);
  if (!existsSync(annDir)) return "";
  const first = readdirSync(annDir)
    .filter((f) => f.startsWith(`${article}_`) && f.endsWith(".ann"))
    .sort()[0];
  return first ? join(annDir, first) : "";
}

interface Segment {
  compartment: string;
  article: string;
  annotator: string | null;
  quote: string;
  start: number;
  end: number;
  kind: string | null;
  sourceOffsets: [number, number][];
}

function parseSegment(line: string): Segment | null {
  const o = parseJsonRecord(line);
  if (!o || typeof o.article !== "string" || typeof o.compartment !== "string" || typeof o.quote !== "string") return null;
  if (typeof o.start !== "number" || typeof o.end !== "number") return null;
  const offsets = Array.isArray(o.source_offsets)
    ? o.source_offsets.filter((x): x is [number, number] => Array.isArray(x) && typeof x[0] === "number" && typeof x[1] === "number")
    : [];
  return {
    compartment: o.compartment,
    article: o.article,
    annotator: typeof o.annotator === "string" ? o.annotator : null,
    quote: o.quote,
    start: o.start,
    end: o.end,
    kind: typeof o.kind === "string" ? o.kind : null,
    sourceOffsets: offsets,
  };
}

/**
 * quoted-segments.jsonl was derived with “…” and "…" only: quotations delimited by doubled
 * apostrophes (`''…''`, the convention of this corpus's NYT copy) are missing from it, so
 * correct predictions there would count as spurious. They are derived here the same way from
 * the article's brat annotation: an `''…''` segment (marks included) lying inside an annotated
 * Content, with that attribution's Source spans. Offsets in .ann files are code points.
 */
function doubledApostropheSegments(raw: string, annotated: readonly AnnContent[]): SpanQuote[] {
  if (!raw.includes("''")) return [];
  const contents = annotated.flatMap((c) => c.ranges.map((range) => ({ range, sources: c.sources })));
  const out: SpanQuote[] = [];
  for (const para of raw.matchAll(/[^\n]+/gu)) {
    const base = para.index ?? 0;
    const marks = [...para[0].matchAll(/''/gu)].map((m) => base + (m.index ?? 0));
    for (let i = 0; i + 1 < marks.length; i += 2) {
      const seg = { start: marks[i]!, end: marks[i + 1]! + 2 };
      const inside = contents.find((c) => c.range.start <= seg.start && seg.end <= c.range.end);
      if (inside) out.push({ range: stripMarks(raw, seg), speakers: inside.sources });
    }
  }
  return out;
}

/** An Article whose quotations are `quotes` (no speakers): a gold set scored like a system's output. */
function annotationAsArticle(raw: string, quotes: readonly SpanQuote[]): Article {
  const asQuotes = quotes.map((q) => ({ text: raw.slice(q.range.start, q.range.end), start: q.range.start, end: q.range.end, line: 0, kind: q.kind ?? "direct", speaker: null, cue: null, confidence: 1 }));
  return { text: raw, quotes: asQuotes } as unknown as Article;
}

/** A SetBuilder that keeps every miss in a list instead (to compare two scorings). */
class MissLog extends SetBuilder {
  readonly list: Miss[] = [];
  constructor() {
    super(NAME, "corpus", 0);
  }
  override miss(miss: Miss): void {
    this.list.push(miss);
  }
}

/** Score `gold` and return the counts and the misses (not yet recorded anywhere). */
function scoreInto(gold: readonly SpanQuote[], raw: string, article: Article | null, id: string): { counts: SpanCounts; misses: Miss[] } {
  const counts = new SpanCounts();
  const log = new MissLog();
  if (!article) counts.gold += gold.length;
  else scoreSpanQuotes(gold, raw, article, counts, log, id);
  return { counts, misses: log.list };
}

const missKey = (m: Miss): string => JSON.stringify([m.what, m.offset, m.expected, m.got, m.quote]);

/** How a repaired segment that quoted-segments.jsonl lacks came about. */
function newKind(raw: string, s: RepairedSegment): string {
  const q = raw.slice(s.range.start, s.range.end);
  if (q.startsWith("''")) return "'' marks";
  if (s.marks === "single") return "single marks";
  if (s.acrossGap) return "across a whitespace gap of the Content";
  if (q[0] !== q[q.length - 1] && (q[0] === '"' || q[q.length - 1] === '"')) return "mixed curly/straight pair";
  return "other";
}

/** Agreement of the repaired gold with quoted-segments.jsonl, for the notes. */
class Agreement {
  jsonl = 0;
  same = 0;
  sameKind = 0;
  sameSpeakers = 0;
  readonly dropped = new Map<string, number>();
  readonly added = new Map<string, number>();
  repaired = 0;
  noAnn = 0;
  /** The as-given gold's own '' segments (doubledApostropheSegments) the repaired gold has too. */
  doubledSame = 0;

  static bump(m: Map<string, number>, k: string): void {
    m.set(k, (m.get(k) ?? 0) + 1);
  }

  static list(m: Map<string, number>): string {
    return [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`).join(", ") || "none";
  }
}

export function runPolnear(root: string, normalize: Normalize, options: RunOptions): SetResult {
  const dir = join(root, "polnear");
  const segPath = join(dir, "quoted-segments.jsonl");
  if (!existsSync(segPath)) return skippedSet(NAME, "corpus", `missing ${segPath}`);
  const b = new SetBuilder(NAME, "corpus", options.maxMisses);

  const byArticle = new Map<string, Segment[]>();
  let bad = 0;
  for (const line of readFileSync(segPath, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const s = parseSegment(line);
    if (!s) {
      bad++;
      continue;
    }
    const key = `${s.compartment}/${s.article}`;
    const list = byArticle.get(key) ?? [];
    list.push(s);
    byArticle.set(key, list);
  }
  if (bad) b.notes.push(`${bad} malformed segment lines skipped`);

  const articles: { key: string; path: string }[] = [];
  for (const compartment of ["train", "dev"]) {
    const textDir = join(dir, compartment, "text");
    if (!existsSync(textDir)) {
      b.notes.push(`missing ${textDir}, skipped`);
      continue;
    }
    for (const f of readdirSync(textDir).sort()) {
      if (f.endsWith(".txt")) articles.push({ key: `${compartment}/${f.slice(0, -4)}`, path: join(textDir, f) });
    }
  }
  const known = new Set(articles.map((a) => a.key));
  const orphan = [...byArticle.keys()].filter((k) => !known.has(k)).length;
  if (orphan) b.notes.push(`${orphan} annotated articles without a text file, skipped`);
  if (articles.length === 0) return skippedSet(NAME, "corpus", `no article texts under ${dir}/{train,dev}/text`);

  const chosen = sample(articles, options.limit);
  if (chosen.length < articles.length) b.notes.push(`sample of ${chosen.length} of ${articles.length} articles (--limit)`);
  const counts = new SplitCounts();
  const repairedCounts = new SplitCounts();
  const ceiling = new SplitCounts();
  const agree = new Agreement();
  const offsetModes = { utf16: 0, codePoints: 0, searched: 0, lost: 0 };
  let segments = 0;
  let doubled = 0;
  for (const a of chosen) {
    const raw = readFileSync(a.path, "utf8");
    b.n++;
    const gold: SpanQuote[] = [];
    /** The jsonl's segments (marks included) with their kind and source spans, to compare. */
    const given: { range: Range; kind: string | null; speakers: Range[] }[] = [];
    const cp = codePointToUtf16(raw);
    for (const s of byArticle.get(a.key) ?? []) {
      segments++;
      let map: (x: number) => number;
      let range: Range | null = null;
      if (raw.slice(s.start, s.end) === s.quote) {
        offsetModes.utf16++;
        map = (x) => x;
        range = { start: s.start, end: s.end };
      } else if (raw.slice(cp(s.start), cp(s.end)) === s.quote) {
        offsetModes.codePoints++;
        map = cp;
        range = { start: cp(s.start), end: cp(s.end) };
      } else {
        map = cp;
        const at = locateNear(raw, s.quote, cp(s.start));
        if (at !== -1) {
          offsetModes.searched++;
          range = { start: at, end: at + s.quote.length };
        } else offsetModes.lost++;
      }
      if (!range) continue;
      const q: SpanQuote = {
        range: stripMarks(raw, range),
        speakers: s.sourceOffsets.map(([x, y]) => ({ start: map(x), end: map(y) })),
      };
      if (s.kind === "full") q.kind = "direct";
      else if (s.kind === "partial") q.kind = "partial";
      gold.push(q);
      given.push({ range, kind: s.kind, speakers: q.speakers });
    }
    const annPath = annotationPath(dir, a.key, byArticle.get(a.key)?.[0]?.annotator);
    const hasAnn = annPath !== "" && existsSync(annPath);
    const annotated = hasAnn ? parseAnnContents(readFileSync(annPath, "utf8"), cp) : [];
    const extra = doubledApostropheSegments(raw, annotated);
    doubled += extra.length;
    gold.push(...extra);

    // the repaired gold: derived from the same .ann file
    if (!hasAnn) agree.noAnn++;
    const repaired = hasAnn ? repairedSegments(raw, annotated) : [];
    const repairedGold: SpanQuote[] = repaired.map((r) => ({
      range: stripMarks(raw, r.range),
      speakers: r.speakers,
      kind: r.kind === "full" ? "direct" : "partial",
    }));
    agree.repaired += repaired.length;
    const byRange = new Map(repaired.map((r) => [`${r.range.start}:${r.range.end}`, r]));
    const givenKeys = new Set(given.map((g) => `${g.range.start}:${g.range.end}`));
    let paired: Set<string> | undefined;
    for (const g of given) {
      agree.jsonl++;
      const r = byRange.get(`${g.range.start}:${g.range.end}`);
      if (r) {
        agree.same++;
        if (r.kind === g.kind) agree.sameKind++;
        if (JSON.stringify(r.speakers) === JSON.stringify(g.speakers)) agree.sameSpeakers++;
        continue;
      }
      paired ??= new Set(pairQuotations(raw).map((p) => `${p.range.start}:${p.range.end}`));
      Agreement.bump(
        agree.dropped,
        paired.has(`${g.range.start}:${g.range.end}`) ? "paired by the rule, but not inside a merged Content" : "marks the rule pairs otherwise (a quotation nested in one with the same marks, an opener glued to a word)",
      );
    }
    for (const r of repaired) if (!givenKeys.has(`${r.range.start}:${r.range.end}`)) Agreement.bump(agree.added, newKind(raw, r));
    const repairedInner = new Set(repairedGold.map((q) => `${q.range.start}:${q.range.end}`));
    agree.doubledSame += extra.filter((q) => repairedInner.has(`${q.range.start}:${q.range.end}`)).length;

    // The annotators' own complete annotation (the repaired gold) scored as if it were a
    // system's output against the as-given gold: the ceiling of the as-given figures.
    ceiling.add(a.key, scoreInto(gold, raw, annotationAsArticle(raw, repairedGold), a.key).counts);

    const article = b.run(normalize, raw, { id: a.key });
    const asGiven = scoreInto(gold, raw, article, a.key);
    const fixed = scoreInto(repairedGold, raw, article, a.key);
    for (const m of asGiven.misses) b.miss(m);
    const seen = new Set(asGiven.misses.map(missKey));
    for (const m of fixed.misses) if (!seen.has(missKey(m))) b.miss({ ...m, what: `repaired.${m.what}` });
    counts.add(a.key, asGiven.counts);
    repairedCounts.add(a.key, fixed.counts);
  }
  b.count("gold.segments", segments);
  const note = "predicted speaker.mention overlaps the annotated source span; over matched quotes with a source";
  counts.report(b, note);
  b.notes.push(
    `offsets: ${offsetModes.utf16} segments matched as UTF-16 indices, ${offsetModes.codePoints} needed code-point conversion, ${offsetModes.searched} found by search, ${offsetModes.lost} not found (dropped)`,
  );
  b.notes.push(`${doubled} segments delimited by '' (missing from quoted-segments.jsonl) derived from the .ann files`);
  b.notes.push("precision is a proxy: quotes outside annotated attributions are not gold");

  b.count("repaired.gold.segments", agree.repaired, "segments of the repaired gold (polnear-gold.ts), derived from the same .ann files");
  reportSpanQuotes(repairedCounts.total, b, `${note}; repaired gold`, "repaired");
  for (const [split, c] of repairedCounts.bySplit) reportSpanQuotes(c, b, `${note}; repaired gold (${split} split only)`, `repaired.${split}`);
  b.notes.push(
    "repaired gold (repaired.*): from each article's .ann (the jsonl's annotator): Content ranges merged across whitespace-only gaps; “ ” \" '' paired within a paragraph by position (so “…\" and \"…” pair), ‘…’ and '…' by position with a letter after the opener (apostrophes are not marks); a segment counts when its text lies inside a merged Content",
  );
  b.notes.push(
    `repaired vs quoted-segments.jsonl: ${agree.same} of ${agree.jsonl} jsonl segments reproduced exactly (same kind ${agree.sameKind}, same source spans ${agree.sameSpeakers}); dropped ${agree.jsonl - agree.same}: ${Agreement.list(agree.dropped)}`,
  );
  b.notes.push(
    `repaired gold has ${agree.repaired - agree.same} segments the jsonl lacks: ${Agreement.list(agree.added)}; of the ${doubled} '' segments the as-given gold derives itself, ${agree.doubledSame} are reproduced (its other '' ones need both marks inside a Content range)`,
  );
  for (const [split, c] of ceiling.bySplit) b.prf(`ceiling.${split}.quotes`, c.matched, c.predicted, c.gold, "the repaired gold scored as predictions against the as-given gold: what a system that finds exactly the annotated quotations (single marks, mixed pairs and whole Contents included) would score as given");
  if (agree.noAnn) b.notes.push(`${agree.noAnn} articles without a .ann file: no repaired gold for them`);
  return b.build();
}
