import { describe, expect, it } from "vitest";
import { formatTime, readTime } from "../../src/dates/parse/time.js";

describe("readTime", () => {
  it("reads times with meridiem and zones", () => {
    expect(readTime(" 9:40 PM")?.time).toEqual({ hour: 21, minute: 40 });
    expect(readTime(" | 07:31")?.time).toEqual({ hour: 7, minute: 31 });
    expect(readTime(" 10:00 GMT")?.time).toEqual({ hour: 10, minute: 0, offset: "+00:00" });
    expect(readTime(" 10:00 UTC+3")?.time).toEqual({ hour: 10, minute: 0, offset: "+03:00" });
    expect(readTime(" 10:00 EST")?.time).toEqual({ hour: 10, minute: 0, offset: "-05:00" });
    expect(readTime(" at 25:10")).toBeNull();
    expect(readTime(" and then")).toBeNull();
  });
  it("formats with the offset only when known", () => {
    expect(formatTime({ hour: 9, minute: 5 })).toBe("09:05");
    expect(formatTime({ hour: 9, minute: 5, offset: "+08:00" })).toBe("09:05+08:00");
  });
});
