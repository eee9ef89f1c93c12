import { describe, expect, it } from "vitest";
import { parseMonthName } from "../../src/dates/parse/month-name.js";
import { resolveOverlaps } from "../../src/dates/refine/merge.js";
import type { ParseContext } from "../../src/dates/parse/types.js";

const ctx: ParseContext = { language: "en" };
function best(text: string) {
  return resolveOverlaps(parseMonthName(text, ctx)).map((c) => ({ text: text.slice(c.start, c.end), expr: c.expr }));
}

describe("parseMonthName", () => {
  it("reads month-first dates, ranges and years", () => {
    expect(best("the summit opens on Mar. 4.")).toEqual([{ text: "Mar. 4", expr: { kind: "month-day", m: 3, d: 4 } }]);
    expect(best("from October 30-November 2")).toEqual([{ text: "October 30-November 2", expr: { kind: "month-day", m: 10, d: 30, m2: 11, d2: 2 } }]);
    expect(best("held Sept. 8-9, 2024 in town")[0]?.expr).toEqual({ kind: "range", from: { y: 2024, m: 9, d: 8 }, to: { y: 2024, m: 9, d: 9 } });
    expect(best("Tuesday, June 3, 2025 10:15 AM")[0]).toEqual({ text: "June 3, 2025 10:15 AM", expr: { kind: "day", day: { y: 2025, m: 6, d: 3 }, time: { hour: 10, minute: 15 } } });
  });
  it("reads day-first dates in several languages", () => {
    expect(best("le 1er mars 2025")[0]?.expr).toEqual({ kind: "day", day: { y: 2025, m: 3, d: 1 } });
    expect(best("am 14. Juli")[0]?.expr).toEqual({ kind: "month-day", m: 7, d: 14 });
    expect(best("el 5 de octubre de 2024")[0]?.expr).toEqual({ kind: "day", day: { y: 2024, m: 10, d: 5 } });
    expect(best("встреча 12 апреля 2025 года")[0]?.expr).toEqual({ kind: "day", day: { y: 2025, m: 4, d: 12 } });
    expect(best("зустріч 3 травня")[0]?.expr).toEqual({ kind: "month-day", m: 5, d: 3 });
    expect(best("في 9 سبتمبر 2024")[0]?.expr).toEqual({ kind: "day", day: { y: 2024, m: 9, d: 9 } });
    expect(best("the night of 7-8 May")[0]).toEqual({ text: "7-8 May", expr: { kind: "month-day", m: 5, d: 7, m2: 5, d2: 8 } });
  });
  it("reads months with a year or after a preposition", () => {
    expect(best("since November 2019")[0]).toEqual({ text: "November 2019", expr: { kind: "month", y: 2019, m: 11 } });
    expect(best("a vote in May.")[0]).toEqual({ text: "May", expr: { kind: "yearless-month", m: 5 } });
    expect(best("prévu en juin")[0]?.expr).toEqual({ kind: "yearless-month", m: 6 });
    expect(best("в марте")[0]?.expr).toEqual({ kind: "yearless-month", m: 3 });
  });
  it("does not read common words as months", () => {
    expect(best("they may 5 times")).toEqual([]);
    expect(best("Theresa May said")).toEqual([]);
    expect(best("a march of 3 miles")).toEqual([]);
  });
});

describe("parseMonthName: ranges written with words", () => {
  it("reads 'and', 'au', 'bis', 'по' ranges", () => {
    expect(best("talks on Jan. 23 and 24")[0]).toEqual({ text: "Jan. 23 and 24", expr: { kind: "month-day", m: 1, d: 23, m2: 1, d2: 24 } });
    expect(best("du 3 au 5 mars")[0]?.expr).toEqual({ kind: "month-day", m: 3, d: 3, m2: 3, d2: 5 });
    expect(best("vom 3. bis 5. März 2025")[0]?.expr).toEqual({ kind: "range", from: { y: 2025, m: 3, d: 3 }, to: { y: 2025, m: 3, d: 5 } });
    expect(best("с 3 по 5 марта")[0]?.expr).toEqual({ kind: "month-day", m: 3, d: 3, m2: 3, d2: 5 });
    expect(best("on March 3 and a day later")[0]?.text).toBe("March 3");
  });
});
