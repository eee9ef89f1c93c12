// The five seed articles against their gold (seeds/*.json): publication date, dateline, and every
// gold temporal expression (value and text), through the whole pipeline.
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";
import { loadSeeds } from "../seed-fixtures.js";

const seeds = loadSeeds();

describe.each(seeds)("dates of $file", ({ bytes, gold }) => {
  const article = normalizeArticle(bytes);

  it("has the gold publication date", () => {
    expect(article.published?.value ?? null).toBe(gold.published);
  });

  it("has the gold dateline place", () => {
    expect(article.dateline?.place ?? null).toBe(gold.dateline);
    if (article.dateline) expect(article.text.slice(article.dateline.start, article.dateline.end)).toBe(article.dateline.raw);
  });

  it("finds every gold date with its value", () => {
    for (const g of gold.dates) {
      const hit = article.dates.find((d) => d.line === g.line && d.text.toLowerCase().includes(g.text.toLowerCase()));
      expect(hit, `line ${g.line}: ${g.text}`).toBeDefined();
      expect(hit?.value, `line ${g.line}: ${g.text}`).toBe(g.value);
    }
  });

  it("reports offsets that slice to the text", () => {
    for (const d of article.dates) expect(article.text.slice(d.start, d.end)).toBe(d.text);
  });
});
