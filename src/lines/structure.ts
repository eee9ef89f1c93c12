/**
 * Structure around the main text: the lone dateline above it, the headline and its repetitions,
 * the standfirst, and subheadings inside it.
 *
 * @module
 */
import { isBareName, isByWordName } from "./shape.js";
import type { LineKind } from "../schema/article.js";
import type { Assessment } from "./assessment.js";
import { DATELINE_LEDE, LEDE_OPENERS, NARRATION_WORDS } from "./data/headline-words.js";
import { OPENS_QUOTE } from "./data/patterns.js";
import type { RuleName } from "./rules.js";

const LEDE_OPENER_SET: ReadonlySet<string> = new Set(LEDE_OPENERS);
const NARRATION_SET: ReadonlySet<string> = new Set(NARRATION_WORDS);

/**
 * Headline, standfirst, dateline and headings: decided by position around the main text.
 */
export function placeStructure(
  assessed: readonly (Assessment | null)[],
  kinds: LineKind[],
  reasons: string[][],
  runStart: number,
  runEnd: number,
  on: (rule: RuleName) => boolean,
): void {
  if (runStart < 0) return;
  const first = firstNonBlank(assessed, runStart);

  // A lone upper-case place right above the text (or opening it) is the dateline.
  if (on("dateline")) {
    for (const i of nearestAbove(assessed, first, 3)) {
      const a = assessed[i]!;
      if (a.datelineCandidate && !a.junk) {
        kinds[i] = "dateline";
        reasons[i] = [...a.reasons.filter((r) => r !== "short"), "lone-dateline"];
        break;
      }
    }
  }

  const headline = on("headline") ? findHeadline(assessed, kinds, first) : -1;
  if (headline >= 0) {
    kinds[headline] = "title";
    reasons[headline] = [...assessed[headline]!.reasons.filter((r) => r !== "short" && r !== "repeated"), "headline"];
    const key = assessed[headline]!.normalized;
    for (let i = 0; i < assessed.length; i++) {
      const a = assessed[i];
      if (!a || i === headline || a.junk) continue;
      if (a.normalized === key || (i === 0 && a.normalized.startsWith(key) && a.normalized.length < key.length + 60)) {
        kinds[i] = "title";
        reasons[i] = [...a.reasons.filter((r) => r !== "short" && r !== "repeated"), i === 0 && a.normalized !== key ? "page-title" : "repeated-headline"];
      }
    }
    if (on("subtitle")) placeSubtitle(assessed, kinds, reasons, headline, first);
    if (on("byline")) placeNameByline(assessed, kinds, reasons, headline, first);
  }
  if (on("heading")) placeHeadings(assessed, kinds, reasons, first, runEnd);
}

export function firstNonBlank(assessed: readonly (Assessment | null)[], from: number): number {
  for (let i = from; i < assessed.length; i++) if (assessed[i]) return i;
  return from;
}

/** Indices of up to `count` non-blank lines above `index`, nearest first. */
export function nearestAbove(assessed: readonly (Assessment | null)[], index: number, count: number): number[] {
  const found: number[] = [];
  for (let i = index - 1; i >= 0 && found.length < count; i--) if (assessed[i]) found.push(i);
  return found;
}

/** How far above the main text a headline may stand, in non-blank lines. */
const HEADLINE_WINDOW = 12;

/**
 * The headline: a line above the main text (or its first line, when a date header opens it)
 * that is shaped like one: a few words, no full stop, not junk or metadata. Nearer lines and
 * lines the page repeats score higher.
 */
