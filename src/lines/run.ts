/**
 * The main text and the kinds that follow from it: how each line scores for the run of prose,
 * which lines are barriers (site menus among them), the edges of the run trimmed of a standfirst
 * and of teaser headlines or extended over a list that closes the text, and the first kind of
 * every line from its place inside or outside the run.
 *
 * @module
 */
import type { LineKind } from "../schema/article.js";
import type { Assessment } from "./assessment.js";
import { LENGTH_HIGH } from "./density.js";
import type { Barrier } from "./main-run.js";
import { TIME_STAMP_LINE } from "./data/patterns.js";
import { ABOUT_OPENERS, BIO_WORDS, GENERIC_ABOUT_NAMES } from "./data/section-ends.js";
import { escapeRegExp } from "./regexp.js";
import { nextNonBlank } from "./structure.js";

/** A later copy of a long line costs this share of its length. */
const DUPLICATE_COST = 1;

/** How many lines at the top of the run may be a standfirst above a metadata block. */
const HEAD_WINDOW = 6;

/** ...or this many, when none of them ends a sentence (teaser headlines above the byline). */
const HEAD_LIST_WINDOW = 12;
/** A headline is at most this long. */
const HEADLINE_MAX_LENGTH = 160;

/** A run head with this many lines of prose sentences is text, not a standfirst. */
const HEAD_MAX_SENTENCES = 3;
/** Paragraphs of prose in a row, above a byline or share bar, that are the text itself. */
const TEXT_UNDER_BYLINE = 2;
/** A sentence this many words long is a paragraph of the text for {@link TEXT_UNDER_BYLINE}. */
const SHORT_PARAGRAPH_WORDS = 6;
/** A run head longer than this is text, not a standfirst. */
const HEAD_MAX_LENGTH = 350;

/**
 * A standfirst above the byline and share widgets can join the run (it is prose); the text
 * starts after that metadata block. Only metadata and share widgets cut: a promo box under the
 * first paragraph does not make that paragraph a standfirst.
 */
export function trimRunHead(run: { start: number; end: number }, assessed: readonly (Assessment | null)[]): void {
  if (run.start < 0) return;
  let seen = 0;
  let headLength = 0;
  let headlines = true;
  let sentences = 0;
  let cut = -1;
  // Prose paragraphs since the last cut (or the run's start): two are the text, not a
  // standfirst, and a share bar after them does not cut it (`Title / By X / ¶ / ¶ / Share / ¶`).
  let sinceCut = 0;
  for (let i = run.start; i <= run.end && seen < HEAD_LIST_WINDOW; i++) {
    const a = assessed[i];
    if (!a) continue;
    seen++;
    // Everything above a cut must be short enough to be a standfirst, or a list of headlines
    // (the teasers and the title above the byline).
    if (a.meta || a.junk === "share") {
      if (sinceCut >= TEXT_UNDER_BYLINE) break;
      // (A live blog's time stamp opens its next entry: the text goes on across it.)
      if ((seen <= HEAD_WINDOW || headlines) && !a.reasons.includes(LIVE_BLOG_STAMP)) {
        cut = i;
        sinceCut = 0;
      }
      continue;
    }
    if (!isHeadlineLike(a)) headlines = false;
    const prose = a.features.endsSentence && (a.density === "good" || a.density === "near-good");
    // (A short sentence counts too: stoplists read proclitic languages thin, `وقال المحافظ …`.)
    if (prose || (a.features.endsSentence && a.features.words >= SHORT_PARAGRAPH_WORDS)) sinceCut++;
    // Paragraphs of sentences are text, however short: a standfirst is one or two.
    if (prose && ++sentences >= HEAD_MAX_SENTENCES) break;
    headLength += a.features.length;
    if (headLength > HEAD_MAX_LENGTH && !headlines) break;
    if (seen >= HEAD_WINDOW && !headlines) break;
  }
  if (cut >= 0 && cut < run.end) run.start = cut + 1;
}

/**
 * Lines the main text does not run across: copyright lines and comment sections end an
 * article (hard); stand-alone dates and promo lines separate teasers (soft).
 */
