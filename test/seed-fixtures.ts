/**
 * The seed articles (seeds/*.txt) with their gold answers (seeds/*.json, format in
 * seeds/FORMAT.md), loaded once for every test that checks a stage against them.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface SeedGold {
  file: string;
  language: string;
  published: string | null;
  title: string | null;
  subtitle: string | null;
  byline: { authors: string[]; place: string | null; source: string | null } | null;
  dateline: string | null;
  lines: Record<string, string>;
  quotes: { line: number; text: string; speaker: string[]; kind: "direct" | "partial" }[];
  entities: { canonical: string; type: string; variants: string[] }[];
  dates: { line: number; text: string; value: string | null }[];
}

export interface Seed {
  file: string;
  bytes: Uint8Array;
  gold: SeedGold;
}

const dir = new URL("../seeds/", import.meta.url);

/** Every seed article with its gold, in file order. */
export function loadSeeds(): Seed[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({
      file,
      bytes: new Uint8Array(readFileSync(new URL(file, dir))),
      gold: JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, ".json"), dir), "utf8")) as SeedGold,
    }));
}
