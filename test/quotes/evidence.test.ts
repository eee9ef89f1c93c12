// Quoted fragments with no cue of their own: speech when their sentence is an attribution, terms,
// titles and scare quotes otherwise (sentences written for these tests).
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf } from "./helpers.js";

function texts(text: string): string[] {
  const quotes = quotesOf(text);
  checkOffsets(text, quotes);
  return quotes.map((q) => q.text);
}

describe("fragments with no cue (English)", () => {
  it("drops a term or scare quote in a sentence that attributes nothing", () => {
    expect(texts("The council voted to widen the “green belt” around the old harbour.")).toEqual([]);
    expect(texts("Funds raised by “issue groups” rose sharply in the spring.")).toEqual([]);
  });

  it("keeps a fragment whose sentence characterizes or reports what someone said", () => {
    expect(texts("The mayor likened the new rules to “a straitjacket” for small shops.")).toEqual(["a straitjacket"]);
    expect(texts("The governor condemned the late vote as “reckless” on Friday.")).toEqual(["reckless"]);
    expect(texts("Her claim that the river was “fully safe” drew scorn from the harbour board.")).toEqual(["fully safe"]);
    expect(texts("According to the ferry operator, the delay was “regrettable.”")).toEqual(["regrettable."]);
  });

  it("keeps a title-case name someone is hailed or branded as", () => {
    expect(texts("A magazine hailed the mayor as “The Harbour Fixer” in 1990.")).toEqual(["The Harbour Fixer"]);
  });

  it("reads a capitalized word inside the sentence as a headline word, not an attribution", () => {
    expect(texts("Mayor Sees ‘Grave Mistake’ in Harbour Vote")).toEqual([]);
    expect(texts("The mayor sees a ‘grave mistake’ in the vote.")).toEqual(["grave mistake"]);
  });

  it("keeps a fragment that is its own sentence", () => {
    expect(texts("“Never again.” The crowd fell silent after that.")).toEqual(["Never again."]);
  });

  it("reads the sentence only: an attribution in the next sentence does not count", () => {
    expect(texts("Prices for “smart meters” fell. The minister said the fall was welcome.")).toEqual([]);
  });

  it("drops a title-case run inside the reporter's sentence", () => {
    expect(texts("Volunteers handed out “Keep The Lights On For Every Family Tonight” leaflets at the station.")).toEqual([]);
  });
});

describe("fragments with no cue in a language with no attribution words", () => {
  it("keeps them, as before", () => {
    const quotes = quotesOf("Les « gilets verts » ont défilé samedi dans le port.", { language: "fr" });
    expect(quotes.map((q) => q.text)).toEqual(["gilets verts"]);
  });
});

describe("titles of works next to a cue", () => {
  it("drops a title next to a word of a work", () => {
    expect(texts("“It was hard work,” said Lena Marsh, who starred in “Quiet Harbour” last year.")).toEqual(["It was hard work,"]);
    expect(texts("“Harbour Watch” host Ines Kowal said the tide was “unusually high” on Monday.")).toEqual(["unusually high"]);
  });

  it("drops the programme someone spoke to", () => {
    expect(texts("“We will rebuild the pier,” Mayor Ines Kowal told “Morning Desk” on Monday.")).toEqual(["We will rebuild the pier,"]);
    expect(texts("The mayor said in an interview with “Harbour Weekly” that the pier was “safe.”")).toEqual(["safe."]);
  });
});

describe("plural possessives", () => {
  it("a right single mark after a plural's s ends no quotation, so the cue before is found", () => {
    const [q] = quotesOf("In a statement, the staffers’ union said the cuts were “deeply unfair” to nurses.");
    expect(q).toMatchObject({ text: "deeply unfair", cue: { text: "said" } });
  });
});

describe("headline cues", () => {
  it("a capitalized cue verb inside its sentence attributes no fragment, only a sentence", () => {
    expect(texts("Mayor Says Pier ‘Unsafe’ After Storm")).toEqual([]);
    expect(texts("Mayor Says ‘We will rebuild the pier’ After Storm")).toEqual(["We will rebuild the pier"]);
    expect(texts("The mayor says the pier is ‘unsafe’ after the storm.")).toEqual(["unsafe"]);
  });
});

describe("paragraphs set off as a block quotation", () => {
  it("drops a run of paragraphs opened by marks that nothing announces or attributes", () => {
    const text = ["The report reached the council on Monday.", "“The harbour wall has weakened over ten winters.", "“Repairs should start before the spring tides.”"].join("\n");
    expect(texts(text)).toEqual([]);
  });

  it("keeps the run after a colon, or a piece with its own cue", () => {
    const announced = ["The engineer wrote in her report:", "“The harbour wall has weakened over ten winters.", "“Repairs should start before the spring tides.”"].join("\n");
    expect(texts(announced)).toEqual(["The harbour wall has weakened over ten winters.", "Repairs should start before the spring tides."]);
    const cued = ["The report reached the council on Monday.", "“The wall has weakened over ten winters,” the engineer said."].join("\n");
    expect(texts(cued)).toEqual(["The wall has weakened over ten winters,"]);
  });
});


describe("attribution after a fragment", () => {
  it("counts an attribution word right after the fragment", () => {
    expect(texts("The rules were “unworkable,” the harbour board complained on Friday.")).toEqual(["unworkable,"]);
  });

  it("does not count one far down the sentence, about something else", () => {
    expect(texts("In a season when “tour buses” carried most visitors to the old harbour and its quays, the port board issued a letter on the new timetable.")).toEqual([]);
  });

  it("reads verbs of attack as attribution", () => {
    expect(texts("The mayor ripped the board for acting as “judge and jury” in the ferry dispute.")).toEqual(["judge and jury"]);
    expect(texts("Rivals sniped that she was “learning on the job,” but the vote held.")).toEqual(["learning on the job,"]);
  });
});

describe("someone's words for themselves", () => {
  it("reads self-described and a reflexive before `as` as attribution", () => {
    expect(texts("A self-described “harbour rat,” Jane Roe has run the ferry for years.")).toEqual(["harbour rat,"]);
    expect(texts("The port has long billed itself as a “gateway to the islands.”")).toEqual(["gateway to the islands."]);
  });

  it("does not read `as` alone as attribution", () => {
    expect(texts("The port works as a “gateway” for freight.")).toEqual([]);
  });
});
