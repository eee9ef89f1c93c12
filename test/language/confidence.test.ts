import { describe, expect, it } from "vitest";
import { languageConfidence } from "../../src/language/confidence.js";

describe("languageConfidence", () => {
  it("grows with the letters read", () => {
    expect(languageConfidence(40, 1)).toBe(0.727);
    expect(languageConfidence(250, 1)).toBe(0.943);
    expect(languageConfidence(0, 1)).toBe(0);
  });

  it("halves on a tie between the best two candidates", () => {
    expect(languageConfidence(250, 0)).toBe(0.472);
    expect(languageConfidence(250, 0.02)).toBe(0.708);
  });
});
