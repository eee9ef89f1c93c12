import { describe, expect, it } from "vitest";
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
