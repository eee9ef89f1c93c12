// A surname that is also a month in some language (`Maio`, `Mayo`) after a name particle.
// Sentences made up for these tests.
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";

const names = (text: string) => normalizeArticle(text).entities.map((e) => e.canonical);

describe("a month word inside a name", () => {
  it("is the surname, not a break in the name", () => {
    expect(names("Notizie del giorno\n\nIl senatore Paolo Di Maio ha incontrato ieri a Roma il sindaco della città.")).toContain("Paolo Di Maio");
    expect(names("Noticias\n\nEl alcalde Pedro De Mayo visitó ayer la ciudad con su equipo de trabajo.")).toContain("Pedro De Mayo");
  });

  it("is a given name or a surname when no date follows it", () => {
    expect(names("News\n\nThe minister, Jan Kowalski, said on Monday that the talks will resume in the spring.")).toContain("Jan Kowalski");
    expect(names("News\n\nThe pianist Li Jun said on Monday that the orchestra will tour again next year.")).toContain("Li Jun");
    expect(names("Noticias\n\nLa alcaldesa Ana Mar Roldán visitó ayer la ciudad con su equipo de trabajo.")).toContain("Ana Mar Roldán");
  });

  it("is a date after a name when a number follows, and opening a sequence", () => {
    expect(names("News\n\nThe council met Jane Roe on Tuesday, and it will meet Dan Cole May 5 in the city hall.")).toContain("Dan Cole");
    expect(names("News\n\nIn March Jane Roe said that the plan for the city was ready to go ahead.")).toContain("Jane Roe");
  });

  it("stays a date after a capitalized noun (German `Ende April`)", () => {
    expect(names("Nachrichten\n\nDer Stadtrat will Ende April über den Plan abstimmen, sagte Anna Roth am Montag.")).not.toContain("Ende April");
  });

  it("is a surname after a given name where capitals mark names (`Theresa May`)", () => {
    expect(names("News\n\nPrime Minister Nora May said on Tuesday that the vote would go ahead. Nora May later met the mayor.")).toContain("Nora May");
    expect(names("News\n\nThe singer Rita June opened the festival on Friday with a new song.")).toContain("Rita June");
  });

  it("is no surname in a Title Case headline, after a word that places a time, or in German", () => {
    expect(names("Roe May Win Seat In Spring Vote\n\nThe council said on Monday that Jane Roe is likely to win the seat.")).not.toContain("Roe May");
    expect(names("News\n\nThe hall will reopen in Early May, Jane Roe said on Monday.")).not.toContain("Early May");
    expect(names("Nachrichten\n\nDie Ausstellung endet im Monat Juli, sagte Anna Roth am Montag.")).not.toContain("Monat Juli");
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

describe("a determiner or pronoun closing a run of capitals", () => {
  it("opens the next sentence and is left out of the name (a heading glued to its paragraph)", () => {
    const found = names("Ideas\n\nPaper Lantern Kit This quick project takes an hour. The team met in Washington D.C. He said the plan was ready.");
    expect(found).toContain("Paper Lantern Kit");
    expect(found).toContain("Washington D.C.");
    expect(found.some((n) => /\b(This|He)$/u.test(n ?? ""))).toBe(false);
  });

  it("stays in a name where it is a letter or in capitals", () => {
    expect(names("Calcio\n\nLa Serie A riprende domenica con sei partite, ha detto ieri la lega.")).toContain("Serie A");
    expect(names("News\n\nThe union UNITE HERE said on Monday that the strike would go on.")).toContain("UNITE HERE");
  });
});
