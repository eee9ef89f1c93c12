/**
 * Page-level passes over the assessed lines: hard-wrapped copy read in paragraph blocks, lines
 * repeated on the page, and junk that only its neighbours reveal (promo boxes, teaser cards,
 * counted lists, disclaimer blocks, captions by their credits).
 *
 * @module
 */
import type { Assessment } from "./assessment.js";
import { densityClass, type PageDensity, PLAIN_PAGE } from "./density.js";
import { countsStopwords, type LineFeatures, stopwordsOf } from "./features.js";
import type { RuleName } from "./rules.js";
import { CREDIT_LABELS, CREDIT_MAX } from "./data/captions.js";
import { CONTACT_PHRASES, FOLLOW_MAX_WORDS, FOLLOW_WORDS, SOCIAL_NETWORKS } from "./data/social.js";
import { READ_MORE_LINES } from "./data/teasers.js";
import { matchPhrases } from "./phrase-match.js";
import { escapeRegExp } from "./regexp.js";

/** Lines repeated on the page at least this often are boilerplate (unless prose). */
const REPEAT_MIN = 2;

/** Lines of hard-wrapped copy are at most this long (wire copy wraps at 65-80 columns). */
const WRAP_MAX = 100;

/** ...and at least this many lines of the page sit between WRAP_MIN_LINE and WRAP_MAX. */
const WRAP_MIN_LINES = 4;

const WRAP_MIN_LINE = 35;

/**
 * Hard-wrapped copy (wire stories, e-mail, plain-text archives): no line is long, and several
 * lines are close to the wrap width. Its paragraphs are blocks of lines, not single lines.
 */
export function isHardWrapped(assessed: readonly (Assessment | null)[]): boolean {
  let wrapped = 0;
  let run = 0;
  for (const a of assessed) {
    if (!a) {
      run = 0;
      continue;
    }
    if (a.features.text.length > WRAP_MAX) return false;
    if (a.features.text.length >= WRAP_MIN_LINE && !a.junk && !a.meta) {
      // Every line of a block of two or more counts, its first line too.
      run++;
      if (run >= 2) wrapped += run === 2 ? 2 : 1;
    } else run = 0;
  }
  return wrapped >= WRAP_MIN_LINES;
}

/**
 * In hard-wrapped copy, each block of consecutive lines is one paragraph: its lines get the
 * density class of the whole block (a wrapped line alone is always "short").
 */
export function classifyWrappedBlocks(assessed: (Assessment | null)[], stoplist: ReadonlySet<string>, page: PageDensity = PLAIN_PAGE): void {
  const hasStoplist = stoplist.size > 0;
  let start = 0;
  while (start < assessed.length) {
    while (start < assessed.length && !isWrappedText(assessed[start] ?? null)) start++;
    let end = start;
    while (end < assessed.length && isWrappedText(assessed[end] ?? null)) end++;
    if (end - start >= 2) {
      const block = assessed.slice(start, end) as Assessment[];
      const words = block.reduce((n, a) => n + a.features.words, 0);
      const stopwords = block.reduce((n, a) => n + wrappedStopwords(a.features, stoplist), 0);
      const length = block.reduce((n, a) => n + a.features.length + 1, 0);
      const last = block[block.length - 1]!.features;
      const merged: LineFeatures = { ...last, length, words, stopwords, density: words > 0 ? stopwords / words : 0 };
      const cls = densityClass(merged, hasStoplist, page);
      for (const a of block) {
        a.density = cls;
        a.reasons = a.reasons.filter((r) => r !== "short");
        a.reasons.push("wrapped-paragraph");
      }
    }
    start = end;
  }
}

/** Wrapped lines this long count toward their block's stopwords. */
const WRAPPED_STOPWORD_MIN = 30;

/** The stopwords a wrapped line adds to its block: counted now where the line alone did not need them. */
function wrappedStopwords(f: LineFeatures, stoplist: ReadonlySet<string>): number {
  if (f.text.length < WRAPPED_STOPWORD_MIN || countsStopwords(f.text.length, f.endsSentence)) return f.stopwords;
  return stopwordsOf(f.text, stoplist);
}

