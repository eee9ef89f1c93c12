/**
 * jusText's context smoothing: short and near-good lines take the class of their neighbours.
 * A near-good line next to good prose is good; a short line between two good lines is good,
 * between two bad ones bad, and between good and bad it follows its nearer side.
 *
 * @module
 */
import type { DensityClass } from "./density.js";

/** Classes after smoothing: every line is good or bad. Blank lines (null) are skipped. */
export function smoothClasses(classes: readonly (DensityClass | null)[]): ("good" | "bad" | null)[] {
  const n = classes.length;
  // Index of the nearest good or bad line (short, near-good and blank ones ignored) to the
  // left and right of each line, -1 for none. (Positions, not objects: a page may have a
  // million lines.)
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    left[i] = last;
    if (isStrong(classes[i])) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    right[i] = last;
    if (isStrong(classes[i])) last = i;
  }
  const smoothed = new Array<"good" | "bad" | null>(n);
  for (let i = 0; i < n; i++) {
    const c = classes[i] ?? null;
    const l = left[i]!;
    const r = right[i]!;
    if (c === null || c === "good" || c === "bad") smoothed[i] = c;
    // Near-good: good when a good line is its nearest strong neighbour on either side.
    else if (c === "near-good") smoothed[i] = (l >= 0 && classes[l] === "good") || (r >= 0 && classes[r] === "good") ? "good" : "bad";
    // Short: the class of its strong neighbours, of the nearer one when they differ.
    else if (l < 0 && r < 0) smoothed[i] = "bad";
    else if (l < 0) smoothed[i] = classes[r] as "good" | "bad";
    else if (r < 0 || classes[l] === classes[r] || i - l <= r - i) smoothed[i] = classes[l] as "good" | "bad";
    else smoothed[i] = classes[r] as "good" | "bad";
  }
  return smoothed;
}

function isStrong(c: DensityClass | null | undefined): c is "good" | "bad" {
  return c === "good" || c === "bad";
}