export function barrierOf(a: Assessment | null): Barrier {
  if (!a) return null;
  if (a.junk === "legal" || a.reasons.includes("comment-section")) return "hard";
  if (a.reasons.includes("about-section")) return a.reasons.includes("about-subject") ? "soft" : "hard";
  if (a.meta === "date" || a.junk === "promo") return "soft";
  return null;
}

/** A page with this many lines that are only a time of day is a live blog. */
const LIVE_BLOG_STAMPS = 3;

/**
 * A live blog's entries stand between time stamps (`11:20 p.m.`): on a page with several, the
 * stamps separate entries of one text, not teasers, so they are no barriers. (Teaser lists date
 * their items with dates, not bare times.)
 */
export function liveBlogStamps(assessed: readonly (Assessment | null)[], barriers: Barrier[]): void {
  const stamps: number[] = [];
  for (let i = 0; i < assessed.length; i++) {
    const a = assessed[i];
    if (a?.meta === "date" && a.features.length <= 16 && TIME_STAMP_LINE.test(a.features.text)) stamps.push(i);
  }
  if (stamps.length < LIVE_BLOG_STAMPS) return;
  for (const i of stamps) {
    assessed[i]!.reasons.push(LIVE_BLOG_STAMP);
    if (barriers[i] === "soft") barriers[i] = null;
  }
}

/** The reason on a live blog's time stamps: no barrier, and no end of a standfirst. */
const LIVE_BLOG_STAMP = "live-blog-stamp";

/** This many non-blank lines in a row of menu items are a site menu or a link list, not text. */
const MENU_LINES = 20;
const MENU_WORDS = 3;
/** ...of which at least one in MENU_JUNK_SHARE is a known menu, share or legal phrase. */
const MENU_JUNK_SHARE = 4;

/**
 * A long stretch of lines without prose (a site menu, a footer of links) separates what is
 * around it: its lines become soft barriers, so the main text does not run across it to reach
 * a disclaimer or a teaser below.
 */
export function menuBarriers(assessed: readonly (Assessment | null)[], barriers: Barrier[]): void {
  let from = -1;
  let count = 0;
  let junk = 0;
  const close = (to: number) => {
    // A menu is recognized by its many known menu words; a table of short cells has few.
    if (count >= MENU_LINES && junk * MENU_JUNK_SHARE >= count) {
      for (let j = from; j < to; j++) if (assessed[j] && barriers[j] === null) barriers[j] = "soft";
    }
    from = -1;
    count = 0;
    junk = 0;
  };
  for (let i = 0; i < assessed.length; i++) {
    const a = assessed[i];
    if (!a) continue;
    // Menu items: junk, metadata, or labels of a few words.
    if (!(a.junk || a.meta || (a.features.words <= MENU_WORDS && !a.features.endsSentence))) close(i);
    else {
      if (from < 0) from = i;
      count++;
      if (a.junk && a.reasons.some((r) => r.endsWith("-phrase") || r.endsWith("-words"))) junk++;
    }
  }
  close(assessed.length);
}

/** What prose right after a byline or date line adds to its run's score. */
const AFTER_METADATA_BONUS = 150;

/**
 * An article's text starts right under its byline and date: prose there is more likely the
 * article than prose elsewhere on the page (a footer blurb, a promoted story).
 */
export function boostAfterMetadata(assessed: readonly (Assessment | null)[], scores: number[]): void {
  for (let i = 0; i < assessed.length; i++) {
    const meta = assessed[i]?.meta;
    if (meta !== "byline" && meta !== "date") continue;
    let next = i + 1;
    while (next < assessed.length && (!assessed[next] || assessed[next]!.meta)) next++;
    const a = assessed[next];
    if (a && !a.junk && (a.density === "good" || a.density === "near-good")) scores[next]! += AFTER_METADATA_BONUS;
  }
}