export function findHeadline(assessed: readonly (Assessment | null)[], kinds: readonly LineKind[], first: number): number {
  let best = -1;
  let bestScore = 0;
  const candidates = nearestAbove(assessed, first, HEADLINE_WINDOW);
  // The first line of the text can be the headline when nothing above it is.
  if (assessed[first] && (assessed[first]!.dateHeader > 0 || first === 0)) candidates.unshift(first);
  let metadataBelow = false;
  // The page's first line, when the text starts right below it (see isSentenceHeadline).
  const top = firstNonBlank(assessed, 0);
  const opening = top === first || nearestAbove(assessed, first, 1)[0] === top ? top : -1;
  const below = opening >= 0 ? nextNonBlank(assessed, opening) : -1;
  for (const [distance, i] of candidates.entries()) {
    const a = assessed[i]!;
    if (a.meta === "byline" || a.meta === "date") metadataBelow = true;
    if (kinds[i] === "dateline" || !(isHeadlineShaped(a) || (i === opening && below >= 0 && isSentenceHeadline(a, assessed[below]!)))) continue;
    let score = 10 - distance;
    if (a.dateHeader > 0) score += 6;
    if (a.reasons.includes("repeated")) score += 3;
    if (a.features.words >= 5) score += 4;
    // The headline stands above the byline and date block, not between it and the text.
    if (metadataBelow) score += 5;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  // Headline then standfirst: when the line right above the choice is a shorter headline-shaped
  // line, that one is the headline and the choice its standfirst.
  const above = best > 0 ? nearestAbove(assessed, best, 1)[0] : undefined;
  if (above !== undefined && kinds[above] !== "dateline" && isHeadlineShaped(assessed[above]!)) {
    const upper = assessed[above]!.features.words;
    // ...unless it is the last item of a list of short links (a "trending" box) above.
    const aboveIt = nearestAbove(assessed, above, 1)[0];
    const standsAlone = aboveIt === undefined || assessed[aboveIt]!.junk !== undefined || assessed[aboveIt]!.meta !== undefined;
    if (upper >= 3 && upper * 1.5 <= assessed[best]!.features.words && (upper >= 4 || standsAlone)) return above;
  }
  return best;
}

/** Words of this many letters are capitalized in a Title Case line; shorter ones may not be (`of`, `a`). */
const TITLE_CASE_WORD = 4;

/**
 * A line in Title Case (`Mayor Calls Ferry Plan 'A Folly' Over Costs`): every word of four
 * letters or more capitalized, at least three of them. Such a line is a headline even when a
 * full stop was added after it; a sentence in sentence case is not.
 */
export function isTitleCase(text: string): boolean {
  let long = 0;
  for (const word of text.split(" ")) {
    const letters = word.replace(/[^\p{L}]/gu, "");
    if (letters.length < TITLE_CASE_WORD) continue;
    if (letters[0] === letters[0]!.toLowerCase()) return false;
    long++;
  }
  return long >= 3;
}

export function isHeadlineShaped(a: Assessment): boolean {
  const f = a.features;
  if (a.junk || a.meta || a.reasons.includes("wrapped-paragraph")) return false;
  if (f.words < 2 || f.words > 30 || f.length > 220 || f.link) return false;
  if (/[.:;,]$/.test(f.text) && !f.text.endsWith("...") && !(f.text.endsWith(".") && isTitleCase(f.text))) return false;
  // Mostly letters; `length` counts a CJK character 2.5 times, so CJK lines compare to their text.
  return f.letters >= (f.cjk ? f.text.length : f.length) * 0.5;
}

/** Most words of a headline written as a sentence with a full stop (a lede is longer). */
const SENTENCE_HEADLINE_WORDS = 16;

/**
 * A headline written as a sentence, full stop and all (`Council delays vote on new bridge.`):
 * the page's first line, right above the text, one short sentence, over a first paragraph at
 * least twice as long. (A text that opens with a short one-sentence lede is rarer than a
 * headline with a full stop: ledes run to 25 words or more.)
 */
export function isSentenceHeadline(a: Assessment, firstOfText: Assessment): boolean {
  const f = a.features;
  if (a.junk || a.meta || f.link || f.words < 3 || f.words > SENTENCE_HEADLINE_WORDS || !f.text.endsWith(".") || f.text.endsWith("..")) return false;
  // One sentence: no full stop, question or exclamation mark before a capital inside it
  // (initials pass: `U.S. Senate`, `J. Roe`).
  if (/(?<![\s.]\p{Lu}|^\p{Lu})[.!?]["'”’]?\s+\p{Lu}/u.test(f.text.slice(0, -1))) return false;
  // A pronoun or an indefinite article opens a sentence, seldom a headline; past-tense
  // narration (`The mayor said …`) is a lede's, and so is a dateline.
  const words = a.normalized.split(" ").map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
  if (LEDE_OPENER_SET.has(words[0]!) || words.some((w) => NARRATION_SET.has(w)) || DATELINE_LEDE.test(f.text)) return false;
  return firstOfText.features.words >= 2 * f.words && f.letters >= f.length * 0.5;
}

/** The standfirst: the first sentence-like line after the headline, before the main text. */
export function placeSubtitle(
  assessed: readonly (Assessment | null)[],
  kinds: LineKind[],
  reasons: string[][],
  headline: number,
  first: number,
): void {
  for (let i = headline + 1; i < first; i++) {
    const a = assessed[i];
    if (!a || kinds[i] === "title") continue;
    if (a.junk || a.meta || kinds[i] === "dateline") continue;
    const f = a.features;
    if (f.words >= 6 && f.length >= 30 && f.length <= 400 && !f.link && !/[:]$/.test(f.text)) {
      kinds[i] = "subtitle";
      reasons[i] = [...a.reasons.filter((r) => r !== "short"), "standfirst"];
    }
    return;
  }
}

/** Inside the main text, a short unpunctuated line followed by prose is a subheading. */
export function placeHeadings(
  assessed: readonly (Assessment | null)[],
  kinds: LineKind[],
  reasons: string[][],
  first: number,
  runEnd: number,
): void {
  for (let i = first + 1; i <= runEnd; i++) {
    const a = assessed[i];
    // A wrapped line is part of a paragraph, never a heading of its own.
    if (!a || a.junk || a.meta || a.reasons.includes("wrapped-paragraph")) continue;
    const f = a.features;
    if (f.words > 12 || f.length >= 100 || f.endsSentence || /[,;]$/.test(f.text)) continue;
    const next = nextNonBlank(assessed, i);
    if (next < 0 || next > runEnd || kinds[next] !== "body" || assessed[next]!.density === "short") continue;
    // (`He said:` over a quotation introduces it.)
    if (f.text.endsWith(":") && OPENS_QUOTE.test(assessed[next]!.features.text)) continue;
    kinds[i] = "heading";
    reasons[i] = [...a.reasons.filter((r) => r !== "short" && r !== "low-density" && r !== "main-text"), "subheading"];
  }
}

export function nextNonBlank(assessed: readonly (Assessment | null)[], from: number): number {
  for (let i = from + 1; i < assessed.length; i++) if (assessed[i]) return i;
  return -1;
}

/**
 * A person's name alone on a line between the headline and the text, next to a date or byline
 * line, is the byline (`Title / Giulia Ferraresi / 12 ottobre 2025`): many sites print the
 * author with no `By`. (Right under the headline alone is no evidence: `Key Takeaways`.)
 */
function placeNameByline(assessed: readonly (Assessment | null)[], kinds: LineKind[], reasons: string[][], headline: number, first: number): void {
  for (let i = headline + 1; i < first; i++) {
    const a = assessed[i];
    if (!a || a.junk || a.meta || kinds[i] === "title" || kinds[i] === "subtitle" || kinds[i] === "dateline") continue;
    const byWord = isByWordName(a.features);
    if (!byWord && !isBareName(a.features)) continue;
    const above = nearestAbove(assessed, i, 1)[0];
    const below = nextNonBlank(assessed, i);
    const nextToMeta = (j: number | undefined) => j !== undefined && j >= 0 && (assessed[j]?.meta === "date" || assessed[j]?.meta === "byline");
    // (A by-word before the name is evidence enough right under the headline too.)
    if (nextToMeta(above) || nextToMeta(below) || (byWord && above === headline)) {
      kinds[i] = "byline";
      reasons[i] = [...a.reasons.filter((r) => r !== "short" && r !== "header-zone"), "byline-name"];
      return;
    }
  }
}
