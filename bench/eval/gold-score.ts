/**
 * Scores the library against a gold set (seeds/FORMAT.md): language, published, title,
 * subtitle, byline, dateline, line kinds (exact and junk P/R), quotes, entities, dates.
 * Counts are pooled over the set (micro-averaged).
 *
 * @module
 */
import { readFileSync } from "node:fs";
import type { Article, DateMention, Entity, Quote } from "../../src/index.js";
import type { GoldArticle, GoldDate, GoldEntity, GoldQuote, GoldSet } from "./gold.js";
import {
  clip,
  collapseWs,
  primaryLanguage,
  publishedMatches,
  quoteTextsMatch,
  normQuoteText,
  sameCi,
  sameExact,
  overlaps,
  type Range,
} from "./metrics.js";
import { type Normalize, type RunOptions, SetBuilder, type SetResult, Tally } from "./result.js";

/** Line kinds that count as junk for junk precision/recall. */
export const JUNK_KINDS: ReadonlySet<string> = new Set(["caption", "navigation", "share", "promo", "legal", "spam", "advertisement"]);

/** Stand-in for an article on which normalizeArticle threw: every scored field is wrong. */
const FAILED = "\u0000failed";
function failedArticle(): Article {
  return {
    schemaVersion: "1.0.0",
    text: "",
    language: { code: FAILED, iso6393: FAILED, script: "Zyyy", confidence: 0 },
    title: FAILED,
    subtitle: FAILED,
    byline: { authors: [FAILED], place: FAILED, source: FAILED, raw: "", line: 1 },
    dateline: { place: FAILED, agency: null, raw: "", start: 0, end: 0 },
    published: { value: FAILED, precision: "day", raw: "", from: "header", line: 1 },
    updated: null,
    lines: [],
    paragraphs: [],
    body: "",
    quotes: [],
    entities: [],
    dates: [],
    warnings: [],
  };
}

interface Counters {
  language: Tally;
  published: Tally;
  title: Tally;
  subtitle: Tally;
  bylineAuthors: Tally;
  bylinePlace: Tally;
  bylineSource: Tally;
  bylineAll: Tally;
  dateline: Tally;
  lineKind: Tally;
  lineByKind: Map<string, Tally>;
  junk: { tp: number; predicted: number; gold: number };
  quotes: { matched: number; predicted: number; gold: number; speaker: Tally; kind: Tally };
  entities: { gold: number; found: number; linked: number; canonical: number; type: Tally };
  dates: { matched: number; predicted: number; gold: number; value: Tally };
}

function newCounters(): Counters {
  return {
    language: new Tally(),
    published: new Tally(),
    title: new Tally(),
    subtitle: new Tally(),
    bylineAuthors: new Tally(),
    bylinePlace: new Tally(),
    bylineSource: new Tally(),
    bylineAll: new Tally(),
    dateline: new Tally(),
    lineKind: new Tally(),
    lineByKind: new Map(),
    junk: { tp: 0, predicted: 0, gold: 0 },
    quotes: { matched: 0, predicted: 0, gold: 0, speaker: new Tally(), kind: new Tally() },
    entities: { gold: 0, found: 0, linked: 0, canonical: 0, type: new Tally() },
    dates: { matched: 0, predicted: 0, gold: 0, value: new Tally() },
  };
}

/** Score one gold set. */
export function scoreGoldSet(set: GoldSet, normalize: Normalize, options: RunOptions): SetResult {
  const b = new SetBuilder(set.name, "gold", options.maxMisses);
  const c = newCounters();
  for (const problem of set.problems) b.notes.push(problem);
  for (const item of set.articles) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(item.path));
    } catch (error) {
      b.notes.push(`${item.file}: unreadable (${error instanceof Error ? error.message : String(error)}), skipped`);
      continue;
    }
    b.n++;
    const article = b.run(normalize, bytes, { file: item.file }) ?? failedArticle();
    scoreArticle(item, article, c, b);
  }
  report(c, b);
  return b.build();
}

