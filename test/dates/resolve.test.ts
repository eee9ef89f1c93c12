import { describe, expect, it } from "vitest";
import { resolve, resolveWeekday, seasonValue } from "../../src/dates/refine/resolve.js";
import { formatDay } from "../../src/dates/calendar.js";

const ref = { y: 2026, m: 1, d: 26 }; // a Monday

describe("resolve", () => {
  it("gives absolute expressions their value without a reference", () => {
    expect(resolve({ kind: "month", y: 2022, m: 2 }, null, null)).toEqual({ value: "2022-02", precision: "month", relative: false });
    expect(resolve({ kind: "range", from: { y: 2024, m: 9, d: 8 }, to: { y: 2024, m: 9, d: 9 } }, null, null).value).toBe("2024-09-08/2024-09-09");
    expect(resolve({ kind: "season", y: 2019, season: "winter" }, null, null).value).toBe("2019-12/2020-02");
  });
  it("never invents a value without a reference", () => {
    expect(resolve({ kind: "weekday", weekday: 1, shift: null }, null, "past")).toEqual({ value: null, precision: "day", relative: true });
    expect(resolve({ kind: "span", unit: "month", shift: 0 }, null, null).value).toBeNull();
  });
  it("reads weekdays like an editor", () => {
    const day = (weekday: number, shift: number | null, tense: "past" | "future" | null) => formatDay(resolveWeekday(weekday, shift, ref, tense));
    expect(day(1, null, null)).toBe("2026-01-26");
    expect(day(5, null, null)).toBe("2026-01-23");
    expect(day(5, null, "future")).toBe("2026-01-30");
    expect(day(0, 1, null)).toBe("2026-02-01");
    expect(day(2, 1, null)).toBe("2026-02-03");
    expect(day(1, -1, null)).toBe("2026-01-19");
    expect(day(0, -1, null)).toBe("2026-01-25");
  });
  it("gives a month-day the year nearest in the tense's direction", () => {
    expect(resolve({ kind: "month-day", m: 2, d: 3 }, ref, null).value).toBe("2026-02-03");
    expect(resolve({ kind: "month-day", m: 2, d: 3 }, ref, "past").value).toBe("2025-02-03");
    expect(resolve({ kind: "month-day", m: 12, d: 20 }, ref, null).value).toBe("2025-12-20");
    expect(resolve({ kind: "month-day", m: 12, d: 20 }, ref, "future").value).toBe("2026-12-20");
    expect(resolve({ kind: "month-day", m: 12, d: 30, m2: 1, d2: 2 }, ref, "past").value).toBe("2025-12-30/2026-01-02");
    expect(resolve({ kind: "yearless-month", m: 11 }, ref, null).value).toBe("2025-11");
    expect(resolve({ kind: "yearless-month", m: 5 }, ref, "future").value).toBe("2026-05");
  });
  it("keeps spans at their own precision", () => {
    expect(resolve({ kind: "span", unit: "month", shift: 0 }, ref, "future")).toEqual({ value: "2026-01", precision: "month", relative: true });
    expect(resolve({ kind: "span", unit: "year", shift: -1 }, ref, null).value).toBe("2025");
    expect(resolve({ kind: "span", unit: "week", shift: 1 }, ref, null).value).toBe("2026-W06");
    expect(resolve({ kind: "span", unit: "weekend", shift: 0, bare: true }, ref, null).value).toBe("2026-01-24/2026-01-25");
    expect(resolve({ kind: "span", unit: "weekend", shift: 0 }, ref, null).value).toBe("2026-01-31/2026-02-01");
    expect(resolve({ kind: "relative-day", days: -2 }, ref, null).value).toBe("2026-01-24");
    expect(resolve({ kind: "ago", unit: "month", n: 2 }, ref, null).value).toBe("2025-11");
    expect(resolve({ kind: "relative-season", season: "summer", shift: -1 }, ref, null)).toEqual({ value: "2025-06/2025-08", precision: "season", relative: true });
    expect(resolve({ kind: "relative-season", season: "summer", shift: -1 }, { y: 2025, m: 7, d: 1 }, null).value).toBe("2024-06/2024-08");
    expect(seasonValue(2025, "spring")).toBe("2025-03/2025-05");
  });
});
