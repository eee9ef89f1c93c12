/**
 * One line assessed on its own: features, normalized form, density class, and what the shape
 * and phrase rules say it is (junk kind, metadata kind, dateline candidate), with the rules'
 * names as reasons. Context comes later (page.ts, run.ts, structure.ts).
 *
 * @module
 */
import type { Language, LineKind } from "../schema/article.js";
import type { TextLine } from "../schema/stages.js";
import { STOPWORDS } from "./data/stopwords.js";
import { type DensityClass, densityClass, LENGTH_HIGH, type PageDensity, pageDensity } from "./density.js";
import { type LineFeatures, lineFeatures } from "./features.js";
import { type BoilerplateMemory, isRemembered } from "./memory.js";
import { normalizeForMatch } from "./normalize.js";
import { LONG_LINE_KINDS, leadingLinePhrase, matchLongLinePhrases, matchPhrases, type PhraseHit, widgetKind } from "./phrase-match.js";
import type { RuleName } from "./rules.js";
import {
  bylineShape,
  dateHeaderLength,
  hasCaptionMarker,
  isAboutHeader,
  isBreadcrumb,
  isCommentMarker,
  isCounter,
  isDateOnly,
  isKeywordList,
  isLinkOnly,
  isLoneDateline,
  isPagination,
  spamKeywordCount,
} from "./shape.js";

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

export type Junk = Extract<LineKind, "caption" | "navigation" | "share" | "promo" | "legal" | "spam" | "advertisement">;

export type Meta = "byline" | "date" | "dateline";

export interface Assessment {
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

export function stoplistFor(code: string): ReadonlySet<string> {
  let set = stoplistCache.get(code);
  if (!set) {
    set = new Set(STOPWORDS[code] ?? []);
    stoplistCache.set(code, set);
  }
  return set;
}

/** Lines shorter than this carry the reason `short`. */
const SHORT_LENGTH = 70;

/** Phrase rules fire on short lines only; a caption or legal phrase may open a long line. */
const PHRASE_MAX_WORDS = 14;

/** Lines longer than this are matched against phrases by their first LONG_LINE_PREFIX characters. */
const LONG_LINE = 200;

const LONG_LINE_PREFIX = 160;

export function assess(
  line: TextLine,
  index: number,
  lineCount: number,
  context: LinesContext,
  stoplist: ReadonlySet<string>,
  options: LinesOptions,
  on: (rule: RuleName) => boolean,
): Assessment | null {
  const trimmed = line.text.trim();
  if (trimmed === "") return null;
  const header = index === 0 && on("date-header") ? dateHeaderLength(line.text) : 0;
  const content = header > 0 ? line.text.slice(header) : trimmed;
  const features = lineFeatures(content, stoplist);
  // Phrases sit at the start of long lines (or are the whole of short ones): normalize a prefix.
  const long = features.text.length > LONG_LINE;
  const normalized = normalizeForMatch(long ? features.text.slice(0, LONG_LINE_PREFIX) : features.text, features.plain);
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
    a.junk = phraseJunk(phrasesOf(normalized, context.language.code, features), features, normalized) ?? "navigation";
    return a;
  }
  if (on("comments") && isCommentMarker(normalized, features.text, features)) return junk(a, "promo", "comment-section");
  if (on("about-section") && isAboutHeader(normalized, features)) return junk(a, "promo", "about-section");
  if (on("phrase")) {
    const hits = phrasesOf(normalized, context.language.code, features);
    const kind = phraseJunk(hits, features, normalized);
    if (kind) return junk(a, kind, `${kind}-phrase`);
    const widget = features.words <= 8 ? widgetKind(normalized, context.language.code) : undefined;
    if (widget) return junk(a, widget, `${widget}-words`);
    const labelled = features.words <= 6 && /[@.]/.test(normalized) ? phraseThenLink(normalized) : undefined;
    if (labelled) return junk(a, labelled, `${labelled}-phrase`);
    if (features.words <= PHRASE_MAX_WORDS && hits.some((h) => h.kind === "byline" && namesFollow(h, features.text, context.language.code))) {
      a.meta = "byline";
      a.reasons.push("byline-phrase");
      return a;
    }
  }
  if (on("caption") && hasCaptionMarker(features, normalized, long)) return junk(a, "caption", "caption-marker");
  if (on("counter") && isCounter(features)) return junk(a, "share", "counter");
  if (on("link-only") && isLinkOnly(features)) return junk(a, features.text.startsWith("@") ? "share" : "navigation", "link-only");
  if (on("breadcrumb") && isBreadcrumb(features)) return junk(a, "navigation", "breadcrumb");
  if (on("pagination") && isPagination(features)) return junk(a, "navigation", "pagination");
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
  if (features.length < SHORT_LENGTH) a.reasons.push("short");
  return a;
}

/** Long, dense prose is never taken for boilerplate by memory: a re-crawled article is still an article. */
export function isLongProse(a: Assessment): boolean {
  return a.density === "good" && a.features.length >= LENGTH_HIGH;
}