function scoreArticle(item: GoldArticle, article: Article, c: Counters, b: SetBuilder): void {
  const { gold } = item;
  const file = item.file;

  if (gold.language !== undefined) {
    const want = primaryLanguage(gold.language ?? "und");
    const got = primaryLanguage(article.language.code);
    if (!c.language.add(want === got)) b.miss({ what: "language", file, expected: gold.language, got: article.language.code });
  }
  if (gold.published !== undefined) {
    const got = article.published?.value ?? null;
    if (!c.published.add(publishedMatches(gold.published, got))) b.miss({ what: "published", file, expected: gold.published, got });
  }
  if (gold.title !== undefined) {
    if (!c.title.add(sameExact(gold.title, article.title))) b.miss({ what: "title", file, expected: gold.title, got: article.title });
  }
  if (gold.subtitle !== undefined) {
    if (!c.subtitle.add(sameExact(gold.subtitle, article.subtitle)))
      b.miss({ what: "subtitle", file, expected: gold.subtitle, got: article.subtitle });
  }
  if (gold.byline !== undefined) scoreByline(item, article, c, b);
  if (gold.dateline !== undefined) {
    const got = article.dateline?.place ?? null;
    if (!c.dateline.add(sameCi(gold.dateline, got))) b.miss({ what: "dateline", file, expected: gold.dateline, got });
  }
  if (gold.lines) scoreLines(item, gold.lines, article, c, b);
  if (gold.quotes) scoreQuotes(item, gold.quotes, article, c, b);
  if (gold.entities) scoreEntities(item, gold.entities, article, c, b);
  if (gold.dates) scoreDates(item, gold.dates, article, c, b);
}

function scoreByline(item: GoldArticle, article: Article, c: Counters, b: SetBuilder): void {
  const want = item.gold.byline ?? { authors: [], place: null, source: null };
  const got = article.byline ?? { authors: [], place: null, source: null };
  const authorSet = (list: readonly string[]) =>
    [...new Set(list.map((a) => collapseWs(a).toLocaleLowerCase("und")).filter((a) => a !== ""))].sort().join("\u0001");
  const authors = c.bylineAuthors.add(authorSet(want.authors) === authorSet(got.authors));
  const place = c.bylinePlace.add(sameCi(want.place, got.place));
  const source = c.bylineSource.add(sameCi(want.source, got.source));
  if (!c.bylineAll.add(authors && place && source)) {
    b.miss({
      what: "byline",
      file: item.file,
      expected: item.gold.byline ?? null,
      got: article.byline ? { authors: got.authors, place: got.place, source: got.source } : null,
    });
  }
}

function scoreLines(item: GoldArticle, lines: Map<number, string>, article: Article, c: Counters, b: SetBuilder): void {
  for (const [n, kind] of [...lines.entries()].sort(([x], [y]) => x - y)) {
    const line = article.lines[n - 1];
    const got = line?.kind ?? "(no line)";
    const right = c.lineKind.add(got === kind);
    let perKind = c.lineByKind.get(kind);
    if (!perKind) {
      perKind = new Tally();
      c.lineByKind.set(kind, perKind);
    }
    perKind.add(right);
    const goldJunk = JUNK_KINDS.has(kind);
    const predJunk = JUNK_KINDS.has(got);
    if (goldJunk) c.junk.gold++;
    if (predJunk) c.junk.predicted++;
    if (goldJunk && predJunk) c.junk.tp++;
    if (!right) b.miss({ what: "line", file: item.file, line: n, expected: kind, got, text: clip(line?.text, 70) });
  }
}

