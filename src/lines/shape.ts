/**
 * Shape rules: what a line is from its form alone, before any context. Each function answers
 * one question about one line; all are linear in the line and bounded by a length check.
 *
 * @module
 */
import { DATE_LINE_WORDS, MONTH_WORDS, RELATIVE_AGO_WORDS, WEEKDAY_WORDS } from "./data/calendar.js";
import { CAPTION_MARKERS, CAPTION_MAX_LENGTH, SLASH_CREDIT_WORDS, SLASH_CREDITS } from "./data/captions.js";
import { LOWER_BY_WORDS, NAME_PARTICLES, NOT_NAME_ENDINGS, NOT_NAME_WORDS } from "./data/byline-words.js";
import { firstWord } from "./normalize.js";
import { SubstringSet } from "./substring-set.js";
import { ABOUT_HEADERS, ABOUT_MAX_WORDS } from "./data/section-ends.js";
import { COMMENT_COUNT_WORDS, COMMENT_HEADERS, COMMENT_TITLE_JOINERS, COMMENTER_ENDINGS, NOT_COMMENTER_FIRST_WORDS } from "./data/comments.js";
import { COUNTER_WORDS, PAGINATION_WORDS, SPAM_KEYWORDS } from "./data/markers.js";
import {
  AGENCY_CREDIT,
  BARE_COUNT,
  BREADCRUMB,
  BY_PREFIX,
  BY_WORDS,
  CJK_DATE,
  CLOCK_TIME,
  DATE_HEADER,
  LINK_ONLY,
  LONE_DATELINE,
  NUMERIC_DATE,
} from "./data/patterns.js";
import type { LineFeatures } from "./features.js";
import { escapeRegExp } from "./regexp.js";

