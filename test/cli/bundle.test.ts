// The library bundles (npm test builds dist/ first) use no Node built-in module, so they run
// in browsers, workers and edge runtimes as well as in Node; only the CLI touches the file system.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const BUILTIN = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["'](?:node:[\w/]+|fs|path|os|url|crypto|zlib|child_process|worker_threads|stream|util)["']/u;

describe("library bundles", () => {
  for (const file of ["index.js", "index.cjs"]) {
    it(`dist/${file} imports no Node built-in`, () => {
      const code = readFileSync(new URL(`../../dist/${file}`, import.meta.url), "utf8");
      expect(code.length).toBeGreaterThan(10_000);
      expect(BUILTIN.exec(code)?.[0] ?? null).toBeNull();
    });
  }

  it("the CLI does (so the check can fail)", () => {
    const code = readFileSync(new URL("../../dist/cli.js", import.meta.url), "utf8");
    expect(BUILTIN.test(code)).toBe(true);
  });
});
