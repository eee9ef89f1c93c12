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

export function densityClass(f: LineFeatures, hasStoplist: boolean): DensityClass {
  if (f.length < LENGTH_LOW) return "short";
  if (f.link && f.words < 12) return "bad";
  if (!hasStoplist || f.cjk) {
    // No stoplist: prose is long and punctuated like sentences.
    if (f.length >= LENGTH_HIGH && (f.endsSentence || f.words >= 25)) return "good";
    return f.endsSentence ? "near-good" : "bad";
  }
  if (f.density >= STOPWORDS_HIGH) return f.length > LENGTH_HIGH ? "good" : "near-good";
  if (f.density >= STOPWORDS_LOW) return "near-good";
  return "bad";
}
