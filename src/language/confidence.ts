/**
 * A real confidence for a language decision. franc's scores are relative (the best language
 * always scores 1), so the confidence is derived from what makes a decision reliable:
 * how much text was read and how far the winner is ahead of the runner-up.
 *
 *   confidence = lengthFactor × (FLOOR + (1 − FLOOR) × marginFactor)
 *   lengthFactor = min(1, letters / FULL_LENGTH)
 *   marginFactor = min(1, margin / FULL_MARGIN)
 *
 * `margin` is franc's normalized score gap between the best two candidates (or, when only
 * one candidate was left, the function-word hit gap). The constants were set from held-out
 * windows of real articles; see docs/language.md.
 *
 * @module
 */

/** Letters at which length no longer limits confidence. */
export const FULL_LENGTH = 250;
/** Score gap at which the runner-up no longer limits confidence. */
export const FULL_MARGIN = 0.04;
/** Confidence of a long sample with a tie between the best two. */
export const FLOOR = 0.5;

/** Combine sample length and winning margin into 0..1. */
export function languageConfidence(letters: number, margin: number): number {
  const lengthFactor = Math.min(1, Math.max(0, letters) / FULL_LENGTH);
  const marginFactor = Math.min(1, Math.max(0, margin) / FULL_MARGIN);
  return round(lengthFactor * (FLOOR + (1 - FLOOR) * marginFactor));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
