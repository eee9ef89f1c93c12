import { describe, expect, it } from "vitest";
import type { Candidate } from "../../src/dates/parse/types.js";
import { isFalsePositive } from "../../src/dates/refine/reject.js";

const at = (text: string, piece: string, expr: Candidate["expr"], parser: string): [string, Candidate] => {
  const start = text.indexOf(piece);
  return [text, { start, end: start + piece.length, expr, parser }];
};

describe("isFalsePositive", () => {
  it("drops versions, identifiers and quantities", () => {
    expect(isFalsePositive(...at("update to v10.12.2020 now", "10.12.2020", { kind: "day", day: { y: 2020, m: 12, d: 10 } }, "day-first"))).toBe(true);
    expect(isFalsePositive(...at("ref #12.01.2024", "12.01.2024", { kind: "day", day: { y: 2024, m: 1, d: 12 } }, "day-first"))).toBe(true);
    expect(isFalsePositive(...at("by 2030 votes to 12", "2030", { kind: "year", y: 2030 }, "year"))).toBe(true);
    expect(isFalsePositive(...at("a car in the 2100 block of Elm Street", "2100", { kind: "year", y: 2100 }, "year"))).toBe(true);
    expect(isFalsePositive(...at("rund 2019 Menschen kamen", "2019", { kind: "year", y: 2019 }, "year"))).toBe(true);
  });
  it("keeps real dates", () => {
    expect(isFalsePositive(...at("on 12.01.2024 the court", "12.01.2024", { kind: "day", day: { y: 2024, m: 1, d: 12 } }, "day-first"))).toBe(false);
    expect(isFalsePositive(...at("by 2030, emissions", "2030", { kind: "year", y: 2030 }, "year"))).toBe(false);
  });
});
