// A surname that is also a month in some language (`Maio`, `Mayo`) after a name particle.
// Sentences made up for these tests.
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";

const names = (text: string) => normalizeArticle(text).entities.map((e) => e.canonical);

describe("a month word after a name particle", () => {
  it("is the surname, not a break in the name", () => {
    expect(names("Notizie del giorno\n\nIl senatore Paolo Di Maio ha incontrato ieri a Roma il sindaco della città.")).toContain("Paolo Di Maio");
    expect(names("Noticias\n\nEl alcalde Pedro De Mayo visitó ayer la ciudad con su equipo de trabajo.")).toContain("Pedro De Mayo");
  });

  it("still ends a name when no particle comes before it", () => {
    expect(names("News\n\nThe council met Jane Roe in March to discuss the plan for the city.")).toContain("Jane Roe");
    expect(names("News\n\nThe council met Jane Roe in March to discuss the plan for the city.")).not.toContain("Jane Roe March");
  });
});

describe("place names that open with their head word", () => {
  const typed = (text: string) => Object.fromEntries(normalizeArticle(text).entities.map((e) => [e.canonical, e.type]));

  it("are places in the Romance languages (`Valle d'Aosta`, `Lago de …`)", () => {
    const it = typed("Notizie\n\nLa Valle d'Aosta chiede più fondi per le strade di montagna, ha detto ieri il presidente.");
    expect(it["Valle d'Aosta"]).toBe("place");
    const es = typed("Noticias\n\nEl ministro visitó ayer el Lago de Sanabria con la alcaldesa y su equipo.");
    expect(es["Lago de Sanabria"]).toBe("place");
  });

  it("only in first position: a surname that is also a place word stays a person", () => {
    expect(typed("Nachrichten\n\nAm Tegernsee wurde gestern gefeiert, sagte Anna Meer am Abend.")["Anna Meer"]).toBe("person");
  });
});
