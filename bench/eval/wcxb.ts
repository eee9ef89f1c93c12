/**
 * wcxb/pages.dev.json.gz: 790 modern article pages (many languages), same shape and body
 * metric as scrapinghub.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { readPages, scoreBodies } from "./body.js";
import { type Normalize, type RunOptions, type SetResult, skippedSet } from "./result.js";

export const NAME = "wcxb";

export function runWcxb(root: string, normalize: Normalize, options: RunOptions): SetResult {
  const path = join(root, "wcxb", "pages.dev.json.gz");
  if (!existsSync(path)) return skippedSet(NAME, "corpus", `missing ${path}`);
  const notes: string[] = [];
  const pages = readPages(JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")), notes);
  const result = scoreBodies(NAME, pages, normalize, options, "reference: page text alone F1 0.82; best HTML extractors F1 0.926-0.932");
  result.notes.unshift(...notes);
  return result;
}
