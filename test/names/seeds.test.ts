// The seed articles against their gold entities: every variant of every gold entity in one
// entity, under the gold canonical spelling and type.
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";
import { loadSeeds } from "../seed-fixtures.js";

const seeds = loadSeeds();

const same = (a: string, b: string) => a.replace(/\s+/g, " ").replace(/[‘’]/g, "'") === b.replace(/\s+/g, " ").replace(/[‘’]/g, "'");

describe.each(seeds)("names in $file", ({ bytes, gold }) => {
  const article = normalizeArticle(bytes);
  it.each(gold.entities)("$canonical: every variant in one entity, canonical and type right", (g) => {
    const holders = article.entities.filter((e) => e.mentions.some((m) => g.variants.some((v) => same(v, m.text))));
    expect(holders.map((e) => e.canonical)).toEqual([g.canonical]);
    expect(holders[0]!.type).toBe(g.type);
    for (const v of g.variants) expect(holders[0]!.mentions.some((m) => same(v, m.text)), v).toBe(true);
  });
  it("keeps entity offsets valid", () => {
    for (const e of article.entities) for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  });
});
