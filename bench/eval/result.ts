/**
 * What every scorer returns, and the small builders they fill: metrics with their
 * denominators, misses grouped by category, a safe `normalizeArticle` call.
 *
 * @module
 */
import type { Article } from "../../src/index.js";
import { f1, ratio } from "./metrics.js";

/** How a metric's value reads: a rate in 0..1, a mean, or a plain count. */
export type MetricUnit = "rate" | "mean" | "count" | "seconds";

export interface Metric {
  /** `null` when the denominator is 0 (printed `n/a`). */
  value: number | null;
  /** The denominator (items the value is computed over). */
  n: number;
  unit: MetricUnit;
  note?: string;
}

/** One thing the library got wrong, for a developer to look at. */
export interface Miss {
  /** Category, e.g. `line`, `quote.missed`, `body`. */
  what: string;
  file?: string;
  id?: string;
  url?: string | null;
  line?: number;
  expected?: unknown;
  got?: unknown;
  [key: string]: unknown;
}

export interface SetResult {
  name: string;
  /** `gold` for a gold set in the seeds format, `corpus` for a shared corpus. */
  type: "gold" | "corpus";
  /** Articles scored. */
  n: number;
  /** Articles on which normalizeArticle threw. */
  errors: number;
  seconds: number;
  metrics: Record<string, Metric>;
  /** First misses (see --max-misses), several categories interleaved. */
  misses: Miss[];
  missesTotal: number;
  notes: string[];
  /** Set when the set could not run (missing folder or file): a one-line reason. */
  skipped?: string;
}

export type Normalize = (input: string | Uint8Array) => Article;

export interface RunOptions {
  /** Cap on the number of articles of a corpus (undefined: the corpus default). */
  limit: number | undefined;
  maxMisses: number;
}

/** Builds a {@link SetResult}. */
export class SetBuilder {
  readonly metrics: Record<string, Metric> = {};
  readonly notes: string[] = [];
  private readonly missesByWhat = new Map<string, Miss[]>();
  private missCount = 0;
  n = 0;
  errors = 0;
  private readonly started = performance.now();

  constructor(
    readonly name: string,
    readonly type: "gold" | "corpus",
    private readonly maxMisses: number,
  ) {}

  /** A rate `num / den`. */
  rate(key: string, num: number, den: number, note?: string): void {
    this.put(key, { value: ratio(num, den), n: den, unit: "rate" }, note);
  }

  /** A rate from a {@link Tally}. */
  tally(key: string, t: Tally, note?: string): void {
    this.rate(key, t.ok, t.n, note);
  }

  /** A value computed elsewhere. */
  value(key: string, value: number | null, n: number, unit: MetricUnit = "rate", note?: string): void {
    this.put(key, { value: n > 0 && value !== null && Number.isFinite(value) ? value : null, n, unit }, note);
  }

  /**
   * `<prefix>.precision`, `.recall`, `.f1` from match counts. Precision is `n/a` when nothing
   * was predicted; F1 is then 0 if there was gold to find (an honest zero), `n/a` otherwise.
   */
  prf(prefix: string, matched: number, predicted: number, gold: number, note?: string): void {
    const p = ratio(matched, predicted);
    const r = ratio(matched, gold);
    this.value(`${prefix}.precision`, p, predicted, "rate", note);
    this.value(`${prefix}.recall`, r, gold);
    this.value(`${prefix}.f1`, f1(p, r) ?? (gold > 0 && matched === 0 ? 0 : null), gold);
  }

  /** A count. */
  count(key: string, value: number, note?: string): void {
    this.put(key, { value, n: value, unit: "count" }, note);
  }

  private put(key: string, metric: Metric, note?: string): void {
    this.metrics[key] = note ? { ...metric, note } : metric;
  }

  miss(miss: Miss): void {
    this.missCount++;
    let list = this.missesByWhat.get(miss.what);
    if (!list) {
      list = [];
      this.missesByWhat.set(miss.what, list);
    }
    if (list.length < this.maxMisses) list.push(miss);
  }

  /** Run `normalize` on one input; on a throw, count an error, record it and return null. */
  run(normalize: Normalize, input: string | Uint8Array, where: { file?: string; id?: string }): Article | null {
    try {
      const article = normalize(input);
      const problem = shapeProblem(article);
      if (problem) throw new TypeError(`malformed Article: ${problem}`);
      return article;
    } catch (error) {
      this.errors++;
      this.miss({ what: "error", ...where, got: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      return null;
    }
  }

  build(): SetResult {
    // Interleave the categories so that the first N misses show several kinds of failure.
    const lists = [...this.missesByWhat.entries()].sort(([a], [b]) => (a === "error" ? -1 : b === "error" ? 1 : 0)).map(([, l]) => l);
    const misses: Miss[] = [];
    for (let i = 0; misses.length < this.maxMisses; i++) {
      let any = false;
      for (const list of lists) {
        const m = list[i];
        if (m === undefined) continue;
        any = true;
        if (misses.length < this.maxMisses) misses.push(m);
      }
      if (!any) break;
    }
    return {
      name: this.name,
      type: this.type,
      n: this.n,
      errors: this.errors,
      seconds: (performance.now() - this.started) / 1000,
      metrics: this.metrics,
      misses,
      missesTotal: this.missCount,
      notes: this.notes,
    };
  }
}

/** A result for a set that could not run. */
export function skippedSet(name: string, type: "gold" | "corpus", reason: string): SetResult {
  return { name, type, n: 0, errors: 0, seconds: 0, metrics: {}, misses: [], missesTotal: 0, notes: [], skipped: reason };
}

/** Counts right answers. */
export class Tally {
  ok = 0;
  n = 0;
  add(right: boolean): boolean {
    this.n++;
    if (right) this.ok++;
    return right;
  }
}

/** A cheap check of the fields the scorers read, so a half-built stage fails one article, not the run. */
function shapeProblem(a: Article): string | null {
  if (typeof a !== "object" || a === null) return "not an object";
  for (const key of ["lines", "quotes", "entities", "dates", "paragraphs"] as const) if (!Array.isArray(a[key])) return `${key} is not an array`;
  if (typeof a.text !== "string" || typeof a.body !== "string") return "text or body is not a string";
  if (typeof a.language !== "object" || a.language === null) return "language missing";
  return null;
}
