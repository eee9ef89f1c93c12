import { describe, expect, it } from "vitest";
import { replaceNoBreakSpaces } from "../../src/prepare/no-break-spaces.js";

describe("replaceNoBreakSpaces", () => {
  it("replaces no-break, narrow no-break and figure spaces", () => {
    expect(replaceNoBreakSpaces("5\u00a0km, «\u202fouais\u202f», 1\u2007000")).toEqual({
      text: "5 km, « ouais », 1 000",
      count: 4,
    });
  });

  it("leaves other spaces alone", () => {
    const text = "a b\tc\u2003d\u3000e";
    expect(replaceNoBreakSpaces(text)).toEqual({ text, count: 0 });
  });
});