const months = new Set(MONTH_WORDS);
const weekdays = new Set(WEEKDAY_WORDS);
const dateWords = new Set(DATE_LINE_WORDS);
const agoWords = new Set(RELATIVE_AGO_WORDS);
const counterWords = new Set(COUNTER_WORDS.map((w) => w.toLowerCase()));
// Latin keywords match whole words ("av" must not match "have"); others match anywhere.
const latinSpam = SPAM_KEYWORDS.filter((w) => /^[\x20-\x7e]+$/.test(w)).map((w) => escapeRegExp(w.toLowerCase()));
const SPAM_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${latinSpam.join("|")})(?![\\p{L}\\p{N}])`, "giu");
const otherSpam = SPAM_KEYWORDS.filter((w) => !/^[\x20-\x7e]+$/.test(w)).map((w) => w.toLowerCase());

const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*|\|/gu;

/**
 * Calls `keep` on each token of the lower-cased line in turn (words with inner `.` or
 * apostrophes, and `|`) and stops at the first it returns false for: a line is read only as far
 * as it takes to rule it out. Returns whether every token was kept.
 */
function everyToken(text: string, keep: (token: string) => boolean): boolean {
  const lower = text.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m !== null; m = TOKEN.exec(lower)) if (!keep(m[0])) return false;
  return true;
}

const COUNT_TOKEN = /^\d[\d.,]*[km]?$/;
const PAGE_NUMBER = /^\d{1,3}$/;

/** Length of a leading scraper date header (" date 2026-01-26 "), or 0. */
export function dateHeaderLength(text: string): number {
  const m = DATE_HEADER.exec(text.length > 64 ? text.slice(0, 64) : text);
  return m ? m[0].length : 0;
}

/** "171", "1.2K", "12 comments", "Comments (12)". */
export function isCounter(f: LineFeatures): boolean {
  if (f.length > 40) return false;
  // (Not a numeric date: `2026.11.14`.)
  if (startsWithDigit(f.text) && BARE_COUNT.test(f.text)) return !NUMERIC_DATE.test(f.text);
  if (f.digits === 0 || f.words > 4) return false;
  let counted = false;
  const only = everyToken(f.text, (w) => {
    if (counterWords.has(w)) return (counted = true);
    return COUNT_TOKEN.test(w);
  });
  return only && counted;
}

export function isLinkOnly(f: LineFeatures): boolean {
  // Every link form has an `@`, a `.` or the colon of a scheme.
  return f.length <= 200 && f.words === 1 && /[@.:]/.test(f.text) && LINK_ONLY.test(f.text);
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

const paginationWords = new Set(PAGINATION_WORDS);

/** "« Previous 1 2 3 Next »", "Page 2 of 5": page numbers (two or more, or one with a page word) and page words only. */
export function isPagination(f: LineFeatures): boolean {
  if (f.length > 80 || f.words > 14 || f.digits === 0 || f.endsSentence) return false;
  let numbers = 0;
  let words = 0;
  const only = everyToken(f.text, (token) => {
    if (PAGE_NUMBER.test(token)) numbers++;
    else if (paginationWords.has(token)) words++;
    else if (token !== "|") return false;
    return true;
  });
  return only && (numbers >= 2 || (numbers === 1 && words >= 1));
}

export function isBreadcrumb(f: LineFeatures): boolean {
  return f.length <= 160 && f.separators >= 2 && f.words <= 16 && !f.endsSentence && BREADCRUMB.test(f.text);
}

/**
 * A line that is only a date or time stamp: every word is a number, a month, a weekday or a
 * date-line word, and there is a date (a month with a number, a numeric date, a CJK date) or a
 * relative stamp ("3 hours ago").
 */
export function isDateOnly(f: LineFeatures): boolean {
  if (f.length > 90 || f.words > 14 || (f.digits === 0 && !f.cjk)) return false;
  // (Arabic-Indic and Persian digits read as ASCII: `١٤ نوفمبر ٢٠٢٦`.)
  const text = f.digits > 0 ? asciiDigits(f.text) : f.text;
  const digits = f.digits > 0;
  if (f.cjk && CJK_DATE.test(text) && f.letters - countCjkDateChars(text) <= 4) return true;
  // (Else, in CJK copy too, a numeric stamp with a label: `입력 2026.11.14 09:35`.)
  if (!digits) return false;
  let month = false;
  let number = false;
  let ago = false;
  // An ago phrase of several words (`il y a`) is read as one word.
  let lower = text.toLowerCase();
  for (const phrase of AGO_PHRASES) {
    if (lower.includes(phrase)) {
      ago = true;
      lower = lower.replace(phrase, " ");
    }
  }
  // (A token never ends with a full stop: "Jan." is read as "jan".)
  const only = everyToken(lower, (token) => {
    const first = token.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) number = true;
    else if (months.has(token)) month = true;
    else if (agoWords.has(token)) ago = true;
    else if (!weekdays.has(token) && !dateWords.has(token) && token !== "|") return false;
    return true;
  });
  return only && number && (month || ago || NUMERIC_DATE.test(text) || CLOCK_TIME.test(text));
}

/** The ago words of several words (`il y a`), matched in the line before it is read word by word. */
const AGO_PHRASES = RELATIVE_AGO_WORDS.filter((w) => w.includes(" "));

/** Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits as ASCII digits; the text itself when it has none. */
function asciiDigits(text: string): string {
  if (!/[\u0660-\u0669\u06F0-\u06F9]/u.test(text)) return text;
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String.fromCharCode(0x30 + (d.charCodeAt(0) & 0xf)));
}

function countCjkDateChars(text: string): number {
  let n = 0;
  for (const ch of text) if (CJK_DATE_CHARS.includes(ch)) n++;
  return n;
}

/** Characters of a CJK date or time stamp (`2026年11月14日 星期五`, `2026년 11월 14일 오전 9시`). */
const CJK_DATE_CHARS = "年月日时分星期周一二三四五六天년월일시분오전후";

/** "MOSCOW", "KYIV:", "NEW YORK (Reuters) -": an upper-case place alone on its line. */
export function isLoneDateline(f: LineFeatures): boolean {
  return f.length <= 40 && f.words <= 5 && f.letters >= 3 && f.digits === 0 && mayOpenUpper(f.text) && LONE_DATELINE.test(f.text);
}

/**
 * Not ruled out as opening with an upper-case word: an ASCII character other than A-Z first, or
 * an ASCII lower-case letter second ("Home", "Sport"), rules a line out.
 */
function mayOpenUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80 && !(c >= 0x41 && c <= 0x5a)) return false;
  const d = text.charCodeAt(1);
  return !(d >= 0x61 && d <= 0x7a);
}

/** The letters BY_PREFIX's words open with, in either case: no other line can match it. */
const BY_INITIALS = BY_WORDS.map((w) => w.charAt(0).toLowerCase() + w.charAt(0).toUpperCase()).join("");

/** A byline or credit line by shape: "By Jane Doe", "(AFP)", "Jane Doe | Outlet | Updated: ...". */
export function bylineShape(f: LineFeatures): "by" | "credit" | "pipe" | null {
  if (f.length > 160 || f.endsSentence) return null;
  const first = f.text.charAt(0);
  if ((first === "(" || first === "/") && AGENCY_CREDIT.test(f.text)) return "credit";
  if (f.words <= 14 && BY_INITIALS.includes(first) && BY_PREFIX.test(f.text)) return "by";
  if (f.text.includes("|") && f.words <= 24 && (NUMERIC_DATE.test(f.text) || CLOCK_TIME.test(f.text))) return "pipe";
  return null;
}

/** Adult, gambling and pharmacy keywords found in the line (counted once each). */
export function spamKeywordCount(text: string): number {
  const lower = (text.length > 4000 ? text.slice(0, 4000) : text).toLowerCase();
  const found = new Set<string>();
  SPAM_WORD.lastIndex = 0;
  for (let m = SPAM_WORD.exec(lower); m !== null; m = SPAM_WORD.exec(lower)) found.add(m[0]);
  for (const word of otherSpam) if (lower.includes(word)) found.add(word);
  return found.size;
}

/** A keyword list: many short items separated by commas (any script's comma). */
export function isKeywordList(text: string): boolean {
  // One pass, no strings made: items end at a list separator, and an item's length is from its
  // first to its last character that `trim` would keep.
  let items = 0;
  let short = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x2c;
    if (c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x3b || c === 0xff1b || c === 0x7c) {
      items++;
      if (first < 0 || last - first + 1 <= 24) short++;
      first = -1;
    } else if (!isTrimmed(c)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return items >= 5 && short >= items * 0.8;
}

/** The characters String.prototype.trim removes: white space and line terminators. */
function isTrimmed(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const commentHeaders = new Set(COMMENT_HEADERS);
const notCommenters = new Set(NOT_COMMENTER_FIRST_WORDS);
/** The longest comment header: a longer line needs no lookup. */
const COMMENT_HEADER_MAX = Math.max(...COMMENT_HEADERS.map((h) => h.length));
const commentCountWords = new Set(COMMENT_COUNT_WORDS);

/**
 * A line that opens or belongs to a reader-comment section: a comments header ("Leave a
 * reply", "34 responses to ..."), or a commenter's name line ("jane says:"). `normalized` is the
 * line after normalizeForMatch; `raw` the trimmed line (its trailing colon matters here).
 */
export function isCommentMarker(normalized: string, raw: string, f: LineFeatures): boolean {
  if (f.words > 12) return isCommentCountTitle(normalized, raw, f);
  if (normalized.length <= COMMENT_HEADER_MAX && commentHeaders.has(normalized)) return true;
  if (f.words <= 6 && raw.endsWith(":")) {
    const lower = raw.toLowerCase();
    // (`He said:`, `The minister wrote:` introduce a quotation of the text.)
    if (COMMENTER_ENDINGS.some((ending) => lower.endsWith(ending)) && !notCommenters.has(firstWord(normalized))) return true;
  }
  if (f.digits === 0) return false;
  const count = /^(\d[\d,.]*)\s+(\p{L}+)/u.exec(normalized);
  return count !== null && commentCountWords.has(count[2]!);
}

const commentJoiners = new Set(COMMENT_TITLE_JOINERS);
/** A comment count line with the article's title may be this long. */
const COMMENT_TITLE_MAX = 300;
const OPENING_QUOTE = /["“«„'‘]/u;
const CLOSING_QUOTE = /["”»“'’]$/u;

/**
 * "10 thoughts on “A Long Article Title”", "34 responses to “…”": a count of comments that
 * names the article in quotes opens the comment section, however long the title. (The title
 * must be quoted: "5 thoughts on the economy" may be a heading of the text.)
 */
function isCommentCountTitle(normalized: string, raw: string, f: LineFeatures): boolean {
  if (f.digits === 0 || f.length > COMMENT_TITLE_MAX) return false;
  const first = normalized.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return false;
  const words = normalized.split(" ", 3);
  if (words.length < 3 || !/^\d[\d,.]*$/.test(words[0]!)) return false;
  return commentCountWords.has(words[1]!) && commentJoiners.has(words[2]!) && CLOSING_QUOTE.test(raw) && OPENING_QUOTE.test(raw.slice(0, -1));
}

// One case-insensitive alternation of literal markers: a single scan per line. No `u` flag:
// the markers are literal BMP text, and non-unicode case folding scans about twice as fast.
/** The caption marks, found in one scan (the lists are lower-case). */
const CAPTION_MARKS = new SubstringSet(CAPTION_MARKERS);

/**
 * A photo caption by its marks ("..., left, and ...", "Credit: Getty"); not a full-stop-free
 * headline. `normalized` is the line's match form, or only its start when `partial`.
 */
export function hasCaptionMarker(f: LineFeatures, normalized: string, partial: boolean): boolean {
  if (f.length > CAPTION_MAX_LENGTH || f.words < 4) return false;
  const text = partial ? f.text.toLowerCase() : normalized;
  return CAPTION_MARKS.test(text) || closingSlashCredit(text);
}

/** Does an agency credit with a slash close the line (`… in Kyiv. REUTERS/Jane Roe`)? */
function closingSlashCredit(text: string): boolean {
  if (!text.includes("/")) return false;
  for (const credit of SLASH_CREDITS) {
    const at = text.lastIndexOf(credit);
    if (at === -1 || (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1)))) continue;
    let words = 0;
    for (let i = at + credit.length; i < text.length; i++) if (text.charCodeAt(i) === 0x20 && ++words >= SLASH_CREDIT_WORDS) break;
    if (words < SLASH_CREDIT_WORDS) return true;
  }
  return false;
}

const aboutHeaders = new Set(ABOUT_HEADERS);
/** The first words of the about headers. */
const aboutFirstWords = new Set(ABOUT_HEADERS.map((h) => h.split(" ")[0]!));
/** The longest about header: longer starts need no lookup. */
const ABOUT_HEADER_MAX = Math.max(...ABOUT_HEADERS.map((h) => h.length));

/** "About the author", "About Acme", "Über uns": a short header opening a boilerplate section. */
export function isAboutHeader(normalized: string, f: LineFeatures): boolean {
  if (f.words > ABOUT_MAX_WORDS || f.endsSentence) return false;
  // The line, or its start up to any space, is a header: one lookup per word.
  // Every header opens with one of a few words: one lookup rules most lines out.
  const firstSpace = normalized.indexOf(" ");
  if (!aboutFirstWords.has(firstSpace < 0 ? normalized : normalized.slice(0, firstSpace))) return false;
  for (let space = firstSpace; space !== -1 && space <= ABOUT_HEADER_MAX; space = normalized.indexOf(" ", space + 1)) {
    if (aboutHeaders.has(normalized.slice(0, space))) return true;
  }
  return normalized.length <= ABOUT_HEADER_MAX && aboutHeaders.has(normalized);
}

const nameParticles = new Set(NAME_PARTICLES);
const notNameWords = new Set(NOT_NAME_WORDS);
/** A word of a name: a capital, then letters, apostrophes, hyphens or an initial's full stop. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** A bare-name byline is at most this long. */
const BARE_NAME_LENGTH = 48;

/**
 * A person's name alone on its line (`Giulia Ferraresi`, `Ирина Полозова`, `Jan de Vries`): two
 * to four capitalized words, name particles allowed between them, some lower-case letter (not a
 * menu in capitals), no menu or section word.
 */
export function isBareName(f: LineFeatures): boolean {
  if (f.length > BARE_NAME_LENGTH || f.words < 2 || f.words > 4 || f.digits > 0 || f.cjk || f.link) return false;
  return isNameText(f.text);
}

/** {@link isBareName} on a trimmed text alone (the byline reader asks it of a byline line). */
export function isNameText(text: string): boolean {
  const words = text.split(/\s+/u);
  const first = words[0]!;
  if (words.length < 2 || words.length > 4 || !NAME_WORD.test(first) || !NAME_WORD.test(words[words.length - 1]!)) return false;
  // Not an acronym first (`ML Tools`), nor a verb form (`Exploring …`).
  if (first === first.toUpperCase() || first.endsWith("ing")) return false;
  return words.every((w) => (nameParticles.has(w) || (NAME_WORD.test(w) && !GLUED.test(w) && !NOT_NAME_ENDINGS.some((e) => w.endsWith(e)))) && !notNameWords.has(w.toLowerCase()));
}

/** Words glued together (`ChecklistsJust`, `DianaHR`): a capital after a lower-case letter, but `McCarthy`, `MacLeod`, `DeSantis`. */
const GLUED = /^(?!Mc|Mac|De|Di|Da|La|Le|Van|O')\p{L}*\p{Ll}\p{Lu}/u;

const lowerByWords = new Set(LOWER_BY_WORDS);

/** A lower-case by-word and a name alone (`de Andreea Munteanu`, `της Ελένης Παπαδοπούλου`). */
export function isByWordName(f: LineFeatures): boolean {
  if (f.length > BARE_NAME_LENGTH + 6 || f.words < 3 || f.words > 5 || f.digits > 0 || f.cjk || f.link) return false;
  return nameAfterByWord(f.text) !== null;
}

/**
 * The name after a lower-case by-word that opens `text` and is followed by a name alone (`de
 * Andreea Munteanu` gives `Andreea Munteanu`), or null. Case-sensitive: `De Standaard` is none.
 */
export function nameAfterByWord(text: string): string | null {
  const space = text.indexOf(" ");
  if (space <= 0 || !lowerByWords.has(text.slice(0, space))) return null;
  const name = text.slice(space + 1).trim();
  return isNameText(name) ? name : null;
}
