/**
 * newspaper/*.txt: ~150 article texts cleaned by newspaper3k, several languages. Scores the
 * language (gold from the file name, see SOURCE.txt) and, as a labelled proxy, how often a
 * dateline such as `(CNN) --` or `PORTLAND --` (found by a regex on the raw text) is returned.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { clip, normalCase, primaryLanguage, sameCi, sample } from "./metrics.js";
import { type Normalize, type RunOptions, SetBuilder, type SetResult, skippedSet, Tally } from "./result.js";

export const NAME = "newspaper";

/** Gold language from the file name: the non-English files listed in SOURCE.txt, else `en`. */
export function newspaperLanguage(file: string): string {
  const stem = file.replace(/\.txt$/u, "");
  if (stem === "arabic") return "ar";
  if (stem === "chinese") return "zh";
  if (stem === "japanese" || stem === "japanese2") return "ja";
  if (stem === "spanish") return "es";
  if (stem === "thai") return "th";
  if (stem.startsWith("vogue.de")) return "de";
  return "en";
}

const DASH = String.raw`(?:--|\u2014|\u2013|-)`;
/** `WASHINGTON (Reuters) -`, `(CNN) --`, `دمشق، سوريا (CNN) --`: an agency in parentheses then a dash. */
const AGENCY = new RegExp(String.raw`^\s*([^\n()]{0,60}?)\s*\(([\p{L} .&]{2,25})\)\s*${DASH}\s`, "u");
/** `PORTLAND --`, `GREEN BAY, Wis. --`, `HUNTSVILLE, Alabama -`: a place in capitals then a dash. */
const CAPS = new RegExp(String.raw`^\s*(\p{Lu}[\p{Lu}\p{M} .'\u2019\-]*\p{Lu}\.?)(?:,\s*[\p{L} .]{2,30}?)?\s*${DASH}\s`, "u");

/** A dateline candidate among the first five non-blank lines: its place (may be null) or undefined. */
export function datelineCandidate(text: string): { place: string | null } | undefined {
  const lines = text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, 5);
  for (const line of lines) {
    const a = AGENCY.exec(line);
    if (a) {
      const place = (a[1] ?? "").replace(/[,\u060C]\s*[^,\u060C]*$/u, "").trim();
      return { place: place === "" ? null : /\p{Lu}{2}/u.test(place) && place === place.toUpperCase() ? normalCase(place) : place };
    }
    const c = CAPS.exec(line);
    if (c?.[1]) return { place: normalCase(c[1]) };
  }
  return undefined;
}

export function runNewspaper(root: string, normalize: Normalize, options: RunOptions): SetResult {
  const base = join(root, "newspaper");
  const dir = existsSync(join(base, "text")) ? join(base, "text") : base;
  if (!existsSync(dir)) return skippedSet(NAME, "corpus", `missing ${base}`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && f !== "SOURCE.txt")
    .sort();
  if (files.length === 0) return skippedSet(NAME, "corpus", `no *.txt in ${dir}`);
  const b = new SetBuilder(NAME, "corpus", options.maxMisses);
  const chosen = sample(files, options.limit);
  if (chosen.length < files.length) b.notes.push(`sample of ${chosen.length} of ${files.length} articles (--limit)`);
  const language = new Tally();
  const nonEnglish = new Tally();
  const found = new Tally();
  const place = new Tally();
  let empty = 0;
  for (const f of chosen) {
    const text = readFileSync(join(dir, f), "utf8");
    b.n++;
    const article = b.run(normalize, text, { file: f });
    if (text.trim() === "") {
      empty++;
      continue;
    }
    const gold = newspaperLanguage(f);
    const got = article?.language.code ?? null;
    const right = language.add(primaryLanguage(got) === gold);
    if (gold !== "en") nonEnglish.add(right);
    if (!right) b.miss({ what: "language", file: f, expected: gold, got });
    const candidate = datelineCandidate(text);
    if (candidate) {
      const dl = article?.dateline ?? null;
      if (!found.add(dl !== null)) b.miss({ what: "dateline.proxy", file: f, expected: candidate.place ?? "(agency only)", got: null });
      if (candidate.place !== null) {
        if (!place.add(sameCi(candidate.place, dl?.place ?? null)) && dl !== null)
          b.miss({ what: "dateline.proxy_place", file: f, expected: candidate.place, got: clip(dl.place, 40) });
      }
    }
  }
  if (empty) b.notes.push(`${empty} empty file(s): run but not scored`);
  b.tally("language.accuracy", language, "gold from the file name");
  b.tally("language.accuracy_non_english", nonEnglish);
  b.tally("proxy.dateline_found", found, "PROXY: regex-detected datelines like (CNN) -- that article.dateline returns");
  b.tally("proxy.dateline_place", place, "PROXY: place of those datelines (case-insensitive)");
  return b.build();
}
