import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";
import { readByline } from "../../src/lines/byline.js";

describe("readByline", () => {
  it("reads authors, place and source from a pipe-separated byline", () => {
    expect(readByline("By Jane Roe in Nairobi | The Daily Ledger | Updated: 2026-03-02 10:15", 4)).toEqual({
      authors: ["Jane Roe"],
      place: "Nairobi",
      source: "The Daily Ledger",
      raw: "By Jane Roe in Nairobi | The Daily Ledger | Updated: 2026-03-02 10:15",
      line: 4,
    });
  });

  it("splits several authors", () => {
    expect(readByline("By Ana Ruiz, Tom Berg and Li Wei", 2).authors).toEqual(["Ana Ruiz", "Tom Berg", "Li Wei"]);
  });

  it("gives an agency credit as the source, without authors", () => {
    expect(readByline("(AFP)", 9)).toMatchObject({ authors: [], place: null, source: "AFP" });
  });

  it("gives an organization after 'By' as the source", () => {
    expect(readByline("By The Associated Press", 3)).toMatchObject({ authors: [], source: "The Associated Press" });
  });

  it("reads German and French bylines", () => {
    expect(readByline("Von Karl Meier", 1).authors).toEqual(["Karl Meier"]);
    expect(readByline("Par Claire Dubois et Marc Petit", 1).authors).toEqual(["Claire Dubois", "Marc Petit"]);
  });
});

describe("a byline that is a name alone", () => {
  const page = (name: string) =>
    normalizeArticle(
      [
        "Il consiglio approva il piano per il porto",
        name,
        "12 ottobre 2025",
        "Il consiglio comunale ha approvato martedì sera il nuovo piano per il porto della città, dopo un lungo dibattito tra la maggioranza e l'opposizione.",
        "Il sindaco ha dichiarato che i lavori inizieranno in primavera e dureranno almeno due anni, con un costo stimato di quaranta milioni di euro.",
      ].join("\n\n"),
    );
  it("is the byline next to the date line, and names the author", () => {
    const article = page("Giulia Ferraresi");
    expect(article.lines.find((l) => l.text === "Giulia Ferraresi")?.kind).toBe("byline");
    expect(article.byline?.authors).toEqual(["Giulia Ferraresi"]);
  });
  it("keeps name particles and reads other scripts", () => {
    expect(page("Jan de Vries").byline?.authors).toEqual(["Jan de Vries"]);
    expect(page("Ирина Полозова").byline?.authors).toEqual(["Ирина Полозова"]);
  });
  it("is not a menu or section label, an acronym or glued words", () => {
    for (const label of ["Latest News", "Key Takeaways", "ML Tools", "Exploring Harbour Plans", "Wedding ChecklistsJust Engaged"]) {
      expect(page(label).lines.find((l) => l.text === label)?.kind).not.toBe("byline");
    }
  });
});

describe("a lower-case by-word before a name alone", () => {
  const kinds = (title: string, byline: string) =>
    normalizeArticle(
      [
        title,
        byline,
        "Consiliul local a aprobat marți seara noul plan pentru portul orașului, după o lungă dezbatere între majoritate și opoziție în sala de consiliu.",
        "Primarul a declarat că lucrările vor începe în primăvară și vor dura cel puțin doi ani, cu un cost estimat de patruzeci de milioane de euro.",
      ].join("\n\n"),
    );
  it("is the byline right under the headline, and the by-word is no part of the author", () => {
    const article = kinds("Consiliul local aprobă planul pentru port", "de Andreea Munteanu");
    expect(article.lines[2]!.kind).toBe("byline");
    expect(article.byline?.authors).toEqual(["Andreea Munteanu"]);
    expect(readByline("της Ελένης Παπαδοπούλου", 2).authors).toEqual(["Ελένης Παπαδοπούλου"]);
  });
  it("is read case-sensitively: a line opening with `De` is no byline", () => {
    expect(kinds("Consiliul local aprobă planul pentru port", "De Crăciun Primăria Mare").lines[2]!.kind).not.toBe("byline");
  });
});
