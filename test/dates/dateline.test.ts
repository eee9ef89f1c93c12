import { describe, expect, it } from "vitest";
import { agencyName, datelineMonth, normalCase, oneEditApart, readLoneDateline, readPrefixDateline } from "../../src/dates/dateline.js";

function prefix(line: string) {
  const m = readPrefixDateline(line);
  return m && { ...m, raw: line.slice(m.start, m.end) };
}

describe("readPrefixDateline", () => {
  it("reads wire datelines with place, date and agency", () => {
    expect(prefix("OSLO, Aug 14 - The bank raised rates.")).toMatchObject({ place: "Oslo", agency: null, raw: "OSLO, Aug 14 -", date: { m: 8, d: 14, y: null } });
    expect(prefix("    LITTLE ROCK, Ark., Oct 2 - Shares rose.")).toMatchObject({ place: "Little Rock", date: { m: 10, d: 2, y: null } });
    expect(prefix("PORT OF SPAIN, 9 June - Rain fell.")).toMatchObject({ place: "Port of Spain", date: { m: 6, d: 9 } });
    expect(prefix("Lima, sept 3 - Talks ended.")).toMatchObject({ place: "Lima", date: { m: 9, d: 3 } });
    expect(prefix("NAIROBI (Reuters) - Talks ended.")).toMatchObject({ place: "Nairobi", agency: "Reuters", raw: "NAIROBI (Reuters) -" });
    expect(prefix("KAZAN, March 5. /TASS/. Talks ended.")).toMatchObject({ place: "Kazan", agency: "TASS", date: { m: 3, d: 5 } });
    expect(prefix("КАЗАНЬ, 5 марта. /ТАСС/. Переговоры завершились.")).toMatchObject({ place: "Казань", agency: "TASS", date: { m: 3, d: 5 } });
    expect(prefix("(ABC News) -- A storm hit.")).toMatchObject({ place: null, agency: "ABC News" });
    expect(prefix("Hamburg (dpa) - Der Hafen wächst.")).toMatchObject({ place: "Hamburg", agency: "dpa" });
    expect(prefix("新华社上海3月5日电 记者报道")).toMatchObject({ place: "上海", agency: "Xinhua", date: { m: 3, d: 5 } });
    expect(prefix("BRUSSELS: Ministers met on the budget for the next seven years.")).toMatchObject({ place: "Brussels", raw: "BRUSSELS:" });
    expect(prefix("NOTICE: Shop closed today")).toBeNull();
    expect(prefix("ST. PAUL, Minn. -- A bridge opened.")).toMatchObject({ place: "St. Paul" });
  });
  it("refuses sentences and page furniture", () => {
    expect(prefix("The council said on Monday it would act.")).toBeNull();
    expect(prefix("Officials (pictured) said things.")).toBeNull();
    expect(prefix("BREAKING: Storm hits coast")).toBeNull();
    expect(prefix("OSLO")).toBeNull();
  });
});

describe("readLoneDateline", () => {
  it("reads a lone place line", () => {
    expect(readLoneDateline("NAIROBI", false)).toMatchObject({ place: "Nairobi", start: 0, end: 7 });
    expect(readLoneDateline("  SAO PAULO, Brazil", false)).toMatchObject({ place: "Sao Paulo", start: 2 });
    expect(readLoneDateline("Nairobi", false)).toBeNull();
    expect(readLoneDateline("Nairobi", true)).toMatchObject({ place: "Nairobi" });
    expect(readLoneDateline("SHARE", false)).toBeNull();
  });
});

describe("dateline helpers", () => {
  it("reads misspelled wire months, names agencies, normalizes case", () => {
    expect(datelineMonth("Sept")).toBe(9);
    expect(datelineMonth("Octo")).toBe(10);
    expect(datelineMonth("Jume")).toBe(6);
    expect(datelineMonth("Xyz")).toBeNull();
    expect(oneEditApart("agust", "august")).toBe(true);
    expect(oneEditApart("abc", "xyz")).toBe(false);
    expect(agencyName("  Reuters ")).toBe("Reuters");
    expect(agencyName("Local Wire")).toBe("Local Wire");
    expect(normalCase("RIO DE JANEIRO")).toBe("Rio de Janeiro");
    expect(normalCase("WINSTON-SALEM")).toBe("Winston-Salem");
    expect(normalCase("N'DJAMENA")).toBe("N'Djamena");
  });
});

describe("datelines in caseless scripts", () => {
  it("reads an Arabic place with its country and agency", () => {
    const line = "القاهرة، مصر (رويترز) - قال مسؤولون";
    const m = readPrefixDateline(line);
    expect(m).toMatchObject({ place: "القاهرة", agency: "Reuters" });
  });
});
