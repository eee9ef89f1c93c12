// A ministry or body after a role joined by an elided article or preposition (Italian `dell'`,
// `all'`, French `de l'`, `d'`): the entity is the person's name alone. Sentences made up for
// these tests.
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";
import { buildSegments } from "../../src/names/segments.js";
import { tokenize } from "../../src/names/tokens.js";
import type { Line } from "../../src/schema/article.js";
import { TEST_DEPS } from "./fixture.js";

function tokensOf(text: string) {
  const line: Line = { n: 1, start: 0, end: text.length, text, kind: "body", reasons: [] };
  return tokenize(text, buildSegments([line], []), TEST_DEPS.lexicon).tokens;
}

function entities(body: string): string[] {
  return normalizeArticle(`Notizie del giorno\n\n${body}`).entities.map((e) => `${e.canonical} [${e.type}]`);
}

function names(body: string): string[] {
  return normalizeArticle(`Notizie del giorno\n\n${body}`).entities.map((e) => e.canonical);
}

describe("elided connectors in the tokenizer", () => {
  it("keeps an elided connector as a token of its own, the name after it joined to it", () => {
    const tokens = tokensOf("il ministro dell'Economia Paolo Ferrante e la ministre de l’Économie Claire Dubois");
    const dell = tokens.find((t) => t.text === "dell'");
    expect(dell?.upper).toBe(false);
    expect(tokens[tokens.indexOf(dell!) + 1]).toMatchObject({ text: "Economia", gapBefore: false });
    // The typographic apostrophe reads as `'`.
    const l = tokens.find((t) => t.text === "l'");
    expect(tokens[tokens.indexOf(l!) - 1]?.text).toBe("de");
    expect(tokens[tokens.indexOf(l!) + 1]).toMatchObject({ text: "Économie", gapBefore: false });
  });
  it("still only separates a name after an elided word the finder does not read", () => {
    const tokens = tokensOf("Vive nell'Aquila e lavora sull'Arno");
    expect(tokens.map((t) => t.text)).not.toContain("nell'");
    expect(tokens.find((t) => t.text === "Aquila")?.gapBefore).toBe(true);
    expect(tokens.find((t) => t.text === "Arno")?.gapBefore).toBe(true);
  });
  it("never splits a capitalized elision inside a surname", () => {
    const tokens = tokensOf("Carlo D'Amato, Sean O'Hara e Marco Dell'Orto");
    expect(tokens.filter((t) => t.upper).map((t) => t.text)).toEqual(["Carlo", "D'Amato", "Sean", "O'Hara", "Marco", "Dell'Orto"]);
  });
});

describe("a ministry or body after a role and an elided connector", () => {
  it("is no part of the person's name (Italian)", () => {
    const found = names("Il ministro dell'Economia Paolo Ferrante ha presentato martedì la manovra ai sindacati a Roma.");
    expect(found).toContain("Paolo Ferrante");
    expect(found.join(" | ")).not.toMatch(/Economia/u);
    expect(names("Il ministro dell’Economia Paolo Ferrante ha parlato martedì a Roma.")).toContain("Paolo Ferrante");
    expect(names("Il sottosegretario all'Economia Luca Moretti ha risposto in aula martedì.")).toEqual(["Luca Moretti"]);
    expect(names("La ministra dell'Università Carla Ferri ha visitato l'ateneo giovedì.")).toEqual(["Carla Ferri"]);
  });
  it("is no part of the person's name (French)", () => {
    const found = names("La ministre de l'Économie Claire Dubois a présenté mardi le budget devant les députés.");
    expect(found).toContain("Claire Dubois");
    expect(found.join(" | ")).not.toMatch(/Économie/u);
    expect(names("Le ministre de l'Intérieur Marc Lefort et la secrétaire d'État Anne Vidal sont arrivés mardi.")).toEqual([
      "Marc Lefort",
      "Anne Vidal",
    ]);
  });
  it("splits a body of one word from the name after it", () => {
    expect(entities("Il presidente dell'Inps Marta Galli ha parlato lunedì ai deputati.")).toEqual(
      expect.arrayContaining(["Marta Galli [person]", "Inps [other]"]),
    );
    expect(names("Il sindaco dell'Aquila Pietro Conti ha parlato lunedì ai cittadini.")).toEqual(["Aquila", "Pietro Conti"]);
    expect(names("The mayor of Springfield Jane Roe met the envoy of the United Kingdom John Doe on Monday.")).toEqual([
      "Springfield",
      "Jane Roe",
      "United Kingdom",
      "John Doe",
    ]);
  });
  it("splits a body of two words joined by an elided connector, and types it as no person", () => {
    expect(entities("Il governatore della Banca d'Italia Fabio Serra ha parlato lunedì agli analisti.")).toEqual(
      expect.arrayContaining(["Banca d'Italia [other]", "Fabio Serra [person]"]),
    );
    expect(entities("Le Conseil d'État a rendu mardi sa décision.")).toEqual(["Conseil d'État [other]"]);
  });
  it("reads the full Italian prepositions as connectors too", () => {
    expect(names("Il ministro degli Esteri Antonio Ferri ha parlato lunedì ai giornalisti.")).toEqual(["Antonio Ferri"]);
    expect(names("Il presidente di Confartigianato Marco Gialli ha parlato lunedì ai giornalisti.")).toEqual(["Confartigianato", "Marco Gialli"]);
  });
  it("splits the body after a role inside the sequence too (German genitive)", () => {
    expect(names("Der Präsident der Ukraine Wolodymyr Selenskyj sagte am Montag, Finanzminister Karl Weber sei in Berlin.")).toEqual(
      expect.arrayContaining(["Ukraine", "Volodymyr Zelenskyy", "Karl Weber", "Berlin"]),
    );
  });
  it("leaves a name of three words after no role whole", () => {
    expect(names("The wife of John Fitzgerald Kennedy spoke on Monday.")).toContain("John Fitzgerald Kennedy");
  });
  it("leaves the neighbours as they were: surnames with an apostrophe, places after elided prepositions", () => {
    const found = names("Carlo D'Amato ha incontrato Marco Dell'Orto e Sean O'Hara a Roma, poi è partito per l'Abruzzo.");
    expect(found).toEqual(expect.arrayContaining(["Carlo D'Amato", "Marco Dell'Orto", "Sean O'Hara", "Roma", "Abruzzo"]));
    expect(names("Il convegno si è tenuto nell'Aquila, e i relatori sono arrivati dell'Aquila a Roma.")).toEqual(
      expect.arrayContaining(["Aquila", "Roma"]),
    );
  });
  it("joins a lowercase `d'` particle inside a name, as `de` is (it used to cut the name in two)", () => {
    expect(names("Valéry Dumont d'Estaing a parlé lundi à Paris.")).toContain("Valéry Dumont d'Estaing");
  });
});

describe("the speaker of a quotation", () => {
  function speakers(body: string): (string | undefined)[] {
    return normalizeArticle(`Notizie del giorno\n\n${body}`).quotes.map((q) => q.speaker?.name);
  }
  it("is the person's name alone after a role and an elided ministry", () => {
    expect(speakers("«Il piano è pronto», ha detto il ministro dell'Economia Giancarlo Giorgetti.")).toEqual(["Giancarlo Giorgetti"]);
    expect(speakers("«I conti tornano», ha detto la ministra dell'Economia Paola Neri.")).toEqual(["Paola Neri"]);
    expect(speakers("« Le budget est prêt », a déclaré la ministre de l'Économie Claire Dubois.")).toEqual(["Claire Dubois"]);
  });
});
