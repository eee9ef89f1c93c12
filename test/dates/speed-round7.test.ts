import { describe, expect, it } from "vitest";
import { Family, scanFamilies, scanLines } from "../../src/dates/anchors.js";
import { allMatches, alternation, longestFirstSource } from "../../src/dates/lexicon.js";

/** Every match of `source` in `text` with flags `flags` ("g" added): index and groups. */
function matches(source: string, flags: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, `g${flags}`))].map((m) => JSON.stringify([m.index, ...m]));
}

describe("longestFirstSource", () => {
  const phrases = ["last", "last week", "la", "l'an dernier", "l’an", "week-end", "this coming", "this", "yıl", "dün"];
  const text = "Last  week, LAST WEEKEND, l’an dernier, l'an passé, la fin, this coming week, this week-end, YIL, Dün.";

  it("matches what the longest-first alternation matches, with or without the u flag", () => {
    expect(matches(longestFirstSource(phrases), "i", text)).toEqual(matches(alternation(phrases), "i", text));
    expect(matches(longestFirstSource(phrases, true), "iu", text)).toEqual(matches(alternation(phrases), "iu", text));
  });

  it("tries the phrases of one place longest first, also before the rest of the regex", () => {
    const tail = "[ \\t]+(\\w+)";
    expect(matches(`(${longestFirstSource(phrases)})${tail}`, "i", text)).toEqual(matches(`(${alternation(phrases)})${tail}`, "i", text));
  });

  it("falls back to the alternation when the trie could prefer a shorter phrase", () => {
    expect(longestFirstSource(["Today", "today show"])).toBe(alternation(["Today", "today show"]));
    expect(longestFirstSource(["σας", "ςx"], true)).toBe(alternation(["σας", "ςx"]));
    expect(longestFirstSource(["a  b", "a"])).toBe(alternation(["a  b", "a"]));
  });
});

describe("allMatches", () => {
  it("finds what matchAll finds, empty matches included", () => {
    for (const [re, text] of [
      [/\d+/g, "1 22 333"],
      [/x*/g, "axxb"],
      [/(?:)/gu, "a😀b"],
    ] as const) {
      expect(allMatches(re, text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));
    }
  });
});

describe("scanLines", () => {
  it("reads each line as scanFamilies does", () => {
    const texts = [
      "Nothing here.",
      "In 2024, on Tuesday.",
      "Le 3 février dernier, à Paris.",
      "w 2022 r. w Warszawie",
      "w 2022 r. i dalej",
      "昨天上午",
      "x1234y and aujourd’hui",
      "Mr. Smith last year",
    ];
    expect(scanLines(texts)).toEqual(texts.map((t) => scanFamilies(t)));
  });

  it("reads the other triggers only where a line has their letters, and the plain ones elsewhere", () => {
    const [french, polish] = scanLines(["Il est parti en février.", "Od 2022 r. do dziś"]);
    expect(french! & Family.Month).toBe(Family.Month);
    expect(polish! & Family.Digits).toBe(Family.Digits);
    expect(scanLines(["Już w lutym", "koniec r. i tyle"])[1]! & Family.Digits).toBe(Family.Digits);
  });
});
