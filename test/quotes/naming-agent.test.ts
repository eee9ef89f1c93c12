// A naming verb with a speaker for subject (`Roe called the plan "…"`) introduces that speaker's
// words; with no agent (`a film called "…"`, `was dubbed "…"`) it introduces a name (sentences
// written for these tests).
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf, rows } from "./helpers.js";

function texts(text: string): string[] {
  const quotes = quotesOf(text);
  checkOffsets(text, quotes);
  return quotes.map((q) => q.text);
}

describe("what a speaker calls something", () => {
  it("keeps the words after a naming verb whose subject is a person or a pronoun", () => {
    expect(texts("The harbour master called the new toll “a tax on fishermen.”")).toEqual(["a tax on fishermen."]);
    expect(texts("The vote came after what she called “a summer of delays.”")).toEqual(["a summer of delays."]);
    expect(texts("He met the mayor, whom Jane Roe once dubbed “the quiet builder,” on Monday.")).toEqual(["the quiet builder,"]);
  });

  it("keeps them after an object whose head is a word of a work", () => {
    expect(texts("Jane Roe called the breakfast program “a lifeline for parents.”")).toEqual(["a lifeline for parents."]);
  });

  it("names the subject as the speaker", () => {
    const r = rows(quotesOf("The ferry strike ended in what Jane Roe called “a fair deal.”"));
    expect(r.map((x) => [x.text, x.speaker])).toEqual([["a fair deal.", "Jane Roe"]]);
  });

  it("still reads a naming verb with no agent as a name", () => {
    expect(texts("The library holds a small book called “Harbour Lights” about the port.")).toEqual([]);
    expect(texts("The old quay was dubbed “the long wait” by sailors.")).toEqual([]);
    expect(texts("The town's so called “quiet season” starts in May.")).toEqual([]);
  });

  it("takes the naming verb's subject over a cue after the quotation", () => {
    const r = rows(quotesOf("In a clip that Judge Jane Roe called “distasteful,” John Doe asked for a new trial."));
    expect(r.map((x) => [x.text, x.speaker, x.cue])).toEqual([["distasteful,", "Jane Roe", "called"]]);
  });

  it("keeps a noun phrase that opens its clause as the subject", () => {
    expect(texts("The harbour board called the plan “a disaster” on Monday.")).toEqual(["a disaster"]);
  });

  it("reads a noun phrase inside a clause, or before a capitalized quotation, as naming a thing", () => {
    expect(texts("It was a campaign called “safe harbour” that won the vote.")).toEqual([]);
    expect(texts("A news site called “The Harbour Daily” reported the closure.")).toEqual([]);
    expect(texts("It began with a film starring John Doe and Jane Roe called “Harbour Lights.”")).toEqual([]);
  });

  it("reads a name after a preposition as no subject of the naming verb", () => {
    expect(texts("The shop sold a collection from the cartoonist Jane Roe called “Harbour Days in Ink.”")).toEqual([]);
  });
});

describe("titles inside the reporter's clause", () => {
  it("reads one capitalized word after a possessive as a title", () => {
    expect(texts("Jane Roe told the network’s “Daybreak” on Monday that the port would reopen.")).toEqual([]);
  });

  it("keeps a cry after `of`", () => {
    expect(texts("The mayor was greeted with chants of “Encore!” at the harbour festival, organisers said.")).toEqual(["Encore!"]);
  });

  it("reads a cue after a title in the middle of a clause as the clause's verb", () => {
    expect(texts("In an interview with “Harbour Morning Desk,” Jane Roe pointed to the new ferry.")).toEqual([]);
    expect(texts("Jane Roe, a star of the network’s “Tidewater,” thanked the crew.")).toEqual([]);
  });

  it("keeps a quotation that opens its sentence with a cue next to it", () => {
    expect(texts("“Harbour Lights Forever,” Jane Roe said.")).toEqual(["Harbour Lights Forever,"]);
  });
});

describe("what a crowd shouted", () => {
  it("keeps a capitalized run after a noun of a raised voice and `of`", () => {
    expect(texts("The rally ended with chants of “Four More Years” from the back rows.")).toEqual(["Four More Years"]);
    expect(texts("She walked in to cries of “Jane! Jane!,” and waved.")).toEqual(["Jane! Jane!,"]);
  });

  it("still reads a capitalized run after another `of` as a title", () => {
    expect(texts("The band played a cover of “Four More Years” at the rally.")).toEqual([]);
  });
});

describe("title case after `in`", () => {
  it("reads it as a title", () => {
    expect(texts("She joked about the grim frontiersman in “The Long Harbour” before the vote, Jane Roe said.")).toEqual([]);
  });
});
