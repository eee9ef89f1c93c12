/**
 * The main text: the contiguous run of lines with the most prose. Each line scores by its class
 * (prose adds its length, boilerplate subtracts), and the best run is the maximum-sum
 * subarray (Kadane), found in one pass.
 *
 * Some lines are barriers a run cannot cross: a copyright line or a comment section marks the
 * end of the article (hard), a stand-alone date or a promo header separates teasers (soft). The
 * best run is chosen among the pieces between barriers; neighbouring pieces across a soft
 * barrier join it when they hold a good share of prose themselves (an article split by an
 * "Advertisement" or "Read more" line), while teaser lists, whose pieces are small, stay out.
 * Across a recognized promo box (a header and its list of headlines) the text continues only
 * to the piece right after the box, and only when that piece's prose ends sentences.
 *
 * @module
 */

export interface Run {
  /** Index of the first and last line of the run (inclusive); -1 when there is no prose. */
  start: number;
  end: number;
  score: number;
}

export type Barrier = "hard" | "soft" | null;

/** A neighbouring piece joins the main run when its own run scores this share of the best. */
export const JOIN_SHARE = 0.25;
/** ...or when it holds this much prose of its own (a long article cut by a box). */
export const JOIN_ABSOLUTE = 1000;

const NO_RUN: Run = { start: -1, end: -1, score: 0 };

/** The best-scoring contiguous run of `scores` between `from` and `to` (inclusive). */
export function bestRun(scores: readonly number[], from = 0, to = scores.length - 1): Run {
  let best: Run = NO_RUN;
  let sum = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > best.score) best = { start, end: i, score: sum };
  }
  // A run starts at its first line that adds prose, not at the blank or metadata before it.
  while (best.start >= 0 && best.start < best.end && scores[best.start]! <= 0) best = { ...best, start: best.start + 1 };
  return best;
}

/** How many small pieces in a row may be bridged. */
export const BRIDGE_PIECES = 6;
/** A bridge spans at most this many lines (a box inside the article, not a page of teasers). */
export const BRIDGE_LINES = 24;

/**
 * From piece `p`, step in `direction` while `connected` holds, to the first piece that is
 * `enough`; -1 if there is none. Within BRIDGE_PIECES pieces of any kind (`strict` false) a
 * piece needs prose; further out, only over pieces without prose (the gaps between the items
 * of a promo box), it needs prose that ends sentences (`strict` true).
 */
function reach(
  pieces: readonly Piece[],
  p: number,
  direction: 1 | -1,
  connected: (q: number) => "near" | "far" | false,
  enough: (q: number, strict: boolean) => boolean,
): number {
  for (let q = p, steps = 0, raw = 0; steps <= BRIDGE_PIECES; q += direction, raw++) {
    const how = connected(q);
    if (!how) return -1;
    const far = how === "far" || raw > BRIDGE_PIECES;
    // Across a promo box, only to the piece right after it.
    if ((!far || steps === 0) && enough(q, far)) return q;
    if (pieces[q]!.run.start >= 0) steps++;
  }
  return -1;
}

interface Piece {
  /** First and last line of the piece (between barriers). */
  begin: number;
  end: number;
  run: Run;
  /** The barrier that ends this piece (null for the last). */
  after: Barrier;
}

/** What the main run may know of each line beyond its score and barrier. */
export interface RunLines {
  /** The items of a recognized promo box: they do not count toward the length of a bridge. */
  boxed?: readonly boolean[];
  /** Lines that end a sentence: only their prose counts when a neighbouring piece asks to join. */
  sentence?: readonly boolean[];
}

/** The main run, respecting barriers; see the module comment. */
export function mainRun(scores: readonly number[], barriers: readonly Barrier[], lines: RunLines = {}): Run {
  const { boxed, sentence } = lines;
  // counted[i]: lines before i that count toward a bridge's length; prose[i]: sentence prose before i.
  const counted = new Array<number>(scores.length + 1);
  const prose = new Array<number>(scores.length + 1);
  counted[0] = 0;
  prose[0] = 0;
  for (let i = 0; i < scores.length; i++) {
    counted[i + 1] = counted[i]! + (boxed?.[i] ? 0 : 1);
    prose[i + 1] = prose[i]! + (!sentence || sentence[i] ? Math.max(0, scores[i]!) : 0);
  }
  const span = (from: number, to: number) => counted[Math.max(0, to)]! - counted[Math.max(0, from)]!;
  const proseOf = (run: Run) => prose[run.end + 1]! - prose[run.start]!;
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= scores.length; i++) {
    const barrier = i < scores.length ? barriers[i]! : null;
    if (i < scores.length && barrier === null) continue;
    pieces.push({ begin: from, end: i - 1, run: from <= i - 1 ? bestRun(scores, from, i - 1) : NO_RUN, after: i < scores.length ? barrier : null });
    from = i + 1;
  }
  let bestIndex = -1;
  for (let p = 0; p < pieces.length; p++) {
    if (pieces[p]!.run.start >= 0 && (bestIndex < 0 || pieces[p]!.run.score > pieces[bestIndex]!.run.score)) bestIndex = p;
  }
  if (bestIndex < 0) return NO_RUN;
  const best = pieces[bestIndex]!.run;
  let { start, end } = best;
  let score = best.score;
  // Join neighbours across soft barriers, outwards, while they hold enough prose. A few small
  // pieces (a "Related" box inside the article) may be bridged to reach a large one.
  const enough = (p: number, strict: boolean) => {
    const run = pieces[p]!.run;
    if (run.start < 0) return false;
    const own = strict ? Math.min(run.score, proseOf(run)) : run.score;
    return own >= best.score * JOIN_SHARE || own >= JOIN_ABSOLUTE;
  };
  // A bridge is near within BRIDGE_LINES lines, far within BRIDGE_LINES lines outside promo boxes.
  const bridge = (from: number, to: number): "near" | "far" | false =>
    to - from <= BRIDGE_LINES ? "near" : span(from, to) <= BRIDGE_LINES ? "far" : false;
  for (let p = bestIndex - 1; p >= 0; ) {
    const target = reach(pieces, p, -1, (q) => q >= 0 && pieces[q]!.after === "soft" && bridge(pieces[q]!.end, start), enough);
    if (target < 0) break;
    start = pieces[target]!.run.start;
    score += pieces[target]!.run.score;
    p = target - 1;
  }
  for (let p = bestIndex + 1; p < pieces.length; ) {
    const target = reach(pieces, p, 1, (q) => q < pieces.length && pieces[q - 1]!.after === "soft" && bridge(end, pieces[q]!.begin), enough);
    if (target < 0) break;
    end = pieces[target]!.run.end;
    score += pieces[target]!.run.score;
    p = target + 1;
  }
  return { start, end, score };
}