/** Greedy one-to-one matching within a line: first by `exact`, then by `loose`. */
function matchOnLines<G extends { line: number }, P extends { line: number }>(
  gold: readonly G[],
  predicted: readonly P[],
  exact: (g: G, p: P, gi: number) => boolean,
  loose: (g: G, p: P, gi: number) => boolean,
): number[] {
  const result = gold.map(() => -1);
  const used = new Set<number>();
  for (const test of [exact, loose]) {
    gold.forEach((g, gi) => {
      if (result[gi] !== -1) return;
      const pi = predicted.findIndex((p, i) => !used.has(i) && p.line === g.line && test(g, p, gi));
      if (pi !== -1) {
        result[gi] = pi;
        used.add(pi);
      }
    });
  }
  return result;
}

function scoreQuotes(item: GoldArticle, gold: readonly GoldQuote[], article: Article, c: Counters, b: SetBuilder): void {
  const predicted: readonly Quote[] = article.quotes;
  const match = matchOnLines(
    gold,
    predicted,
    (g, p) => normQuoteText(g.text) === normQuoteText(p.text) && normQuoteText(g.text) !== "",
    (g, p) => quoteTextsMatch(g.text, p.text),
  );
  c.quotes.gold += gold.length;
  c.quotes.predicted += predicted.length;
  const used = new Set<number>();
  gold.forEach((g, gi) => {
    const pi = match[gi] ?? -1;
    const p = predicted[pi];
    if (!p) {
      const sameLine = predicted.filter((q) => q.line === g.line).map((q) => clip(q.text, 60));
      b.miss({ what: "quote.missed", file: item.file, line: g.line, expected: clip(g.text, 80), got: sameLine.length ? sameLine : null });
      return;
    }
    used.add(pi);
    c.quotes.matched++;
    const gotSpeaker = p.speaker?.name ?? null;
    const speakerRight =
      g.speaker.length === 0 ? gotSpeaker === null : gotSpeaker !== null && g.speaker.some((s) => sameCi(s, gotSpeaker));
    if (!c.quotes.speaker.add(speakerRight))
      b.miss({ what: "quote.speaker", file: item.file, line: g.line, quote: clip(g.text, 50), expected: g.speaker, got: gotSpeaker });
    if (g.kind !== null) {
      if (!c.quotes.kind.add(g.kind === p.kind))
        b.miss({ what: "quote.kind", file: item.file, line: g.line, quote: clip(g.text, 50), expected: g.kind, got: p.kind });
    }
  });
  predicted.forEach((p, pi) => {
    if (!used.has(pi)) b.miss({ what: "quote.spurious", file: item.file, line: p.line, expected: null, got: clip(p.text, 80) });
  });
}

function sameMention(a: string, b: string): boolean {
  return collapseWs(a.normalize("NFC")).replace(/[\u2019\u2018]/gu, "'") === collapseWs(b.normalize("NFC")).replace(/[\u2019\u2018]/gu, "'");
}

function scoreEntities(item: GoldArticle, gold: readonly GoldEntity[], article: Article, c: Counters, b: SetBuilder): void {
  const predicted: readonly Entity[] = article.entities;
  for (const g of gold) {
    c.entities.gold++;
    const hits = predicted.map((e) => e.mentions.filter((m) => g.variants.some((v) => sameMention(v, m.text))).length);
    let best = -1;
    hits.forEach((h, i) => {
      if (h > 0 && (best === -1 || h > (hits[best] ?? 0))) best = i;
    });
    const holders = hits.filter((h) => h > 0).length;
    if (best === -1) {
      b.miss({ what: "entity.missed", file: item.file, expected: g.canonical, variants: g.variants, got: null });
      continue;
    }
    c.entities.found++;
    const bestEntity = predicted[best];
    if (holders === 1) c.entities.linked++;
    else
      b.miss({
        what: "entity.split",
        file: item.file,
        expected: g.canonical,
        got: predicted.filter((_e, i) => (hits[i] ?? 0) > 0).map((e) => e.canonical),
      });
    if (bestEntity && sameExact(bestEntity.canonical, g.canonical)) c.entities.canonical++;
    else b.miss({ what: "entity.canonical", file: item.file, expected: g.canonical, got: bestEntity?.canonical ?? null });
    if (g.type !== null && bestEntity) {
      if (!c.entities.type.add(bestEntity.type === g.type))
        b.miss({ what: "entity.type", file: item.file, entity: g.canonical, expected: g.type, got: bestEntity.type });
    }
  }
}

