import { describe, expect, it } from "vitest";
import { InvalidOptionsError, resolveOptions, DEFAULT_MAX_LENGTH } from "../../src/index.js";

describe("resolveOptions", () => {
  it("fills defaults", () => {
    expect(resolveOptions(undefined)).toEqual({ maxLength: DEFAULT_MAX_LENGTH });
  });

  it("normalizes a Date reference to YYYY-MM-DD", () => {
    expect(resolveOptions({ referenceDate: new Date("2026-01-26T22:00:00Z") }).referenceDate).toBe("2026-01-26");
  });

  it.each([
    [{ referenceDate: "2026-02-30" }, "referenceDate"],
    [{ referenceDate: "26.01.2026" }, "referenceDate"],
    [{ maxLength: 0 }, "maxLength"],
    [{ maxLength: 1.5 }, "maxLength"],
    [{ languages: ["english"] }, "languages.0"],
    [{ langauges: ["en"] }, "langauges"],
  ])("rejects %o naming %s", (options, field) => {
    expect(() => resolveOptions(options)).toThrow(InvalidOptionsError);
    expect(() => resolveOptions(options)).toThrow(field);
  });

  it("rejects options that are not an object", () => {
    expect(() => resolveOptions("fast")).toThrow(InvalidOptionsError);
  });
});
