import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Article, LineKind } from "../../src/index.js";
import { parseGold, readGoldSet } from "../../bench/eval/gold.js";
import { scoreGoldSet } from "../../bench/eval/gold-score.js";

const TEXT = ["Storm hits the coast", "", "HAVANA", "Share this", 'The mayor said "we are ready" on Monday.', "Mayor Ana Diaz and Diaz."].join("\n");

/** A hand-made Article for TEXT, standing in for the library's output. */
function stubArticle(text: string): Article {
  if (text !== TEXT) return { ...stubArticle(TEXT), text, language: { code: "de", iso6393: "deu", script: "Latn", confidence: 1 } };
  const kinds: LineKind[] = ["title", "blank", "body", "share", "body", "body"];
  let start = 0;
  const lines = text.split("\n").map((t, i) => {
    const line = { n: i + 1, start, end: start + t.length, text: t, kind: kinds[i] ?? "body", reasons: [] };
    start += t.length + 1;
    return line;
  });
  const l5 = lines[4]!;
  const l6 = lines[5]!;
  const q = l5.text.indexOf("we are ready");
  const mon = l5.text.indexOf("Monday");
  return {
    schemaVersion: "1.0.0",
    text,
    language: { code: "en", iso6393: "eng", script: "Latn", confidence: 1 },
    title: "Storm hits the coast",
    subtitle: null,
    byline: null,
    dateline: { place: "Havana", agency: null, raw: "HAVANA", start: 0, end: 6 },
    published: { value: "2026-01-26T09:40:00Z", precision: "minute", raw: "", from: "header", line: 1 },
    updated: null,
    lines,
    paragraphs: [],
    body: "",
    quotes: [
      {
        text: "we are ready",
        start: l5.start + q,
        end: l5.start + q + 12,
        line: 5,
        kind: "partial",
        speaker: { name: "Ana Diaz", entity: null, mention: null },
        cue: null,
        confidence: 1,
      },
      { text: "bogus", start: 0, end: 5, line: 1, kind: "direct", speaker: null, cue: null, confidence: 1 },
    ],
    entities: [
      { id: "e1", canonical: "Ana Diaz", type: "person", mentions: [{ text: "Ana Diaz", start: l6.start + 6, end: l6.start + 14, line: 6 }], variants: ["Ana Diaz"], merges: [] },
      { id: "e2", canonical: "Diaz", type: "person", mentions: [{ text: "Diaz", start: l6.start + 19, end: l6.start + 23, line: 6 }], variants: ["Diaz"], merges: [] },
    ],
    dates: [{ text: "on Monday", start: l5.start + mon - 3, end: l5.start + mon + 6, line: 5, value: "2026-01-26", precision: "day", relative: true, tense: null }],
    warnings: [],
  };
}

const GOLD = {
  file: "000_a.txt",
  language: "en",
  published: "2026-01-26T09:40",
  title: "Storm hits the coast",
  subtitle: null,
  byline: null,
  dateline: "Havana",
  lines: { "1": "title", "3": "dateline", "4": "share", "5": "body", "6": "body" },
  quotes: [{ line: 5, text: "We are ready.", speaker: ["Ana Diaz", "mayor"], kind: "direct" }],
  entities: [{ canonical: "Ana Diaz", type: "person", variants: ["Ana Diaz", "Diaz"] }],
  dates: [{ line: 5, text: "Monday", value: "2026-01-25" }],
  extra: "ignored",
};

const dir = mkdtempSync(join(tmpdir(), "copydesk-eval-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("gold reader", () => {
  it("keeps missing fields undefined, null as null, and drops malformed entries", () => {
    const problems: string[] = [];
    const g = parseGold({ title: null, quotes: [{ line: 2, text: "x" }, { text: "no line" }], lines: { "2": "body", x: "body" } }, "f.json", problems);
    expect(g.title).toBeNull();
    expect(g.language).toBeUndefined();
    expect(g.quotes).toEqual([{ line: 2, text: "x", speaker: [], kind: null }]);
    expect(g.lines).toEqual(new Map([[2, "body"]]));
    expect(problems).toHaveLength(2);
    expect(parseGold("not an object", "g.json", problems)).toEqual({});
  });
});

describe("scoreGoldSet", () => {
  writeFileSync(join(dir, "000_a.txt"), TEXT);
  writeFileSync(join(dir, "000_a.json"), JSON.stringify(GOLD));
  writeFileSync(join(dir, "001_b.txt"), "x");
  writeFileSync(join(dir, "001_b.json"), JSON.stringify({ language: "fr" }));
  writeFileSync(join(dir, "002_orphan.json"), "{}");

  it("scores every field against the stub article", () => {
    const set = readGoldSet(dir, "tmp");
    expect(set.articles.map((a) => a.file)).toEqual(["000_a.txt", "001_b.txt"]);
    expect(set.problems).toHaveLength(1);
    const result = scoreGoldSet(set, (input) => stubArticle(typeof input === "string" ? input : new TextDecoder().decode(input)), {
      limit: undefined,
      maxMisses: 50,
    });
    const v = (k: string) => result.metrics[k]?.value;
    expect(result.n).toBe(2);
    expect(result.errors).toBe(0);
    expect(v("language.accuracy")).toBe(0.5);
    expect(result.metrics["language.accuracy"]?.n).toBe(2);
    expect(v("published.accuracy")).toBe(1);
    expect(v("title.exact")).toBe(1);
    expect(v("subtitle.exact")).toBe(1);
    expect(v("byline.all_three")).toBe(1);
    expect(v("dateline.place")).toBe(1);
    // line 3 is gold dateline, predicted body: 4 of 5
    expect(v("lines.kind_accuracy")).toBe(0.8);
    expect(v("lines.junk.precision")).toBe(1);
    expect(v("lines.junk.recall")).toBe(1);
    // 1 of 2 predicted quotes match the 1 gold quote; speaker right, kind wrong
    expect(v("quotes.precision")).toBe(0.5);
    expect(v("quotes.recall")).toBe(1);
    expect(v("quotes.f1")).toBeCloseTo(2 / 3, 12);
    expect(v("quotes.speaker_accuracy")).toBe(1);
    expect(v("quotes.kind_accuracy")).toBe(0);
    // the variants are split over two entities; the best one has the right canonical
    expect(v("entities.recall")).toBe(1);
    expect(v("entities.linking_accuracy")).toBe(0);
    expect(v("entities.canonical_accuracy")).toBe(1);
    // "on Monday" overlaps "Monday"; value differs
    expect(v("dates.recall")).toBe(1);
    expect(v("dates.precision")).toBe(1);
    expect(v("dates.value_accuracy")).toBe(0);
    expect(result.misses.map((m) => m.what).sort()).toEqual(
      ["date.value", "entity.split", "language", "line", "quote.kind", "quote.spurious"].sort(),
    );
  });

  it("counts a throwing normalize as an error and scores the article as wrong", () => {
    const set = readGoldSet(dir, "tmp");
    const result = scoreGoldSet(
      set,
      () => {
        throw new Error("boom");
      },
      { limit: undefined, maxMisses: 5 },
    );
    expect(result.errors).toBe(2);
    expect(result.metrics["title.exact"]?.value).toBe(0);
    expect(result.metrics["quotes.precision"]?.value).toBeNull();
    expect(result.metrics["quotes.f1"]?.value).toBe(0);
    expect(result.misses[0]?.what).toBe("error");
  });
});
