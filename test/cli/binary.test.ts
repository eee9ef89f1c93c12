// The built executable, as a user runs it (npm test builds dist/ first).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const cli = new URL("../../dist/cli.js", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("dist/cli.js", () => {
  it("is built (npm test runs the build first)", () => {
    expect(existsSync(cli)).toBe(true);
  });

  it("normalizes a seed from a path", () => {
    const seed = new URL("../../seeds/004_9ac8cf2a63ea579d.txt", import.meta.url).pathname;
    const result = spawnSync(process.execPath, [cli, "--ndjson", seed], { encoding: "utf8" });
    expect(result.status).toBe(0);
    const article = JSON.parse(result.stdout);
    expect(article.language.code).toBe("en");
    expect(article.lines).toHaveLength(59);
  });

  it("reads stdin and reports its version", () => {
    const result = spawnSync(process.execPath, [cli, "--text"], { input: "Hello from a pipe, one sentence.", encoding: "utf8" });
    expect(result.stdout).toBe("Hello from a pipe, one sentence.\n");
    expect(spawnSync(process.execPath, [cli, "--version"], { encoding: "utf8" }).stdout.trim()).toBe(pkg.version);
  });

  it("exits 2 on a usage error", () => {
    expect(spawnSync(process.execPath, [cli, "--bogus"], { encoding: "utf8" }).status).toBe(2);
  });
});
