/**
 * The dateline: where (and often when, and from which agency) a story was filed. Read at the
 * start of one of the article's first content lines, or as a lone line:
 *
 * - `MOSCOW: The Kremlin said`, `TRENTON — Gov.`, `GREEN BAY, Wis. -- Here`,
 * - `SALVADOR, Feb 26 - Brazil`, `Caracas, feb 26 - `, `AMSTERDAM, 2 March - `,
 * - `WASHINGTON (Reuters) - `, `LONDON (AP) —`, `(CNN) --`, `Berlin (dpa) - `,
 * - `MOSCOW, July 22. /TASS/.`, `МОСКВА, 22 июля. /ТАСС/.`, `دمشق، سوريا (CNN) --`,
 * - `新华社北京1月26日电`,
 * - a lone `MOSCOW` line (not the first line, which is the headline).
 *
 * A place in capitals becomes normal case ("RIO DE JANEIRO" gives "Rio de Janeiro"). A place
 * written in mixed case counts only with a date or an agency after it.
 *
 * @module
 */
import { AGENCIES } from "./data/agencies.js";
import {
  MIN_WORDS_AFTER_BARE_DATELINE,
  MIN_WORDS_AFTER_DASHED_DATELINE,
  MIN_WORDS_AFTER_DATELINE,
  NOT_A_PLACE,
  PLACE_PARTICLES,
} from "./data/labels.js";
import { DATE_YEAR_SUFFIXES, DATELINE_MONTHS, MONTHS } from "./data/months.js";
import { alternation, asciiDigits, fold, MONTH_FORMS } from "./lexicon.js";

/** What a dateline holds; offsets index the line's text. */
export interface DatelineMatch {
  place: string | null;
  agency: string | null;
  start: number;
  end: number;
  /** The dateline's own date: month and day, and the year when written. */
  date: { m: number; d: number; y: number | null } | null;
}

