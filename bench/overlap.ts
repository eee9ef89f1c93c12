/**
 * Corpus wording in the repository: every sequence of six words (lower-cased, punctuation
 * dropped) that a tracked file under src/, test/, docs/ or the README shares with a text of the
 * shared corpora. Corpus text must never enter the repository; what this lists should be generic
 * (lists of months, weekdays or states, standard cookie-banner wording), not sentences of
 * articles. Reads the corpora at run time only and writes nothing.
 *
 *   node --import tsx bench/overlap.ts [--corpus DIR]
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadSets } from "./lib/corpus.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WORDS = 6;
/** Word lists that hold no sentences: shared runs of their words are expected. */
const WORD_LISTS = ["src/lines/data/stopwords.ts", "src/names/data/given-names-list.ts", "src/names/data/aliases.ts", "src/names/data/places.ts", "src/lines/data/phrases.ts"];

const { values } = parseArgs({ options: { corpus: { type: "string" } } });
const corpusRoot = resolve(values.corpus ?? resolve(REPO, "..", "shared", "corpus"));

const words = (text: string): string[] => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter((w) => w !== "");

const files = execFileSync("git", ["ls-files", "src", "test", "docs", "README.md"], { cwd: REPO, encoding: "utf8" })
  .split("\n")
  .filter((f) => f !== "" && !WORD_LISTS.includes(f));
const owner = new Map<string, string>();
for (const file of files) {
  const w = words(readFileSync(resolve(REPO, file), "utf8"));
  for (let i = 0; i + WORDS <= w.length; i++) owner.set(w.slice(i, i + WORDS).join(" "), file);
}
const shared = new Map<string, string>();
for (const set of loadSets(corpusRoot, resolve(REPO, "seeds")).sets) {
  if (set.name === "seeds") continue;
  for (const text of set.texts) {
    const w = words(text);
    for (let i = 0; i + WORDS <= w.length; i++) {
      const gram = w.slice(i, i + WORDS).join(" ");
      const file = owner.get(gram);
      if (file !== undefined) shared.set(gram, file);
    }
  }
}
process.stdout.write(`${owner.size} sequences of ${WORDS} words in ${files.length} files; ${shared.size} shared with the corpora\n`);
for (const [gram, file] of [...shared].sort((a, b) => a[1].localeCompare(b[1]))) process.stdout.write(`${file} | ${gram}\n`);
