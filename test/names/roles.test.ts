import { describe, expect, it } from "vitest";
import { buildSegments } from "../../src/names/segments.js";
import { splitRoles } from "../../src/names/roles.js";
import { tokenize } from "../../src/names/tokens.js";
import type { Line } from "../../src/schema/article.js";
import { TEST_DEPS } from "./fixture.js";
import { normalizeArticle } from "../../src/index.js";

const lex = TEST_DEPS.lexicon;

function pieces(phrase: string): [string, boolean][] {
  const line: Line = { n: 1, start: 0, end: phrase.length, text: phrase, kind: "body", reasons: [] };
  const { tokens } = tokenize(phrase, buildSegments([line], []), lex);
  return splitRoles(tokens, 0, tokens.length, lex).map((p) => [tokens.slice(p.from, p.to).map((t) => t.text).join(" "), p.afterRole]);
}

describe("splitRoles", () => {
  it("drops roles and keeps names in the role prefix", () => {
    expect(pieces("UAE President Sheikh Mohamed bin Zayed")).toEqual([
      ["UAE", false],
      ["Mohamed bin Zayed", true],
    ]);
  });
  it("treats a demonym as part of a role only before one", () => {
    expect(pieces("Chilean President Ana Morales")).toEqual([["Ana Morales", true]]);
    expect(pieces("European Union")).toEqual([["European Union", false]]);
  });
  it("trims trailing roles", () => {
    expect(pieces("United States Special Envoy")).toEqual([["United States", false]]);
  });
  it("splits an organization head from a person's name after it", () => {
    expect(pieces("Defense Council Rustam Orlov")).toEqual([
      ["Defense Council", false],
      ["Rustam Orlov", true],
    ]);
  });
});

describe("a ministry between a role and a name", () => {
  function entities(text: string): string[] {
    return normalizeArticle(text).entities.map((e) => e.canonical);
  }
  it("is no part of the person's name, across the role's connector or inside the sequence", () => {
    expect(entities("Talks resume\n\nMinister of Foreign Affairs Sergei Lavrov met Secretary of State Antony Blinken in Geneva on Monday, officials said.")).toEqual(
      expect.arrayContaining(["Sergei Lavrov", "Antony Blinken"]),
    );
    expect(entities("El plan\n\nLa ministra de Hacienda María Jesús Montero habló el martes ante el Congreso de los Diputados en Madrid sobre el plan.")).toContain(
      "María Jesús Montero",
    );
  });
  it("stays when no name follows it (`Secretary of State`, `Department of Justice`)", () => {
    expect(entities("Talks resume\n\nThe Department of Homeland Security said on Monday that the talks with the Secretary of State would resume soon.")).not.toContain("Security");
  });
  it("set off by commas, a ministry alone after its role is no entity (`ministre de la Santé, Paul Martin`)", () => {
    expect(entities("Le plan\n\nLe ministre de la Santé, Paul Martin, a présenté lundi un plan pour les hôpitaux.")).toEqual(["Paul Martin"]);
    expect(entities("La reforma\n\nLa ministra de Trabajo, Ana López, defendió el miércoles la reforma ante la prensa.")).toEqual(["Ana López"]);
    expect(entities("La manovra\n\nIl ministro dell'Economia, Marco Rossi, ha detto martedì che la manovra è pronta.")).toEqual(["Marco Rossi"]);
    // Not a role before it: the word stays a name.
    expect(entities("Le plan\n\nPaul Martin a visité Santé, une petite ville, lundi dernier avec sa famille.")).toContain("Santé");
  });
  it("drops a sentence's first word before a known given name (`Novelist Maria Pike`), not a place's (`South Carolina`)", () => {
    expect(entities("A reading\n\nNovelist Maria Pike read from her new book on Friday in the town library.")).toEqual(["Maria Pike"]);
    expect(entities("A reading\n\nMore Maria Pike readers arrived on Friday at the town library.")).toEqual(["Maria Pike"]);
    expect(entities("The vote\n\nSouth Carolina voters went to the polls on Saturday in large numbers.")).toContain("South Carolina");
  });
});
