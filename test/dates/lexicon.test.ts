import { describe, expect, it } from "vitest";
import { alternation, asciiDigits, endingWith, escapeRegex, fold, isWholeWord, MONTH_ABBREVIATIONS, MONTH_FORMS, WEEKDAY_FORMS } from "../../src/dates/lexicon.js";

describe("lexicon", () => {
  it("builds safe regex sources", () => {
    expect(escapeRegex("a.b(c)")).toBe("a\\.b\\(c\\)");
    expect(new RegExp(`^(?:${alternation(["sep", "september", "l'an"])})$`, "u").test("l’an")).toBe(true);
    expect(new RegExp(`^(?:${alternation(["sep", "september"])})`, "u").exec("september")?.[0]).toBe("september");
    expect(endingWith("in ").test("it happened in ")).toBe(true);
    expect(endingWith("in ").test("it happened within ")).toBe(false);
  });
  it("maps month and weekday forms of several languages", () => {
    expect(MONTH_FORMS.get("février")?.month).toBe(2);
    expect(MONTH_FORMS.get("января")?.month).toBe(1);
    expect(MONTH_FORMS.get("липня")?.month).toBe(7);
    expect(MONTH_FORMS.get("mai")?.languages.sort()).toEqual(["de", "fr"]);
    expect(MONTH_ABBREVIATIONS.has("sept")).toBe(true);
    expect(MONTH_ABBREVIATIONS.has("may")).toBe(false);
    expect(WEEKDAY_FORMS.get("mittwoch")).toEqual({ weekday: 3, language: "de" });
    expect(WEEKDAY_FORMS.get("п'ятницю")?.weekday).toBe(5);
  });
  it("folds text and digits", () => {
    expect(fold("L’Année  Dernière")).toBe("l'année dernière");
    expect(asciiDigits("٢٠٢٦")).toBe("2026");
    expect(isWholeWord("a Monday.", 2, 8)).toBe(true);
    expect(isWholeWord("Mondays", 0, 6)).toBe(false);
  });
});
