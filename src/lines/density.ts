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

export function densityClass(f: LineFeatures, hasStoplist: boolean): DensityClass {
  if (f.length < LENGTH_LOW) {
    // A one-sentence paragraph (a quoted remark and its cue, a closing line) reads like prose:
    // a sentence end and a prose share of stopwords. jusText would call it short and leave it to
    // its neighbours, which fails in a short article with no long paragraph to lean on.
    if (hasStoplist && !f.cjk && f.endsSentence && f.words >= SHORT_SENTENCE_WORDS && f.density >= STOPWORDS_HIGH) return "near-good";
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
  if (f.density >= STOPWORDS_HIGH) return f.length > LENGTH_HIGH ? "good" : "near-good";
  if (f.density >= STOPWORDS_LOW) return "near-good";
  return "bad";
}
