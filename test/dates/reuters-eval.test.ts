// The Reuters scorer's own gold readers (bench/eval/reuters.ts), on synthetic datelines.
import { describe, expect, it } from "vitest";
import { datelineMonthDay, year } from "../../bench/eval/reuters.js";

describe("reuters scorer: dateline date gold", () => {
  it("reads the month-day written in the dateline", () => {
    expect(datelineMonthDay("    OSLO, Aug 14 - ")).toBe("08-14");
    expect(datelineMonthDay("    LITTLE ROCK, Ark., OCt 2 - ")).toBe("10-02");
    expect(datelineMonthDay("    LIMA, 9 June - ")).toBe("06-09");
    expect(datelineMonthDay("    LIMA, Jume 9 - ")).toBeNull();
    expect(datelineMonthDay(" Some/Thing - ")).toBeNull();
  });
  it("reads the year of <DATE>", () => {
    expect(year(" 3-MAR-1987 09:10:00.00")).toBe("1987");
    expect(year("garbage")).toBeNull();
  });
});
