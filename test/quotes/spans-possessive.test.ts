import { describe, expect, it } from "vitest";
import { contentParagraphs } from "../../src/quotes/paragraphs.js";
import { findSpans } from "../../src/quotes/spans.js";
import { linesOf } from "./helpers.js";

function spans(text: string) {
  return findSpans(text, contentParagraphs(linesOf(text)), "en").map((s) => ({ text: text.slice(s.start, s.end), kind: s.kind }));
}

describe("plural possessives are no closing marks", () => {
  it("no quotation guessed from a plural's apostrophe before a word or an opening mark", () => {
    expect(spans("The nurses’ union met on Friday.")).toEqual([]);
    expect(spans("The teachers' pay rose by a tenth.")).toEqual([]);
    expect(spans("The states’ “rainy day” funds are empty.")).toEqual([{ text: "rainy day", kind: "paired" }]);
  });

  it("a closing mark after an s that ends the quotation still guesses its start", () => {
    expect(spans("The talks were a success,’ the envoy said.")).toEqual([{ text: "The talks were a success,", kind: "unopened" }]);
    expect(spans("We keep our promises’ — the minister.")).toEqual([{ text: "We keep our promises", kind: "unopened" }]);
  });
});
