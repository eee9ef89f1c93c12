import { describe, expect, it } from "vitest";
import { bestRun } from "../../src/lines/main-run.js";
import { normalizeForMatch } from "../../src/lines/normalize.js";
import { smoothClasses } from "../../src/lines/smoothing.js";

describe("normalizeForMatch", () => {
  it("lower-cases, collapses spaces and strips decoration", () => {
    expect(normalizeForMatch("» Read   more: ")).toBe("read more");
    expect(normalizeForMatch("• SHARE |")).toBe("share");
    expect(normalizeForMatch("Home")).toBe("home");
  });
});

describe("smoothClasses", () => {
  it("makes short lines between good lines good and between bad lines bad", () => {
    expect(smoothClasses(["good", "short", "good", null, "bad", "short", "bad"])).toEqual(["good", "good", "good", null, "bad", "bad", "bad"]);
  });

  it("turns near-good next to good into good, else bad", () => {
    expect(smoothClasses(["near-good", "good", "bad", "near-good", "bad"])).toEqual(["good", "good", "bad", "bad", "bad"]);
  });

  it("lets a short line between good and bad follow the nearer side", () => {
    expect(smoothClasses(["good", "short", "short", "short", "bad"])).toEqual(["good", "good", "good", "bad", "bad"]);
  });
});

describe("bestRun", () => {
  it("finds the maximum-sum contiguous run", () => {
    expect(bestRun([-5, 10, -2, 30, -50, 20])).toEqual({ start: 1, end: 3, score: 38 });
  });

  it("has no run without positive scores", () => {
    expect(bestRun([-1, 0, -3])).toEqual({ start: -1, end: -1, score: 0 });
  });
});
