// The seed articles against their gold entities: every variant of every gold entity in one
// entity, under the gold canonical spelling and type.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";

const dir = new URL("../../seeds/", import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => ({
    file,
    bytes: new Uint8Array(readFileSync(new URL(file, dir))),
    gold: JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, ".json"), dir), "utf8")) as {
      entities: { canonical: string; type: string; variants: string[] }[];
    },
  }));

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
