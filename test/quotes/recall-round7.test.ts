// Round seven of quotation recall: words someone spoke named as such, headline sources, shared
// evidence, block-quote markers, nested quotations in the same marks, slogans and chants
// (sentences written for these tests).
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf, rows } from "./helpers.js";

function found(text: string, options: Parameters<typeof quotesOf>[1] = {}): ReturnType<typeof rows> {
  const quotes = quotesOf(text, options);
  checkOffsets(text, quotes);
  return rows(quotes);
}

function texts(text: string, options: Parameters<typeof quotesOf>[1] = {}): string[] {
  return found(text, options).map((q) => q.text);
}

describe("a noun for words that a verb of saying or using takes", () => {
  it("keeps a name in title case after `added the words`, and leaves out the anthem's title", () => {
    const text = "Closing her set with the old anthem ''Rivers Run Here,'' Jane Roe added the words, ''Dan Cole.''";
    expect(found(text).map((q) => [q.text, q.mention, q.cue])).toEqual([["Dan Cole.", "Jane Roe", "added"]]);
  });

  it("keeps one in a Title Case headline (`Would Not Say The Words ‘…’`)", () => {
    const text = "Veteran Presses Mayor Who Would Not Say The Words ‘Bold Plan.’\n\nMayor Dan Cole met a group of veterans at the town hall on Monday evening.";
    expect(texts(text, { kinds: { 1: "title" } })).toEqual(["Bold Plan."]);
  });

  it("still leaves out a name in title case after a verb that neither says nor uses it", () => {
    expect(texts("The ferry line refused to print the words “Harbour Tax” on its tickets.")).toEqual([]);
  });
});

describe("a headline's name after `from` before its colon", () => {
  it("speaks, whatever phrase opens the headline", () => {
    const text = "Advice from Jane Roe: 'Speak up before the room goes quiet.'\n\nJane E. Roe, who once ran a small clinic in Ohio, recalled her first day in court.";
    expect(found(text, { kinds: { 1: "title" } }).map((q) => [q.text, q.speaker, q.cue])).toEqual([["Speak up before the room goes quiet.", "Jane E. Roe", ":"]]);
  });
});

describe("two coordinated fragments", () => {
  it("share the first one's evidence (`as a “…” and a “…”`)", () => {
    expect(found("Roe has lashed out at Cole as a “greedy landlord who will drain the town” and a “sore loser.”").map((q) => [q.text, q.speaker])).toEqual([
      ["greedy landlord who will drain the town", "Roe"],
      ["sore loser.", "Roe"],
    ]);
  });

  it("leave a second fragment with no first one kept as it was", () => {
    expect(texts("The “rainy day” fund and a “safety net” plan were both cut.")).toEqual([]);
  });
});

describe("a cue word that is mostly a noun, before `that`", () => {
  it("is a verb after a noun (`the website states that …`)", () => {
    const text = "A page on the city website states that tenants get the rebate only if their lease is \"signed before June,\" wording that could shut out many.";
    expect(found(text).map((q) => [q.text, q.mention])).toEqual([["signed before June,", "A page on the city website"]]);
  });

  it("stays a noun after a determiner (`the states that …`)", () => {
    expect(texts("Aid goes to the states that passed a \"rainy day\" fund last year.")).toEqual([]);
  });
});

describe("a straight double mark that opens a paragraph and never closes, with curly pairs inside", () => {
  const text = [
    "The paper reports:",
    "",
    "\"She spent a week in a clinic after what she called a “meltdown,” three angry posts online. On her chart, a nurse had typed “restless mind.”",
    "",
    "\"Dan strode to the podium, chanting “Elm! Elm!”",
  ].join("\n");

  it("is a block-quote marker: the curly pairs are the quotations, with their own speakers", () => {
    expect(found(text).map((q) => [q.text, q.mention, q.cue])).toEqual([
      ["meltdown,", "she", "called"],
      ["restless mind.", "a nurse", "typed"],
      ["Elm! Elm!", "Dan", "chanting"],
    ]);
  });

  it("is a mark where a curly closing mark ends it (`\"Yes,” she said`)", () => {
    expect(found("\"We will win,” Jane Roe said of the “long march” ahead.").map((q) => [q.text, q.speaker])).toEqual([
      ["We will win,", "Jane Roe"],
      ["long march", "Jane Roe"],
    ]);
  });
});

describe("a quotation in the very marks of the quotation around it", () => {
  it("is a quotation too, with the outer one's speaker", () => {
    const text = "“Frankly, I would sooner stay in what he calls “the swamp” than move to his town,” Jane Roe said.";
    expect(found(text).map((q) => [q.text, q.speaker])).toEqual([
      ["Frankly, I would sooner stay in what he calls “the swamp” than move to his town,", "Jane Roe"],
      ["the swamp", "Jane Roe"],
    ]);
  });

  it("is not one in the other style of marks (`\"… “too harsh” …\"`)", () => {
    const text = "\"I keep my voice down. Raised, it reads as “too harsh” or “too sharp,”\" Jane Roe said.";
    expect(texts(text)).toEqual(["I keep my voice down. Raised, it reads as “too harsh” or “too sharp,”"]);
  });
});

describe("slogans and chants", () => {
  it("keeps a slogan however capitalized (`under the slogan ''…''`, `campaign slogan, “…”`)", () => {
    expect(texts("Roe's rivals campaigned under the slogan ''Cut the Levy.'' They lost.")).toEqual(["Cut the Levy."]);
    expect(texts("Several aides pointed to the old campaign slogan, “Make Elmtown Great Again.”")).toEqual(["Make Elmtown Great Again."]);
  });

  it("keeps a chant in title case right after a verb of a raised voice", () => {
    const text = "Dozens of students crossed the square on Friday, chanting \"Roe or Cole, Not Doe,\" as the polls opened.";
    expect(found(text).map((q) => [q.text, q.cue])).toEqual([["Roe or Cole, Not Doe,", "chanting"]]);
  });

  it("still leaves out a title next to a word of a work", () => {
    expect(texts("The band closed with the anthem “Long Road Home” on Friday.")).toEqual([]);
  });
});

describe("English cue verbs in other languages", () => {
  it("do not read a German noun as a cue (`Mutter` is no `mutter`)", () => {
    const text = "Jana Roth über den Umzug: „Alle Kisten stehen bereit, und am Sonntag geht es endlich los!“ Mutter Eva kommt später nach.";
    expect(found(text, { language: "de" }).map((q) => [q.speaker, q.cue])).toEqual([["Jana Roth", ":"]]);
  });
});