export function isWrappedText(a: Assessment | null): boolean {
  return a !== null && !a.junk && !a.meta;
}

/**
 * Repeats on one page: short lines that occur more than once are menus and widgets (every
 * occurrence); a long line seen earlier on the page is a copy (a teaser or meta description
 * repeating the article), so only its later occurrences count as repeated.
 */
export function markRepeats(assessed: (Assessment | null)[], on: (rule: RuleName) => boolean): void {
  if (!on("repeated")) return;
  const counts = new Map<string, number>();
  for (const a of assessed) if (a && a.features.length < 100) counts.set(a.normalized, (counts.get(a.normalized) ?? 0) + 1);
  // Long lines seen, by length, then by how they open: one opening, or a set of them when
  // several long lines share a length (most lengths are seen once: no set made for them).
  const seenLong = new Map<number, string | Set<string>>();
  // Openings of the lines before a line: a long line that opens like an earlier line and runs
  // on is a digest of the text (a meta description, the article body dumped into one line).
  // Filled only when a line long enough to be a digest asks.
  const openings = new Map<string, number>();
  let opened = 0;
  const earlierOpening = (before: number, opening: string): number | undefined => {
    for (; opened < before; opened++) {
      const b = assessed[opened];
      if (!b || b.junk || b.meta || b.features.text.length < OPENING) continue;
      const key = b.features.text.slice(0, OPENING);
      if (!openings.has(key)) openings.set(key, opened);
    }
    return openings.get(opening);
  };
  for (let i = 0; i < assessed.length; i++) {
    const a = assessed[i];
    if (!a || a.junk || a.meta) continue;
    const text = a.features.text;
    if (a.features.length < 100) {
      if ((counts.get(a.normalized) ?? 0) >= REPEAT_MIN) a.reasons.push("repeated");
    } else {
      const head = text.slice(0, 80);
      const sameLength = seenLong.get(a.features.length);
      if (sameLength !== undefined && (typeof sameLength === "string" ? sameLength === head : sameLength.has(head))) a.reasons.push("repeated", "duplicate");
      else if (text.length >= DIGEST_MIN && isDigest(text, earlierOpening(i, text.slice(0, OPENING)), assessed)) a.reasons.push("repeated", "duplicate", "digest");
      else if (sameLength === undefined) seenLong.set(a.features.length, head);
      else if (typeof sameLength === "string") seenLong.set(a.features.length, new Set([sameLength, head]));
      else sameLength.add(head);
    }
  }
}

/**
 * A line is a digest of the text when it opens like the line at `from` and also holds the
 * opening of the line after that one: it runs several earlier lines together.
 */
function isDigest(text: string, from: number | undefined, assessed: readonly (Assessment | null)[]): boolean {
  if (from === undefined) return false;
  for (let j = from + 1; j < assessed.length; j++) {
    const next = assessed[j];
    if (!next || next.features.text.length < OPENING) continue;
    return text.includes(next.features.text.slice(0, OPENING));
  }
  return false;
}

/** Characters that identify how a line opens. */
const OPENING = 60;
/** A digest line is at least this long (several paragraphs run together). */
const DIGEST_MIN = 400;

/**
 * The page-level junk patterns, in order: promo lists, counted lists, follow calls and contacts, teaser cards, disclaimer blocks, captions by their credits, inline links.
 */
export function markPagePatterns(assessed: (Assessment | null)[], language: string, on: (rule: RuleName) => boolean): void {
  if (on("promo-list")) markPromoLists(assessed);
  if (on("count-list")) markCountLists(assessed);
  if (on("phrase")) markFollowCalls(assessed);
  if (on("promo-list")) markTeaserCards(assessed);
  if (on("phrase")) markLegalBlocks(assessed);
  if (on("caption")) {
    markCreditedCaptions(assessed);
    markCaptionsAboveCredits(assessed);
  }
  if (on("phrase")) markInlineLinks(assessed, language);
}