/** How much a line adds to or takes from a run of main text. */
export function runScore(a: Assessment | null, smoothed: "good" | "bad" | null): number {
  if (!a) return 0;
  const f = a.features;
  if (a.junk) return -Math.max(20, f.length / 2);
  if (a.meta) return -10;
  if (a.reasons.includes("duplicate")) return -f.length * DUPLICATE_COST;
  if (a.reasons.includes("repeated")) return -15;
  if (a.density === "good") return f.length;
  // Dense but shorter paragraphs (wire and broadcast copy) are prose too, neighbours or not.
  if (a.density === "near-good") return f.length * 0.75;
  if (a.density === "short") {
    if (smoothed === "good") return f.endsSentence ? f.length * 0.5 : 2;
    return -Math.max(8, f.length * 0.5);
  }
  // Sentences heavy with names and numbers (results, line-ups) are sparse in stopwords but are
  // still sentences: they cost the run nothing.
  if (f.endsSentence && f.words >= SPARSE_SENTENCE_WORDS) return 0;
  return -Math.min(f.length * 0.5, 150);
}

/** A sparse line of at least this many words that ends a sentence is neutral to the run. */
const SPARSE_SENTENCE_WORDS = 12;

export function initialKind(a: Assessment, smoothed: "good" | "bad", inRun: boolean, beforeRun: boolean, reasons: string[]): LineKind {
  if (a.junk) return a.junk;
  if (a.meta) return a.meta;
  if (inRun) {
    if (a.reasons.includes("repeated")) {
      reasons.push("main-text");
      return "navigation";
    }
    if (smoothed === "good" || a.density === "good" || a.density === "near-good") {
      reasons.push(a.density === "short" ? "context" : "prose");
      return "body";
    }
    reasons.push("main-text", "low-density");
    return a.features.endsSentence || a.features.words >= 3 ? "body" : "navigation";
  }
  if (a.density === "good" && a.features.length >= LENGTH_HIGH) {
    reasons.push("prose", "outside-main-text");
    return beforeRun ? "navigation" : "promo";
  }
  reasons.push(beforeRun ? "header-zone" : "footer-zone");
  return beforeRun ? "navigation" : "promo";
}

const CONTENT = new Set<LineKind>(["body", "heading", "title", "subtitle"]);

/**
 * A short low-density line inside the main text is content (a list item, a table row) unless
 * junk surrounds it on both sides (a widget inside the article).
 */
export function demoteIsolated(kinds: LineKind[], reasons: string[][]): void {
  const neighbour = (from: number, step: 1 | -1): LineKind | undefined => {
    for (let j = from + step; j >= 0 && j < kinds.length; j += step) if (kinds[j] !== "blank") return kinds[j];
    return undefined;
  };
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== "body" || !reasons[i]!.includes("low-density")) continue;
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    if ((before === undefined || !CONTENT.has(before)) && (after === undefined || !CONTENT.has(after))) {
      kinds[i] = "navigation";
      reasons[i]!.push("next-to-junk");
    }
  }
}

/**
 * A page with no prose at all (a results table, an earnings report, a short notice) is not all
 * junk: its lines that no rule marked stay content.
 */
export function keepTextWithoutProse(assessed: readonly (Assessment | null)[], kinds: LineKind[], reasons: string[][]): void {
  for (let i = 0; i < assessed.length; i++) {
    const a = assessed[i];
    if (!a || a.junk || a.meta || a.reasons.includes("repeated")) continue;
    kinds[i] = "body";
    reasons[i] = [...a.reasons, "no-prose-on-page"];
  }
}

/** The first line no rule marked as junk or metadata, or -1. */
export function firstContent(assessed: readonly (Assessment | null)[]): number {
  for (let i = 0; i < assessed.length; i++) {
    const a = assessed[i];
    if (a && !a.junk && !a.meta) return i + 1 < assessed.length ? i + 1 : i;
  }
  return -1;
}

/** This many short non-prose lines at an end of the run are a list around the text, not text. */
const EDGE_LIST = 3;

