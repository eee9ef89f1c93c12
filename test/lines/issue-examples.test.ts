// The junk lines the line-kinds brief names, each between two paragraphs of an article.
import { describe, expect, it } from "vitest";
import { detectLanguage, detectLineLanguages } from "../../src/language/index.js";
import { prepareText } from "../../src/prepare/index.js";
import { classifyLines } from "../../src/lines/index.js";
import { isPagination } from "../../src/lines/shape.js";
import { lineFeatures } from "../../src/lines/features.js";

const BODY =
  "The city council approved the new bridge on Monday, after two years of debate about its cost and its route through the old town, officials said.";
const MORE = "Work will start in the spring and should take three years, the mayor told reporters at the town hall on Monday evening after the vote.";

function kindOf(line: string): [string, string[]] {
  const prepared = prepareText(`Council approves bridge\n\n${BODY}\n${line}\n${MORE}`);
  const language = detectLanguage(prepared.lines);
  const lines = classifyLines(prepared.lines, { language, lineLanguages: detectLineLanguages(prepared.lines, language) });
  return [lines[3]!.kind, lines[3]!.reasons];
}

describe("junk named in the brief, inside an article", () => {
  it.each([
    ["A handout photo released by the presidential press service shows the two leaders meeting.", "caption"],
    ["Above: The new bridge at night.", "caption"],
    ["Photo: Reuters", "caption"],
    ["Note: Browsers with 1024*768 or higher resolution are suggested for this site", "legal"],
    ["« Previous 1 2 3 Next »", "navigation"],
    ["Page 2 of 5", "navigation"],
    ["BACK TO THE TOP", "navigation"],
    ["12 comments", "promo"],
    ["Advertisement", "advertisement"],
    ["Reuter", "byline"],
  ])("%s is %s", (line, kind) => {
    expect(kindOf(line)[0]).toBe(kind);
  });
});

describe("isPagination", () => {
  const f = (text: string) => lineFeatures(text, new Set());
  it("takes page numbers with page words, not years or prose", () => {
    expect(isPagination(f("1 2 3 4 5 Next"))).toBe(true);
    expect(isPagination(f("Seite 2 von 7"))).toBe(true);
    expect(isPagination(f("2025 2026"))).toBe(false);
    expect(isPagination(f("Next"))).toBe(false);
    expect(isPagination(f("3 people were hurt in 2 crashes"))).toBe(false);
  });
});
