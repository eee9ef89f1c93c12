// Checks of the speaker rules for English copy (which mention of the speaker a quotation is
// given), on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf, rows } from "./helpers.js";

function run(text: string) {
  const quotes = quotesOf(text);
  checkOffsets(text, quotes);
  return rows(quotes).map((r) => ({ text: r.text, mention: r.mention, cue: r.cue }));
}

describe("cue words that are names or nouns", () => {
  it("a capitalized cue word inside a name is no cue", () => {
    expect(run('Marta Quell also said the Northern Isles have become a "quiet harbour for everyone."')).toEqual([
      { text: "quiet harbour for everyone.", mention: "Marta Quell", cue: "said" },
    ]);
  });

  it("a cue word after an owner and adjectives, before a word, is a noun", () => {
    expect(run(`Ana Ruiz said Ole's financial state is "shaky" lately.`)).toEqual([{ text: "shaky", mention: "Ana Ruiz", cue: "said" }]);
    // Before punctuation it stays a verb.
    expect(run('"The ferry is late," the notice read.')).toEqual([{ text: "The ferry is late,", mention: "the notice", cue: "read" }]);
  });
});

describe("the subject of the clause speaks", () => {
  it("for a participle heading its own clause, after an introductory participle phrase", () => {
    expect(run('Speaking at a school in Dunmore, Ohio, Nora Vance went after the council, calling it "a total mess."')).toEqual([
      { text: "a total mess.", mention: "Nora Vance", cue: "calling" },
    ]);
  });

  it("for a participle right after a quotation", () => {
    expect(run('Ana Ruiz defended the "quiet harbour spirit," saying the village kept the "soul of the coast."')).toEqual([
      { text: "quiet harbour spirit,", mention: "Ana Ruiz", cue: "saying" },
      { text: "soul of the coast.", mention: "Ana Ruiz", cue: "saying" },
    ]);
  });

  it("for a second verb after `and`, not the object before it", () => {
    expect(run('Nora Vance clinched the vote and said this week that the plan is "very strong" for now.')).toEqual([
      { text: "very strong", mention: "Nora Vance", cue: "said" },
    ]);
    expect(run('Dan Cole visited the port in Elm, Ohio and explained why "the ferry matters."')).toEqual([
      { text: "the ferry matters.", mention: "Dan Cole", cue: "explained" },
    ]);
  });

  it("for a pronoun in a complement clause, across an earlier quotation of the sentence", () => {
    expect(run('Lena Ortiz hailed the vote as "historic," telling reporters on Friday that she thinks the port is "a great thing."')).toEqual([
      { text: "historic,", mention: "Lena Ortiz", cue: "telling" },
      { text: "a great thing.", mention: "Lena Ortiz", cue: "thinks" },
    ]);
  });

  it("before a colon, after an introductory phrase", () => {
    expect(run('At the meeting in Elm, Ohio, on Monday, the farmer snapped: "We will not move."')).toEqual([
      { text: "We will not move.", mention: "the farmer", cue: ":" },
    ]);
    // (A cue verb before the colon is the cue itself.)
    expect(run('At the meeting in Elm, Ohio, on Monday, the farmer retorted: "We will not move."')).toEqual([
      { text: "We will not move.", mention: "the farmer", cue: "retorted" },
    ]);
  });

  it("with a head that is no known speaker noun", () => {
    expect(run('The old flyer promises "cheap rides for all."')).toEqual([{ text: "cheap rides for all.", mention: "The old flyer", cue: "promises" }]);
    expect(run('Several said the plan was "too costly."')).toEqual([{ text: "too costly.", mention: "Several", cue: "said" }]);
  });
});

