/**
 * The main text: the contiguous run of lines with the most prose. Each line scores by its class
 * (prose adds its length, boilerplate subtracts), and the best run is the maximum-sum
 * subarray (Kadane), found in one pass. Lines outside the run are header or footer.
 *
 * @module
 */

export interface Run {
  /** Index of the first and last line of the run (inclusive); -1 when there is no prose. */
  start: number;
  end: number;
  score: number;
}

/** The best-scoring contiguous run of `scores` (blank lines score 0). */
export function bestRun(scores: readonly number[]): Run {
  let best: Run = { start: -1, end: -1, score: 0 };
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > best.score) best = { start, end: i, score: sum };
  }
  return best;
}
