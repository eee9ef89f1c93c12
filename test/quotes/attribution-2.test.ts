// Speaker attribution, second set: sources of any head, role words before a name after the
// quotation, subjects past a place or a second name, and pronouns after a one-word name.
import { describe, expect, it } from "vitest";
import { quotesOf, rows } from "./helpers.js";

const mentions = (text: string) => rows(quotesOf(text)).map((r) => [r.text, r.mention]);

describe("attribution, second set", () => {
  it("reads a source of any head after `according to`", () => {
    expect(mentions('The plan moved on. According to evening podcast host Jane Roe, the decision smells of "haste" and worry.')).toEqual([["haste", "evening podcast host Jane Roe"]]);
    expect(mentions('According to a civil complaint filed by the regulator, the founders ran a "massive scheme" for years.')[0]?.[1]).toMatch(/^a civil complaint/u);
  });

  it("takes the name after a role word and before an appositive, whatever the verb", () => {
    expect(mentions('"You need to act now," Representative Jane Roe, Republican of Ohio, told Mr. Doe last year.')).toEqual([["You need to act now,", "Jane Roe"]]);
  });

  it("finds a cue verb far after the quotation in the same sentence", () => {
    const text = 'The pledge to "bring the harbour home" charms retired fishermen who long to go back to the days when the cannery hummed and the quay was crowded and the ferry ran twice an hour, said Jane Roe, a historian at Elm College.';
    expect(mentions(text)).toEqual([["bring the harbour home", "Jane Roe"]]);
  });

  it("lets a one-word name that a cue verb follows speak for the pronoun after it", () => {
    expect(mentions('Roe said that during the past three weeks he has started "to expose" his opponent.')).toEqual([["to expose", "Roe"]]);
  });

  it("reads the subject past a place or a second name when a participle follows an object", () => {
    expect(mentions('The Elm Museum in Brookvale published a paper last week accusing the club of "offences against the valley."')[0]?.[1]).toBe("Elm Museum");
    expect(mentions('Roe and Doe released a joint note describing their talks as a "truly hopeful start" for each side.')[0]?.[1]).toBe("Roe");
  });

  it("passes over a time phrase between the object and the participle", () => {
    expect(mentions('Roe fired off a string of messages late Sunday saying that Doe had been careless in holding up a rival "as a paragon of thrift."')[0]?.[1]).toBe("Roe");
  });
});

describe("extraposed subjects", () => {
  it("reads the subject of the clause after `it is … that`", () => {
    expect(mentions('It is curious that Roe would condemn "night-trawling," which is unusual.')).toEqual([["night-trawling,", "Roe"]]);
  });
});

describe("conjunctions opening a sentence", () => {
  it("reads no subject out of `Unless`", () => {
    const text = '"It is a big moment," said Jane Roe, a strategist. Unless more rivals drop out, "nobody can tell what stops him now."';
    expect(mentions(text).map((r) => r[1])).toEqual(["Jane Roe", "Jane Roe"]);
  });
});

describe("introductory time phrases", () => {
  it("passes over a time phrase that opens the sentence", () => {
    expect(mentions('Twenty years ago, a local article hailed Roe as "The Winner" for his work.')).toEqual([["The Winner", "a local article"]]);
  });
});

describe("participles after a cue that follows a quotation", () => {
  it("gives the participle the subject that follows the quotation", () => {
    expect(mentions('Doe cannot claim that "from her own seat," Roe added, saying it ought to be "left to the council to settle."')).toEqual([
      ["from her own seat,", "Roe"],
      ["left to the council to settle.", "Roe"],
    ]);
  });
});

describe("more verbs of saying", () => {
  it("takes `interjected` before a colon as the cue", () => {
    const rowsOf = rows(quotesOf('Roe said the plans were alike, to which Doe interjected: "It is just not true."'));
    expect(rowsOf.map((r) => [r.mention, r.cue])).toEqual([["Doe", "interjected"]]);
  });
});

describe("abbreviations at a sentence end", () => {
  it("ends the sentence at `U.S.` before a pronoun", () => {
    const text = 'Doe says Roe keeps dodging questions about his budget back in the U.S. He insists voters "want far fewer speeches."';
    expect(mentions(text)).toEqual([["want far fewer speeches.", "He"]]);
  });
});

describe("a verb after `but`", () => {
  it("shares the clause's subject and cues the quotations of both verbs", () => {
    const text = 'Talking to a podcast host on Tuesday in Brookvale, which votes next month, Roe referred to Doe as "a clever, warm colleague" but described her record as a "rough first draft."';
    expect(rows(quotesOf(text)).map((r) => [r.mention, r.cue])).toEqual([
      ["Roe", "described"],
      ["Roe", "described"],
    ]);
  });
});

describe("participles after a subordinate clause", () => {
  it("gives the participle the subject of the clause opened by `when`", () => {
    const text = 'The second clash happened at a rally by the harbour, when Jane Roe cut into his remarks, shouting "they build, we pay!"';
    expect(mentions(text)).toEqual([["they build, we pay!", "Jane Roe"]]);
  });
});

describe("a cue verb whose speaker phrase is not read", () => {
  it("takes the person next to the quotation before the last speaker", () => {
    const text = '"The pier is closed," Dan Cole said.\n\nOn Monday at the town hall in Elm, after winning the vote, Gov. Jane Roe (R-OH), said, "We will rebuild the pier."';
    expect(rows(quotesOf(text)).map((r) => [r.text, r.mention])).toEqual([
      ["The pier is closed,", "Dan Cole"],
      ["We will rebuild the pier.", "Jane Roe"],
    ]);
  });
});
