/**
 * Output of the harness: a readable table per set, or one JSON object.
 *
 * @module
 */
import type { Metric, Miss, SetResult } from "./result.js";

/** A metric value as printed: `n/a` when unknown, never NaN. */
export function formatValue(m: Metric): string {
  if (m.value === null || !Number.isFinite(m.value)) return "n/a";
  switch (m.unit) {
    case "count":
      return String(Math.round(m.value));
    case "mean":
    case "seconds":
      return m.value.toFixed(2);
    default:
      return m.value.toFixed(3);
  }
}

function formatMiss(m: Miss): string {
  const where = [m.file ?? m.id ?? "", m.line !== undefined ? `:${m.line}` : ""].join("");
  const rest = Object.entries(m)
    .filter(([k]) => !["what", "file", "id", "line", "expected", "got"].includes(k))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(" ");
  const eg = "expected" in m || "got" in m ? `expected ${JSON.stringify(m.expected ?? null)} got ${JSON.stringify(m.got ?? null)}` : "";
  return [m.what.padEnd(18), where, rest, eg].filter((s) => s !== "").join("  ");
}

/** The table of one set, as lines of text. */
export function formatSet(r: SetResult, showMisses: boolean): string {
  if (r.skipped) return `== ${r.name}: skipped (${r.skipped})\n`;
  const out: string[] = [];
  out.push(`== ${r.name}  (${r.n} articles, ${r.seconds.toFixed(2)} s, ${r.errors} error${r.errors === 1 ? "" : "s"})`);
  const rows = Object.entries(r.metrics);
  const width = Math.max(6, ...rows.map(([k]) => k.length));
  out.push(`  ${"metric".padEnd(width)}  ${"value".padStart(7)}  ${"n".padStart(6)}`);
  for (const [key, m] of rows) {
    const n = m.unit === "count" ? "" : String(m.n);
    out.push(`  ${key.padEnd(width)}  ${formatValue(m).padStart(7)}  ${n.padStart(6)}${m.note ? `  ${m.note}` : ""}`);
  }
  for (const note of r.notes) out.push(`  note: ${note}`);
  if (showMisses && r.misses.length > 0) {
    out.push(`  misses (first ${r.misses.length} of ${r.missesTotal}):`);
    for (const m of r.misses) out.push(`    ${formatMiss(m)}`);
  }
  return `${out.join("\n")}\n`;
}

export interface JsonReport {
  sets: Record<string, SetResult>;
  seconds: number;
  corpus: string;
  gold: string[];
}

/** The one JSON object printed by `--json`. Unknown values are `null`, never NaN. */
export function toJson(results: readonly SetResult[], meta: { seconds: number; corpus: string; gold: string[] }): string {
  const sets: Record<string, SetResult> = {};
  for (const r of results) sets[r.name] = r;
  const report: JsonReport = { sets, ...meta };
  return JSON.stringify(report, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2);
}
