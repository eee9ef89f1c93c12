import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysInMonth, formatDay, isoWeek, isValidDay, parseDay, weekdayOf } from "../../src/dates/calendar.js";

describe("calendar", () => {
  it("parses and validates days", () => {
    expect(parseDay("2024-02-29")).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseDay("2023-02-29")).toBeNull();
    expect(parseDay("2024-2-9")).toBeNull();
    expect(parseDay(undefined)).toBeNull();
    expect(isValidDay(2026, 4, 31)).toBe(false);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
  it("adds days and months, across year ends", () => {
    expect(formatDay(addDays({ y: 2025, m: 12, d: 30 }, 3))).toBe("2026-01-02");
    expect(formatDay(addDays({ y: 2024, m: 3, d: 1 }, -1))).toBe("2024-02-29");
    expect(addMonths(2026, 1, -1)).toEqual([2025, 12]);
    expect(addMonths(2026, 11, 3)).toEqual([2027, 2]);
  });
  it("knows weekdays and ISO weeks", () => {
    expect(weekdayOf({ y: 2026, m: 1, d: 26 })).toBe(1); // a Monday
    expect(weekdayOf({ y: 1970, m: 1, d: 1 })).toBe(4); // a Thursday
    expect(isoWeek({ y: 2026, m: 1, d: 26 })).toBe("2026-W05");
    expect(isoWeek({ y: 2021, m: 1, d: 3 })).toBe("2020-W53");
    expect(isoWeek({ y: 2024, m: 12, d: 30 })).toBe("2025-W01");
  });
});