export function junk(a: Assessment, kind: Junk, reason: string): Assessment {
  a.junk = kind;
  a.reasons.push(reason);
  return a;
}

/** The phrases of a line; on a long line, only those that can decide it (see {@link phraseJunk}). */
function phrasesOf(normalized: string, language: string, f: LineFeatures): readonly PhraseHit[] {
  return f.words > TEASER_MAX_WORDS ? matchLongLinePhrases(normalized, language) : matchPhrases(normalized, language);
}

/** A promo phrase with a colon (`Read also:`) introduces a teaser headline of up to this many words. */
const TEASER_MAX_WORDS = 30;

/** Does the promo phrase end in a colon, or stand before one (`lire aussi : …`, `read more: …`)? */
function introducesTeaser(hit: PhraseHit, normalized: string): boolean {
  if (hit.at !== "start" || hit.kind !== "promo") return false;
  if (/[:：]$/u.test(hit.phrase)) return true;
  const next = normalized.charAt(hit.phrase.length) === " " ? normalized.charAt(hit.phrase.length + 1) : normalized.charAt(hit.phrase.length);
  return next === ":" || next === "：";
}

/** The junk kind the phrase hits decide, honouring the length limits. */
export function phraseJunk(hits: readonly PhraseHit[], f: LineFeatures, normalized: string): Junk | undefined {
  for (const hit of hits) {
    if (hit.kind === "byline") continue;
    // Captions and legal notices may be long: their phrases open them, and a photo credit
    // ("Credit: Getty Images", "/ Reuters") closes a caption of any length.
    // (And a teaser introduced with a colon, however long its headline: `Lire aussi : …`.)
    if (hit.at === "line" || f.words <= PHRASE_MAX_WORDS || LONG_LINE_KINDS.has(hit.kind) || (f.words <= TEASER_MAX_WORDS && introducesTeaser(hit, normalized))) {
      return hit.kind;
    }
  }
  return undefined;
}

/**
 * "By Jane Roe", not "By subscribing you accept...": after a phrase that introduces a name
 * ("by", "von", "reporting by"), the next word must be capitalized (in scripts with case), or
 * the rest be a source the byline lists know (`Quelle: dpa`, `Source: reuters`).
 */
export function namesFollow(hit: PhraseHit, text: string, language: string): boolean {
  if (hit.at !== "start") return true;
  const rest = text.slice(hit.phrase.length).replace(/^[\s:]+/, "");
  const first = rest.charAt(0);
  if (first === "" || first !== first.toLowerCase() || first === first.toUpperCase()) return true;
  return matchPhrases(normalizeForMatch(rest), language).some((h) => h.kind === "byline" && h.at === "line");
}

/** "Share this @site.com", "Follow us twitter.com/x": a widget phrase followed only by a link. */
export function phraseThenLink(normalized: string): Junk | undefined {
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
 * spam keywords, usually in the first few lines of the page.
 */
export function isSpam(f: LineFeatures, context: LinesContext, index: number, count: number): boolean {
  const lineScript = context.lineLanguages?.[index]?.script;
  const foreign = lineScript !== undefined && scriptGroup(lineScript) !== scriptGroup(context.language.script);
  // Injected keyword lists in the article's own script sit near a page's first or last lines.
  const edge = index < SPAM_EDGE_LINES || index >= count - SPAM_EDGE_LINES;
  if (!foreign && !edge) return false;
  const list = looksLikeList(f.text);
  if (!foreign && !list) return false;
  // In the article's own script only a keyword list is spam: split before counting keywords.
  const keywordList = isKeywordList(f.text);
  if (!foreign && !keywordList) return false;
  const keywords = spamKeywordCount(f.text);
  if (keywords >= 3 && keywordList) return true;
  return foreign && keywords >= 1 && (list || keywords >= 2);
}

/** Keyword spam in the article's own script is looked for in this many lines at each end. */
export const SPAM_EDGE_LINES = 12;

/** Cheap pre-check for a keyword list: several list separators. */
export function looksLikeList(text: string): boolean {
  let separators = 0;
  for (let i = 0; i < text.length && separators < 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x7c || c === 0xff0c || c === 0x3001 || c === 0xff1b) separators++;
  }
  return separators >= 4;
}

export function scriptGroup(script: string): string {
  return script === "Jpan" || script === "Hans" || script === "Hant" || script === "Hani" ? "CJK" : script;
}

/**
 * Density classes again as the page says (see {@link pageDensity}): thresholds lowered when its
 * prose is thinner in stopwords than the stoplist expects, short sentences read as prose when it
 * has prose of normal length. Returns what was used.
 */
export function rereadDensity(assessed: (Assessment | null)[], hasStoplist: boolean): PageDensity {
  const features: LineFeatures[] = [];
  for (const a of assessed) if (a) features.push(a.features);
  const page = pageDensity(features, hasStoplist);
  if (page.scale < 1 || page.sentences) for (const a of assessed) if (a) a.density = densityClass(a.features, hasStoplist, page);
  return page;
}
