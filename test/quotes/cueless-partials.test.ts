// Cue-less partial quotations that are someone's words: attribution words, phrases and verbs in
// their sentence, and who speaks there (sentences written for these tests).
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf } from "./helpers.js";

function found(text: string): [string, string | null][] {
  const quotes = quotesOf(text);
  checkOffsets(text, quotes);
  return quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null]);
}

describe("attribution words of uttering, waving off, feeling and thinking", () => {
  it("keeps a fragment whose sentence has one", () => {
    expect(found("The council waves away worries that the works will cause “minor” harm.")).toEqual([["minor", "The council"]]);
    expect(found("We bought the flat for him, thinking it would make a cosy “home for one.”")).toEqual([["home for one.", "We"]]);
  });

  it("keeps plural nouns of saying and nouns of rejecting", () => {
    expect(found("Her cautious messages, like “we will deliver,” were far weaker than the “harbour renewal” of her rival.").map((q) => q[0])).toEqual(["we will deliver,", "harbour renewal"]);
    expect(found("Her cautious slogans, like “we will deliver,” were far weaker than the “harbour renewal” of her rival.").map((q) => q[0])).toEqual(["we will deliver,"]);
  });

  it("gives a fragment after a noun of rejecting to that noun's owner", () => {
    const [quote] = quotesOf("It was Jane Roe's fierce rejection of “a politics of fear” that won the room.");
    expect(quote?.text).toBe("a politics of fear");
    expect(quote?.speaker?.name).toBe("Jane Roe");
  });

  it("keeps a word choice (`prefer the term`) and a contrast someone draws", () => {
    expect(found("Advocates prefer the term “new arrivals.”")).toEqual([["new arrivals.", "Advocates"]]);
    expect(found("Roe contrasted that with Doe, who wants to bring “the towns together.”").map((q) => q[0])).toEqual(["the towns together."]);
  });
});

describe("phrases of asserting and listing", () => {
  it("keeps a fragment after `made clear` or `ticked off`", () => {
    expect(found("Jane Roe made clear that she expects the council to send its “attack terriers” after her.")).toEqual([["attack terriers", "Jane Roe"]]);
    expect(found("Roe rattled off a list of goals, among them getting the ferry lines to charge a “fair fare” again.")).toEqual([["fair fare", "Roe"]]);
  });

  it("still leaves out the same fragment with no attribution", () => {
    expect(found("The council expects to send its “attack terriers” after her.")).toEqual([]);
  });
});

describe("the subject of the attribution verb speaks", () => {
  it("names the subject of the verb before the fragment, not the sentence's", () => {
    expect(found("The rally showed the anger that Jane Roe feels about the “rigged” quota.")).toEqual([["rigged", "Jane Roe"]]);
  });

  it("names the verb's subject before the owner of a noun of saying after it", () => {
    expect(found("Jane Roe later defended her remarks as being “sarcastic.”")).toEqual([["sarcastic.", "Jane Roe"]]);
  });

  it("takes no object before a time word for the verb's subject", () => {
    expect(found("In Elm, the mayor put out a note Tuesday deploring “a needless act of spite.”")).toEqual([["a needless act of spite.", "the mayor"]]);
  });

  it("reads a cue word in -s after a plural quantifier as a noun (`three demands`), not a verb with that subject", () => {
    expect(found("Roe rattled off three demands for the harbour board, among them a return to “fair fares” on the ferries.")).toEqual([["fair fares", "Roe"]]);
    expect(found("“We will not wait,” many say in the port.")).toEqual([["We will not wait,", "many"]]);
  });

  it("reads no subject for a noun spelled as a verb (`a list of claims`)", () => {
    expect(found("The board drew up a list of claims to end the “cosy” contracts.")).toEqual([["cosy", "The board"]]);
  });

  it("names the agent of a passive verb of saying after the fragment", () => {
    expect(found("The phrase “ferry levy” was uttered twice, by Jane Roe.")).toEqual([["ferry levy", "Jane Roe"]]);
    expect(found("The phrase “ferry levy” was uttered by the mayor at the meeting.")).toEqual([["ferry levy", "the mayor"]]);
  });
});

describe("a naming participle with its agent after the quotation and no `be`", () => {
  it("keeps the agent's word and names the agent", () => {
    expect(found("A memo labeled “do not open” by the harbour office was found on the ferry.")).toEqual([["do not open", "the harbour office"]]);
  });
});

describe("`or so` is an approximation, not `so-called`", () => {
  it("keeps a cued fragment after `or so`", () => {
    expect(found("Roe said she has the 40 or so “loose” delegates she needs.")).toEqual([["loose", "Roe"]]);
  });

  it("still reads `so` alone before a fragment as `so-called`", () => {
    expect(found("Roe said the so “loose” delegates decide.")).toEqual([]);
  });
});

describe("lower-case words after a word of a work", () => {
  it("are a complement, not a title", () => {
    expect(found("She called for getting the ferry program “back on course.”")).toEqual([["back on course.", "She"]]);
  });

  it("while a capitalized title after it is still a title", () => {
    expect(found("She praised the ferry program “Harbour Lights” on Monday.")).toEqual([]);
  });
});

describe("speaking one's mind and naming in a free relative", () => {
  it("keeps a fragment after `sounded off`", () => {
    expect(found("The harbour master has sounded off for years about plans to make the port “a marina for yachts.”").map((q) => q[0])).toEqual(["a marina for yachts."]);
  });

  it("reads the whole subject between `what` and a naming verb", () => {
    expect(found("The two men are rivals in what one rural conservative has dubbed “the taco primary,” a nod to the food.")).toEqual([["the taco primary,", "one rural conservative"]]);
  });

  it("still reads a capitalized quotation named by a noun phrase as a name", () => {
    expect(found("It is a film that one studio called “Harbour Lights.”")).toEqual([]);
  });
});

describe("naming someone something", () => {
  it("keeps the fragment after `naming him the`", () => {
    expect(found("The paper ran a long profile on him naming him the “quiet fixer” of the campaign.").map((q) => q[0])).toEqual(["quiet fixer"]);
  });

  it("still leaves out the fragment with no attribution", () => {
    expect(found("The paper ran a long profile on him about the “quiet fixer” of the campaign.")).toEqual([]);
  });
});

describe("a source phrase later in the fragment's sentence", () => {
  it("attributes the fragment beyond the eight words other attribution words reach", () => {
    expect(found("A “living fee” for one adult in the harbour town is about 12 pounds an hour this year, according to figures from the council.").map((q) => q[0])).toEqual(["living fee"]);
  });

  it("still leaves out the fragment with no source", () => {
    expect(found("A “living fee” for one adult in the harbour town is about 12 pounds an hour this year, up from last year.")).toEqual([]);
  });
});
