import { describe, expect, it } from "vitest";
import { lineFeatures } from "../../src/lines/features.js";
import {
  bylineShape,
  dateHeaderLength,
  isBreadcrumb,
  isCounter,
  isDateOnly,
  isKeywordList,
  isLinkOnly,
  isLoneDateline,
  spamKeywordCount,
  hasCaptionMarker,
} from "../../src/lines/shape.js";
import { normalizeForMatch } from "../../src/lines/normalize.js";

const f = (text: string) => lineFeatures(text, new Set());

describe("shape rules", () => {
  it("measures a scraper date header", () => {
    expect(dateHeaderLength(" date 2026-01-26 Storm hits the coast")).toBe(17);
    expect(dateHeaderLength("2026-01-26 is the day")).toBe(11);
    expect(dateHeaderLength("Storm hits the coast")).toBe(0);
  });

  it.each(["171", "1.2K", "12 comments", "3 Kommentare"])("%s is a counter", (text) => {
    expect(isCounter(f(text))).toBe(true);
  });

  it.each(["12 people died", "Chapter 3"])("%s is not a counter", (text) => {
    expect(isCounter(f(text))).toBe(false);
  });

  it("finds link-only lines and breadcrumbs", () => {
    expect(isLinkOnly(f("@janeroe"))).toBe(true);
    expect(isLinkOnly(f("https://example.org/a/b"))).toBe(true);
    expect(isBreadcrumb(f("Home / World / Europe"))).toBe(true);
    expect(isBreadcrumb(f("News » Politics » Elections"))).toBe(true);
    expect(isBreadcrumb(f("He said 50/50 was fine."))).toBe(false);
  });

  it.each([
    "Nov 18, 2019 at 9:24 pm ET",
    "Updated: 2026-01-26 09:40",
    "14.06.2024 07:31",
    "Montag, 17. Januar 2022",
    "3 hours ago",
    "2026年1月26日 09:40",
  ])("%s is only a date", (text) => {
    expect(isDateOnly(f(text))).toBe(true);
  });

  it.each(["May the best team win", "Top 10 stories of 2019", "Dubai 2020 Expo opens"])("%s is not only a date", (text) => {
    expect(isDateOnly(f(text))).toBe(false);
  });

  it("finds a lone upper-case dateline", () => {
    expect(isLoneDateline(f("MOSCOW"))).toBe(true);
    expect(isLoneDateline(f("NEW YORK:"))).toBe(true);
    expect(isLoneDateline(f("Moscow"))).toBe(false);
    expect(isLoneDateline(f("MOSCOW WAS QUIET TODAY AND EVERYONE STAYED HOME"))).toBe(false);
  });

  it("recognizes byline shapes", () => {
    expect(bylineShape(f("By Jane Roe"))).toBe("by");
    expect(bylineShape(f("(Reuters)"))).toBe("credit");
    expect(bylineShape(f("Jane Roe | Daily Ledger | 2026-01-26 09:40"))).toBe("pipe");
    expect(bylineShape(f("By late autumn, rents had doubled."))).toBe(null);
  });

  it("counts spam keywords as whole words and finds keyword lists", () => {
    expect(spamKeywordCount("I have a plan")).toBe(0);
    expect(spamKeywordCount("free porn, casino bonus, viagra")).toBe(3);
    expect(isKeywordList("a, b, c, d, e, f")).toBe(true);
    expect(isKeywordList("One sentence, with a comma, and another clause that runs long enough.")).toBe(false);
  });
});

describe("date lines in more scripts and forms", () => {
  const date = (t: string) => isDateOnly(lineFeatures(t, new Set()));
  it("reads labelled numeric stamps in CJK copy, Korean date characters, other digits and ago phrases", () => {
    expect(["입력 2026.11.14 09:35", "发布时间：2026-11-14 09:35", "2026년 11월 14일 오전 09:35", "١٤ نوفمبر ٢٠٢٦", "Mis à jour il y a 2 heures"].map(date)).toEqual([true, true, true, true, true]);
  });
  it("takes a numeric date for a date, not a counter", () => {
    expect(isCounter(lineFeatures("2026.11.14", new Set()))).toBe(false);
    expect(isCounter(lineFeatures("1.234", new Set()))).toBe(true);
  });
});

describe("agency credits with a slash", () => {
  const caption = (t: string) => hasCaptionMarker(lineFeatures(t, new Set()), normalizeForMatch(t), false);
  it("mark a caption when they close the line", () => {
    expect(caption("The mayor speaks at the harbour on Monday. REUTERS/Jane Roe")).toBe(true);
    expect(caption("Crowds gather outside the court on Monday. (AP Photo/Dan Cole/File Photo)")).toBe(true);
  });
  it("do not when the slash joins names in prose", () => {
    expect(caption("The latest Reuters/Harbour Poll released Friday shows the mayor ahead by four points.")).toBe(false);
  });
});