describe("relative clauses, appositives and passives", () => {
  it("a non-restrictive `who` is the mention", () => {
    expect(run('Ivo Hart, who has at times described the tram depot as "a leaky barn," backed it regardless.')).toEqual([
      { text: "a leaky barn,", mention: "who", cue: "described" },
    ]);
  });

  it("a long relative clause between the subject and its verb", () => {
    expect(run('Ivo Hart, who has long opposed the plan and the tax and every other idea of the council, said Friday that the bridge is "a rusty relic."')).toEqual([
      { text: "a rusty relic.", mention: "Ivo Hart", cue: "said" },
    ]);
  });

  it("after a long appositive the phrase after an object verb is its object", () => {
    expect(run('Ana Ruiz, a teacher who has worked in three schools across the county for many years, told Radio Nine that the plan is "a fraud."')).toEqual([
      { text: "a fraud.", mention: "Ana Ruiz", cue: "told" },
    ]);
  });

  it("an adverbial aside after a pronoun", () => {
    expect(run('But he, once again, pledged a "fair deal" for the port.')).toEqual([{ text: "fair deal", mention: "he", cue: "pledged" }]);
  });

  it("the agent of a passive cue verb", () => {
    expect(run('Ana Ruiz was asked by host Ben Tal, "Will you run again?"')).toEqual([{ text: "Will you run again?", mention: "Ben Tal", cue: "asked" }]);
  });
});

describe("cues after the quotation", () => {
  it("a verb not in the cue lists next to a speaker, and the next quotation of the paragraph", () => {
    expect(run('"Is the ferry late again?" Tom Reyes pressed. "Nobody knows."')).toEqual([
      { text: "Is the ferry late again?", mention: "Tom Reyes", cue: "pressed" },
      { text: "Nobody knows.", mention: "Tom Reyes", cue: null },
    ]);
  });

  it("an inverted subject of any head", () => {
    expect(run('"We are ready," said one district party leader. "We will win."')).toEqual([
      { text: "We are ready,", mention: "one district party leader", cue: "said" },
      { text: "We will win.", mention: "one district party leader", cue: null },
    ]);
  });

  it("a name and an appositive before the verb", () => {
    expect(run('"We are ready," Dan Cole, a farmer from Elm, said in an interview.')).toEqual([{ text: "We are ready,", mention: "Dan Cole", cue: "said" }]);
    // A name with its institution up to the verb, but no other verb between.
    expect(rows(quotesOf('"It is a stretch," Jane Roe of the Elm Center for Port Studies wrote in May.')).map((r) => [r.speaker, r.cue])).toEqual([["Jane Roe", "wrote"]]);
    expect(run('She is noting the "sort of trouble" Dan Cole had reading the map.').map((r) => r.mention)).toEqual(["She"]);
    // No subject after a verb before `that`.
    expect(run('Jane Roe said the flyer "wrongly" suggests that Elm backs the plan.').map((r) => r.mention)).toEqual(["Jane Roe"]);
  });

  it("a cue right after the quotation beats a colon with no cue verb", () => {
    expect(run('Ana Ruiz seemed annoyed: "It is a public plan!" she wrote.')).toEqual([{ text: "It is a public plan!", mention: "she", cue: "wrote" }]);
  });
});

describe("quotations without a cue", () => {
  it("the owner of a noun of saying right before", () => {
    expect(run('The deal faltered over her pledge to stay "impartial" during the count.')).toEqual([{ text: "impartial", mention: "her", cue: null }]);
  });

  it("a quotation alone in its paragraph takes the nearer mention of the last speaker", () => {
    const text = '"It is late," Dan Cole said.\n\nDan Cole was eager to add that the bus would still leave.\n\n"But not today."';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.speaker?.mention?.start)).toEqual([14, text.indexOf("Dan Cole was")]);
  });

  it("a sentence-initial cue verb before its subject (`Stated X:`) announces the next paragraph", () => {
    expect(run('Stated Dan Cole:\n\n"We will not move."')).toEqual([{ text: "We will not move.", mention: "Dan Cole", cue: null }]);
  });
});