/** How many headline lines after a promo header ("Related", "Read more") belong to it. */
const PROMO_LIST_MAX = 12;
const PROMO_LIST_MIN = 2;
/** A question this short may be a teaser headline. */
const QUESTION_HEADLINE = 100;

/**
 * A promo header ("Related stories", "Most read", "Read more") is followed by the headlines it
 * announces: short lines without a full stop, up to the first line of prose.
 */
export function markPromoLists(assessed: (Assessment | null)[]): void {
  for (let i = 0; i < assessed.length; i++) {
    const header = assessed[i];
    if (!header || !isListHeader(header)) continue;
    const list: Assessment[] = [];
    let headlines = 0;
    for (let j = i + 1; j < assessed.length && headlines < PROMO_LIST_MAX; j++) {
      const a = assessed[j];
      if (!a) continue;
      if (a.junk || a.meta) break;
      const f = a.features;
      // A question can be a headline, a full stop ends the list, and a label ("Price:") opens
      // text of its own.
      if ((f.endsSentence && !(f.text.endsWith("?") && f.length <= QUESTION_HEADLINE)) || f.text.endsWith(":") || f.words > 18 || f.length > 140) break;
      // A kicker may stand over a headline: one or two words in capitals ("EXCLUSIVE"), or one
      // word inside the list ("Warning"). Kickers left at the end of the list are not part of it.
      if (f.words < 3) {
        if (!isKicker(f.text) && (list.length === 0 || f.words > 1)) break;
      } else headlines++;
      list.push(a);
    }
    while (list.length > 0 && list[list.length - 1]!.features.words < 3) list.pop();
    // One line after a header may be a sentence of the text; two or more are a list.
    if (list.length < PROMO_LIST_MIN) continue;
    for (const a of list) {
      a.junk = "promo";
      a.reasons.push("promo-list");
    }
  }
}

