/**
 * The line classifier: features and shape rules per line, jusText density classes and
 * context smoothing, the main text as the best contiguous run of prose, then structure around
 * it (headline, standfirst, byline, dateline, headings) and junk kinds for the rest. Every
 * label carries the rules that decided it.
 *
 * @module
 */
import type { Language, Line, LineKind } from "../schema/article.js";
import type { TextLine } from "../schema/stages.js";
import { STOPWORDS } from "./data/stopwords.js";
import { type DensityClass, densityClass, LENGTH_HIGH } from "./density.js";
import { type LineFeatures, lineFeatures } from "./features.js";
import { type Barrier, mainRun } from "./main-run.js";
import { type BoilerplateMemory, isRemembered } from "./memory.js";
import { normalizeForMatch } from "./normalize.js";
import { leadingLinePhrase, matchPhrases, type PhraseHit, widgetKind } from "./phrase-match.js";
import { type RuleName, ruleSwitch } from "./rules.js";
import {
  bylineShape,
  dateHeaderLength,
  hasCaptionMarker,
  isBreadcrumb,
  isCommentMarker,
  isCounter,
  isDateOnly,
  isKeywordList,
  isLinkOnly,
  isLoneDateline,
  spamKeywordCount,
} from "./shape.js";
import { smoothClasses } from "./smoothing.js";

/** What the lines stage needs from earlier stages. */
export interface LinesContext {
  /** The article language (its stoplist drives the density classes). */
  language: Language;
  /** Per-line language from the language stage, where a line was long enough to decide. */
  lineLanguages?: readonly (Language | undefined)[] | undefined;
}

/** Options of the lines stage. */
export interface LinesOptions {
  /** Rule names (see `RULES`) to turn off. */
  disableRules?: readonly string[] | undefined;
  /** Lines learned from other pages of the same site; see {@link BoilerplateMemory}. */
  boilerplate?: BoilerplateMemory | undefined;
}

type Junk = Extract<LineKind, "caption" | "navigation" | "share" | "promo" | "legal" | "spam" | "advertisement">;
type Meta = "byline" | "date" | "dateline";

interface Assessment {
  features: LineFeatures;
  normalized: string;
  density: DensityClass;
  /** A junk kind decided by a rule, whatever the context. */
  junk: Junk | undefined;
  /** A metadata kind decided by shape. */
  meta: Meta | undefined;
  /** A lone upper-case place: a dateline only right above the text. */
  datelineCandidate: boolean;
  /** Length of a leading scraper date header on line 1. */
  dateHeader: number;
  reasons: string[];
}

const stoplistCache = new Map<string, ReadonlySet<string>>();
function stoplistFor(code: string): ReadonlySet<string> {
  let set = stoplistCache.get(code);
  if (!set) {
    set = new Set(STOPWORDS[code] ?? []);
    stoplistCache.set(code, set);
  }
  return set;
}

/** Phrase rules fire on short lines only; a caption or legal phrase may open a long line. */
const PHRASE_MAX_WORDS = 14;
const LONG_PHRASE_KINDS = new Set(["caption", "legal"]);
/** Lines longer than this are matched against phrases by their first LONG_LINE_PREFIX characters. */
const LONG_LINE = 200;
const LONG_LINE_PREFIX = 160;
/** Lines repeated on the page at least this often are boilerplate (unless prose). */
const REPEAT_MIN = 2;

