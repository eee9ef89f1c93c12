// Checks of the attribution and speech rules added for polnear and German copy, and of the
// fast paths (prefilter, in-word apostrophes), on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { hasMarks } from "../../src/quotes/pairing.js";
import { WordFilter } from "../../src/quotes/prefilter.js";
import { tokenize } from "../../src/quotes/tokens.js";
import { checkOffsets, quotesOf, rows } from "./helpers.js";

function run(text: string, options: Parameters<typeof quotesOf>[1] = {}) {
  const quotes = quotesOf(text, options);
  checkOffsets(text, quotes);
  return rows(quotes);
}

const de = { language: "de" };

describe("fast paths", () => {
  it("the word filter misses no word of its set, in any case, and passes over others", () => {
    const f = new WordFilter(["said", "according", "erklärte"]);
    expect(f.mayHold("The mayor SAID nothing.", 0, 23)).toBe(true);
    expect(f.mayHold("Laut Plan Erklärte er", 0, 21)).toBe(true);
    expect(f.mayHold("The bridge opens in May.", 0, 24)).toBe(false);
    // Words are cut as the tokenizer cuts them: `said-so` is one word, not `said`.
    expect(f.mayHold("a said-so rule", 0, 14)).toBe(false);
    // Only the range is read.
    expect(f.mayHold("bridge said", 0, 6)).toBe(false);
  });

  it("lower case of plain words is the word itself, and upper case is folded", () => {
    const [a, b, c] = tokenize("rain Über U.S.", 0, 14);
    expect(a!.lower).toBe("rain");
    expect(b!.lower).toBe("über");
    expect(c!.lower).toBe("u.s.");
  });

  it("an apostrophe inside a word is no mark to pair", () => {
    expect(hasMarks("Ukraine's harbour isn't open", 0, 28)).toBe(false);
    expect(hasMarks("the 'harbour' is open", 0, 21)).toBe(true);
    expect(hasMarks("Lena’s boat", 0, 11)).toBe(false);
  });

  it("a megabyte of quote marks stays fast", () => {
    const text = "\"\u201C".repeat(512 * 1024);
    const t0 = performance.now();
    expect(quotesOf(text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("speaker rules", () => {
  it("a pronoun in a clause after the subject is the subject", () => {
    const [q] = run("Chief inspector Dana Whitfield condemned what she called a “reckless gamble” with public money.");
    expect(q).toMatchObject({ text: "reckless gamble", mention: "Dana Whitfield" });
    // The same pronoun twice: the first one, the sentence's subject.
    const [r] = run("Whitfield spoke on Monday.\nShe said she recalled the board being “confused” at first.");
    expect(r).toMatchObject({ text: "confused", mention: "She" });
  });

  it("a short paragraph ending with a colon announces the quotation after it", () => {
    const [q] = run("He said:\n\u201CWe have a plan for the harbour, and it will work.\u201D");
    expect(q).toMatchObject({ mention: "He" });
  });

  it("a colon after an object: the clause's subject speaks", () => {
    const [q] = run("Mayor Tom Reyes had a short message for the voters of the district: “Stay home tonight and keep warm.”");
    expect(q).toMatchObject({ speaker: "Tom Reyes", cue: ":" });
  });

  it("a quotation without a cue shares the cue after the next one in its sentence", () => {
    const quotes = run("Die „müden Soldaten“ hätten „alles falsch gemacht“, so Huber.", de);
    expect(quotes.map((q) => q.speaker)).toEqual(["Huber", "Huber"]);
  });

  it("verb second after a fronted prepositional phrase", () => {
    const [q] = run("In seiner wöchentlichen Ansprache begründete der Präsident Paulo Ramos seine Haltung: „Wir brauchen mehr Ethanol.“", de);
    expect(q).toMatchObject({ speaker: "Paulo Ramos" });
  });

  it("a fronted adverb before the verb is no speaker", () => {
    const [q] = run("Ähnlich äußerte sich der Minister Georg Bauer: „Wir haben die Lage im Griff.“", de);
    expect(q).toMatchObject({ speaker: "Georg Bauer" });
  });

  it("an expletive `es` is no speaker: the prepositional phrase names the source", () => {
    const [q] = run("In dem Antrag der Fraktion heißt es: „Die Einstufung ist falsch.“", de);
    expect(q?.mention).toMatch(/Antrag/u);
  });

  it("a separable verb before the colon: the clause's subject speaks", () => {
    const [q] = run("Die Prüfer der Stadt werfen den Ämtern vor: „Eine Kontrolle findet kaum statt.“", de);
    expect(q?.mention).toMatch(/Prüfer/u);
  });
});

describe("names of things in German copy", () => {
  it("title case is a name, even with a pronoun in it", () => {
    expect(run("Die Auslosung für den „Grand Prix du Lac de Bienne“ ergab folgende Paarungen: Bern gegen Biel.", de)).toEqual([]);
    expect(run("Er spielte in „She Knows It“ (2004) eine kleine Rolle.", de)).toEqual([]);
  });

  it("a web address, a label's text and a work after a compound noun are names", () => {
    expect(run("Das meldete die Seite „nachrichten.example.org“ am Abend.", de)).toEqual([]);
    expect(run("Die Firma (Motto: „Wir räumen auf“) schwieg.", de)).toEqual([]);
    expect(run("Danach zeigte er seine Klima-Dokumentation „Ein kalter Winter“ im Saal.", de)).toEqual([]);
  });

  it("what a speaker calls something is a quotation", () => {
    const [q] = run("Der Sprecher bezeichnete das Schreiben als „Unverschämtheit“ und kündigte Schritte an.", de);
    expect(q).toMatchObject({ text: "Unverschämtheit", speaker: "Sprecher" });
  });
});

describe("cue words used as nouns", () => {
  it("after a possessive a cue word is a noun, not a cue", () => {
    const quotes = run("Campaign spokesman Ray Dunn called Lee's remarks “pathetic” and “dangerous.”");
    expect(quotes.map((q) => q.speaker)).toEqual(["Ray Dunn", "Ray Dunn"]);
    const [q] = run("The council said her claims “rest on no facts at all,” in a statement.");
    expect(q).toMatchObject({ mention: "The council", cue: "said" });
  });
});