/**
 * A lede heavy with names ("SPRINGFIELD, Ill. (Wire) — Sen. Jane Roe, D-Ill., leads Gov. Dan
 * Cole, R-Ill., ...") is thin in stopwords and costs the run nothing, so the run, which starts
 * at its first line that adds prose, leaves it out. Right above the run's first line (blank lines
 * between), such a sentence is the text's opening paragraph: the run starts there.
 */
export function extendRunWithLede(run: { start: number; end: number }, assessed: readonly (Assessment | null)[]): void {
  if (run.start < 0) return;
  let i = run.start - 1;
  while (i >= 0 && !assessed[i]) i--;
  const a = i >= 0 ? assessed[i]! : null;
  if (a && !a.junk && !a.meta && a.density === "bad" && a.features.endsSentence && a.features.words >= SPARSE_SENTENCE_WORDS && !a.features.link) run.start = i;
}

/**
 * The text starts and ends with prose: a run that opens (or closes) with a list of short lines
 * (playlists, teaser headlines) is trimmed to its first (last) prose line. One or two short
 * lines stay: a subheading or a one-line paragraph.
 */
export function trimRunEdges(run: { start: number; end: number }, assessed: readonly (Assessment | null)[]): void {
  if (run.start < 0) return;
  const prose = (a: Assessment | null) => a !== null && !a.junk && !a.meta && (a.density === "good" || a.density === "near-good");
  let first = run.start;
  let leading = 0;
  while (first <= run.end && !prose(assessed[first] ?? null)) {
    if (assessed[first]) leading++;
    first++;
  }
  if (first > run.end) return;
  if (leading >= EDGE_LIST) run.start = first;
  // ...or with a list of headlines (teasers of other stories) above its first sentence.
  let headlines = 0;
  let opening = run.start;
  for (; opening <= run.end; opening++) {
    const a = assessed[opening];
    if (!a) continue;
    if (a.junk || a.meta || !isHeadlineLike(a)) break;
    headlines++;
  }
  if (headlines >= EDGE_LIST && opening < run.end && assessed[opening]!.features.endsSentence) run.start = opening;
  let last = run.end;
  let trailing = 0;
  while (last >= run.start && !prose(assessed[last] ?? null)) {
    if (assessed[last]) trailing++;
    last--;
  }
  if (trailing >= EDGE_LIST) run.end = last;
  // The last line is the headline of the next story when a byline or date follows it.
  const after = nextNonBlank(assessed, run.end);
  const end = assessed[run.end];
  if (run.end > run.start && after >= 0 && assessed[after]!.meta && end && !end.junk && !end.meta && isHeadlineLike(end)) {
    let prev = run.end - 1;
    while (prev > run.start && !assessed[prev]) prev--;
    run.end = prev;
  }
}

/** Shaped like a headline: one short unpunctuated phrase, no link, not a line of wrapped copy. */
function isHeadlineLike(a: Assessment): boolean {
  const f = a.features;
  return !f.endsSentence && !f.link && f.length <= HEADLINE_MAX_LENGTH && !SENTENCE_BREAK.test(f.text) && !a.reasons.includes("wrapped-paragraph");
}

/** A sentence ending inside a line, before the next one. */
const SENTENCE_BREAK = /[.!?] \p{Lu}/u;

/** A self-description after the article sits among the last few lines of the run. */
const BIO_WINDOW = 4;
const BIO_OPENING = /^\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3} (?:is|was) (?:a|an|the)\b/u;
const bioWords = new Set(BIO_WORDS);

/** "Acme is a global provider of…", "Jane Roe is a reporter…": press-release and author boilerplate. */
export function isSelfDescription(a: Assessment): boolean {
  const text = a.features.text;
  if (!BIO_OPENING.test(text)) return false;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) if (bioWords.has(word)) return true;
  return false;
}

/** The text ends before boilerplate that describes the company or the author. */
export function trimTrailingBio(run: { start: number; end: number }, assessed: (Assessment | null)[]): void {
  if (run.start < 0) return;
  let seen = 0;
  let cut = -1;
  for (let i = run.end; i > run.start && seen < BIO_WINDOW; i--) {
    const a = assessed[i];
    if (!a) continue;
    seen++;
    if (isSelfDescription(a)) cut = i;
  }
  if (cut < 0) return;
  for (let i = cut; i <= run.end; i++) {
    const a = assessed[i];
    if (a && !a.junk && !a.meta) {
      a.junk = "promo";
      a.reasons.push("self-description");
    }
  }
  run.end = cut - 1;
}

