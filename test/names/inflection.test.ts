import { describe, expect, it } from "vitest";
import { nameLemmas, wordLemmas } from "../../src/names/inflection.js";
import { names, summary } from "./fixture.js";

describe("wordLemmas", () => {
  it("proposes dictionary forms of Russian and Ukrainian case forms", () => {
    expect(wordLemmas("Пескова")).toContain("Песков");
    expect(wordLemmas("Зеленского")).toContain("Зеленский");
    expect(wordLemmas("России")).toContain("Россия");
    expect(wordLemmas("Зеленському")).toContain("Зеленський");
    expect(wordLemmas("Kyiv")).toEqual([]);
  });
  it("combines the words of a name", () => {
    expect(nameLemmas("Дмитрием Песковым")).toContain("Дмитрий Песков");
  });
});

describe("inflected names in an article", () => {
  it("join their dictionary form and the alias table", () => {
    const r = names("Журналисты говорили с Андреем Орловым. По словам Орлова, Андрей Орлов уедет в Россию.");
    expect(summary(r)).toEqual(["Андрей Орлов [person]: Андреем Орловым | Орлова | Андрей Орлов", "Russia [place]: Россию"]);
    expect(r.entities[0]!.merges?.map((m) => m.how)).toEqual(["inflection", "inflection"]);
  });
});
