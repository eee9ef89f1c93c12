/**
 * jusText's first pass: each line is good (prose), near-good, short or bad from its length
 * and its stopword density. Thresholds follow jusText's defaults, adapted to the shorter
 * stoplists used here; languages without a stoplist (Chinese, Japanese, Thai, ...) fall back
 * to length and sentence punctuation.
 *
 * @module
 */
import type { LineFeatures } from "./features.js";

export type DensityClass = "good" | "near-good" | "short" | "bad";

/** Below this length (CJK characters count 2.5) a line is short. */
export const LENGTH_LOW = 70;
/** Above this length a dense line is good rather than near-good. */
export const LENGTH_HIGH = 200;
/** Stopword density of prose. */
export const STOPWORDS_LOW = 0.22;
export const STOPWORDS_HIGH = 0.26;

/** A short line with at least this many words can be a sentence of prose. */
const SHORT_SENTENCE_WORDS = 5;
/** ...and a CJK line of this length (12 characters at 2.5 each). */
const SHORT_CJK_SENTENCE = 30;

/** What the page says about reading its lines (see {@link pageDensity}). */
export interface PageDensity {
  /** Factor on the stopword thresholds (1, or lower for a page whose prose is thin in stopwords). */
  scale: number;
  /** Whether short sentences read as prose: only on a page that has prose of normal length. */
  sentences: boolean;
}

export const PLAIN_PAGE: PageDensity = { scale: 1, sentences: false };

export function densityClass(f: LineFeatures, hasStoplist: boolean, page: PageDensity = PLAIN_PAGE): DensityClass {
  const scale = page.scale;
  if (f.length < LENGTH_LOW) {
    if (!page.sentences) return "short";
    // A one-sentence paragraph (a quoted remark and its cue, a closing line) reads like prose:
    // a sentence end and a prose share of stopwords. jusText would call it short and leave it to
    // its neighbours, which fails in a short article whose longer paragraphs are not long enough.
    if (hasStoplist && !f.cjk && f.endsSentence && f.words >= SHORT_SENTENCE_WORDS && f.density >= STOPWORDS_HIGH * scale) return "near-good";
    // Chinese and Japanese have no stoplist here: a full sentence of a dozen characters or more.
    if (f.cjk && f.endsSentence && f.length >= SHORT_CJK_SENTENCE) return "near-good";
    return "short";
  }
  if (f.link && f.words < 12) return "bad";
  if (!hasStoplist || f.cjk) {
    // No stoplist: prose is long and punctuated like sentences.
    if (f.length >= LENGTH_HIGH && (f.endsSentence || f.words >= 25)) return "good";
    return f.endsSentence ? "near-good" : "bad";
  }
  if (f.density >= STOPWORDS_HIGH * scale) return f.length > LENGTH_HIGH ? "good" : "near-good";
  if (f.density >= STOPWORDS_LOW * scale) return "near-good";
  return "bad";
}

/** Stopword density of the page's long sentences at or above which the thresholds hold as they are. */
const PROSE_DENSITY = 0.34;
/** The thresholds are never lowered below this share. */
const MIN_SCALE = 0.5;
/** Long sentences needed to judge the page's prose density. */
const MIN_SAMPLE = 3;

/**
 * How far to lower the density thresholds for this page: 1, unless the page's long sentences
 * (its likeliest prose) are thinner in stopwords than prose usually is, as in languages that
 * join articles and prepositions to their words (Arabic `وال`, `بال`), where a short stoplist
 * finds fewer of them. The scale is the median density of those lines over PROSE_DENSITY.
 */
export function densityScale(features: readonly LineFeatures[]): number {
  const densities: number[] = [];
  for (const f of features) if (f.length > LENGTH_HIGH && f.endsSentence && !f.cjk) densities.push(f.density);
  if (densities.length < MIN_SAMPLE) return 1;
  densities.sort((a, b) => a - b);
  const median = densities[densities.length >> 1]!;
  return Math.max(MIN_SCALE, Math.min(1, median / PROSE_DENSITY));
}

/**
 * How this page's lines are read: the threshold scale ({@link densityScale}, stoplist languages
 * only), and whether short sentences count as prose, which they do when the page has prose of
 * normal length for them to belong to. A page of short lines only (a wire brief, a menu) keeps
 * jusText's reading, where short lines take their neighbours' class.
 */
export function pageDensity(features: readonly LineFeatures[], hasStoplist: boolean): PageDensity {
  const scale = hasStoplist ? densityScale(features) : 1;
  const plain: PageDensity = { scale, sentences: false };
  let sentences = false;
  for (const f of features) {
    if (f.length < LENGTH_LOW) continue;
    const cls = densityClass(f, hasStoplist, plain);
    if (cls === "good" || cls === "near-good") {
      sentences = true;
      break;
    }
  }
  return { scale, sentences };
}
