/**
 * Loads the benchmark texts at run time: the seed articles of the repository and the texts of
 * the shared development corpus. Corpus text is third-party and is only ever read here, never
 * written anywhere.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** A named list of article texts. */
export interface TextSet {
  name: string;
  /** Where the texts were read from, for the report. */
  from: string;
  texts: string[];
  /** Total UTF-8 size of `texts`. */
  bytes: number;
}

export interface LoadedSets {
  sets: TextSet[];
  /** One line per set that could not be read. */
  skipped: string[];
}

const utf8 = new TextDecoder("utf-8");

function readText(path: string): string {
  return utf8.decode(readFileSync(path));
}

function listFiles(dir: string, filter: (name: string) => boolean): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter(filter)
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

function isTxt(name: string): boolean {
  return name.toLowerCase().endsWith(".txt");
}

function pagesOf(json: string, path: string): string[] {
  const data: unknown = JSON.parse(json);
  if (data === null || typeof data !== "object") throw new Error(`${path}: expected an object of pages`);
  const texts: string[] = [];
  for (const value of Object.values(data as Record<string, unknown>)) {
    if (value !== null && typeof value === "object" && typeof (value as { page?: unknown }).page === "string") {
      texts.push((value as { page: string }).page);
    }
  }
  return texts;
}

function makeSet(name: string, from: string, texts: string[]): TextSet {
  let bytes = 0;
  for (const text of texts) bytes += Buffer.byteLength(text, "utf8");
  return { name, from, texts, bytes };
}

interface SetSpec {
  name: string;
  /** Relative to the corpus root (or absolute for the seeds). */
  from: string;
  load: () => string[];
}

/**
 * Read the seeds and the corpus sets. A set that is missing or unreadable is skipped with a
 * one-line message in `skipped`; nothing throws.
 */
export function loadSets(corpusRoot: string, seedsDir: string): LoadedSets {
  const specs: SetSpec[] = [
    {
      name: "seeds",
      from: seedsDir,
      load: () => listFiles(seedsDir, isTxt).map(readText),
    },
    {
      name: "scrapinghub",
      from: "scrapinghub/pages.dev.json",
      load: () => {
        const path = join(corpusRoot, "scrapinghub", "pages.dev.json");
        return pagesOf(readFileSync(path, "utf8"), path);
      },
    },
    {
      name: "wcxb",
      from: "wcxb/pages.dev.json.gz",
      load: () => {
        const path = join(corpusRoot, "wcxb", "pages.dev.json.gz");
        return pagesOf(utf8.decode(gunzipSync(readFileSync(path))), path);
      },
    },
    {
      name: "bbc",
      from: "bbc/*/*.txt",
      load: () => {
        const root = join(corpusRoot, "bbc");
        if (!existsSync(root)) return [];
        return readdirSync(root)
          .sort()
          .map((d) => join(root, d))
          .filter((d) => statSync(d).isDirectory())
          .flatMap((d) => listFiles(d, isTxt))
          .map(readText);
      },
    },
    {
      name: "newspaper",
      from: "newspaper/*.txt",
      load: () => listFiles(join(corpusRoot, "newspaper"), (n) => isTxt(n) && n !== "SOURCE.txt").map(readText),
    },
    {
      name: "polnear",
      from: "polnear/{train,dev}/text/*.txt",
      load: () =>
        ["train", "dev"].flatMap((split) => listFiles(join(corpusRoot, "polnear", split, "text"), isTxt)).map(readText),
    },
    {
      name: "german-quotes",
      from: "german-quotes/quotes.jsonl",
      load: () => {
        const path = join(corpusRoot, "german-quotes", "quotes.jsonl");
        const texts: string[] = [];
        for (const line of readFileSync(path, "utf8").split("\n")) {
          if (line.trim() === "") continue;
          const record: unknown = JSON.parse(line);
          const text = (record as { text?: unknown } | null)?.text;
          if (typeof text === "string") texts.push(text);
        }
        return texts;
      },
    },
  ];

  const sets: TextSet[] = [];
  const skipped: string[] = [];
  for (const spec of specs) {
    const where = spec.name === "seeds" ? spec.from : join(corpusRoot, spec.from);
    try {
      const texts = spec.load();
      if (texts.length === 0) {
        skipped.push(`skipped ${spec.name}: nothing found at ${where}`);
        continue;
      }
      sets.push(makeSet(spec.name, spec.from, texts));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      skipped.push(`skipped ${spec.name}: cannot read ${where} (${reason})`);
    }
  }
  return { sets, skipped };
}
