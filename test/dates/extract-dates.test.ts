import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/dates/index.js";
import { toLines } from "./helpers.js";

function run(text: string, referenceDate?: string, kinds: Parameters<typeof toLines>[1] = {}) {
  const lines = toLines(text, kinds);
  const found = extractDates(lines, { referenceDate });
  for (const d of found.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  if (found.dateline) expect(text.slice(found.dateline.start, found.dateline.end)).toBe(found.dateline.raw);
  return found;
}

describe("extractDates", () => {
  it("takes the header date as published and resolves against it", () => {
    const f = run(" date 2025-03-12 Harbour reopens after repairs\n\nLISBON\n\nThe port authority said on Tuesday that the harbour will reopen on Friday after three weeks of repairs, ahead of the season.");
    expect(f.published).toEqual({ value: "2025-03-12", precision: "day", raw: "date 2025-03-12", from: "header", line: 1 });
    expect(f.dateline).toMatchObject({ place: "Lisbon", agency: null, raw: "LISBON" });
    expect(f.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["Tuesday", "2025-03-11", "past"],
      ["Friday", "2025-03-14", "future"],
    ]);
  });
  it("leaves values null without any date, keeps those with their own year", () => {
    const f = run("ATHENS: The minister said on Monday the ferry strike that began in June 2024 would end on April 2.");
    expect(f.published).toBeNull();
    expect(f.dateline).toMatchObject({ place: "Athens", raw: "ATHENS:" });
    expect(f.dates.map((d) => [d.text, d.value])).toEqual([
      ["Monday", null],
      ["June 2024", "2024-06"],
      ["April 2", null],
    ]);
  });
  it("uses the reference date when the text has none", () => {
    const f = run("Shares fell yesterday and are expected to rebound next week.", "2025-10-08");
    expect(f.dates.map((d) => [d.text, d.value, d.precision])).toEqual([
      ["yesterday", "2025-10-07", "day"],
      ["next week", "2025-W42", "week"],
    ]);
  });
  it("reads a wire dateline's date with the reference's year", () => {
    const f = run("GRAIN PRICES FIRM\n\nCHICAGO, Oct 6 - Grain futures rose on the Chicago board on steady demand.", "2025-12-31");
    expect(f.dateline).toMatchObject({ place: "Chicago", raw: "CHICAGO, Oct 6 -" });
    expect(f.published).toMatchObject({ value: "2025-10-06", from: "dateline", line: 3 });
    expect(f.dates).toEqual([]);
  });
  it("reads a byline with an update, and skips junk lines", () => {
    const f = run("Bridge plan approved\nBy Ana Ruiz | City Desk | Updated: 2025-05-20 16:45\nSubscribe by Friday!\nThe council approved the plan on Monday after a long debate about the costs.", undefined, { 3: "promo" });
    expect(f.published).toMatchObject({ value: "2025-05-20T16:45", precision: "minute", from: "byline", line: 2 });
    expect(f.updated).toMatchObject({ value: "2025-05-20T16:45" });
    expect(f.dates.map((d) => [d.line, d.text, d.value])).toEqual([[4, "Monday", "2025-05-19"]]);
  });
  it("reads other languages", () => {
    const fr = run("PARIS (AFP) - Le gouvernement a annoncé lundi que la réforme entrera en vigueur le 1er mars.", "2025-02-05");
    expect(fr.dateline).toMatchObject({ place: "Paris", agency: "AFP" });
    expect(fr.dates.map((d) => [d.text, d.value])).toEqual([
      ["lundi", "2025-02-03"],
      ["1er mars", "2025-03-01"],
    ]);
    const ru = run("МОСКВА, 4 февраля. /ТАСС/. Совет будет заседать в четверг, сообщили вчера.", "2025-12-31");
    expect(ru.dateline).toMatchObject({ place: "Москва", agency: "TASS" });
    expect(ru.published?.value).toBe("2025-02-04");
    expect(ru.dates.map((d) => [d.text, d.value])).toEqual([
      ["четверг", "2025-02-06"],
      ["вчера", "2025-02-03"],
    ]);
    const zh = run("新华社北京2月4日电 代表团周三抵达，会议将于2月10日举行。", "2025-12-31");
    expect(zh.published?.value).toBe("2025-02-04");
    expect(zh.dates.map((d) => [d.text, d.value])).toEqual([
      ["周三", "2025-01-29"],
      ["2月10日", "2025-02-10"],
    ]);
  });
  it("reads a dateline after the header on the first line, and the expressions after both", () => {
    const f = run(" date 2025-04-09 OSLO (Reuters) - The central bank said on Tuesday it would decide next week.");
    expect(f.published?.from).toBe("header");
    expect(f.dateline).toMatchObject({ place: "Oslo", agency: "Reuters", raw: "OSLO (Reuters) -" });
    expect(f.dates.map((d) => [d.text, d.value])).toEqual([
      ["Tuesday", "2025-04-08"],
      ["next week", "2025-W16"],
    ]);
  });
  it("keeps the site's clock and date lines out of the expressions", () => {
    const f = run("Wednesday, October 8, 2025 10:32:45\nRiver levels rise\nBy Tom Ng | 2025-10-07\nThe river rose on Monday.", "2025-10-08");
    expect(f.published).toMatchObject({ value: "2025-10-07", from: "byline" });
    expect(f.dates.map((d) => [d.line, d.text, d.value])).toEqual([[4, "Monday", "2025-10-06"]]);
  });
  it("finds nothing in an empty or date-free article", () => {
    expect(run("")).toEqual({ published: null, updated: null, dateline: null, dates: [] });
    expect(run("Nothing to see here.\n\nReally nothing.").dates).toEqual([]);
  });
});
