// Quotations in headlines: single marks, Title Case, present-tense cues (sentences written for
// these tests).
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf, rows } from "./helpers.js";

const BODY = "ELMTOWN — The council met on Monday to discuss the harbour, and the vote was put off until spring.";

/** The quotations of a headline followed by a body paragraph (with a double-mark quotation). */
function headline(title: string, kinds: Record<number, "title"> = {}) {
  const text = [title, "", BODY, "", "“We will vote in spring,” the clerk said."].join("\n");
  const quotes = quotesOf(text, { kinds });
  checkOffsets(text, quotes);
  return quotes.filter((q) => q.start < title.length);
}

function cells(title: string, kinds: Record<number, "title"> = {}) {
  return rows(headline(title, kinds)).map((r) => [r.text, r.mention, r.cue, r.kind]);
}

describe("a headline cue attributes a quotation in a Title Case headline", () => {
  it("a present-tense cue verb with its subject before it", () => {
    expect(cells("Jane Roe Rips Council As A 'Costly Folly.'")).toEqual([["Costly Folly.", "Jane Roe", "Rips", "partial"]]);
    expect(cells("Dan Cole Calls Ferry Plan ‘A Disgrace’ Over Pier Vote")).toEqual([["A Disgrace", "Dan Cole", "Calls", "partial"]]);
    expect(cells("Jane Roe Hammers Harbour Board: ‘You Should Resign Today.’")).toEqual([["You Should Resign Today.", "Jane Roe", "Hammers", "direct"]]);
  });

  it("a speaker before the headline's colon", () => {
    expect(cells("Roe on the Harbour Plan: The Costs Are 'Alarming.'")).toEqual([["Alarming.", "Roe", ":", "partial"]]);
    expect(cells("Dan Cole: ‘We Will Rebuild The Pier Before Winter.’")).toEqual([["We Will Rebuild The Pier Before Winter.", "Dan Cole", ":", "direct"]]);
  });

  it("a subject and a cue verb after the quotation", () => {
    expect(cells("Pier Budget ‘Not Ready Yet,’ Jane Roe Says")).toEqual([["Not Ready Yet,", "Jane Roe", "Says", "partial"]]);
  });

  it("a shared subject after a comma", () => {
    expect(cells("Roe Says Pier Is Safe, Calls Critics ‘Alarmist’")).toEqual([["Alarmist", "Roe", "Calls", "partial"]]);
  });

  it("in a line the lines stage made the title", () => {
    expect(cells("Jane Roe Slams Council Over ‘Reckless’ Pier Sale", { 1: "title" })).toEqual([["Reckless", "Jane Roe", "Slams", "partial"]]);
  });

  it("with a lower confidence than a quotation in the body", () => {
    const quotes = quotesOf(["Jane Roe Rips Council As A 'Costly Folly.'", "", BODY, "", "“We will vote in spring,” the clerk said."].join("\n"));
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.confidence).toBeLessThan(quotes[1]!.confidence);
  });
});

describe("a headline cue in a sentence-case headline", () => {
  it("a colon after a name, and a kicker before a colon names no one", () => {
    expect(cells("Cole: Council needs to 'stop wasting money' on the pier")).toEqual([["stop wasting money", "Cole", ":", "partial"]]);
    expect(cells("The Latest: Roe says pier plan is 'dead'")).toEqual([["dead", "Roe", "says", "partial"]]);
  });
});

describe("titles, names of things and terms in headlines stay out", () => {
  it("a title with no speaker before its cue verb", () => {
    expect(cells("'Harbour Nights' Mocks Mayor Over Pier Plan")).toEqual([]);
    expect(cells("Watch the 'Harbour Nights' Tapes")).toEqual([]);
  });

  it("a title before a noun that bears a name, even with a cue", () => {
    expect(cells("Jane Roe Slams ‘Harbour Nights’ Star Over Pier Joke")).toEqual([]);
    expect(cells("Jane Roe Praises ‘Harbour Nights’ Host")).toEqual([]);
  });

  it("a term with no cue", () => {
    expect(cells("The ‘Harbour Tax’ Returns To Elmtown")).toEqual([]);
    expect(cells("Council weighs 'rainy day' fund for the pier")).toEqual([]);
  });

  it("a lone sentence is no headline", () => {
    expect(quotesOf("Mayor Says Pier ‘Unsafe’ After Storm").map((q) => q.text)).toEqual([]);
  });
});
