import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT_INPUT_ERROR, EXIT_OK, EXIT_USAGE, runCli } from "../../src/cli/run.js";
import { ArticleSchema } from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "copydesk-cli-"));
const first = join(dir, "first.txt");
const second = join(dir, "second.txt");
writeFileSync(first, "A headline\n\nThe first paragraph of the article, long enough to be read as prose.\n");
writeFileSync(second, Buffer.from([0x50, 0x72, 0x69, 0x63, 0x65, 0x3a, 0x20, 0xa3, 0x35, 0x0a])); // "Price: £5" in Latin-1

async function run(argv: string[], stdinText = "") {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: (async function* () {
      yield new TextEncoder().encode(stdinText);
    })(),
    stderrIsTty: false,
    version: "9.9.9",
  });
  return { code, stdout, stderr };
}

describe("runCli", () => {
  it("prints one pretty Article for one file", async () => {
    const { code, stdout } = await run([first]);
    expect(code).toBe(EXIT_OK);
    const article = ArticleSchema.parse(JSON.parse(stdout));
    expect(article.source).toEqual({ path: first });
    expect(article.lines).toHaveLength(4);
  });

  it("prints one NDJSON line per file, in input order", async () => {
    const { code, stdout } = await run(["--ndjson", first, second]);
    expect(code).toBe(EXIT_OK);
    const paths = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).source.path);
    expect(paths).toEqual([first, second]);
  });

  it("prints a JSON array for several files", async () => {
    const { stdout } = await run([first, second]);
    const articles = JSON.parse(stdout) as unknown[];
    expect(articles).toHaveLength(2);
  });

  it("reads standard input for no file or -", async () => {
    const { code, stdout } = await run(["--text", "-"], "Only line from stdin, a sentence.");
    expect(code).toBe(EXIT_OK);
    expect(stdout).toBe("Only line from stdin, a sentence.\n");
  });

  it("decodes files as bytes, repairing invalid UTF-8", async () => {
    const { stdout } = await run(["--ndjson", second]);
    const article = JSON.parse(stdout);
    expect(article.text).toBe("Price: £5\n");
    expect(article.warnings.map((w: { code: string }) => w.code)).toContain("invalid-utf8");
  });

  it("exits 1 when a file cannot be read, still processing the others", async () => {
    const missing = join(dir, "missing.txt");
    const { code, stdout, stderr } = await run(["--ndjson", missing, first]);
    expect(code).toBe(EXIT_INPUT_ERROR);
    expect(stderr).toContain(missing);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });

  it("exits 1 for a file over --max-length", async () => {
    const { code, stderr } = await run(["--max-length", "5", first]);
    expect(code).toBe(EXIT_INPUT_ERROR);
    expect(stderr).toMatch(/over the limit of 5/);
  });

  it("exits 2 on a usage error, with the usage on stderr", async () => {
    const { code, stderr } = await run(["--nope"]);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toContain("Usage: copydesk");
  });

  it("prints help and version", async () => {
    expect((await run(["--help"])).stdout).toContain("--ndjson");
    expect((await run(["-v"])).stdout).toBe("9.9.9\n");
  });

  it("summarizes an article for people", async () => {
    const { stdout } = await run(["--summary", first]);
    expect(stdout).toContain(`== ${first}`);
    expect(stdout).toMatch(/title\s+A headline/);
    expect(stdout).toMatch(/lines\s+4 \(title 1, body 1\)/);
  });
});

describe("runCli --boilerplate and --disable-rule", () => {
  // Three pages of one site: each has its own headline and text, and the same site line.
  const SITE_LINE = "Our reporters cover the valley and its towns every day of the week.";
  const pages = ["bridge", "school", "market"].map((topic, i) => {
    const path = join(dir, `site-${i}.txt`);
    writeFileSync(
      path,
      `News about the ${topic}\n\nThe council discussed the ${topic} at length on Monday evening, and the members agreed to meet again next month to decide.\n${SITE_LINE}\n`,
    );
    return path;
  });
  const siteLineOf = (ndjson: string, page: number) => {
    const article = JSON.parse(ndjson.trim().split("\n")[page]!) as { lines: { text: string; kind: string; reasons: string[] }[] };
    return article.lines.find((l) => l.text === SITE_LINE)!;
  };

  it("learns the site's lines page by page and keeps them in the memory file", async () => {
    const memory = join(dir, "site-memory.json");
    const { code, stdout } = await run(["--ndjson", "--boilerplate", memory, ...pages]);
    expect(code).toBe(EXIT_OK);
    expect(siteLineOf(stdout, 0).kind).toBe("body");
    expect(siteLineOf(stdout, 2).reasons).toContain("seen-on-other-pages");
    expect(siteLineOf(stdout, 2).kind).not.toBe("body");
    const saved = JSON.parse(readFileSync(memory, "utf8")) as { pages: number };
    expect(saved.pages).toBe(3);
    // A later run starts from what the file remembers.
    const again = await run(["--ndjson", "--boilerplate", memory, pages[0]!]);
    expect(siteLineOf(again.stdout, 0).reasons).toContain("seen-on-other-pages");
  });

  it("exits 1 on a memory file that is not a memory", async () => {
    const bad = join(dir, "not-memory.json");
    writeFileSync(bad, '{"version": 7}');
    const { code, stderr } = await run(["--boilerplate", bad, first]);
    expect(code).toBe(EXIT_INPUT_ERROR);
    expect(stderr).toMatch(/--boilerplate: .*not a boilerplate memory/);
  });

  it("turns rules off by name, and refuses an unknown name", async () => {
    const dated = join(dir, "dated.txt");
    writeFileSync(dated, "A headline\n\nNov 18, 2019\n\nThe first paragraph of the article, long enough to be read as prose by anyone.\n");
    const kindOf = async (argv: string[]) => (JSON.parse((await run([...argv, dated])).stdout) as { lines: { kind: string }[] }).lines[2]!.kind;
    expect(await kindOf([])).toBe("date");
    expect(await kindOf(["--disable-rule", "date-line"])).not.toBe("date");
    const { code, stderr } = await run(["--disable-rule", "nonsense", first]);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toContain('no rule named "nonsense"');
  });
});