/** Give every line a kind and the reasons for it. */
export function classifyLines(lines: readonly TextLine[], context: LinesContext, options: LinesOptions = {}): Line[] {
  const on = ruleSwitch(options.disableRules);
  const language = context.language;
  const stoplist = stoplistFor(language.code);
  const assessed = lines.map((line, i) => assess(line, i, lines.length, context, stoplist, options, on));
  if (isHardWrapped(assessed)) classifyWrappedBlocks(assessed, stoplist.size > 0);
  markRepeats(assessed, on);

  const smoothed = smoothClasses(assessed.map((a) => (a ? (a.junk || a.meta ? "bad" : a.density) : null)));
  const scores = assessed.map((a, i) => runScore(a, smoothed[i] ?? null));
  boostAfterMetadata(assessed, scores);
  const run = mainRun(scores, assessed.map(barrierOf));
  trimRunHead(run, assessed);
  const kinds = new Array<LineKind>(lines.length).fill("blank");
  const reasons: string[][] = assessed.map((a) => (a ? a.reasons : ["empty"]));

  for (let i = 0; i < lines.length; i++) {
    const a = assessed[i];
    if (!a) continue;
    const inRun = i >= run.start && i <= run.end;
    kinds[i] = initialKind(a, smoothed[i] ?? "bad", inRun, i < run.start, reasons[i]!);
  }
  if (run.start < 0) keepTextWithoutProse(assessed, kinds, reasons);
  placeStructure(assessed, kinds, reasons, run.start < 0 ? firstContent(assessed) : run.start, run.end, on);
  demoteIsolated(kinds, reasons);
  const labelled: Line[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const { n, start, end, text } = lines[i]!;
    const lineLanguage = context.lineLanguages?.[i];
    labelled[i] = lineLanguage
      ? { n, start, end, text, kind: kinds[i]!, reasons: reasons[i]!, language: lineLanguage }
      : { n, start, end, text, kind: kinds[i]!, reasons: reasons[i]! };
  }
  return labelled;
}

function assess(
  line: TextLine,
  index: number,
  lineCount: number,
  context: LinesContext,
  stoplist: ReadonlySet<string>,
  options: LinesOptions,
  on: (rule: RuleName) => boolean,
): Assessment | null {
  if (line.text.trim() === "") return null;
  const header = index === 0 && on("date-header") ? dateHeaderLength(line.text) : 0;
  const content = header > 0 ? line.text.slice(header) : line.text;
  const features = lineFeatures(content, stoplist);
  // Phrases sit at the start of long lines (or are the whole of short ones): normalize a prefix.
  const long = features.text.length > LONG_LINE;
  const normalized = normalizeForMatch(long ? features.text.slice(0, LONG_LINE_PREFIX) : features.text);
  // Every field set up front: one object shape for all lines keeps the hot loops monomorphic.
  const a: Assessment = {
    features,
    normalized,
    density: densityClass(features, stoplist.size > 0),
    junk: undefined,
    meta: undefined,
    datelineCandidate: false,
    dateHeader: header,
    reasons: header > 0 ? ["date-header"] : [],
  };

  if (on("spam") && isSpam(features, context, index, lineCount)) return junk(a, "spam", "spam");
  if (on("seen-on-other-pages") && options.boilerplate && !isLongProse(a) && isRemembered(options.boilerplate, long ? normalizeForMatch(features.text) : normalized)) {
    a.reasons.push("seen-on-other-pages");
    a.junk = phraseJunk(matchPhrases(normalized, context.language.code), features) ?? "navigation";
    return a;
  }
  if (on("comments") && isCommentMarker(normalized, features.text, features)) return junk(a, "promo", "comment-section");
  if (on("phrase")) {
    const hits = matchPhrases(normalized, context.language.code);
    const kind = phraseJunk(hits, features);
    if (kind) return junk(a, kind, `${kind}-phrase`);
    const widget = features.words <= 8 ? widgetKind(normalized) : undefined;
    if (widget) return junk(a, widget, `${widget}-words`);
    const labelled = features.words <= 6 && /[@.]/.test(normalized) ? phraseThenLink(normalized) : undefined;
    if (labelled) return junk(a, labelled, `${labelled}-phrase`);
    if (features.words <= PHRASE_MAX_WORDS && hits.some((h) => h.kind === "byline" && namesFollow(h, features.text))) {
      a.meta = "byline";
      a.reasons.push("byline-phrase");
      return a;
    }
  }
  if (on("caption") && hasCaptionMarker(features)) return junk(a, "caption", "caption-marker");
  if (on("counter") && isCounter(features)) return junk(a, "share", "counter");
  if (on("link-only") && isLinkOnly(features)) return junk(a, features.text.startsWith("@") ? "share" : "navigation", "link-only");
  if (on("breadcrumb") && isBreadcrumb(features)) return junk(a, "navigation", "breadcrumb");
  if (on("date-line") && isDateOnly(features)) {
    a.meta = "date";
    a.reasons.push("date-only");
    return a;
  }
  if (on("byline")) {
    const shape = bylineShape(features);
    if (shape) {
      a.meta = "byline";
      a.reasons.push(`byline-${shape}`);
      return a;
    }
  }
  if (on("dateline") && isLoneDateline(features)) a.datelineCandidate = true;
  if (features.length < 70) a.reasons.push("short");
  return a;
}

