// The five seed articles against their gold (seeds/*.json): what the foundation decides
// (lines, language, structure). Later stages add their own seed checks.
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../src/index.js";
import { assertArticleInvariants } from "./invariants.js";
import { loadSeeds } from "./seed-fixtures.js";

const seeds = loadSeeds();

describe("seed articles", () => {
  it("are all five there", () => {
    expect(seeds.map((s) => s.file.slice(0, 3))).toEqual(["000", "001", "002", "003", "004"]);
  });

  describe.each(seeds)("$file", ({ bytes, gold }) => {
    const article = normalizeArticle(bytes);
    const raw = new TextDecoder().decode(bytes);

    it("keeps the structural invariants", () => {
      assertArticleInvariants(article, raw);
    });

    it("has the gold's language", () => {
      expect(article.language.code).toBe(gold.language);
      expect(article.language.confidence).toBeGreaterThan(0.9);
    });

    it("numbers lines like the gold (split on newlines)", () => {
      expect(article.lines).toHaveLength(raw.split("\n").length);
      for (const n of Object.keys(gold.lines).map(Number)) {
        expect(article.lines[n - 1]!.text.trim(), `line ${n}`).not.toBe("");
      }
    });

    it("labels exactly the empty lines blank", () => {
      for (const line of article.lines) expect(line.kind === "blank").toBe(line.text.trim() === "");
    });

    it("gives every gold line its gold kind", () => {
      for (const [n, kind] of Object.entries(gold.lines)) expect(article.lines[Number(n) - 1]!.kind, `line ${n}`).toBe(kind);
    });

    it("has the gold title, subtitle and byline", () => {
      expect(article.title).toBe(gold.title);
      expect(article.subtitle).toBe(gold.subtitle);
      const byline = article.byline && { authors: article.byline.authors, place: article.byline.place, source: article.byline.source };
      expect(byline).toEqual(gold.byline);
    });
  });
});
