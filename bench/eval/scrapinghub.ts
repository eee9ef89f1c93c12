/**
 * scrapinghub/pages.dev.json: 91 real pages as scraped text with a hand-made clean body.
 * Body bag-of-words P/R/F1 (no gold language in this set).
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readPages, scoreBodies } from "./body.js";
import { type Normalize, type RunOptions, type SetResult, skippedSet } from "./result.js";

export const NAME = "scrapinghub";

export function runScrapinghub(root: string, normalize: Normalize, options: RunOptions): SetResult {
  const path = join(root, "scrapinghub", "pages.dev.json");
  if (!existsSync(path)) return skippedSet(NAME, "corpus", `missing ${path}`);
  const notes: string[] = [];
  const pages = readPages(JSON.parse(readFileSync(path, "utf8")), notes);
  const result = scoreBodies(NAME, pages, normalize, options, "reference: raw page P 0.497 R 1.000 F1 0.664; readability F1 0.934; trafilatura P 0.946 R 0.992 F1 0.968");
  result.notes.unshift(...notes);
  return result;
}
