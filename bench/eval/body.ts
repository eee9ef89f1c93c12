/**
 * Shared scorer of `{id: {url, page, body}}` page sets (scrapinghub, wcxb): run
 * normalizeArticle on `page` and compare `article.body` with `body` as bag-of-words.
 * Reported as mean precision and mean recall over pages and the F1 of those two means (how
 * the corpus README's reference figures are computed), plus the raw page text as a baseline.
 *
 * @module
 */
import { bagOfWords, f1, mean, pageF1, sample } from "./metrics.js";
import { type Normalize, type RunOptions, SetBuilder, type SetResult } from "./result.js";

export interface Page {
  id: string;
  url: string | null;
  page: string;
  body: string;
}

/** Validate the `{id: {url, page, body}}` shape loosely; entries without string `page`/`body` are dropped. */
export function readPages(value: unknown, notes: string[]): Page[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("expected a JSON object {id: {url, page, body}}");
  const pages: Page[] = [];
  let dropped = 0;
  for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
    const e = entry as Record<string, unknown> | null;
    if (!e || typeof e.page !== "string" || typeof e.body !== "string") {
      dropped++;
      continue;
    }
    pages.push({ id, url: typeof e.url === "string" ? e.url : null, page: e.page, body: e.body });
  }
  if (dropped) notes.push(`${dropped} entries without string page/body skipped`);
  return pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function scoreBodies(name: string, all: readonly Page[], normalize: Normalize, options: RunOptions, reference?: string): SetResult {
  const b = new SetBuilder(name, "corpus", options.maxMisses);
  const pages = sample(all, options.limit);
  if (pages.length < all.length) b.notes.push(`sample of ${pages.length} of ${all.length} pages (--limit)`);
  const ps: number[] = [];
  const rs: number[] = [];
  const rawPs: number[] = [];
  const rawRs: number[] = [];
  const rows: { id: string; url: string | null; p: number; r: number; f1: number }[] = [];
  for (const page of pages) {
    b.n++;
    const raw = bagOfWords(page.page, page.body);
    rawPs.push(raw.precision);
    rawRs.push(raw.recall);
    const article = b.run(normalize, page.page, { id: page.id });
    const s = article ? bagOfWords(article.body, page.body) : { precision: 0, recall: 0 };
    ps.push(s.precision);
    rs.push(s.recall);
    rows.push({ id: page.id, url: page.url, p: s.precision, r: s.recall, f1: pageF1(s.precision, s.recall) });
  }
  const p = mean(ps);
  const r = mean(rs);
  b.value("body.precision", p, ps.length, "rate", "mean over pages");
  b.value("body.recall", r, rs.length, "rate", "mean over pages");
  b.value("body.f1", f1(p, r), ps.length, "rate", "F1 of mean P and mean R");
  b.value("body.f1_per_page_mean", mean(rows.map((x) => x.f1)), rows.length);
  const rp = mean(rawPs);
  const rr = mean(rawRs);
  b.value("baseline.raw_page.precision", rp, rawPs.length);
  b.value("baseline.raw_page.recall", rr, rawRs.length);
  b.value("baseline.raw_page.f1", f1(rp, rr), rawPs.length, "rate", "the page text itself as the body");
  if (reference) b.notes.push(reference);
  rows.sort((x, y) => x.f1 - y.f1 || x.id.localeCompare(y.id));
  for (const row of rows) {
    b.miss({ what: "body", id: row.id, url: row.url, P: round(row.p), R: round(row.r), F1: round(row.f1) });
  }
  return b.build();
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
