// German recall: words in marks that are someone's words though every noun is capitalized
// (a description with an indefinite article), more attribution words and source phrases as
// evidence, capitalized role appositives, hyphenated compounds as names. Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf, rows } from "./helpers.js";

const de = { language: "de" };

function found(text: string): { text: string; mention: string | null }[] {
  const quotes = quotesOf(text, de);
  checkOffsets(text, quotes);
  return rows(quotes).map((r) => ({ text: r.text, mention: r.mention }));
}

describe("German descriptions with an indefinite article", () => {
  it("a cued capitalized noun after an indefinite article is speech", () => {
    expect(found("Der Abgeordnete Lutz Brenner nannte den Entwurf eine „Mogelpackung“.")).toEqual([{ text: "Mogelpackung", mention: "Lutz Brenner" }]);
    expect(found("Die Ministerin Ada Kroll nannte das Verfahren einen „Etikettenschwindel“.")).toEqual([{ text: "Etikettenschwindel", mention: "Ada Kroll" }]);
  });

  it("an indefinite article opening the quotation makes it a description", () => {
    expect(found("Für den Trainer Ole Sand war der Schiedsrichter „ein Bäcker mit Humor“, sagte er.").map((q) => q.text)).toEqual(["ein Bäcker mit Humor"]);
  });

  it("with no cue, or with a definite article, a capitalized noun stays a name", () => {
    expect(found("Die Firma präsentierte ein „Wolkenradio“ für die Küche.")).toEqual([]);
    expect(found("Der Abgeordnete Lutz Brenner sagte der „Morgenpost“, er bleibe.")).toEqual([]);
    // (Two capitalized words are a name even after an article; `dies` is no speaker.)
    expect(found("Der Verband fordert vom Land einen „Wolf Plan“ für die Almen.")).toEqual([]);
    expect(found("Die Blätter fallen im Herbst. Dies nennt man einen „Laubwechsel“.")).toEqual([]);
  });
});

describe("German attribution words as evidence", () => {
  it("verbs of accusing, assuring, hailing attribute a fragment", () => {
    expect(found("Die Verbände warfen dem Senat „unverantwortliches Handeln“ vor.").map((q) => q.text)).toEqual(["unverantwortliches Handeln"]);
    expect(found("Die Stadt wirft dem Land „fehlenden Mut“ vor.")).toEqual([{ text: "fehlenden Mut", mention: "Stadt" }]);
    expect(found("Sie sicherte dem Bürgermeister „rasche Hilfe beim Umbau“ zu.").map((q) => q.text)).toEqual(["rasche Hilfe beim Umbau"]);
  });

  it("a noun of saying attributes a fragment (`die Rede`)", () => {
    expect(found("In dem Brief an die Belegschaft war von einem „offenen und fairen Verfahren“ die Rede.").map((q) => q.text)).toEqual(["offenen und fairen Verfahren"]);
  });

  it("a source phrase before a name or a determiner is evidence, the adjective `laut` is not", () => {
    expect(found("Laut „Abendkurier“ war die Lage „unter Kontrolle“.").map((q) => q.text)).toEqual(["unter Kontrolle"]);
    expect(found("Im Saal wurde es laut, als die „Ratsreform“ zur Sprache kam.")).toEqual([]);
  });

  it("without any attribution word a fragment is a term", () => {
    expect(found("Der Verein baut eine „grüne Insel“ am Stadtrand.")).toEqual([]);
  });
});

describe("German speakers of the new cue verbs", () => {
  it("a capitalized role appositive after a full name", () => {
    expect(found("Karl Weber, Präsident der Universität Lindau, lobte den Neubau der Mensa als „großen Gewinn für alle Studierenden“.")).toEqual([
      { text: "großen Gewinn für alle Studierenden", mention: "Karl Weber" },
    ]);
  });

  it("a one-word subject before the verb is kept when the phrase after it is a capitalized object", () => {
    expect(found("Brandt nannte die Antwort Hellmanns eine „Ausrede“.")).toEqual([{ text: "Ausrede", mention: "Brandt" }]);
    expect(found("Ähnlich äußerte sich der Präsident Georg Lanz: „Wir werden das prüfen.“")).toEqual([{ text: "Wir werden das prüfen.", mention: "Georg Lanz" }]);
  });
});

describe("German compounds", () => {
  it("a quotation joined by a hyphen to the next word is part of a compound, cued or not", () => {
    expect(found("Die Parteichefin Ina Wolf lehnte eine „Ampel“-Koalition ab, sagte sie.")).toEqual([]);
    expect(found("Ein „Kurier“-Fotograf machte am Abend Bilder, sagte er.")).toEqual([]);
    expect(found("Der Parteisprecher sagte, eine „schwarz-gelbe“-Mehrheit sei möglich.")).toEqual([]);
  });
});