function scoreDates(item: GoldArticle, gold: readonly GoldDate[], article: Article, c: Counters, b: SetBuilder): void {
  const predicted: readonly DateMention[] = article.dates;
  // Locate each gold text in its line (k-th occurrence for the k-th repeat) for the overlap test.
  const cursor = new Map<string, number>();
  const spans: (Range | null)[] = gold.map((g) => {
    const line = article.lines[g.line - 1];
    if (!line || g.text === "") return null;
    const key = `${g.line}\u0001${g.text}`;
    const from = cursor.get(key) ?? 0;
    const lower = line.text.toLocaleLowerCase("und");
    const at = lower.indexOf(g.text.toLocaleLowerCase("und"), from);
    if (at === -1) return null;
    cursor.set(key, at + 1);
    return { start: line.start + at, end: line.start + at + g.text.length };
  });
  const match = matchOnLines(
    gold,
    predicted,
    (g, p) => sameCi(g.text, p.text),
    (g, p, gi) => {
      const span = spans[gi];
      if (span) return overlaps(span, p);
      const x = collapseWs(g.text).toLocaleLowerCase("und");
      const y = collapseWs(p.text).toLocaleLowerCase("und");
      return x !== "" && y !== "" && (x.includes(y) || y.includes(x));
    },
  );
  c.dates.gold += gold.length;
  c.dates.predicted += predicted.length;
  const used = new Set<number>();
  gold.forEach((g, gi) => {
    const pi = match[gi] ?? -1;
    const p = predicted[pi];
    if (!p) {
      b.miss({ what: "date.missed", file: item.file, line: g.line, expected: g.text, got: null });
      return;
    }
    used.add(pi);
    c.dates.matched++;
    if (!c.dates.value.add(g.value === p.value))
      b.miss({ what: "date.value", file: item.file, line: g.line, date: g.text, expected: g.value, got: p.value });
  });
  predicted.forEach((p, pi) => {
    if (!used.has(pi)) b.miss({ what: "date.spurious", file: item.file, line: p.line, expected: null, got: p.text });
  });
}

function report(c: Counters, b: SetBuilder): void {
  b.tally("language.accuracy", c.language);
  b.tally("published.accuracy", c.published);
  b.tally("title.exact", c.title);
  b.tally("subtitle.exact", c.subtitle);
  b.tally("byline.authors", c.bylineAuthors);
  b.tally("byline.place", c.bylinePlace);
  b.tally("byline.source", c.bylineSource);
  b.tally("byline.all_three", c.bylineAll);
  b.tally("dateline.place", c.dateline);
  b.tally("lines.kind_accuracy", c.lineKind);
  for (const [kind, t] of [...c.lineByKind.entries()].sort(([x], [y]) => x.localeCompare(y))) b.tally(`lines.recall.${kind}`, t);
  b.prf("lines.junk", c.junk.tp, c.junk.predicted, c.junk.gold);
  b.prf("quotes", c.quotes.matched, c.quotes.predicted, c.quotes.gold);
  b.tally("quotes.speaker_accuracy", c.quotes.speaker, "over matched quotes");
  b.tally("quotes.kind_accuracy", c.quotes.kind, "over matched quotes");
  b.rate("entities.recall", c.entities.found, c.entities.gold);
  b.rate("entities.linking_accuracy", c.entities.linked, c.entities.gold, "found variants all in one entity");
  b.rate("entities.canonical_accuracy", c.entities.canonical, c.entities.gold);
  b.tally("entities.type_accuracy", c.entities.type, "over found entities");
  b.prf("dates", c.dates.matched, c.dates.predicted, c.dates.gold);
  b.tally("dates.value_accuracy", c.dates.value, "over matched dates");
}
