import { describe, expect, it } from "vitest";
import { parseWeekday } from "../../src/dates/parse/weekday.js";
import { found } from "./helpers.js";

describe("parseWeekday", () => {
  it("reads weekdays with their qualifiers", () => {
    expect(found(parseWeekday, "The board met on Thursday.")).toEqual([{ text: "Thursday", expr: { kind: "weekday", weekday: 4, shift: null } }]);
    expect(found(parseWeekday, "earlier Tuesday")[0]?.text).toBe("Tuesday");
    expect(found(parseWeekday, "until next Friday")[0]).toEqual({ text: "next Friday", expr: { kind: "weekday", weekday: 5, shift: 1 } });
    expect(found(parseWeekday, "last Sunday night")[0]?.expr).toEqual({ kind: "weekday", weekday: 0, shift: -1 });
  });
  it("reads weekdays in other languages", () => {
    expect(found(parseWeekday, "a annoncé mardi dernier")[0]).toEqual({ text: "mardi dernier", expr: { kind: "weekday", weekday: 2, shift: -1 } });
    expect(found(parseWeekday, "am kommenden Mittwoch")[0]?.expr).toEqual({ kind: "weekday", weekday: 3, shift: 1 });
    expect(found(parseWeekday, "el próximo jueves")[0]?.expr).toEqual({ kind: "weekday", weekday: 4, shift: 1 });
    expect(found(parseWeekday, "заявил в среду")[0]?.expr).toEqual({ kind: "weekday", weekday: 3, shift: null });
    expect(found(parseWeekday, "у п'ятницю")[0]?.expr).toEqual({ kind: "weekday", weekday: 5, shift: null });
    expect(found(parseWeekday, "下周五举行")[0]).toEqual({ text: "下周五", expr: { kind: "weekday", weekday: 5, shift: 1 } });
    expect(found(parseWeekday, "星期日")[0]?.expr).toEqual({ kind: "weekday", weekday: 0, shift: null });
    expect(found(parseWeekday, "يوم الخميس المقبل")[0]?.expr).toEqual({ kind: "weekday", weekday: 4, shift: 1 });
  });
  it("rejects plurals, lower-case English and habits", () => {
    expect(found(parseWeekday, "open Sundays only")).toEqual([]);
    expect(found(parseWeekday, "a monday feeling")).toEqual([]);
    expect(found(parseWeekday, "一周一次")).toEqual([]);
    expect(found(parseWeekday, "الأحد عشر")).toEqual([]);
  });
});
