// The quotes of the five seed articles against their gold (seeds/*.json): every gold quotation
// found on its line with its kind, and its speaker one of the acceptable names.
//
// Speaker names: the gold gives canonical spellings, which only the names stage (run after
// this one) produces. Until then the quotes stage reports the article's own fullest spelling, so
// a name is accepted when it equals a gold name case-insensitively, or differs from one only by
// transliteration (`Volodymyr Zelensky` for `Volodymyr Zelenskyy`: same letters once doubled
// letters and a final -y/-iy/-yy are folded).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";

interface GoldQuote {
  line: number;
  text: string;
  speaker: string[];
  kind: "direct" | "partial";
}

const dir = new URL("../../seeds/", import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => ({
    file,
    bytes: new Uint8Array(readFileSync(new URL(file, dir))),
    quotes: (JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, ".json"), dir), "utf8")) as { quotes: GoldQuote[] }).quotes,
  }));

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

function transliterationKey(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}]/gu, "").replace(/(\p{L})\1+/gu, "$1").replace(/(?:iy|yi|ij|ii)$/u, "y"))
    .join(" ");
}

function acceptable(got: string | null | undefined, gold: readonly string[]): boolean {
  if (!got) return false;
  return gold.some((g) => g.toLowerCase() === got.toLowerCase() || transliterationKey(g) === transliterationKey(got));
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
