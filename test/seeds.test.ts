// The five seed articles against their gold (seeds/*.json): what the foundation decides
// (lines, language, structure). Later stages add their own seed checks.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../src/index.js";
import { assertArticleInvariants } from "./invariants.js";

const dir = new URL("../seeds/", import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => ({
    file,
    bytes: new Uint8Array(readFileSync(new URL(file, dir))),
    gold: JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, ".json"), dir), "utf8")) as {
      language: string;
      lines: Record<string, string>;
    },
  }));

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
  });
});
