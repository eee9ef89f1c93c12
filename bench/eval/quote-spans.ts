/**
 * Shared quote-span scoring for corpora with character offsets (polnear, german-quotes): a
 * predicted quote matches a gold quote when their spans overlap by at least 50% of the longer
 * span (gold span without its quote marks); speaker accuracy over matched quotes is "the
 * predicted speaker mention overlaps a gold source span".
 *
 * @module
 */
import type { Article } from "../../src/index.js";
import { clip, locateNear, matchRanges, overlaps, type Range, unifyQuotes } from "./metrics.js";
import { type SetBuilder, Tally } from "./result.js";

export interface SpanQuote {
  /** The quotation without its marks, in the raw text's UTF-16 offsets. */
  range: Range;
  /** Source (speaker) spans in raw offsets; empty when the gold has none. */
  speakers: Range[];
  /** Expected `Quote.kind`, when the gold says. */
  kind?: "direct" | "partial";
}

export class SpanCounts {
  matched = 0;
  predicted = 0;
  gold = 0;
  unlocated = 0;
  speaker = new Tally();
  kind = new Tally();
  /** Matched quotes whose predicted speaker is not null. */
  attributed = new Tally();

  /** Add another article's (or split's) counts to these. */
  merge(o: SpanCounts): void {
    this.matched += o.matched;
    this.predicted += o.predicted;
    this.gold += o.gold;
    this.unlocated += o.unlocated;
    for (const key of ["speaker", "kind", "attributed"] as const) {
      this[key].ok += o[key].ok;
      this[key].n += o[key].n;
    }
  }
}

/**
 * The counts of a corpus, pooled and per split (the part of an article id before its first
 * `/`: `train`, `dev`), in the order the splits were first seen.
 */
export class SplitCounts {
  readonly total = new SpanCounts();
  readonly bySplit = new Map<string, SpanCounts>();

  /** Add one article's counts, under the split of its id. */
  add(id: string, one: SpanCounts): void {
    this.total.merge(one);
    const split = id.slice(0, id.indexOf("/"));
    let perSplit = this.bySplit.get(split);
    if (!perSplit) {
      perSplit = new SpanCounts();
      this.bySplit.set(split, perSplit);
    }
    perSplit.merge(one);
  }

  /** Report the pooled figures (train + dev), then each split alone (the targets are for dev). */
  report(b: SetBuilder, speakerNote: string): void {
    reportSpanQuotes(this.total, b, speakerNote);
    for (const [split, counts] of this.bySplit) reportSpanQuotes(counts, b, `${speakerNote} (${split} split only)`, split);
  }
}

/** Length-preserving loosening: every space-like character to " ", quote variants unified. */
function loosen(text: string): string {
  return unifyQuotes(text.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/gu, " "));
}

/**
 * Maps ranges of the raw input into `article.text`: identity when the prepared text equals the
 * raw text, or has the same length and the same characters there up to spaces and quote
 * variants; otherwise the raw slice is searched in the prepared text near its expected place
 * (exactly, then loosened).
 */
export function makeAligner(raw: string, prepared: string): (r: Range) => Range | null {
  if (raw === prepared) return (r) => r;
  const scale = raw.length > 0 ? prepared.length / raw.length : 1;
  let looseRaw: string | undefined;
  let loosePrepared: string | undefined;
  return (r) => {
    looseRaw ??= loosen(raw);
    loosePrepared ??= loosen(prepared);
    if (raw.length === prepared.length && looseRaw.slice(r.start, r.end) === loosePrepared.slice(r.start, r.end)) return r;
    const near = Math.round(r.start * scale);
    const needle = raw.slice(r.start, r.end);
    const at = locateNear(prepared, needle, near);
    if (at !== -1) return { start: at, end: at + needle.length };
    const loose = looseRaw.slice(r.start, r.end);
    const at2 = locateNear(loosePrepared, loose, near);
    if (at2 !== -1) return { start: at2, end: at2 + loose.length };
    const trimmed = loose.replace(/ +/gu, " ").trim();
    if (trimmed === "" || trimmed === loose) return null;
    const at3 = locateNear(loosePrepared, trimmed, near);
    return at3 === -1 ? null : { start: at3, end: at3 + trimmed.length };
  };
}

/** Score one article's predicted quotes against its gold quotes. */
export function scoreSpanQuotes(gold: readonly SpanQuote[], raw: string, article: Article, c: SpanCounts, b: SetBuilder, id: string): void {
  const align = makeAligner(raw, article.text);
  const located: { q: SpanQuote; range: Range; speakers: Range[] }[] = [];
  for (const q of gold) {
    const range = align(q.range);
    if (!range) {
      c.unlocated++;
      c.gold++;
      b.miss({ what: "quote.unlocated", id, expected: clip(raw.slice(q.range.start, q.range.end), 80), got: null });
      continue;
    }
    const speakers = q.speakers.map(align).filter((s): s is Range => s !== null);
    located.push({ q, range, speakers });
  }
  const predicted = article.quotes;
  const match = matchRanges(
    located.map((l) => l.range),
    predicted,
  );
  c.gold += located.length;
  c.predicted += predicted.length;
  const used = new Set<number>();
  located.forEach((l, i) => {
    const pi = match[i] ?? -1;
    const p = predicted[pi];
    if (!p) {
      b.miss({ what: "quote.missed", id, offset: l.range.start, expected: clip(article.text.slice(l.range.start, l.range.end), 80), got: null });
      return;
    }
    used.add(pi);
    c.matched++;
    c.attributed.add(p.speaker !== null);
    if (l.q.kind) c.kind.add(p.kind === l.q.kind);
    if (l.q.speakers.length > 0) {
      const mention = p.speaker?.mention ?? null;
      const right = mention !== null && l.speakers.some((s) => overlaps(s, mention));
      if (!c.speaker.add(right))
        b.miss({
          what: "quote.speaker",
          id,
          offset: l.range.start,
          quote: clip(p.text, 50),
          expected: l.speakers.map((s) => article.text.slice(s.start, s.end)),
          got: p.speaker ? (p.speaker.mention?.text ?? `(${p.speaker.name}, no mention)`) : null,
        });
    }
  });
  predicted.forEach((p, pi) => {
    if (!used.has(pi)) b.miss({ what: "quote.spurious", id, offset: p.start, expected: null, got: clip(p.text, 80) });
  });
}

/** Report the counts under `quotes.*`, or under `<prefix>.quotes.*` (e.g. one split: `dev.quotes.f1`). */
export function reportSpanQuotes(c: SpanCounts, b: SetBuilder, speakerNote: string, prefix = ""): void {
  const q = prefix ? `${prefix}.quotes` : "quotes";
  b.prf(q, c.matched, c.predicted, c.gold);
  b.tally(`${q}.speaker_accuracy`, c.speaker, speakerNote);
  b.tally(`${q}.attributed`, c.attributed, "matched quotes with a non-null speaker");
  if (c.kind.n > 0) b.tally(`${q}.kind_accuracy`, c.kind, "over matched quotes");
  if (c.unlocated > 0) b.count(`${q}.gold_unlocated`, c.unlocated, "gold quotes not found in article.text (counted as missed)");
}

/** One JSONL line as an object, or null when it is not valid JSON or not an object. */
export function parseJsonRecord(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
