import { describe, expect, it } from "vitest";
import { datelineCandidate, newspaperLanguage } from "../../bench/eval/newspaper.js";
import { datelinePlace, decodeSgml, monthDay, parseReuters } from "../../bench/eval/reuters.js";
import { makeAligner } from "../../bench/eval/quote-spans.js";
import { formatValue } from "../../bench/eval/report.js";

// Synthetic SGML in the shape of the Reuters-21578 files (no corpus text).
const SGML = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="NO" NEWID="7">
<DATE> 3-MAR-1987 09:10:00.00</DATE>
<UNKNOWN>&#5;&#5;junk</UNKNOWN>
<TEXT>&#2;
<TITLE>ACME &lt;ACM> SETS DIVIDEND</TITLE>
<DATELINE>    NEW YORK, March 3 - </DATELINE><BODY>Acme Corp &lt;ACM> said
it set a dividend.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="8">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>SHORT ONE</TITLE>
</TEXT>
</REUTERS>`;

describe("reuters reader", () => {
  it("reads the records linearly", () => {
    const stories = parseReuters(SGML, "x.sgm");
    expect(stories).toHaveLength(2);
    expect(stories[0]).toMatchObject({ id: "x.sgm#7", date: " 3-MAR-1987 09:10:00.00", title: "ACME &lt;ACM> SETS DIVIDEND" });
    expect(stories[0]?.dateline).toBe("    NEW YORK, March 3 - ");
    expect(stories[0]?.body).toContain("&#3;");
    expect(stories[1]).toMatchObject({ id: "x.sgm#8", title: "SHORT ONE", dateline: null, body: null });
  });
  it("decodes entities, dates and dateline places", () => {
    expect(decodeSgml("A &lt;B&gt; &amp; C&#3;")).toBe("A <B> & C\u0003");
    expect(monthDay(" 3-MAR-1987 09:10:00.00")).toBe("03-03");
    expect(monthDay("26-FEB-1987 15:01:01.79")).toBe("02-26");
    expect(datelinePlace("    NEW YORK, March 3 - ")).toBe("New York");
    expect(datelinePlace(" Wilcox/Gibbs - ")).toBeNull();
  });
});

describe("newspaper helpers", () => {
  it("derives the gold language from the file name", () => {
    expect(newspaperLanguage("arabic.txt")).toBe("ar");
    expect(newspaperLanguage("japanese2.txt")).toBe("ja");
    expect(newspaperLanguage("vogue.de2.txt")).toBe("de");
    expect(newspaperLanguage("teenvogue.com1.txt")).toBe("en");
  });
  it("finds dateline candidates", () => {
    expect(datelineCandidate("(XYZ) -- Something happened.")).toEqual({ place: null });
    expect(datelineCandidate("Intro line\n\nSPRINGFIELD, Ill. -- A thing.")).toEqual({ place: "Springfield" });
    expect(datelineCandidate("OSLO (Agency) - Words.")).toEqual({ place: "Oslo" });
    expect(datelineCandidate("Nothing like that here.")).toBeUndefined();
  });
});

describe("aligner and formatting", () => {
  it("maps raw ranges into a changed prepared text", () => {
    const raw = "a\r\nb said \u201Chi\u201D";
    const prepared = "a\nb said \u201Chi\u201D";
    const align = makeAligner(raw, prepared);
    const r = align({ start: 11, end: 13 });
    expect(r && prepared.slice(r.start, r.end)).toBe("hi");
    expect(makeAligner("same", "same")({ start: 1, end: 2 })).toEqual({ start: 1, end: 2 });
  });
  it("prints n/a, never NaN", () => {
    expect(formatValue({ value: null, n: 0, unit: "rate" })).toBe("n/a");
    expect(formatValue({ value: Number.NaN, n: 3, unit: "rate" })).toBe("n/a");
    expect(formatValue({ value: 0.5, n: 2, unit: "rate" })).toBe("0.500");
    expect(formatValue({ value: 7, n: 7, unit: "count" })).toBe("7");
  });
});

describe("aligner with length-preserving repairs", () => {
  it("keeps offsets when only spaces and quote variants changed", () => {
    const raw = "x said\u00A0\u201Cgo on\u201D";
    const prepared = 'x said "go on"';
    expect(makeAligner(raw, prepared)({ start: 8, end: 13 })).toEqual({ start: 8, end: 13 });
  });
  it("finds a loosened slice when the length changed", () => {
    const raw = "a\r\nx said\u00A0go on";
    const prepared = "a\nx said go on";
    const r = makeAligner(raw, prepared)({ start: 5, end: 15 });
    expect(r && prepared.slice(r.start, r.end)).toBe("said go on");
  });
});
