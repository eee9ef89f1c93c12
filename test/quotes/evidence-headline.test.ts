// Single marks in copy that quotes speech with double marks, and the open middle of run-on
// excerpts (sentences written for these tests).
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf } from "./helpers.js";

function texts(text: string): string[] {
  const quotes = quotesOf(text);
  checkOffsets(text, quotes);
  return quotes.map((q) => q.text);
}

describe("single marks in copy that quotes with double marks", () => {
  it("drops a top-level ‘…’ of a link line", () => {
    const text = ["“We will not pay for the wall twice,” the mayor said on Monday.", "Read more: Mayor slams council’s ‘harbour folly’ on rates"].join("\n");
    expect(texts(text)).toEqual(["We will not pay for the wall twice,"]);
    const colon = ["“The boats are ready,” the ferry chief said.", "Also read: Ferry chief: ‘We Will Sail Again.’"].join("\n");
    expect(texts(colon)).toEqual(["The boats are ready,"]);
  });

  it("keeps a headline's ‘…’ that a headline cue attributes (see headline.test.ts)", () => {
    const text = ["Mayor slams council’s ‘harbour folly’ on rates", "“We will not pay for the wall twice,” the mayor said on Monday."].join("\n");
    expect(texts(text)).toEqual(["harbour folly", "We will not pay for the wall twice,"]);
    const colon = ["Ferry chief: ‘We Will Sail Again.’", "“The boats are ready,” the ferry chief said."].join("\n");
    expect(texts(colon)).toEqual(["We Will Sail Again.", "The boats are ready,"]);
  });

  it("drops a lone straight '…' with no cue, keeps a cued one", () => {
    const text = ["\"It is unfair,\" the mayor said.", "The mayor called the levy 'a tax on fishermen,' aides said.", "Next: a plan over 'a new tax on every boat in the harbour';"].join("\n");
    expect(texts(text)).toEqual(["It is unfair,", "a tax on fishermen,"]);
  });

  it("keeps single marks in copy that quotes with them throughout, and nested ones", () => {
    expect(texts("‘We will rebuild the pier,’ the mayor said.")).toEqual(["We will rebuild the pier,"]);
    expect(texts("“They told us ‘wait until spring’ and we waited,” the skipper said.")).toEqual(["They told us ‘wait until spring’ and we waited,"]);
    expect(texts("“We waited,” the skipper said. ''It was a long winter,'' he added.")).toEqual(["We waited,", "It was a long winter,"]);
  });
});

describe("the open middle of a run-on excerpt", () => {
  it("drops uncued pieces left open after the first, keeps the first and the closing piece", () => {
    const text = [
      "The engineer wrote in her report:",
      "“The harbour wall has weakened over ten winters.",
      "“Its stones have shifted and the mortar has gone.",
      "“Repairs should start before the spring tides.”",
    ].join("\n");
    expect(texts(text)).toEqual(["The harbour wall has weakened over ten winters.", "Repairs should start before the spring tides."]);
  });
});

describe("a linked headline and its author", () => {
  it("drops a headline closed by a comma and followed by its author, keeps a passive agent", () => {
    expect(texts("HARBOUR NEWS— “Ferry service on the north route will end early in March,” by the Gazette's Jane Roe: a short summary.")).toEqual([]);
    expect(texts("The skipper said the crew was “shaken” by the storm.")).toEqual(["shaken"]);
  });
});

describe("an excerpt of a linked piece", () => {
  it("drops a quotation with nothing but a web address after it", () => {
    const text = "Harbour news, by the Gazette's Jane Roe: “The ferry service on the north route will end early in March after the storms.” https://example.com/ferry";
    expect(texts(text)).toEqual([]);
  });

  it("keeps one followed by its attribution", () => {
    const text = "“The ferry service on the north route will end early in March,” the operator said. https://example.com/ferry";
    expect(texts(text)).toEqual(["The ferry service on the north route will end early in March,"]);
  });
});

describe("reversed double marks", () => {
  it("drops a quotation opened by a right double mark in English copy", () => {
    expect(texts("”The ferry should never have been sold to a private firm in the first place.” ― Jane Roe")).toEqual([]);
    expect(texts("“The ferry should never have been sold,” Jane Roe said.")).toEqual(["The ferry should never have been sold,"]);
    expect(texts("” … the ferry should never have been sold to a private firm,” Jane Roe wrote.")).toEqual([]);
  });
});

describe("doubled straight marks count as double marks", () => {
  it("drops a lone straight '…' with no cue in copy that quotes with ''…''", () => {
    const text = ["''It is unfair,'' the mayor said.", "Next: a plan over 'a new tax on every boat in the harbour';"].join("\n");
    expect(texts(text)).toEqual(["It is unfair,"]);
  });
});

describe("a mark left open", () => {
  it("is kept only when a cue right next to it confirms it", () => {
    expect(texts("The chair said on Monday that the bridge had become “a drain on the town for years to come and more")).toEqual([]);
    expect(texts("The chair said: “The bridge has become a drain on the town for years to come")).toEqual([
      "The bridge has become a drain on the town for years to come",
    ]);
  });
});