/** A list after the text has at least this many items... */
const LIST_MIN_ITEMS = 3;
/** ...each at most this long... */
const LIST_ITEM_MAX = 200;
/** ...and at most this many of them. */
const LIST_MAX_ITEMS = 80;
/** A heading that introduces a list is at most this long. */
const LIST_HEADING_MAX = 80;

/**
 * A list announced at the end of the text ("Tour dates:", a heading) belongs to it: its items
 * are short lines set one under the other, without blank lines between them, up to the first
 * blank line, junk or metadata. The run is extended over them.
 */
export function extendRunWithList(run: { start: number; end: number }, assessed: readonly (Assessment | null)[]): void {
  if (run.start < 0) return;
  let intro = run.end;
  const last = assessed[run.end];
  const next = nextNonBlank(assessed, run.end);
  // The introduction: the run's last line, or a line right after it that ends with a colon.
  if (next >= 0 && !assessed[next]!.junk && !assessed[next]!.meta && assessed[next]!.features.text.endsWith(":")) intro = next;
  else if (!last || !(last.features.text.endsWith(":") || (last.features.length <= LIST_HEADING_MAX && !last.features.endsSentence))) return;
  let end = intro;
  let items = 0;
  for (let j = intro + 1; j < assessed.length && items < LIST_MAX_ITEMS; j++) {
    const a = assessed[j];
    // Items follow one another: a blank line ends the list (the first item may follow one).
    if (!a) {
      if (items === 0 && j === intro + 1) continue;
      break;
    }
    if (a.junk || a.meta || a.features.length > LIST_ITEM_MAX) break;
    items++;
    end = j;
  }
  if (items >= LIST_MIN_ITEMS) run.end = end;
}

/** The subject of an "About X" header is named in at least this many lines of prose. */
const SUBJECT_MENTIONS = 2;
const ABOUT_SUBJECTS_MAX = 4;
/** A subject named in a line this far from its start counts (long lines are read in part). */
const SUBJECT_SCAN = 2000;
const ABOUT_WORD = new RegExp(`^(?:${[...ABOUT_OPENERS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})\\s+`, "u");
const genericAbout = new Set(GENERIC_ABOUT_NAMES);

/**
 * "About Acme" under a press release describes the company the text is about (its name runs
 * through the prose): that section is a soft end, not a hard one like "About the author".
 */
export function markAboutSubjects(assessed: readonly (Assessment | null)[], stoplist: ReadonlySet<string>): void {
  const headers: { a: Assessment; name: string }[] = [];
  for (const a of assessed) {
    if (!a || a.junk !== "promo" || !a.reasons.includes("about-section")) continue;
    const name = ABOUT_WORD.exec(a.normalized) ? a.normalized.replace(ABOUT_WORD, "") : "";
    // A name, not "our expert", "the author", "us".
    const first = name.split(" ", 1)[0]!;
    if (name.length >= 3 && !genericAbout.has(name) && !stoplist.has(first)) headers.push({ a, name });
    // A few headers at most: each is looked for in every line of prose.
    if (headers.length >= ABOUT_SUBJECTS_MAX) break;
  }
  if (headers.length === 0) return;
  // Each line of prose is lower-cased once and looked through for every header's name.
  const mentions = headers.map(() => 0);
  for (const b of assessed) {
    if (!b || b.junk || b.meta || (b.density !== "good" && b.density !== "near-good")) continue;
    const lower = b.features.text.slice(0, SUBJECT_SCAN).toLowerCase();
    headers.forEach(({ name }, h) => {
      if (lower.includes(name)) mentions[h]!++;
    });
  }
  headers.forEach(({ a }, h) => {
    if (mentions[h]! >= SUBJECT_MENTIONS) a.reasons.push("about-subject");
  });
}