describe("more mentions", () => {
  it("a dot before a comma ends no sentence (`R-Ohio.,`), and a title abbreviation is no sentence end", () => {
    expect(run('"We will win," Sen. Jane Roe, R-Ohio., said Tuesday.')).toEqual([{ text: "We will win,", mention: "Jane Roe", cue: "said" }]);
    expect(rows(quotesOf('"We will win," said Del. Ann Pike of the Green Islands.')).map((r) => r.speaker)).toEqual(["Ann Pike"]);
    expect(rows(quotesOf('"It was a long shot," said Jane Roe of the University of Elm School of Law.')).map((r) => r.speaker)).toEqual(["Jane Roe"]);
  });

  it("a cue right after the quotation beats a cue verb before the colon", () => {
    expect(run('Ana Ruiz said she was swamped: "My week is packed with meetings," she wrote.')).toEqual([{ text: "My week is packed with meetings,", mention: "she", cue: "wrote" }]);
  });

  it("a cue's speaker in a sentence between two quotations of the paragraph speaks the second", () => {
    expect(run('"The port is open," Dan Cole said. Ana Ruiz added that the ferry is late. "It will not run today."')).toEqual([
      { text: "The port is open,", mention: "Dan Cole", cue: "said" },
      { text: "It will not run today.", mention: "Ana Ruiz", cue: null },
    ]);
  });

  it("a name after lower-case descriptors, inverted after the verb", () => {
    expect(run('"The vote was fair," said election lawyer Joe Birk.')).toEqual([{ text: "The vote was fair,", mention: "election lawyer Joe Birk", cue: "said" }]);
  });

  it("a sentence-initial conjunction before the subject", () => {
    expect(run('But he wanted to know, "Where is the ferry?"')).toEqual([{ text: "Where is the ferry?", mention: "he", cue: null }]);
  });

  it("the same pronoun: the sentence's subject for a complement clause, itself for a clause of its own", () => {
    expect(run('She said she thinks the plan is "a good start."')).toEqual([{ text: "a good start.", mention: "She", cue: "thinks" }]);
    expect(run('She had a good line back when she said, "Flying is an activity."')).toEqual([{ text: "Flying is an activity.", mention: "she", cue: "said" }]);
  });

  it("a name owning a noun of saying", () => {
    expect(rows(quotesOf(`The port stalled over Cole's promise to be "fair" to all.`)).map((r) => [r.mention, r.speaker])).toEqual([["Cole's", "Cole"]]);
  });

  it("German: a clause opened by an object's determiner has its subject after the verb", () => {
    const text = "Den Ärger des Vereins brachte die Kassiererin des Vorstands, Jana Roth, zum Ausdruck: „Wir sehen hier keinen Anlass zur Hast.“";
    expect(rows(quotesOf(text, { language: "de" })).map((r) => r.speaker)).toEqual(["Jana Roth"]);
  });
});

describe("subjects of participles and sentences", () => {
  it("the phrase after `with` is the subject of its participle", () => {
    expect(run('Critics were quick to respond, with Mayor Jane Roe telling reporters the plan was "a mistake."')).toEqual([
      { text: "a mistake.", mention: "Jane Roe", cue: "telling" },
    ]);
  });

  it("a participle opening the sentence is an introductory phrase", () => {
    expect(run('The town was calm. Reprising an old line, the mayor talked about the "progress we made."').map((r) => r.mention)).toEqual(["the mayor"]);
  });
});

describe("signatures", () => {
  it("a paragraph of a dash and a name signs the quotation before it", () => {
    expect(run('"We will win the state."\n\n- Jane Roe.')).toEqual([{ text: "We will win the state.", mention: "Jane Roe", cue: null }]);
  });
});

describe("a pronoun after the sentence's subject", () => {
  it("speaks for the subject in a complement clause, for itself after `but`, `when`, `as`", () => {
    expect(run('Jane Roe said she thinks the plan is "a good start."').map((r) => r.mention)).toEqual(["Jane Roe"]);
    expect(run('Jane Roe credits the crew for the work, but she said the plan is "a good start."').map((r) => r.mention)).toEqual(["she"]);
  });
});

describe("sentence ends inside quotations", () => {
  it("a cue before a quotation that ends its sentence yields to the next sentence's subject", () => {
    expect(run('Jane Roe said the vote was "far from fair." Tom Reyes cited the count as "a joke."')).toEqual([
      { text: "far from fair.", mention: "Jane Roe", cue: "said" },
      { text: "a joke.", mention: "Tom Reyes", cue: "said" },
    ]);
  });
});

