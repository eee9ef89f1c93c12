/**
 * The main text and the kinds that follow from it: how each line scores for the run of prose,
 * which lines are barriers, the head of the run trimmed of a standfirst, and the first kind of
 * every line from its place inside or outside the run.
 *
 * @module
 */
import type { LineKind } from "../schema/article.js";
import type { Assessment } from "./assessment.js";
import { LENGTH_HIGH } from "./density.js";
import type { Barrier } from "./main-run.js";
import { BIO_WORDS } from "./data/section-ends.js";

/** A long line without prose (code, a table row) costs the run at most this much. */
const BAD_LINE_CAP = 80;
/** A later copy of a long line costs this share of its length. */
const DUPLICATE_COST = 1;

/** How many lines at the top of the run may be a standfirst above a metadata block. */
const HEAD_WINDOW = 6;

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
  let cut = -1;
  for (let i = run.start; i <= run.end && seen < HEAD_WINDOW; i++) {
    const a = assessed[i];
    if (!a) continue;
    seen++;
    // Everything above a cut must be short enough to be a standfirst.
    if (a.meta || a.junk === "share") cut = i;
    else if ((headLength += a.features.length) > HEAD_MAX_LENGTH) break;
  }
  if (cut >= 0 && cut < run.end) run.start = cut + 1;
}

/**
 * Lines the main text does not run across: copyright lines and comment sections end an
 * article (hard); stand-alone dates and promo lines separate teasers (soft).
 */
export function barrierOf(a: Assessment | null): Barrier {
  if (!a) return null;
  if (a.junk === "legal" || a.reasons.includes("comment-section") || a.reasons.includes("about-section")) return "hard";
  if (a.meta === "date" || a.junk === "promo") return "soft";
  return null;
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
  return -Math.min(f.length * 0.5, 150);
}

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
  let last = run.end;
  let trailing = 0;
  while (last >= run.start && !prose(assessed[last] ?? null)) {
    if (assessed[last]) trailing++;
    last--;
  }
  if (trailing >= EDGE_LIST) run.end = last;
}

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
