/**
 * Line-shape patterns. Each is anchored and free of nested quantifiers, so it runs in time
 * linear in the line.
 */

/** A scraper's date header before the content of line 1: " date 2026-01-26 Headline". */
export const DATE_HEADER = /^\s*(?:date|published|updated|pubdate)?:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\s+(?=\S)/i;

/** A share or comment counter: "171", "1.2K", "12 comments" (counter words in data/markers). */
export const BARE_COUNT = /^\d[\d.,\s]{0,12}[kKmM]?\+?$/;

/** A numeric date: 14.06.2024, 2024-06-14, 06/14/2024, 14/06/24. */
export const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/;

/** A clock time: 09:40, 9.40, 21h40. */
export const CLOCK_TIME = /\b\d{1,2}[:h.]\d{2}\b/;
/** A line that is only a time of day (`11:20 p.m.`, `14.05`, `9:55 a.m.:`): a live blog's stamp. */
export const TIME_STAMP_LINE = /^\d{1,2}[:h.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?[.:]?$/iu;

/** CJK date: 2026年1月26日, 1月23日, and the Korean 2026년 1월 26일. */
export const CJK_DATE = /\d{1,4}\s*[年년]|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]/;

/** A dateline that stands alone: "MOSCOW", "KYIV:", "WASHINGTON —", "NEW YORK (Reuters) -". */
export const LONE_DATELINE = /^[\p{Lu}][\p{Lu}.'’-]*(?: [\p{Lu}][\p{Lu}.'’-]*){0,3}(?:,? \([\p{L} ]{1,20}\))?\s*[:,–—-]?$/u;

/** An agency credit alone on a line: "(AFP)", "(Reuters) -", "/TASS/". */
export const AGENCY_CREDIT = /^[(/][\p{L} .&-]{2,30}[)/]\s*[–—-]?$/u;

/** Words that introduce an author's name: "by", "von", "par", ... */
export const BY_WORDS: readonly string[] = ["by", "von", "par", "por", "di", "door", "przez", "от"];

/** "By Jane Doe", "by Bryan DeArdo and Sam Lee", "By CUI HAIPEI in Dubai". */
export const BY_PREFIX = new RegExp(`^(?:${BY_WORDS.join("|")})\\s+\\p{Lu}`, "iu");

/** A breadcrumb: "Home / World / Europe", "News » Politics". */
export const BREADCRUMB = /^[^|/»›>]{1,40}(?:\s[/»›>|]\s[^|/»›>]{1,40}){1,8}$/;

/** A bare URL, e-mail or @handle line. */
export const LINK_ONLY = /^(?:https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$/i;

/** A line that opens with a quotation mark (of any of the press's systems). */
export const OPENS_QUOTE = /^["“„«»‘'‹「『]/u;
