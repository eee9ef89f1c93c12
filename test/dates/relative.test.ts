import { describe, expect, it } from "vitest";
import { parseRelative } from "../../src/dates/parse/relative.js";
import { found } from "./helpers.js";

describe("parseRelative", () => {
  it("reads relative days", () => {
    expect(found(parseRelative, "Officials said yesterday that")).toEqual([{ text: "yesterday", expr: { kind: "relative-day", days: -1 } }]);
    expect(found(parseRelative, "the vote is tomorrow")[0]?.expr).toEqual({ kind: "relative-day", days: 1 });
    expect(found(parseRelative, "three days ago")[0]).toEqual({ text: "three days ago", expr: { kind: "relative-day", days: -3 } });
    expect(found(parseRelative, "2 weeks ago")[0]?.expr).toEqual({ kind: "ago", unit: "week", n: 2 });
    expect(found(parseRelative, "вчера вечером")[0]?.expr).toEqual({ kind: "relative-day", days: -1 });
    expect(found(parseRelative, "昨天下午")[0]?.expr).toEqual({ kind: "relative-day", days: -1 });
  });
  it("leaves out a relative day capitalized inside a sentence: a name (`USA Today`, `the Today show`)", () => {
    expect(found(parseRelative, "USA Today reported the deal")).toEqual([]);
    expect(found(parseRelative, "she told the Today show")).toEqual([]);
    expect(found(parseRelative, "Today the council meets")[0]?.expr).toEqual({ kind: "relative-day", days: 0 });
    expect(found(parseRelative, "He said: Today is the day")[0]?.text).toBe("Today");
  });
  it("gates words that mean something else in another language", () => {
    expect(found(parseRelative, "il est arrivé hier", { language: "fr" })[0]?.expr).toEqual({ kind: "relative-day", days: -1 });
    expect(found(parseRelative, "ich bin hier", { language: "de" })).toEqual([]);
    expect(found(parseRelative, "wir kommen morgen", { language: "de" })[0]?.expr).toEqual({ kind: "relative-day", days: 1 });
    expect(found(parseRelative, "am Morgen", { language: "de" })).toEqual([]);
    expect(found(parseRelative, "esta mañana", { language: "es" })).toEqual([]);
  });
  it("reads spans with their part", () => {
    expect(found(parseRelative, "due later this month")[0]).toEqual({ text: "later this month", expr: { kind: "span", unit: "month", shift: 0 } });
    expect(found(parseRelative, "it fell late last year")[0]).toEqual({ text: "late last year", expr: { kind: "span", unit: "year", shift: -1 } });
    expect(found(parseRelative, "la semaine prochaine")[0]?.expr).toEqual({ kind: "span", unit: "week", shift: 1 });
    expect(found(parseRelative, "в прошлом году")[0]?.expr).toEqual({ kind: "span", unit: "year", shift: -1 });
    expect(found(parseRelative, "去年")[0]?.expr).toEqual({ kind: "span", unit: "year", shift: -1 });
    expect(found(parseRelative, "over the weekend")[0]?.expr).toEqual({ kind: "span", unit: "weekend", shift: 0, bare: true });
  });
  it("reads seasons and years", () => {
    expect(found(parseRelative, "since last autumn")[0]).toEqual({ text: "last autumn", expr: { kind: "relative-season", season: "autumn", shift: -1 } });
    expect(found(parseRelative, "in the summer of 2019")[0]?.expr).toEqual({ kind: "season", y: 2019, season: "summer" });
    expect(found(parseRelative, "it began in 2014.")[0]).toEqual({ text: "2014", expr: { kind: "year", y: 2014 } });
    expect(found(parseRelative, "в 2022 году")[0]?.expr).toEqual({ kind: "year", y: 2022 });
    expect(found(parseRelative, "it had 2014 members")).toEqual([]);
    expect(found(parseRelative, "in 2014-15 budgets")).toEqual([]);
    expect(found(parseRelative, "we fall behind")).toEqual([]);
  });
});