const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’./\\-]*";
const PARTICLE = `(?:${alternation([...PLACE_PARTICLES])})`;
/** Words in capitals, with lower-case particles between them ("RIO DE JANEIRO"); it ends on a word in capitals. */
const CAPS_PLACE = new RegExp(`^(${CAPS_WORD}(?:(?:[ \\u00a0]+${PARTICLE})?[ \\u00a0]+${CAPS_WORD}){0,4})(?![\\p{L}\\p{M}])`, "u");
/** A place in mixed case: a word in Title case (or of a caseless script), then up to three more words. */
const TITLE_WORD = "(?:\\p{Lu}[\\p{Ll}\\p{M}'’\\-]*\\.?|\\p{Lo}[\\p{Lo}\\p{M}]*)";
const ANY_PLACE = new RegExp(`^(${TITLE_WORD}(?:[ \\u00a0]+(?:${TITLE_WORD}|\\p{Ll}+)){0,3}?)(?=\\s*[,،(]|\\s*\\/)`, "u");
const REGION_START = /^[ \u00a0]*[,،][ \u00a0]*/u;
const REGION_WORD = /^(?:[ \u00a0/]*)[\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*(?![\p{L}\p{M}])/u;
const MAX_REGION_WORDS = 4;
const DATE_MONTH_FIRST = /^[ \u00a0]*[,،]?[ \u00a0]*-?[ \u00a0]*(\p{L}{3,10})\.?[ \u00a0]+(\d{1,2})(?!\d)(?:,?[ \u00a0]+(\d{4}))?\.?,?/u;
/** Day first; month words up to 12 letters ("października"), a year word after the year ("2025 r."). */
const DATE_DAY_FIRST = new RegExp(
  `^[ \\u00a0]*[,،]?[ \\u00a0]*(\\d{1,2})\\.?[ \\u00a0]+(?:de[ \\u00a0]+)?(\\p{L}{3,12})\\.?(?:,?[ \\u00a0]+(?:de[ \\u00a0]+)?(\\d{4})(?:[ \\u00a0]+(?:${alternation(DATE_YEAR_SUFFIXES)})(?![\\p{L}]))?)?\\.?,?`,
  "u",
);
const AGENCY = /^[ \u00a0]*(?:\(([^()\n]{2,30})\)|\/([^/\n]{2,25})\/)/u;
const SEPARATOR = /^[ \u00a0]*(?:--|—|–|:|\.-|\.(?=[ \u00a0])|-(?=[ \u00a0]))/u;
const AGENCY_FIRST = /^\(([^()\n]{2,30})\)[ \u00a0]*(?:--|—|–|-|:)/u;
const XINHUA = /^(新华社|新華社|中新社|中新网)(?:记者[^\s，,]{0,12})?([\p{Script=Han}]{2,8}?)(\d{1,2})月(\d{1,2})日电/u;
const LEAD = /^[\s\u00a0]*/u;
/** How much of a line a dateline prefix (with the first words after it) can take. */
const PREFIX_WINDOW = 120;

/** English month names, full, for the typo-tolerant reading of wire datelines ("Narch 2"). */
const FULL_ENGLISH = (MONTHS.en ?? []).map((forms) => forms[0] ?? "");

/** A month word in a dateline: any known form, a three-letter prefix, or one typo away from an English month. */
export function datelineMonth(word: string): number | null {
  const key = fold(word);
  const turkish = word.toLocaleLowerCase("tr");
  const info = MONTH_FORMS.get(key) ?? MONTH_FORMS.get(turkish);
  if (info) return info.month;
  const abbreviation = DATELINE_MONTHS[key] ?? DATELINE_MONTHS[turkish];
  if (abbreviation !== undefined) return abbreviation;
  if (key.length >= 3) {
    const byPrefix = FULL_ENGLISH.findIndex((name) => name.startsWith(key));
    if (byPrefix !== -1) return byPrefix + 1;
  }
  if (key.length >= 4) {
    const byTypo = FULL_ENGLISH.findIndex((name) => name.length >= 4 && oneEditApart(key, name));
    if (byTypo !== -1) return byTypo + 1;
  }
  return null;
}

/** Whether two words differ by at most one substitution, insertion or deletion. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The agency's reported name: a known one from `data/agencies.ts`, else the text as written. */
export function agencyName(text: string): string {
  const clean = text.trim().replace(/\s+/gu, " ");
  return AGENCIES[clean.toLowerCase()] ?? clean;
}

/** A place in capitals in normal case: "RIO DE JANEIRO" gives "Rio de Janeiro", "N'DJAMENA" "N'Djamena". */
export function normalCase(place: string): string {
  // Turkish capitals ("İSTANBUL", "DİYARBAKIR") lower-case by Turkish rules.
  const locale = /[İŞĞ]/u.test(place) ? "tr" : "und";
  const words = place.trim().split(/[ \u00a0]+/u);
  return words
    .map((word, i) => {
      const lower = word.toLocaleLowerCase(locale);
      if (i > 0 && PLACE_PARTICLES.has(lower)) return lower;
      return lower.replace(/(^|[-'’./])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toLocaleUpperCase(locale));
    })
    .join(" ");
}

/** Words (runs of letters or digits) in `text`, counted up to `max`. */
function countWords(text: string, max: number): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) if (++n >= max) break;
  return n;
}
const WORD = /[\p{L}\p{N}]+/gu;

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

function acceptablePlace(place: string): boolean {
  const key = fold(place.replace(/[.,:]+$/u, ""));
  if (NOT_A_PLACE.has(key)) return false;
  const letters = place.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2;
}

function readDate(text: string): { length: number; date: DatelineMatch["date"] } | null {
  const a = DATE_MONTH_FIRST.exec(text);
  if (a) {
    const m = datelineMonth(a[1] ?? "");
    const d = Number(a[2]);
    if (m !== null && d >= 1 && d <= 31) return { length: a[0].length, date: { m, d, y: a[3] ? Number(a[3]) : null } };
  }
  const b = DATE_DAY_FIRST.exec(text);
  if (b) {
    const m = datelineMonth(b[2] ?? "");
    const d = Number(b[1]);
    if (m !== null && d >= 1 && d <= 31) return { length: b[0].length, date: { m, d, y: b[3] ? Number(b[3]) : null } };
  }
  return null;
}

/**
 * Read a dateline at the start of `line` (from `from`); null when there is none. The line must
 * go on after the dateline (a dateline opens a paragraph).
 */
export function readPrefixDateline(line: string, from = 0, afterAgency = false): DatelineMatch | null {
  const lead = LEAD.exec(line.slice(from, from + PREFIX_WINDOW))?.[0].length ?? 0;
  const start = from + lead;
  // A dateline is short: read only the start of the line.
  const rest = asciiDigits(line.slice(start, start + PREFIX_WINDOW));
  if (rest.length < 4) return null;

  const agencyFirst = AGENCY_FIRST.exec(rest);
  if (agencyFirst) {
    const agency = agencyName(agencyFirst[1] ?? "");
    // "(ANSA) - ROMA, 20 OTT - ": the agency, then the place and date.
    const after = afterAgency ? null : readPrefixDateline(line, start + agencyFirst[0].length, true);
    if (after && after.agency === null && after.place !== null && (after.date !== null || isAllCaps(after.place))) {
      return { ...after, agency, start };
    }
    return { place: null, agency, start, end: start + agencyFirst[0].length, date: null };
  }
  const xinhua = XINHUA.exec(rest);
  if (xinhua) {
    return {
      place: xinhua[2] ?? null,
      agency: agencyName(xinhua[1] ?? ""),
      start,
      end: start + xinhua[0].length,
      date: { m: Number(xinhua[3]), d: Number(xinhua[4]), y: null },
    };
  }

  const caps = CAPS_PLACE.exec(rest);
  const any = caps ? null : ANY_PLACE.exec(rest);
  const placeText = caps?.[1] ?? any?.[1];
  if (placeText === undefined) return null;
  const isCaps = caps !== null && isAllCaps(placeText);
  let at = placeText.length;
  let date: DatelineMatch["date"] = null;
  let dated = readDate(rest.slice(at));
  let hasRegion = false;
  if (!dated) {
    // A region ("Wis.", "N.Y.", "Indonesia/JAKARTA"): the longest run of capitalized words after
    // which a date reads, else the whole run.
    const regionStart = REGION_START.exec(rest.slice(at));
    if (regionStart) {
      const ends: number[] = [];
      let p = at + regionStart[0].length;
      for (let k = 0; k < MAX_REGION_WORDS; k++) {
        const w = REGION_WORD.exec(rest.slice(p));
        if (!w) break;
        p += w[0].length;
        ends.push(p);
      }
      for (let k = ends.length - 1; k >= 0 && !dated; k--) {
        const candidate = readDate(rest.slice(ends[k]));
        if (candidate) {
          at = ends[k]!;
          dated = candidate;
        }
      }
      if (!dated && ends.length > 0) at = ends[ends.length - 1]!;
      hasRegion = ends.length > 0;
    }
  }
  if (dated) {
    at += dated.length;
    date = dated.date;
  }
  let agency: string | null = null;
  let knownAgency = false;
  const ag = AGENCY.exec(rest.slice(at));
  if (ag) {
    const written = ag[1] ?? ag[2] ?? "";
    agency = agencyName(written);
    knownAgency = AGENCIES[written.trim().toLowerCase()] !== undefined;
    at += ag[0].length;
  }
  const sep = SEPARATOR.exec(rest.slice(at));
  if (!sep) return null;
  // A colon follows only a place in capitals ("MOSCOW:"); "Event, Jan 15: ..." is a heading.
  if (!isCaps && sep[0].trim() === ":") return null;
  at += sep[0].length;
  if (!isCaps && date === null && !knownAgency) return null;
  if (!acceptablePlace(placeText)) return null;
  if (placeText.split(/[ \u00a0]+/u).length > 5) return null;
  // A dateline opens a paragraph: words must follow (more of them when nothing but the place says "dateline").
  const bare = date === null && agency === null && !hasRegion;
  const classicDash = /--|—/u.test(sep[0]);
  const needed = !bare ? MIN_WORDS_AFTER_DATELINE : classicDash ? MIN_WORDS_AFTER_DASHED_DATELINE : MIN_WORDS_AFTER_BARE_DATELINE;
  if (countWords(line.slice(start + at, start + at + 200), needed) < needed) return null;
  const place = isCaps ? normalCase(placeText) : placeText.trim();
  return { place, agency, start, end: start + at, date };
}

const LONE = new RegExp(`^(${CAPS_WORD}(?:(?:[ \\u00a0]+${PARTICLE})?[ \\u00a0]+${CAPS_WORD}){0,2})(?:[ \\u00a0]*[,،][ \\u00a0]*[\\p{L}. ]{2,30})?[ \\u00a0]*[:\\-—–]?$`, "u");
const LONE_ANY = /^(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \u00a0]+\p{L}[\p{L}\p{M}'’.\-]*){0,2})(?:[ \u00a0]*[,،][ \u00a0]*[\p{L}. ]{2,30})?$/u;

/**
 * A line that is only a dateline: "MOSCOW", "KYIV, Ukraine". With `trusted` (the lines stage
 * labelled it `dateline`) a place in mixed case counts too.
 */
export function readLoneDateline(line: string, trusted: boolean): DatelineMatch | null {
  if (line.length > 60) return null;
  const lead = LEAD.exec(line)?.[0].length ?? 0;
  const body = line.slice(lead).replace(/[\s\u00a0]+$/u, "");
  if (body.length < 2 || body.length > 40) return null;
  const caps = LONE.exec(body);
  if (caps?.[1] && isAllCaps(caps[1]) && acceptablePlace(caps[1])) {
    return { place: normalCase(caps[1]), agency: null, start: lead, end: lead + body.length, date: null };
  }
  if (trusted) {
    const any = LONE_ANY.exec(body);
    if (any?.[1] && acceptablePlace(any[1])) return { place: any[1], agency: null, start: lead, end: lead + body.length, date: null };
    const prefix = readPrefixDateline(`${line} x`);
    if (prefix) return { ...prefix, end: Math.min(prefix.end, lead + body.length) };
  }
  return null;
}
