// The quotes of the five seed articles against their gold (seeds/*.json), through the whole
// pipeline: every gold quotation found on its line with its kind, and its speaker one of the
// acceptable names, spelled canonically (the names stage links the speaker to its entity).
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";
import { loadSeeds } from "../seed-fixtures.js";

const seeds = loadSeeds().map(({ file, bytes, gold }) => ({ file, bytes, quotes: gold.quotes }));

function norm(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/[\u201C\u201D]/gu, '"')
    .replace(/\s+/gu, " ")
    .replace(/[\s.,;:!?\u2026]+$/u, "")
    .trim()
    .toLowerCase();
}

function acceptable(got: string | null | undefined, gold: readonly string[]): boolean {
  if (!got) return false;
  return gold.some((g) => g.toLowerCase() === got.toLowerCase());
}

describe("seed quotes", () => {
  describe.each(seeds)("$file", ({ bytes, quotes: gold }) => {
    const article = normalizeArticle(bytes);

    it.each(gold.map((g, i) => ({ ...g, i })))("line $line: $text", (g) => {
      const found = article.quotes.find((q) => q.line === g.line && norm(q.text) === norm(g.text));
      expect(found, `no quote ${JSON.stringify(g.text)} on line ${g.line}`).toBeDefined();
      expect(found!.kind).toBe(g.kind);
      expect(acceptable(found!.speaker?.name, g.speaker), `speaker ${found!.speaker?.name} not in ${g.speaker.join(" / ")}`).toBe(true);
    });

    it("finds nothing else", () => {
      expect(article.quotes).toHaveLength(gold.length);
    });
  });
});
