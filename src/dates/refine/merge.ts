/**
 * Overlap resolution: when parsers find overlapping spans, the longest wins (then the earliest);
 * a weekday written next to a full date ("Monday, January 17, 2022") becomes one expression
 * with the date's value.
 *
 * @module
 */
import type { Candidate } from "../parse/types.js";

const WEEKDAY_JOIN = /^,?[ \t\u00a0]*(?:the[ \t\u00a0]+)?$/u;
/** A date in brackets after the weekday: "Senin (20/10/2025)", common in Indonesian news. */
const WEEKDAY_BRACKET = /^[ \t\u00a0]*\($/u;

/**
 * Keep the longest of overlapping candidates (the earliest on a tie), sorted by start. One sweep
 * over the candidates sorted by start: a candidate that overlaps the last kept one replaces it
 * when longer. O(k log k) for k candidates.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = candidates.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) {
        kept.pop();
        // The longer one may now overlap the one kept before.
        const before = kept[kept.length - 1];
        if (before && c.start < before.end) {
          if (c.end - c.start > before.end - before.start) kept[kept.length - 1] = c;
          continue;
        }
        kept.push(c);
      }
      continue;
    }
    kept.push(c);
  }
  return kept;
}

/** Join "Monday, January 17, 2022" or "Senin (20/10/2025)" (weekday, then a date) into the date, spanning both. */
export function joinWeekdayDates(text: string, sorted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    const next = sorted[i + 1];
    const gap = next && c.expr.kind === "weekday" ? text.slice(c.end, next.start) : "";
    const bracket = next !== undefined && WEEKDAY_BRACKET.test(gap) && text.charAt(next.end) === ")";
    if (
      c.expr.kind === "weekday" &&
      c.expr.shift === null &&
      next &&
      (next.expr.kind === "day" || next.expr.kind === "month-day") &&
      (WEEKDAY_JOIN.test(gap) || bracket)
    ) {
      out.push({ ...next, start: c.start, end: bracket ? next.end + 1 : next.end, parser: `${next.parser}+weekday` });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}