/** Lines of hard-wrapped copy are at most this long (wire copy wraps at 65-80 columns). */
const WRAP_MAX = 100;
/** ...and at least this many lines of the page sit between WRAP_MIN_LINE and WRAP_MAX. */
const WRAP_MIN_LINES = 4;
const WRAP_MIN_LINE = 35;

/**
 * Hard-wrapped copy (wire stories, e-mail, plain-text archives): no line is long, and several
 * lines are close to the wrap width. Its paragraphs are blocks of lines, not single lines.
 */
function isHardWrapped(assessed: readonly (Assessment | null)[]): boolean {
  let wrapped = 0;
  let run = 0;
  for (const a of assessed) {
    if (!a) {
      run = 0;
      continue;
    }
    if (a.features.text.length > WRAP_MAX) return false;
    if (a.features.text.length >= WRAP_MIN_LINE && !a.junk && !a.meta) {
      run++;
      if (run >= 2) wrapped++;
    } else run = 0;
  }
  return wrapped >= WRAP_MIN_LINES;
}

/**
 * In hard-wrapped copy, each block of consecutive lines is one paragraph: its lines get the
 * density class of the whole block (a wrapped line alone is always "short").
 */
function classifyWrappedBlocks(assessed: (Assessment | null)[], hasStoplist: boolean): void {
  let start = 0;
  while (start < assessed.length) {
    while (start < assessed.length && !isWrappedText(assessed[start] ?? null)) start++;
    let end = start;
    while (end < assessed.length && isWrappedText(assessed[end] ?? null)) end++;
    if (end - start >= 2) {
      const block = assessed.slice(start, end) as Assessment[];
      const words = block.reduce((n, a) => n + a.features.words, 0);
      const stopwords = block.reduce((n, a) => n + a.features.stopwords, 0);
      const length = block.reduce((n, a) => n + a.features.length + 1, 0);
      const last = block[block.length - 1]!.features;
      const merged: LineFeatures = { ...last, length, words, stopwords, density: words > 0 ? stopwords / words : 0 };
      const cls = densityClass(merged, hasStoplist);
      for (const a of block) {
        a.density = cls;
        a.reasons = a.reasons.filter((r) => r !== "short");
        a.reasons.push("wrapped-paragraph");
      }
    }
    start = end;
  }
}

function isWrappedText(a: Assessment | null): boolean {
  return a !== null && !a.junk && !a.meta;
}

/** Long, dense prose is never taken for boilerplate by memory: a re-crawled article is still an article. */
function isLongProse(a: Assessment): boolean {
  return a.density === "good" && a.features.length >= LENGTH_HIGH;
}

function junk(a: Assessment, kind: Junk, reason: string): Assessment {
  a.junk = kind;
  a.reasons.push(reason);
  return a;
}

/** The junk kind the phrase hits decide, honouring the length limits. */
function phraseJunk(hits: readonly PhraseHit[], f: LineFeatures): Junk | undefined {
  for (const hit of hits) {
    if (hit.kind === "byline") continue;
    // Captions and legal notices may be long: their phrases open them, and a photo credit
    // ("Credit: Getty Images", "/ Reuters") closes a caption of any length.
    if (hit.at === "line" || f.words <= PHRASE_MAX_WORDS || LONG_PHRASE_KINDS.has(hit.kind)) {
      return hit.kind;
    }
  }
  return undefined;
}

/**
 * "By Jane Roe", not "By subscribing you accept...": after a phrase that introduces a name
 * ("by", "von", "reporting by"), the next word must be capitalized (in scripts with case).
 */
function namesFollow(hit: PhraseHit, text: string): boolean {
  if (hit.at !== "start") return true;
  const rest = text.slice(hit.phrase.length).replace(/^[\s:]+/, "");
  const first = rest.charAt(0);
  return first === "" || first !== first.toLowerCase() || first === first.toUpperCase();
}

