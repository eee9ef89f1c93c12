/**
 * reuters21578/reut2-*.sgm: 1987 Reuters wire stories. A small linear SGML reader pulls
 * `<DATE>`, `<TITLE>`, `<DATELINE>`, `<BODY>` out of each `<REUTERS>` record; the input is
 * built like a scraped page, `TITLE\n\nDATELINE BODY`, with the entities left encoded.
 * Scores: dateline place, published month-day (the wire has no year in the dateline, so only
 * month and day are compared with `<DATE>`), title, and entity decoding.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { clip, collapseWs, normalCase, sameCi, sameExact } from "./metrics.js";
import { type Normalize, type RunOptions, SetBuilder, type SetResult, skippedSet, Tally } from "./result.js";

export const NAME = "reuters";
/** Default number of stories (the set has 2,000). */
export const DEFAULT_LIMIT = 1000;

export interface ReutersStory {
  id: string;
  date: string | null;
  title: string | null;
  dateline: string | null;
  body: string | null;
}

/** Text between `<tag>` and `</tag>` inside `record`, or null. Tags with attributes are matched too. */
function element(record: string, tag: string): string | null {
  let open = record.indexOf(`<${tag}>`);
  let contentStart = open + tag.length + 2;
  if (open === -1) {
    open = record.indexOf(`<${tag} `);
    if (open === -1) return null;
    const gt = record.indexOf(">", open);
    if (gt === -1) return null;
    contentStart = gt + 1;
  }
  const close = record.indexOf(`</${tag}>`, contentStart);
  return record.slice(contentStart, close === -1 ? record.length : close);
}

/** Read every `<REUTERS ...> ... </REUTERS>` record of an SGML file, in one pass. */
export function parseReuters(sgml: string, file = ""): ReutersStory[] {
  const stories: ReutersStory[] = [];
  let at = 0;
  for (;;) {
    const start = sgml.indexOf("<REUTERS", at);
    if (start === -1) break;
    const headEnd = sgml.indexOf(">", start);
    if (headEnd === -1) break;
    const end = sgml.indexOf("</REUTERS>", headEnd);
    const record = sgml.slice(headEnd + 1, end === -1 ? sgml.length : end);
    const head = sgml.slice(start, headEnd);
    const newid = /NEWID="(\d+)"/.exec(head)?.[1];
    stories.push({
      id: newid ? `${file}#${newid}` : `${file}@${start}`,
      date: element(record, "DATE"),
      title: element(record, "TITLE"),
      dateline: element(record, "DATELINE"),
      body: element(record, "BODY"),
    });
    if (end === -1) break;
    at = end + "</REUTERS>".length;
  }
  return stories;
}

/** Decode the SGML entities the corpus uses (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&#N;`). */
export function decodeSgml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/giu, (m, name: string) => {
    const lower = name.toLowerCase();
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "amp") return "&";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    const code = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const MONTHS: Record<string, string> = {
  JAN: "01", FEB: "02", MAR: "03", APR: "04", MAY: "05", JUN: "06",
  JUL: "07", AUG: "08", SEP: "09", OCT: "10", NOV: "11", DEC: "12",
};

/** `26-FEB-1987 15:01:01.79` gives `02-26`. */
export function monthDay(date: string): string | null {
  const m = /(\d{1,2})-([A-Za-z]{3})-(\d{4})/.exec(date);
  if (!m || !m[1] || !m[2]) return null;
  const month = MONTHS[m[2].toUpperCase()];
  return month ? `${month}-${m[1].padStart(2, "0")}` : null;
}

/** The place of `    SALVADOR, Feb 26 - ` in normal case (`Salvador`), or null when there is no comma. */
export function datelinePlace(dateline: string): string | null {
  const text = collapseWs(decodeSgml(dateline));
  const comma = text.indexOf(",");
  if (comma <= 0) return null;
  const place = text.slice(0, comma).trim();
  return place && /\p{L}/u.test(place) ? normalCase(place) : null;
}

const ENCODED = /&(?:lt|gt|amp|#\d+);/u;

export function runReuters(root: string, normalize: Normalize, options: RunOptions): SetResult {
  const dir = join(root, "reuters21578");
  if (!existsSync(dir)) return skippedSet(NAME, "corpus", `missing ${dir}`);
  const files = readdirSync(dir)
    .filter((f) => /^reut2-.*\.sgm$/.test(f))
    .sort();
  if (files.length === 0) return skippedSet(NAME, "corpus", `no reut2-*.sgm in ${dir}`);
  const b = new SetBuilder(NAME, "corpus", options.maxMisses);
  const all: ReutersStory[] = [];
  for (const f of files) all.push(...parseReuters(readFileSync(join(dir, f), "utf8"), f));
  const limit = options.limit ?? DEFAULT_LIMIT;
  const stories = all.slice(0, limit);
  if (stories.length < all.length) b.notes.push(`first ${stories.length} of ${all.length} stories (--limit to change)`);

  const place = new Tally();
  const published = new Tally();
  const monthDayMatch = new Tally();
  const title = new Tally();
  const decoded = new Tally();
  for (const s of stories) {
    if (s.title === null && s.body === null) continue;
    const titleText = s.title ?? "";
    const datelineText = s.dateline !== null ? s.dateline.replace(/\s+$/u, "") : "";
    const bodyText = s.body ?? "";
    const input = `${titleText}\n\n${datelineText}${datelineText && bodyText ? " " : ""}${bodyText}`;
    b.n++;
    const article = b.run(normalize, input, { id: s.id });

    const goldPlace = s.dateline !== null ? datelinePlace(s.dateline) : null;
    if (goldPlace !== null) {
      const got = article?.dateline?.place ?? null;
      if (!place.add(article !== null && sameCi(goldPlace, got))) b.miss({ what: "dateline.place", id: s.id, expected: goldPlace, got });
    }
    const md = s.date !== null ? monthDay(s.date) : null;
    if (md !== null) {
      const value = article?.published?.value ?? null;
      published.add(value !== null);
      const gotMd = value !== null && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(5, 10) : null;
      if (!monthDayMatch.add(gotMd === md)) b.miss({ what: "published.month_day", id: s.id, expected: md, got: value });
    }
    if (s.title !== null && collapseWs(s.title) !== "") {
      const gold = collapseWs(decodeSgml(s.title));
      const got = article?.title ?? null;
      if (!title.add(article !== null && sameExact(gold, got))) b.miss({ what: "title", id: s.id, expected: gold, got: clip(got, 80) });
    }
    if (ENCODED.test(input)) {
      const left = article ? ENCODED.exec(article.text)?.[0] ?? null : "(error)";
      if (!decoded.add(left === null)) b.miss({ what: "entities", id: s.id, expected: "no &lt; &amp; &#N; left", got: left });
    }
  }
  b.tally("dateline.place_accuracy", place, "gold: place before the comma of <DATELINE>");
  b.tally("published.found", published);
  b.tally("published.month_day_accuracy", monthDayMatch, "month and day of <DATE> (the wire dateline has no year)");
  b.tally("title.exact", title);
  b.tally("entities.decoded", decoded, "article.text free of &lt; &amp; &#N; when the input had them");
  return b.build();
}
