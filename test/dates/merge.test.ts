import { describe, expect, it } from "vitest";
import type { Candidate } from "../../src/dates/parse/types.js";
import { joinWeekdayDates, resolveOverlaps } from "../../src/dates/refine/merge.js";

const c = (start: number, end: number, expr: Candidate["expr"], parser = "test"): Candidate => ({ start, end, expr, parser });

describe("merge", () => {
  it("keeps the longest of overlapping candidates", () => {
    const kept = resolveOverlaps([c(0, 5, { kind: "yearless-month", m: 5 }), c(0, 11, { kind: "month", y: 2020, m: 5 }), c(20, 26, { kind: "relative-day", days: 0 })]);
    expect(kept.map((k) => [k.start, k.end])).toEqual([[0, 11], [20, 26]]);
  });
  it("joins a weekday to the date written after it", () => {
    const text = "Friday, March 7, 2025";
    const joined = joinWeekdayDates(text, [c(0, 6, { kind: "weekday", weekday: 5, shift: null }), c(8, 21, { kind: "day", day: { y: 2025, m: 3, d: 7 } })]);
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ start: 0, end: 21, expr: { kind: "day" } });
    const apart = joinWeekdayDates("Friday and March 7", [c(0, 6, { kind: "weekday", weekday: 5, shift: null }), c(11, 18, { kind: "month-day", m: 3, d: 7 })]);
    expect(apart).toHaveLength(2);
  });
});
