// normalizeArticle as a whole: options reach the stages, and the Article carries what they add.
import { describe, expect, it } from "vitest";
import { WRAPPED_WIRE_LINES } from "./fixtures/wire-copy.js";
import { ArticleSchema, InvalidOptionsError, normalizeArticle } from "../src/index.js";

const text = [
  "Council approves bridge",
  "",
  "KYIV — The city council in Kiev approved the new bridge on Monday, after two years of debate about its cost and its route through the old town.",
  "",
  '"The bridge will open next year," the mayor said.',
].join("\n");

describe("normalizeArticle", () => {
  it("resolves relative dates against the reference date only when asked", () => {
    expect(normalizeArticle(text).dates.find((d) => d.text === "Monday")?.value).toBeNull();
    expect(normalizeArticle(text, { referenceDate: "2026-03-04" }).dates.find((d) => d.text === "Monday")?.value).toBe("2026-03-02");
  });

  it("rewrites variant spellings outside quotations when asked, with offsets into the text", () => {
    const article = normalizeArticle(text, { rewriteNames: true });
    expect(ArticleSchema.parse(article)).toEqual(article);
    expect(article.rewritten?.body).toContain("city council in Kyiv approved");
    for (const edit of article.rewritten!.edits) expect(article.text.slice(edit.start, edit.end)).toBe(edit.text);
    expect(normalizeArticle(text).rewritten).toBeUndefined();
  });

  it("applies a user alias table over the built-in one", () => {
    const article = normalizeArticle(text, { aliases: [{ canonical: "Kyiv City", type: "place", variants: ["Kiev", "Kyiv"] }] });
    expect(article.entities.map((e) => e.canonical)).toContain("Kyiv City");
  });

  it("rejects an invalid alias table, naming the field", () => {
    expect(() => normalizeArticle(text, { aliases: [{ canonical: "", type: "place", variants: [] }] })).toThrow(InvalidOptionsError);
    expect(() => normalizeArticle(text, { aliases: [{ canonical: "", type: "place", variants: [] }] })).toThrow("aliases.0.canonical");
  });
});

describe("normalizeArticle warnings", () => {
  it("says when the language cannot be decided", () => {
    expect(normalizeArticle("Ok.").warnings.map((w) => w.code)).toContain("language-undetermined");
    expect(normalizeArticle("12345").warnings.map((w) => w.code)).not.toContain("language-undetermined");
  });

  it("says when an update date stands in for the publication date", () => {
    const article = normalizeArticle(
      [
        "Council approves bridge",
        "By Jane Roe | The Valley Ledger | Updated: 2026-03-02 10:15",
        "",
        "The city council approved the new bridge on Monday, after two years of debate about its cost and its route through the old town.",
      ].join("\n"),
    );
    expect(article.warnings).toContainEqual(expect.objectContaining({ code: "published-from-update", line: 2 }));
  });
});

describe("normalizeArticle paragraphs", () => {
  it("joins the lines of a paragraph of hard-wrapped copy, and keeps web paragraphs one per line", () => {
    const wire = ["Card fees bill introduced", "", ...WRAPPED_WIRE_LINES.slice(0, 6)].join("\n");
    expect(normalizeArticle(wire).paragraphs).toEqual([
      "Lawmakers in the capital introduced a bill on Tuesday that would require lenders to disclose their fees and interest rates before any card is issued to a new customer.",
      "The sponsor of the bill, a senator from the north, said many lenders do not disclose the terms of their cards in the letters they send out to new customers.",
    ]);
    const web = "Council approves bridge\n\nThe city council approved the new bridge on Monday, after two years of debate about its cost and its route.\nWork starts in the spring and should take three years, the mayor said, and the old ferry will run until then.";
    expect(normalizeArticle(web).paragraphs).toHaveLength(2);
  });
});
