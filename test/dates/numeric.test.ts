import { describe, expect, it } from "vitest";
import { parseNumeric } from "../../src/dates/parse/numeric.js";
import { found } from "./helpers.js";

describe("parseNumeric", () => {
  it("reads ISO dates with a time and offset", () => {
    expect(found(parseNumeric, "Posted 2025-11-03 14:05 +0300 by staff")).toEqual([
      { text: "2025-11-03 14:05 +0300", expr: { kind: "day", day: { y: 2025, m: 11, d: 3 }, time: { hour: 14, minute: 5, offset: "+03:00" } } },
    ]);
    expect(found(parseNumeric, "2025/11/03")[0]?.expr).toEqual({ kind: "day", day: { y: 2025, m: 11, d: 3 } });
  });
  it("reads numeric dates day-first, month-first only when it must", () => {
    expect(found(parseNumeric, "03.11.2025 08:15")[0]?.expr).toEqual({ kind: "day", day: { y: 2025, m: 11, d: 3 }, time: { hour: 8, minute: 15 } });
    expect(found(parseNumeric, "on 04/05/2025")[0]?.expr).toEqual({ kind: "day", day: { y: 2025, m: 5, d: 4 } });
    expect(found(parseNumeric, "on 12/25/2025")[0]?.expr).toEqual({ kind: "day", day: { y: 2025, m: 12, d: 25 } });
  });
  it("reads CJK dates, with and without a year", () => {
    expect(found(parseNumeric, "会议于2025年3月9日举行")[0]).toEqual({ text: "2025年3月9日", expr: { kind: "day", day: { y: 2025, m: 3, d: 9 } } });
    expect(found(parseNumeric, "代表团3月9日抵达")[0]?.expr).toEqual({ kind: "month-day", m: 3, d: 9 });
    expect(found(parseNumeric, "3月9日至10日")[0]?.expr).toEqual({ kind: "month-day", m: 3, d: 9, m2: 3, d2: 10 });
  });
  it("rejects what only looks like a date", () => {
    for (const text of ["the 9/11 attacks", "open 24/7", "won 3-1", "version 1.2.3", "call 555-12-34", "at 10:30", "31.02.2025", "1.12.2024.5"]) {
      expect(found(parseNumeric, text), text).toEqual([]);
    }
  });
});
