// Checks of the rules that tell names of things from quoted words (a quotation that modifies a
// noun bearing a name or a text, a noun of naming before it) and of doubled and possessive marks,
// on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { pairMarks } from "../../src/quotes/pairing.js";
import { contentParagraphs } from "../../src/quotes/paragraphs.js";
import { findSpans } from "../../src/quotes/spans.js";
import { tokenize } from "../../src/quotes/tokens.js";
import { checkOffsets, linesOf, quotesOf, rows } from "./helpers.js";

function run(text: string) {
  const quotes = quotesOf(text);
  checkOffsets(text, quotes);
  return rows(quotes);
}

describe("names and printed texts of things", () => {
  it("a quotation right before a noun that bears a name or a text is a label", () => {
    expect(run("Supporters waved “Rivers for Roe” signs from their seats.")).toEqual([]);
    expect(run("Jane Roe wore the “Keep Elm Green” hat her campaign had given her, she said.")).toEqual([]);
    expect(run("The council joined the party for a “unity” lunch on Monday.")).toEqual([]);
    expect(run("Most of the files were raised to the “restricted” level, according to an official.")).toEqual([]);
    expect(run("“Harbour Nights” star Jane Roe opened up about her childhood.")).toEqual([]);
  });

  it("a cue next to it, or a speaker's naming verb, still makes it speech", () => {
    expect(run("The mayor called it a “reckless” plan, and the council agreed.")).toEqual([
      { text: "reckless", speaker: "mayor", mention: "The mayor", cue: "called", kind: "partial" },
    ]);
    // Punctuation of its own ends the words before any noun: not a label.
    expect(run("“We will build the bridge,” signs at the rally read, and Jane Roe said so too.").map((r) => r.text)).toEqual(["We will build the bridge,"]);
  });

  it("what something or someone goes by is a name", () => {
    expect(run("Roe wrote under the pseudonym “Ada Lark,” but it did not help her.")).toEqual([]);
    expect(run("The name “Elm Tower” will vanish from every map next spring, a clerk said.")).toEqual([]);
  });
});

describe("doubled and possessive marks", () => {
  it("a plural possessive before a doubled opening mark closes nothing", () => {
    const text = "Jane Roe said the plan was sound in an interview on the networks' ''Night Desk.'' ''It is not a problem,'' she said.";
    expect(findSpans(text, contentParagraphs(linesOf(text)), "en").map((s) => s.kind)).toEqual(["paired", "paired"]);
    expect(run(text)).toEqual([{ text: "It is not a problem,", speaker: "Jane Roe", mention: "she", cue: "said", kind: "direct" }]);
  });

  it("a stray closing mark left out gives its words back to the reporter's sentence", () => {
    // (A stray mark after a name: the name still speaks for the cue after it.)
    expect(run("Jane Roe' said on Monday that the plan was “a stunt.”")).toEqual([
      { text: "a stunt.", speaker: "Jane Roe", mention: "Jane Roe", cue: "said", kind: "partial" },
    ]);
  });

  it("a cue after a doubled closing mark is read as after any other", () => {
    expect(run("(Roe backed the scheme. ''Tidy garden folks'' are ''not trying to annoy anybody,'' he said.)")).toEqual([
      { text: "Tidy garden folks", speaker: "he", mention: "he", cue: "said", kind: "partial" },
      { text: "not trying to annoy anybody,", speaker: "he", mention: "he", cue: "said", kind: "partial" },
    ]);
  });

  it("a lower-case word keeps no dot before a closing parenthesis", () => {
    expect(tokenize("he said.)", 0, 9).map((t) => t.text)).toEqual(["he", "said", ".", ")"]);
    expect(tokenize("(D-Ore.)", 0, 8).map((t) => t.text)).toEqual(["(", "D-Ore.", ")"]);
  });

  it("a spaced closing mark after a nested quotation's closing mark closes the outer one", () => {
    const text = "\"Roe has to keep her base. Doe has to do the 'Elm two-step' \" - and win the suburbs.";
    const { pairs } = pairMarks(text, 0, text.length);
    expect(pairs.map((p) => text.slice(p.open + 1, p.close))).toEqual(["Roe has to keep her base. Doe has to do the 'Elm two-step' "]);
  });
});
