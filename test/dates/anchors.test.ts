import { describe, expect, it } from "vitest";
import { Family, scanFamilies } from "../../src/dates/anchors.js";

describe("scanFamilies", () => {
  it("finds nothing on lines without date words", () => {
    expect(scanFamilies("The committee approved the plan after a long debate.")).toBe(0);
    expect(scanFamilies("")).toBe(0);
    expect(scanFamilies("Scores were 3-1 and 24/7 coverage")).toBe(0);
  });
  it("names the families a line may hold", () => {
    const f = scanFamilies("The vote is set for next Tuesday, March 3, two weeks ago, in 2024.");
    for (const family of [Family.Weekday, Family.Month, Family.Ago, Family.Digits]) expect(f & family).toBe(family);
    expect(scanFamilies("they met yesterday") & Family.RelativeDay).toBe(Family.RelativeDay);
    expect(scanFamilies("later this month") & Family.Span).toBe(Family.Span);
    expect(scanFamilies("в понедельник") & Family.Weekday).toBe(Family.Weekday);
    expect(scanFamilies("会议于1月23日举行") & Family.Cjk).toBe(Family.Cjk);
    expect(scanFamilies("le 3 août") & Family.Month).toBe(Family.Month);
  });
  it("ignores trigger words inside longer words", () => {
    expect(scanFamilies("the marketing mayor mentioned octopus")).toBe(0);
  });
});
