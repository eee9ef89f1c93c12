import { describe, expect, it } from "vitest";
import { contentParagraphs } from "../../src/quotes/paragraphs.js";
import { findSpans } from "../../src/quotes/spans.js";
import { linesOf } from "./helpers.js";

function spans(text: string) {
  return findSpans(text, contentParagraphs(linesOf(text)), "en").map((s) => ({ text: text.slice(s.start, s.end), kind: s.kind, continues: s.continues }));
}

describe("findSpans", () => {
  it("joins a quotation over paragraphs that open with a mark", () => {
    const text = "“The bridge is closed for repairs,” the engineer said. “We expect the work to last a month.\n\n“After that, traffic will resume.”";
    expect(spans(text)).toEqual([
      { text: "The bridge is closed for repairs,", kind: "paired", continues: -1 },
      { text: "We expect the work to last a month.", kind: "opening", continues: -1 },
      { text: "After that, traffic will resume.", kind: "continued", continues: 1 },
    ]);
  });

  it("leaves a quotation cut by the end of the text as a best guess", () => {
    expect(spans("The engineer said: “The work will last a month")).toEqual([
      { text: "The work will last a month", kind: "unclosed", continues: -1 },
    ]);
  });

  it("guesses the start of a quotation whose opening mark is missing", () => {
    expect(spans("The work will last a month,” the engineer said.")).toEqual([
      { text: "The work will last a month,", kind: "unopened", continues: -1 },
    ]);
  });

  it("skips junk lines and blank lines", () => {
    const text = "Photo: “Harbour at dawn”\n\nThe pilot called the weather “unusually calm”.";
    const found = findSpans(text, contentParagraphs(linesOf(text, { 1: "caption" })), "en");
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual(["unusually calm"]);
  });
});
