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
  // Nearest good/bad (ignoring short, near-good and blank) to the left and right of each line.
  const left = new Array<{ cls: "good" | "bad"; at: number } | null>(n).fill(null);
  const right = new Array<{ cls: "good" | "bad"; at: number } | null>(n).fill(null);
  let last: { cls: "good" | "bad"; at: number } | null = null;
  for (let i = 0; i < n; i++) {
    left[i] = last;
    const c = classes[i];
    if (c === "good" || c === "bad") last = { cls: c, at: i };
  }
  last = null;
  for (let i = n - 1; i >= 0; i--) {
    right[i] = last;
    const c = classes[i];
    if (c === "good" || c === "bad") last = { cls: c, at: i };
  }
  // Near-good first: good when a good line is its nearest strong neighbour on either side.
  const stage = classes.map((c, i) => {
    if (c !== "near-good") return c;
    return left[i]?.cls === "good" || right[i]?.cls === "good" ? "good" : "bad";
  });
  return stage.map((c, i) => {
    if (c === null) return null;
    if (c === "good" || c === "bad") return c;
    const l = left[i];
    const r = right[i];
    if (!l && !r) return "bad";
    if (!l) return r!.cls;
    if (!r) return l.cls;
    if (l.cls === r.cls) return l.cls;
    return i - l.at <= r.at - i ? l.cls : r.cls;
  });
}