/** "Share this @site.com", "Follow us twitter.com/x": a widget phrase followed only by a link. */
function phraseThenLink(normalized: string): Junk | undefined {
  for (const kind of ["share", "navigation"] as const) {
    const phrase = leadingLinePhrase(normalized, kind);
    if (phrase === undefined) continue;
    const rest = normalized.slice(phrase.length).trim();
    if (rest !== "" && !rest.includes(" ") && /[@.]\p{L}|^https?:|^www\./u.test(rest)) return kind;
  }
  return undefined;
}

/**
 * Injected SEO spam: a keyword list, or a line in another script than the article that carries
 * spam keywords, typically at the very top of the page.
 */
function isSpam(f: LineFeatures, context: LinesContext, index: number, count: number): boolean {
  const lineScript = context.lineLanguages?.[index]?.script;
  const foreign = lineScript !== undefined && scriptGroup(lineScript) !== scriptGroup(context.language.script);
  // Injected keyword lists in the article's own script sit at the top or bottom of a page.
  const edge = index < SPAM_EDGE_LINES || index >= count - SPAM_EDGE_LINES;
  if (!foreign && !edge) return false;
  const list = looksLikeList(f.text);
  if (!foreign && !list) return false;
  const keywords = spamKeywordCount(f.text);
  if (keywords >= 3 && isKeywordList(f.text)) return true;
  return foreign && keywords >= 1 && (list || keywords >= 2);
}

/** Keyword spam in the article's own script is looked for in this many lines at each end. */
const SPAM_EDGE_LINES = 12;

/** Cheap pre-check for a keyword list: several list separators. */
function looksLikeList(text: string): boolean {
  let separators = 0;
  for (let i = 0; i < text.length && separators < 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x7c || c === 0xff0c || c === 0x3001 || c === 0xff1b) separators++;
  }
  return separators >= 4;
}

function scriptGroup(script: string): string {
  return script === "Jpan" || script === "Hans" || script === "Hant" || script === "Hani" ? "CJK" : script;
}

/**
 * Repeats on one page: short lines that occur more than once are menus and widgets (every
 * occurrence); a long line seen earlier on the page is a copy (a teaser or meta description
 * repeating the article), so only its later occurrences count as repeated.
 */
function markRepeats(assessed: (Assessment | null)[], on: (rule: RuleName) => boolean): void {
  if (!on("repeated")) return;
  const counts = new Map<string, number>();
  for (const a of assessed) if (a && a.features.length < 100) counts.set(a.normalized, (counts.get(a.normalized) ?? 0) + 1);
  const seenLong = new Set<string>();
  for (const a of assessed) {
    if (!a || a.junk || a.meta) continue;
    if (a.features.length < 100) {
      if ((counts.get(a.normalized) ?? 0) >= REPEAT_MIN) a.reasons.push("repeated");
      continue;
    }
    const key = `${a.features.length}:${a.features.text.slice(0, 80)}`;
    if (seenLong.has(key)) a.reasons.push("repeated", "duplicate");
    else seenLong.add(key);
  }
}

/** A long line without prose (code, a table row) costs the run at most this much. */
const BAD_LINE_CAP = 80;

/** How many lines at the top of the run may be a standfirst above a metadata block. */
const HEAD_WINDOW = 6;
/** A run head longer than this is text, not a standfirst. */
const HEAD_MAX_LENGTH = 350;

/**
 * A standfirst above the byline and share widgets can join the run (it is prose); the text
 * starts after that metadata block.
 */
function trimRunHead(run: { start: number; end: number }, assessed: readonly (Assessment | null)[]): void {
  if (run.start < 0) return;
  let seen = 0;
  let headLength = 0;
  let cut = -1;
  for (let i = run.start; i <= run.end && seen < HEAD_WINDOW; i++) {
    const a = assessed[i];
    if (!a) continue;
    seen++;
    // Everything above a cut must be short enough to be a standfirst.
    if (a.junk || a.meta) cut = i;
    else if ((headLength += a.features.length) > HEAD_MAX_LENGTH) break;
  }
  if (cut >= 0 && cut < run.end) run.start = cut + 1;
}

/**
 * Lines the main text does not run across: copyright lines and comment sections end an
 * article (hard); stand-alone dates and promo lines separate teasers (soft).
 */
