/**
 * polnear/: US political news with hand-annotated attributions. Gold = quoted-segments.jsonl
 * (quotation-mark segments inside an annotated Content, with the source mention's offsets).
 * Offsets are documented as code points; they are checked per segment against the text
 * (UTF-16 slice, then code-point conversion, then a search near the offset).
 *
 * Precision is a proxy: quotation marks outside any annotated attribution (scare quotes,
 * titles) are not in the gold, so a correct quote there counts as spurious.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { codePointToUtf16, locateNear, sample, stripMarks, type Range } from "./metrics.js";
import { type SpanQuote, SpanCounts, reportSpanQuotes, scoreSpanQuotes } from "./quote-spans.js";
import { type Normalize, type RunOptions, SetBuilder, type SetResult, skippedSet } from "./result.js";

export const NAME = "polnear";

interface Segment {
  compartment: string;
  article: string;
  quote: string;
  start: number;
  end: number;
  kind: string | null;
  sourceOffsets: [number, number][];
}

function parseSegment(line: string): Segment | null {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return null;
  }
  const o = v as Record<string, unknown>;
  if (!o || typeof o.article !== "string" || typeof o.compartment !== "string" || typeof o.quote !== "string") return null;
  if (typeof o.start !== "number" || typeof o.end !== "number") return null;
  const offsets = Array.isArray(o.source_offsets)
    ? o.source_offsets.filter((x): x is [number, number] => Array.isArray(x) && typeof x[0] === "number" && typeof x[1] === "number")
    : [];
  return {
    compartment: o.compartment,
    article: o.article,
    quote: o.quote,
    start: o.start,
    end: o.end,
    kind: typeof o.kind === "string" ? o.kind : null,
    sourceOffsets: offsets,
  };
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
  const c = new SpanCounts();
  const offsetModes = { utf16: 0, codePoints: 0, searched: 0, lost: 0 };
  let segments = 0;
  for (const a of chosen) {
    const raw = readFileSync(a.path, "utf8");
    b.n++;
    const gold: SpanQuote[] = [];
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
    }
    const article = b.run(normalize, raw, { id: a.key });
    if (!article) {
      c.gold += gold.length;
      continue;
    }
    scoreSpanQuotes(gold, raw, article, c, b, a.key);
  }
  b.count("gold.segments", segments);
  reportSpanQuotes(c, b, "predicted speaker.mention overlaps the annotated source span; over matched quotes with a source");
  b.notes.push(
    `offsets: ${offsetModes.utf16} segments matched as UTF-16 indices, ${offsetModes.codePoints} needed code-point conversion, ${offsetModes.searched} found by search, ${offsetModes.lost} not found (dropped)`,
  );
  b.notes.push("precision is a proxy: quotes outside annotated attributions are not gold");
  return b.build();
}
