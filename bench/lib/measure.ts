/**
 * Timing helpers of the benchmark: warm-up, timed passes for a fixed budget, medians.
 *
 * @module
 */

/** Sink for results, so that the work cannot be optimized away. */
let sink = 0;
export function consume(value: number): void {
  sink = (sink + value) | 0;
}
export function sinkValue(): number {
  return sink;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** MB (1e6 bytes) per second. */
export function mbPerSecond(bytes: number, milliseconds: number): number {
  return milliseconds > 0 ? bytes / 1e6 / (milliseconds / 1000) : Number.POSITIVE_INFINITY;
}

/** Call `fn` on the texts, cycling, for about `milliseconds`. */
export function warmUp(texts: readonly string[], fn: (text: string) => number, milliseconds: number): void {
  if (texts.length === 0) return;
  const until = performance.now() + milliseconds;
  let i = 0;
  do {
    consume(fn(texts[i % texts.length] ?? ""));
    i++;
  } while (performance.now() < until);
}

export interface PassResult {
  passes: number;
  /** Median wall time of one pass over all texts. */
  medianMs: number;
  articlesPerSecond: number;
  mbPerSecond: number;
}

/**
 * Time whole passes over `texts` until `budgetMs` is spent (at least one pass) and report the
 * median pass.
 */
export function timePasses(
  texts: readonly string[],
  bytes: number,
  fn: (text: string) => number,
  budgetMs: number,
): PassResult {
  const times: number[] = [];
  const start = performance.now();
  do {
    const t0 = performance.now();
    for (const text of texts) consume(fn(text));
    times.push(performance.now() - t0);
  } while (performance.now() - start < budgetMs);
  const medianMs = median(times);
  return {
    passes: times.length,
    medianMs,
    articlesPerSecond: medianMs > 0 ? texts.length / (medianMs / 1000) : Number.POSITIVE_INFINITY,
    mbPerSecond: mbPerSecond(bytes, medianMs),
  };
}

export interface SampleResult {
  runs: number;
  /** Median wall time of one call. */
  medianMs: number;
}

/**
 * Time `fn()` repeatedly for about `budgetMs` (at least once). Fast calls are batched so one
 * sample lasts at least ~5 ms; the result is the median time of one call.
 */
export function sample(fn: () => number, budgetMs: number): SampleResult {
  const start = performance.now();
  consume(fn());
  const first = performance.now() - start;
  if (first >= budgetMs) return { runs: 1, medianMs: first };
  const batch = Math.max(1, Math.ceil(5 / Math.max(first, 1e-3)));
  const times: number[] = [];
  let runs = 1;
  do {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) consume(fn());
    times.push((performance.now() - t0) / batch);
    runs += batch;
  } while (performance.now() - start < budgetMs);
  return { runs, medianMs: median(times) };
}

/**
 * Predict the time of a run on `nextSize` from the runs so far (growth exponent estimated from
 * the last two points, at least linear). Used to skip a run that would not finish in time.
 */
export function predictMs(points: readonly { size: number; ms: number }[], nextSize: number): number {
  const last = points[points.length - 1];
  if (!last) return 0;
  const prev = points[points.length - 2];
  let exponent = 1;
  if (prev && prev.ms > 0.5 && last.ms > 0 && last.size > prev.size) {
    exponent = Math.max(1, Math.log(last.ms / prev.ms) / Math.log(last.size / prev.size));
  }
  return last.ms * (nextSize / last.size) ** exponent;
}
