import { describe, expect, it } from "vitest";
import { choosePublished, collectCandidates, formatPublished, plausible, readHeader } from "../../src/dates/published.js";
import { toLines } from "./helpers.js";

const ctx = { language: "en" };
function candidates(text: string, reference: { y: number; m: number; d: number } | null = null, storyStart = Number.POSITIVE_INFINITY) {
  const lines = toLines(text);
  return collectCandidates({ lines, top: lines.map((_l, i) => i), reference, context: ctx, storyStart });
}

describe("published", () => {
  it("reads the scraper header", () => {
    expect(readHeader(" date 2025-07-04 Fireworks light the sky")).toMatchObject({ day: { y: 2025, m: 7, d: 4 }, time: null, raw: "date 2025-07-04" });
    expect(readHeader("date of the vote")).toBeNull();
  });
  it("formats values with minute precision when a time is given", () => {
    expect(formatPublished({ y: 2025, m: 7, d: 4 }, { hour: 9, minute: 3 })).toEqual({ value: "2025-07-04T09:03", precision: "minute" });
    expect(formatPublished({ y: 2025, m: 7, d: 4 }, { hour: 9, minute: 3, offset: "+02:00" }).value).toBe("2025-07-04T09:03+02:00");
  });
  it("finds bylines, labelled dates and date lines, and keeps updates apart", () => {
    const found = candidates("Storm hits coast\nBy Ann Lee | Weekly Post | Updated: 2025-07-04 10:20\nPublished 03.07.2025 18:00\nFriday, July 4, 2025");
    expect(found.map((c) => [c.published.value, c.published.from, c.updated])).toEqual([
      ["2025-07-04T10:20", "byline", true],
      ["2025-07-03T18:00", "date-line", false],
      ["2025-07-04", "date-line", false],
    ]);
    const chosen = choosePublished(found, null);
    expect(chosen.published?.published.value).toBe("2025-07-03T18:00");
    expect(chosen.updated?.published.value).toBe("2025-07-04T10:20");
  });
  it("falls back to the update, and reads 'hours ago' only with a reference", () => {
    const onlyUpdate = candidates("By Ann Lee | Updated: 2025-07-04 10:20");
    expect(choosePublished(onlyUpdate, null).published?.published.value).toBe("2025-07-04T10:20");
    expect(candidates("Published 3 hours ago")).toEqual([]);
    expect(candidates("Published 3 hours ago", { y: 2025, m: 7, d: 4 })[0]?.published.value).toBe("2025-07-04");
  });
  it("ignores body dates, lists of stories and clocks", () => {
    expect(candidates("The bonds mature on May 8, 2027 under the plan agreed by the board.")).toEqual([]);
    expect(candidates("3 July 2025\n1 July 2025\n28 June 2025")).toEqual([]);
    expect(candidates("Friday 04.07.2025 10:20:31")).toEqual([]);
    expect(candidates("Lead paragraph\nJuly 4, 2025", null, 1)).toEqual([]);
  });
  it("judges plausibility against the reference", () => {
    expect(plausible({ y: 1990, m: 1, d: 1 }, null)).toBe(false);
    expect(plausible({ y: 1987, m: 3, d: 2 }, { y: 1987, m: 12, d: 31 })).toBe(true);
    expect(plausible({ y: 2026, m: 3, d: 2 }, { y: 2026, m: 1, d: 31 })).toBe(false);
  });
});

describe("published: times and zones", () => {
  it("reads a labelled time of the reference day, and RFC 2822 dates", () => {
    const found = candidates("Updated 09:40 GMT", { y: 2025, m: 7, d: 4 });
    expect(found.map((c) => [c.published.value, c.updated])).toEqual([["2025-07-04T09:40+00:00", true]]);
    expect(candidates("Updated 09:40 GMT")).toEqual([]);
    expect(candidates("Fri, 04 Jul 2025 09:40:00 +0000")[0]?.published.value).toBe("2025-07-04T09:40+00:00");
  });
});