function barrierOf(a: Assessment | null): Barrier {
  if (!a) return null;
  if (a.junk === "legal" || a.reasons.includes("comment-section")) return "hard";
  if (a.meta === "date" || a.junk === "promo") return "soft";
  return null;
}

/** What prose right after a byline or date line adds to its run's score. */
const AFTER_METADATA_BONUS = 150;

/**
 * An article's text starts right under its byline and date: prose there is more likely the
 * article than prose elsewhere on the page (a footer blurb, a promoted story).
 */
function boostAfterMetadata(assessed: readonly (Assessment | null)[], scores: number[]): void {
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
function runScore(a: Assessment | null, smoothed: "good" | "bad" | null): number {
  if (!a) return 0;
  const f = a.features;
  if (a.junk) return -Math.max(20, f.length / 2);
  if (a.meta) return -10;
  if (a.reasons.includes("duplicate")) return -f.length;
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

function initialKind(a: Assessment, smoothed: "good" | "bad", inRun: boolean, beforeRun: boolean, reasons: string[]): LineKind {
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
function demoteIsolated(kinds: LineKind[], reasons: string[][]): void {
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
function keepTextWithoutProse(assessed: readonly (Assessment | null)[], kinds: LineKind[], reasons: string[][]): void {
  for (let i = 0; i < assessed.length; i++) {
    const a = assessed[i];
    if (!a || a.junk || a.meta || a.reasons.includes("repeated")) continue;
    kinds[i] = "body";
    reasons[i] = [...a.reasons, "no-prose-on-page"];
  }
}

/** The first line no rule marked as junk or metadata, or -1. */
function firstContent(assessed: readonly (Assessment | null)[]): number {
  for (let i = 0; i < assessed.length; i++) {
    const a = assessed[i];
    if (a && !a.junk && !a.meta) return i + 1 < assessed.length ? i + 1 : i;
  }
  return -1;
}

/**
 * Headline, standfirst, dateline and headings: decided by position around the main text.
 */
function placeStructure(
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
  }
  if (on("heading")) placeHeadings(assessed, kinds, reasons, first, runEnd);
}

function firstNonBlank(assessed: readonly (Assessment | null)[], from: number): number {
  for (let i = from; i < assessed.length; i++) if (assessed[i]) return i;
  return from;
}

/** Indices of up to `count` non-blank lines above `index`, nearest first. */
function nearestAbove(assessed: readonly (Assessment | null)[], index: number, count: number): number[] {
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
function findHeadline(assessed: readonly (Assessment | null)[], kinds: readonly LineKind[], first: number): number {
  let best = -1;
  let bestScore = 0;
  const candidates = nearestAbove(assessed, first, HEADLINE_WINDOW);
  // The first line of the text can be the headline when nothing above it is.
  if (assessed[first] && (assessed[first]!.dateHeader > 0 || first === 0)) candidates.unshift(first);
  let metadataBelow = false;
  for (const [distance, i] of candidates.entries()) {
    const a = assessed[i]!;
    if (a.meta === "byline" || a.meta === "date") metadataBelow = true;
    if (kinds[i] === "dateline" || !isHeadlineShaped(a)) continue;
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
    if (upper >= 4 && upper * 1.5 <= assessed[best]!.features.words) return above;
  }
  return best;
}

function isHeadlineShaped(a: Assessment): boolean {
  const f = a.features;
  if (a.junk || a.meta || a.reasons.includes("wrapped-paragraph")) return false;
  if (f.words < 2 || f.words > 30 || f.length > 220 || f.link) return false;
  if (/[.:;,]$/.test(f.text) && !f.text.endsWith("...")) return false;
  return f.letters >= f.length * 0.5;
}

/** The standfirst: the first sentence-like line after the headline, before the main text. */
function placeSubtitle(
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
function placeHeadings(
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
    kinds[i] = "heading";
    reasons[i] = [...a.reasons.filter((r) => r !== "short" && r !== "low-density" && r !== "main-text"), "subheading"];
  }
}

function nextNonBlank(assessed: readonly (Assessment | null)[], from: number): number {
  for (let i = from + 1; i < assessed.length; i++) if (assessed[i]) return i;
  return -1;
}
