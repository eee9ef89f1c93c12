// German speaker attribution: word order (verb second, verb final, fronted objects), hearsay and
// passive cues, expletive `es`, quoting verbs, genitive and adjective phrases. Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf, rows } from "./helpers.js";

const de = { language: "de" };

function mention(text: string): (string | null)[] {
  const quotes = quotesOf(text, de);
  checkOffsets(text, quotes);
  return rows(quotes).map((r) => r.mention);
}

describe("German speakers", () => {
  it("a verb-final clause and an inverted cue after the quotation", () => {
    expect(mention("„Wir bauen die Brücke neu“, wie die Bürgermeisterin am Montag sagte.")).toEqual(["die Bürgermeisterin"]);
    expect(mention("„Der Termin steht“, wie der Sprecher der Stadtwerke hinzufügte.")).toEqual(["der Sprecher der Stadtwerke"]);
    expect(mention("„Der Termin steht“, sagte Jana Roth.")).toEqual(["Jana Roth"]);
  });

  it("a sentence that continues after a quotation closed with a period", () => {
    expect(mention("„Die Schule ist gut angekommen.“ erklärte Schulleiterin Petra Lind.")).toEqual(["Schulleiterin Petra Lind"]);
  });

  it("an expletive `es` is no speaker: the source after it or before it speaks", () => {
    expect(mention("„Der Zeitplan hält“, hieß es in einer Mitteilung des Verbands.")).toEqual(["einer Mitteilung des Verbands"]);
    expect(mention("„Alles läuft nach Plan“, hieß es vom Sprecher der Messe.")).toEqual(["Sprecher der Messe"]);
    expect(mention("In dem Rundschreiben heißt es: „Die Kantine bleibt geschlossen.“")).toEqual(["Rundschreiben"]);
  });

  it("hearsay phrases name the source", () => {
    expect(mention("Nach Auffassung des Stadtrats ist der Plan „nicht haltbar“.")).toEqual(["Stadtrats"]);
    expect(mention("Nach Ansicht der Gutachterin sei der Bau „solide“.")).toEqual(["Gutachterin"]);
  });

  it("a determiner and adjectives before a capitalized noun make one phrase", () => {
    expect(mention("Nach dem Treffen sprach der finnische Minister von einem „guten Tag“.")).toEqual(["der finnische Minister"]);
    expect(mention("In seiner Rede begründete der neue Vorsitzende den Schritt so: „Wir müssen sparen.“")).toEqual(["der neue Vorsitzende"]);
  });

  it("a noun with a genitive owner speaks, not the owner", () => {
    expect(mention("Der Geschäftsführer des Vereins nannte sie „voreilig“.")).toEqual(["Der Geschäftsführer des Vereins"]);
  });

  it("fronted objects and datives do not speak", () => {
    expect(mention("Die Pläne der Stadt bezeichnete er als „unausgegoren“.")).toEqual(["er"]);
    expect(mention("Der örtlichen Zeitung sagte Karl Weber: „Ich bleibe im Amt.“")).toEqual(["Karl Weber"]);
    expect(mention("Der Landesverband lobte den neuen Tarif als „großen Schritt“.")).toEqual(["Landesverband"]);
  });

  it("a second verb after `und` shares the sentence's subject", () => {
    expect(mention("Die Reederei dementierte den Bericht und nannte ihn „reine Spekulation“.")).toEqual(["Reederei"]);
  });

  it("a fronted adverb is no speaker", () => {
    expect(mention("Einschränkend fügte Jana Roth hinzu: „Das gilt nur für dieses Jahr.“")).toEqual(["Jana Roth"]);
  });

  it("a number noun and a capitalized particle open speaker phrases", () => {
    expect(mention("Der Brief liegt vor. Der 41-Jährige habe darin geschrieben, er wolle „neu anfangen“.")).toEqual(["Der 41-Jährige"]);
    expect(mention("Das Amt tagte. Von der Heide betonte, die Kosten seien „viel zu hoch“.")).toEqual(["Von der Heide"]);
  });

  it("the subject of reported speech is its topic, not its speaker", () => {
    const text = "Die Prüferin Anna Berg sagte: „Wir haben genau geprüft.“ Die Zahlen seien „nicht belastbar“.";
    expect(mention(text)).toEqual(["Prüferin Anna Berg", "Prüferin Anna Berg"]);
  });

  it("quoting verbs: the quoted one speaks", () => {
    expect(mention("Das Lokalblatt zitiert einen Anwohner mit den Worten: „Es war laut.“")).toEqual(["Anwohner"]);
    expect(mention("„Es war laut“, zitierte man Karl Weber vom Sender.")).toEqual(["Karl Weber"]);
    expect(mention("„Es war laut“, zitiert lokal.de Feuerwehrsprecher Karl Weber.")).toEqual(["Feuerwehrsprecher Karl Weber"]);
  });

  it("`so` before an inverted cue verb leads to the verb's subject", () => {
    expect(mention("„Er ist ein harter Verhandler“, so beschrieb ihn der Betriebsrat Karl Weber.")).toEqual(["Betriebsrat Karl Weber"]);
  });
});
