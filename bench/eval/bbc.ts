/**
 * bbc/<category>/*.txt: BBC News 2004-2005, headline on line 1. Read as bytes (one file has a
 * raw Latin-1 byte). Scores: title (gold = line 1), decoding without U+FFFD, and, since there
 * are no gold quotes, quote counts as a proxy.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { clip, collapseWs, sameExact, sample } from "./metrics.js";
import { type Normalize, type RunOptions, SetBuilder, type SetResult, skippedSet, Tally } from "./result.js";

export const NAME = "bbc";

/** UTF-8, falling back to Windows-1252 for invalid input: only used to read the gold title. */
function decodeGold(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export function runBbc(root: string, normalize: Normalize, options: RunOptions): SetResult {
  const dir = join(root, "bbc");
  if (!existsSync(dir)) return skippedSet(NAME, "corpus", `missing ${dir}`);
  const files: string[] = [];
  for (const category of readdirSync(dir).sort()) {
    const sub = join(dir, category);
    if (!statSync(sub).isDirectory()) continue;
    for (const f of readdirSync(sub).sort()) if (f.endsWith(".txt")) files.push(join(category, f));
  }
  if (files.length === 0) return skippedSet(NAME, "corpus", `no */*.txt under ${dir}`);
  const b = new SetBuilder(NAME, "corpus", options.maxMisses);
  const chosen = sample(files, options.limit);
  if (chosen.length < files.length) b.notes.push(`sample of ${chosen.length} of ${files.length} articles (--limit)`);
  const title = new Tally();
  const clean = new Tally();
  const withSpeaker = new Tally();
  let quotes = 0;
  let scored = 0;
  let invalidUtf8 = 0;
  for (const f of chosen) {
    const bytes = new Uint8Array(readFileSync(join(dir, f)));
    b.n++;
    const text = decodeGold(bytes);
    if (!isUtf8(bytes)) invalidUtf8++;
    const gold = collapseWs(text.split("\n")[0] ?? "");
    const article = b.run(normalize, bytes, { file: f });
    if (gold !== "" && !title.add(article !== null && sameExact(gold, article.title)))
      b.miss({ what: "title", file: f, expected: gold, got: clip(article?.title ?? null, 80) });
    if (!clean.add(article !== null && !article.text.includes("\uFFFD"))) b.miss({ what: "decoding", file: f, expected: "no U+FFFD", got: "U+FFFD in text" });
    if (!article) continue;
    scored++;
    quotes += article.quotes.length;
    withSpeaker.add(article.quotes.some((q) => q.speaker !== null));
  }
  b.tally("title.exact", title, "gold: line 1");
  b.tally("decoded.no_replacement_char", clean, `${invalidUtf8} input(s) with invalid UTF-8`);
  b.value("proxy.quotes_per_article", scored > 0 ? quotes / scored : null, scored, "mean", "PROXY: no gold quotes");
  b.tally("proxy.articles_with_attributed_quote", withSpeaker, "PROXY: share with >= 1 quote whose speaker is non-null");
  return b.build();
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
