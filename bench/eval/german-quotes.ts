/**
 * german-quotes/quotes.jsonl: German WikiNews articles with annotated quotations. Only
 * annotations of type `Direct` are gold; a discontinuous quote is scored on its overall
 * [min begin, max end] span without the marks.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { overlapOfLonger, sample, stripMarks, type Range } from "./metrics.js";
import { type SpanQuote, SpanCounts, SplitCounts, makeAligner, parseJsonRecord, scoreSpanQuotes } from "./quote-spans.js";
import { type Normalize, type RunOptions, SetBuilder, type SetResult, skippedSet } from "./result.js";

export const NAME = "german-quotes";

interface Doc {
  id: string;
  text: string;
  direct: SpanQuote[];
  /** Quote spans of every annotation type, for the any-type precision. */
  any: Range[];
}

function ranges(v: unknown): Range[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((x): x is [number, number] => Array.isArray(x) && typeof x[0] === "number" && typeof x[1] === "number" && x[1] >= x[0])
    .map(([start, end]) => ({ start, end }));
}

function hull(rs: readonly Range[]): Range | null {
  if (rs.length === 0) return null;
  return { start: Math.min(...rs.map((r) => r.start)), end: Math.max(...rs.map((r) => r.end)) };
}

function parseDoc(line: string, index: number): Doc | null {
  const o = parseJsonRecord(line);
  if (!o || typeof o.text !== "string") return null;
  const text = o.text;
  const id = `${typeof o.split === "string" ? o.split : "doc"}/${typeof o.doc === "string" || typeof o.doc === "number" ? o.doc : index}`;
  const direct: SpanQuote[] = [];
  const any: Range[] = [];
  for (const a of Array.isArray(o.annotations) ? (o.annotations as Record<string, unknown>[]) : []) {
    const span = hull(ranges(a?.quote));
    if (!span) continue;
    const range = stripMarks(text, span);
    any.push(range);
    if (a.type === "Direct") direct.push({ range, speakers: ranges(a.speaker) });
  }
  return { id, text, direct, any };
}

export function runGermanQuotes(root: string, normalize: Normalize, options: RunOptions): SetResult {
  const path = join(root, "german-quotes", "quotes.jsonl");
  if (!existsSync(path)) return skippedSet(NAME, "corpus", `missing ${path}`);
  const b = new SetBuilder(NAME, "corpus", options.maxMisses);
  const docs: Doc[] = [];
  let bad = 0;
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      const d = parseDoc(line, i);
      if (d) docs.push(d);
      else bad++;
    });
  if (bad) b.notes.push(`${bad} malformed lines skipped`);
  const chosen = sample(docs, options.limit);
  if (chosen.length < docs.length) b.notes.push(`sample of ${chosen.length} of ${docs.length} articles (--limit)`);
  const counts = new SplitCounts();
  let direct = 0;
  let anyMatched = 0;
  let predicted = 0;
  for (const d of chosen) {
    b.n++;
    direct += d.direct.length;
    const article = b.run(normalize, d.text, { id: d.id });
    const one = new SpanCounts();
    if (!article) one.gold += d.direct.length;
    else scoreSpanQuotes(d.direct, d.text, article, one, b, d.id);
    counts.add(d.id, one);
    if (!article) continue;
    const align = makeAligner(d.text, article.text);
    const anyRanges = d.any.map(align).filter((r): r is Range => r !== null);
    for (const q of article.quotes) {
      predicted++;
      if (anyRanges.some((r) => overlapOfLonger(r, q) >= 0.5)) anyMatched++;
    }
  }
  b.count("gold.direct_quotes", direct, "annotations of type Direct (the only ones scored)");
  const note = "predicted speaker.mention overlaps an annotated speaker span; over matched quotes with a speaker";
  counts.report(b, note);
  b.rate("quotes.precision_any_type", anyMatched, predicted, "a predicted quote matching a quote of any annotation type counts as right");
  return b.build();
}