/** A kicker: a short label in capitals over a teaser headline. */
function isKicker(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** A promo header ("Related stories") or a navigation label ("More:", "Latest videos") over a list. */
function isListHeader(a: Assessment): boolean {
  if (a.junk === "promo") return a.reasons.includes("promo-phrase");
  // A menu word alone ("Services") may head a section of the text; "More:" and "Latest videos" do not.
  if (a.junk === "navigation") return (a.reasons.includes("navigation-phrase") || a.reasons.includes("navigation-words")) && a.features.text.endsWith(":");
  return false;
}

/** A category or archive list: "Politics (12)", "Mai 2019 (4)" — a label and a count. */
const COUNTED_LABEL = /^[\p{L}\p{M}'’ &.-]{2,40} \(\d{1,6}\)$/u;
/** This many counted labels in a row make a list. */
const COUNT_LIST_MIN = 3;

/**
 * Lists of counted labels (categories, tags, archives with their post counts) are navigation:
 * three or more in a row, blank lines between them allowed.
 */
function markCountLists(assessed: (Assessment | null)[]): void {
  let run: Assessment[] = [];
  const close = () => {
    if (run.length >= COUNT_LIST_MIN) {
      for (const a of run) {
        a.junk = "navigation";
        a.reasons.push("count-list");
      }
    }
    run = [];
  };
  for (const a of assessed) {
    if (!a) continue;
    const text = a.features.text;
    // Cheap gate first: the line ends with ")".
    if (!a.junk && !a.meta && text.length <= 50 && text.charCodeAt(text.length - 1) === 0x29 && COUNTED_LABEL.test(text)) run.push(a);
    else close();
  }
  close();
}

const followWords = [...FOLLOW_WORDS].sort((a, b) => b.length - a.length);
/** First words of the follow calls: a cheap gate before the full test. */
const followFirstWords = new Set(FOLLOW_WORDS.map((w) => w.split(" ", 1)[0]!));
const socialNetworks = new Set(SOCIAL_NETWORKS);

/** "Follow Newsbeat on Instagram, Facebook and YouTube.": a call to follow on social networks. */
function isFollowCall(a: Assessment): boolean {
  if (a.features.words > FOLLOW_MAX_WORDS) return false;
  const text = a.normalized;
  const space = text.indexOf(" ");
  if (!followFirstWords.has(space < 0 ? text : text.slice(0, space))) return false;
  const opening = followWords.find((w) => text.startsWith(w) && (text.length === w.length || !/[\p{L}\p{N}]/u.test(text.charAt(w.length))));
  if (opening === undefined) return false;
  for (const word of text.slice(opening.length).split(/[^\p{L}\p{N}]+/u)) if (socialNetworks.has(word)) return true;
  return false;
}

const CONTACT = new RegExp(`(?:^|[\\s.!?])(?:${CONTACT_PHRASES.map(escapeRegExp).join("|")})\\s`, "iu");
/** A contact line is at most this long. */
const CONTACT_MAX = 500;

/** "Have a tip? Jane Roe may be reached at jane@site.com.": where to reach the author or the site. */
function isContactLine(a: Assessment): boolean {
  return a.features.link && a.features.text.length <= CONTACT_MAX && CONTACT.test(a.features.text);
}

/** Follow calls are share widgets; contact lines with an address or a handle are promo. */
function markFollowCalls(assessed: (Assessment | null)[]): void {
  for (const a of assessed) {
    if (!a || a.junk || a.meta) continue;
    if (isFollowCall(a)) {
      a.junk = "share";
      a.reasons.push("follow-call");
    } else if (isContactLine(a)) {
      a.junk = "promo";
      a.reasons.push("contact-line");
    }
  }
}

const readMoreLines = new Set(READ_MORE_LINES);
/** A teaser headline is at most this long. */
const TEASER_HEADLINE_MAX = 160;
/** Arrows and dots after a "Read more" link. */
const TRAILING_MARKS = /[\s.…»›>]+$/u;

function isReadMore(a: Assessment): boolean {
  return a.junk === "promo" && a.features.words <= 4 && readMoreLines.has(a.normalized.replace(TRAILING_MARKS, ""));
}

/**
 * A teaser card inside or after the text: a headline, a cut-off excerpt (no sentence end, or
 * an ellipsis) and a "Read more" link. The excerpt and the headline are promo.
 */
function markTeaserCards(assessed: (Assessment | null)[]): void {
  let excerpt = -1;
  let headline = -1;
  for (let i = 0; i < assessed.length; i++) {
    const a = assessed[i];
    if (!a) continue;
    if (excerpt >= 0 && headline >= 0 && isReadMore(a)) {
      const e = assessed[excerpt]!;
      const h = assessed[headline]!;
      const cut = !e.features.endsSentence || /(?:…|\.\.\.)$/.test(e.features.text);
      const headlineShaped = !h.features.endsSentence && !h.features.text.endsWith(":") && h.features.length <= TEASER_HEADLINE_MAX;
      if (cut && headlineShaped && !e.junk && !e.meta && !h.junk && !h.meta) {
        for (const b of [h, e]) {
          b.junk = "promo";
          b.reasons.push("teaser-card");
        }
      }
    }
    headline = excerpt;
    excerpt = i;
  }
}

/** At most this many lines between two legal notices belong to the notice block... */
const LEGAL_GAP = 2;
/** ...when the block holds at least this many legal notices. */
const LEGAL_BLOCK_MIN = 3;

/**
 * A disclaimer block: three or more legal notices (copyright, terms, a health disclaimer) with
 * at most two other lines between each two of them. The lines between are legal too. Other
 * junk inside the block is left as it is.
 */
function markLegalBlocks(assessed: (Assessment | null)[]): void {
  let legal = 0;
  let gaps: Assessment[] = [];
  let gap: Assessment[] = [];
  const close = () => {
    if (legal >= LEGAL_BLOCK_MIN) {
      for (const b of gaps) {
        b.junk = "legal";
        b.reasons.push("legal-block");
      }
    }
    legal = 0;
    gaps = [];
    gap = [];
  };
  for (const a of assessed) {
    if (!a) continue;
    if (a.junk === "legal") {
      if (legal > 0) gaps.push(...gap);
      legal++;
      gap = [];
    } else if (a.junk || a.meta) continue;
    else if (legal > 0) {
      gap.push(a);
      if (gap.length > LEGAL_GAP) close();
    }
  }
  close();
}

/** A caption's closing credit: a sentence end, a credit label and a colon, a short name. */
const CLOSING_CREDIT = new RegExp(`[.!?)]\\s+(?:${[...CREDIT_LABELS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})\\s?:\\s*[^.:]{1,${CREDIT_MAX}}$`, "iu");
/** Long captions are read by their last characters. */
const CREDIT_TAIL = 120;

/** A long caption that ends with a credit ("… during the cruise phase. Credit: ESA") is a caption. */
function markCreditedCaptions(assessed: (Assessment | null)[]): void {
  for (const a of assessed) {
    if (!a || a.junk || a.meta) continue;
    const text = a.features.text;
    if (text.length < CREDIT_TAIL || text.indexOf(":", text.length - CREDIT_MAX - 20) < 0) continue;
    if (CLOSING_CREDIT.test(text.slice(-CREDIT_TAIL))) {
      a.junk = "caption";
      a.reasons.push("closing-credit");
    }
  }
}

/** A credit line under a photo is at most this long... */
const CREDIT_LINE_MAX = 80;
/** ...and the description above it at least this long (not a heading). */
const DESCRIPTION_MIN = 60;

/**
 * "(Image: © Agency)" or "Name | Agency | Getty Images" on its own line credits the photo whose
 * description stands right above it: that line is a caption too.
 */
function markCaptionsAboveCredits(assessed: (Assessment | null)[]): void {
  let previous: Assessment | null = null;
  for (const a of assessed) {
    if (!a) continue;
    if (previous && a.junk === "caption" && isCreditOnly(a.features.text) && !previous.junk && !previous.meta && previous.features.length >= DESCRIPTION_MIN && !previous.features.link) {
      previous.junk = "caption";
      previous.reasons.push("above-credit");
    }
    previous = a;
  }
}

function isCreditOnly(text: string): boolean {
  if (text.length > CREDIT_LINE_MAX) return false;
  if (text.startsWith("(") && text.endsWith(")")) return true;
  let pipes = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x7c) pipes++;
  return pipes >= 2;
}

/** An inline link to another story ("Also read: …") is at most this many words... */
const INLINE_LINK_MAX_WORDS = 40;
/** ...and its label ends within this many characters. */
const INLINE_LABEL_MAX = 30;
/** Lines up to this many words are left to the phrase rules, which match them whole. */
const PHRASE_LINE_WORDS = 14;

/**
 * "Also read: A long headline of another story", "READ MORE: …": a promo label with a colon
 * opens a link to another story however long the headline (short ones are caught by the phrase
 * rules). The headline ends no sentence inside it.
 */
function markInlineLinks(assessed: (Assessment | null)[], language: string): void {
  for (const a of assessed) {
    if (!a || a.junk || a.meta) continue;
    const f = a.features;
    if (f.words > INLINE_LINK_MAX_WORDS || f.words <= PHRASE_LINE_WORDS) continue;
    const colon = a.normalized.indexOf(":");
    if (colon < 0 || colon > INLINE_LABEL_MAX) continue;
    const label = a.normalized.slice(0, colon);
    if (/[.!?] /.test(a.normalized.slice(colon + 1, -1))) continue;
    if (matchPhrases(label, language).some((h) => h.kind === "promo" && h.phrase.replace(/:$/, "") === label)) {
      a.junk = "promo";
      a.reasons.push("inline-link");
    }
  }
}
