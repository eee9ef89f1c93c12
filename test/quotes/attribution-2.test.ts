// Speaker attribution, second set: sources of any head, role words before a name after the
// quotation, subjects past a place or a second name, and pronouns after a one-word name.
import { describe, expect, it } from "vitest";
import { quotesOf, rows } from "./helpers.js";

const mentions = (text: string) => rows(quotesOf(text)).map((r) => [r.text, r.mention]);

describe("attribution, second set", () => {
  it("reads a source of any head after `according to`", () => {
    expect(mentions('The plan moved on. According to local radio host Jane Roe, the move reeks of "fear" and panic.')).toEqual([["fear", "local radio host Jane Roe"]]);
    expect(mentions('According to a civil complaint filed by the regulator, the founders ran a "massive scheme" for years.')[0]?.[1]).toMatch(/^a civil complaint/u);
  });

  it("takes the name after a role word and before an appositive, whatever the verb", () => {
    expect(mentions('"You need to act now," Representative Jane Roe, Republican of Ohio, told Mr. Doe last year.')).toEqual([["You need to act now,", "Jane Roe"]]);
  });

  it("finds a cue verb far after the quotation in the same sentence", () => {
    const text = 'The promise to "take the town back" appeals to older voters who wish for a return to an era when the mill was open and the river was clean and the main street was busy, said Jane Roe, a historian at Elm College.';
    expect(mentions(text)).toEqual([["take the town back", "Jane Roe"]]);
  });

  it("lets a one-word name that a cue verb follows speak for the pronoun after it", () => {
    expect(mentions('Roe said that over the last five days he has begun "to unmask" his rival.')).toEqual([["to unmask", "Roe"]]);
  });

  it("reads the subject past a place or a second name when a participle follows an object", () => {
    expect(mentions('The Elm Museum in Springfield issued a report this month charging the group with "crimes against the town."')[0]?.[1]).toBe("Elm Museum");
    expect(mentions('Roe and Doe issued a statement describing their meeting as a "very positive step" for both.')[0]?.[1]).toBe("Roe");
  });

  it("passes over a time phrase between the object and the participle", () => {
    expect(mentions('Roe unleashed a series of posts early Friday saying that Doe had shown bad judgment in using a rival "as a model of virtue."')[0]?.[1]).toBe("Roe");
  });
});

describe("extraposed subjects", () => {
  it("reads the subject of the clause after `it is … that`", () => {
    expect(mentions('It is strange that Roe would denounce "self-deportation," which is odd.')).toEqual([["self-deportation,", "Roe"]]);
  });
});

describe("conjunctions opening a sentence", () => {
  it("reads no subject out of `Unless`", () => {
    const text = '"It is a big moment," said Jane Roe, a strategist. Unless more rivals quit the race, "it is hard to see how he is stopped."';
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
    expect(mentions('Doe cannot say that "from his own view," Roe added, saying it should be "up to the judge to decide."')).toEqual([
      ["from his own view,", "Roe"],
      ["up to the judge to decide.", "Roe"],
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
    const text = 'Doe says Roe is trying to hide his lack of a plan in the U.S. He says people "do not need more lectures."';
    expect(mentions(text)).toEqual([["do not need more lectures.", "He"]]);
  });
});

describe("a verb after `but`", () => {
  it("shares the clause's subject and cues the quotations of both verbs", () => {
    const text = 'Speaking to a radio host on Monday in Elm, which votes next week, Roe referred to Doe as "a bright, charming leader" but described his skills as a "work in progress."';
    expect(rows(quotesOf(text)).map((r) => [r.mention, r.cue])).toEqual([
      ["Roe", "described"],
      ["Roe", "described"],
    ]);
  });
});

describe("participles after a subordinate clause", () => {
  it("gives the participle the subject of the clause opened by `when`", () => {
    const text = 'The first incident came during a speech at the college, when Jane Roe interrupted her speech, shouting "she wins, we lose!"';
    expect(mentions(text)).toEqual([["she wins, we lose!", "Jane Roe"]]);
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
