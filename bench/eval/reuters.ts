/**
 * reuters21578/reut2-*.sgm: 1987 Reuters wire stories. A small linear SGML reader pulls
 * `<DATE>`, `<TITLE>`, `<DATELINE>`, `<BODY>` out of each `<REUTERS>` record; the input is
 * built like a scraped page, `TITLE\n\nDATELINE BODY`, with the entities left encoded.
 * Each story is normalized with `referenceDate` = the last day of `<DATE>`'s year, so that the
 * wire dateline's month-day ("Feb 26") takes that year, as a reader of the day would.
 * Scores: dateline place, the dateline date (the month-day written in `<DATELINE>`, or the
 * month-day of `<DATE>` when the dateline's month is misspelled, with `<DATE>`'s year, compared
 * with the whole `published` day), published month-day against `<DATE>` (which differs from the
 * dateline for stories filed after midnight in Asia), title, and entity decoding.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeArticle } from "../../src/index.js";
import type { Article } from "../../src/index.js";
import { clip, collapseWs, normalCase, sameCi, sameExact } from "./metrics.js";
import { type Normalize, type RunOptions, SetBuilder, type SetResult, skippedSet, Tally } from "./result.js";

export const NAME = "reuters";
/** Default number of stories: all of them (the set has 2,000). */
export const DEFAULT_LIMIT = Number.POSITIVE_INFINITY;

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

/** `26-FEB-1987 15:01:01.79` gives `1987`. */
export function year(date: string): string | null {
  return /\d{1,2}-[A-Za-z]{3}-(\d{4})/.exec(date)?.[1] ?? null;
}

const MONTH_WORD = /(?<![A-Za-z])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?!\d)/u;
const DAY_MONTH_WORD = /(?<![\d])(\d{1,2})\s+([A-Za-z]{3,9})(?![A-Za-z])/u;

/**
 * The month-day written in a dateline, `MM-DD`: `SALVADOR, Feb 26 - ` gives `02-26`,
 * `AMSTERDAM, 2 March - ` gives `03-02`. The month is read from its first three letters; null
 * when the dateline has no date or the month is misspelled (`Narch 2`).
 */
export function datelineMonthDay(dateline: string): string | null {
  const text = collapseWs(decodeSgml(dateline));
  const read = (word: string, day: string): string | null => {
    const month = MONTHS[word.slice(0, 3).toUpperCase()];
    const d = Number(day);
    return month && d >= 1 && d <= 31 ? `${month}-${day.padStart(2, "0")}` : null;
  };
  const a = MONTH_WORD.exec(text);
  if (a?.[1] && a[2]) {
    const md = read(a[1], a[2]);
    if (md) return md;
  }
  const b = DAY_MONTH_WORD.exec(text);
  if (b?.[1] && b[2]) return read(b[2], b[1]);
  return null;
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
const QUOTE_MARK = /^["“”'‘’]$/u;

/** Normalize one story with a reference date (the default calls normalizeArticle). */
export type NormalizeWithReference = (input: string, referenceDate: string | undefined) => Article;
const withReference: NormalizeWithReference = (input, referenceDate) => normalizeArticle(input, referenceDate ? { referenceDate } : {});

/**
 * @param normalize - used when a story has no `<DATE>` year.
 * @param normalizeWith - normalizes with the reference date built from `<DATE>`'s year.
 */
export function runReuters(root: string, normalize: Normalize, options: RunOptions, normalizeWith: NormalizeWithReference = withReference): SetResult {
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
  const datelineDate = new Tally();
  const title = new Tally();
  const decoded = new Tally();
  const quoteDelimited = new Tally();
  const quoteAttributed = new Tally();
  for (const s of stories) {
    if (s.title === null && s.body === null) continue;
    const titleText = s.title ?? "";
    const datelineText = s.dateline !== null ? s.dateline.replace(/\s+$/u, "") : "";
    const bodyText = s.body ?? "";
    const input = `${titleText}\n\n${datelineText}${datelineText && bodyText ? " " : ""}${bodyText}`;
    b.n++;
    const storyYear = s.date !== null ? year(s.date) : null;
    const reference = storyYear !== null ? `${storyYear}-12-31` : undefined;
    const article = reference !== undefined ? b.run((x) => normalizeWith(String(x), reference), input, { id: s.id }) : b.run(normalize, input, { id: s.id });

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
    // The dateline date: only for datelines that carry a date (a digit).
    if (s.dateline !== null && /\d/.test(s.dateline) && storyYear !== null) {
      const written = datelineMonthDay(s.dateline) ?? (s.date !== null ? monthDay(s.date) : null);
      if (written !== null) {
        const want = `${storyYear}-${written}`;
        const value = article?.published?.value ?? null;
        const got = value !== null ? value.slice(0, 10) : null;
        if (!datelineDate.add(got === want)) b.miss({ what: "dateline.date", id: s.id, expected: want, got: value, dateline: collapseWs(s.dateline) });
      }
    }
    if (s.title !== null && collapseWs(s.title) !== "") {
      const gold = collapseWs(decodeSgml(s.title));
      const got = article?.title ?? null;
      if (!title.add(article !== null && sameExact(gold, got))) b.miss({ what: "title", id: s.id, expected: gold, got: clip(got, 80) });
    }
    // Wire copy is hard-wrapped: a quotation read line by line loses its opening or closing mark.
    for (const q of article?.quotes ?? []) {
      const text = article!.text;
      quoteDelimited.add(QUOTE_MARK.test(text.charAt(q.start - 1)) && QUOTE_MARK.test(text.charAt(q.end)));
      quoteAttributed.add(q.speaker !== null);
    }
    if (ENCODED.test(input)) {
      const left = article ? ENCODED.exec(article.text)?.[0] ?? null : "(error)";
      if (!decoded.add(left === null)) b.miss({ what: "entities", id: s.id, expected: "no &lt; &amp; &#N; left", got: left });
    }
  }
  b.tally("dateline.place_accuracy", place, "gold: place before the comma of <DATELINE>");
  b.tally("dateline.date_accuracy", datelineDate, "published day = the dateline's month-day with <DATE>'s year (reference date: that year's last day)");
  b.tally("published.found", published);
  b.tally("published.month_day_accuracy", monthDayMatch, "month and day of <DATE> (the wire dateline has no year)");
  b.tally("title.exact", title);
  b.tally("entities.decoded", decoded, "article.text free of &lt; &amp; &#N; when the input had them");
  b.tally("proxy.quotes_delimited", quoteDelimited, "PROXY: quotes with a quotation mark right before and right after (none cut by a line break)");
  b.tally("proxy.quotes_attributed", quoteAttributed, "PROXY: quotes with a speaker");
  return b.build();
}
