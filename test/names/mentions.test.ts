import { describe, expect, it } from "vitest";
import { names } from "./fixture.js";

const mentions = (text: string) => names(text).entities.flatMap((e) => e.mentions.map((m) => m.text));

describe("mention finder", () => {
  it("keeps roles and titles out of names and finds the names inside the role", () => {
    expect(mentions("Talks went on, Kremlin spokesman Dmitri Peskov told reporters.")).toEqual(expect.arrayContaining(["Kremlin", "Dmitri Peskov"]));
    const found = mentions("Earlier, UAE President Sheikh Mohamed bin Zayed Al Nahyan welcomed the guests.");
    expect(found).toContain("Mohamed bin Zayed Al Nahyan");
    expect(found).toContain("UAE");
    expect(found).not.toContain("Sheikh Mohamed bin Zayed Al Nahyan");
  });
  it("strips a demonym only before a role", () => {
    expect(mentions("Later, Chilean President Ana Morales met the European Union delegation.")).toEqual(["Ana Morales", "European Union"]);
  });
  it("leaves out sentence-initial common words, months and weekdays", () => {
    expect(mentions("The ministry said on Monday that Tomas Berg would visit in March. Details were scarce.")).toEqual(["Tomas Berg"]);
  });
  it("drops a sentence-initial word the text also uses in lowercase", () => {
    expect(mentions("Farmers protested. Many farmers came from Lyon.")).toEqual(["Lyon"]);
  });
  it("splits title-case headlines at common words", () => {
    expect(mentions("Berlin Says Talks With Warsaw Will Resume\n\nThe talks will resume soon.")).toEqual(["Berlin", "Warsaw"]);
  });
  it("cuts hyphen tails and possessives, and splits two known names joined by a hyphen", () => {
    expect(mentions("The Kyiv-based group backed Russia-Ukraine talks and Ukraine’s plan.")).toEqual(["Kyiv", "Russia", "Ukraine", "Ukraine"]);
  });
  it("keeps `of` inside organization and place names only", () => {
    expect(mentions("Ships crossed the Sea of Azov while Ana Silva of Lisbon watched.")).toEqual(["Sea of Azov", "Ana Silva", "Lisbon"]);
  });
  it("reports offsets into the text and line numbers", () => {
    const r = names("First line here.\nThen Marta Kowalska spoke.");
    const m = r.entities[0]!.mentions[0]!;
    expect(r.text.slice(m.start, m.end)).toBe("Marta Kowalska");
    expect(m.line).toBe(2);
  });
  it("finds names split by a line break in hard-wrapped copy as one mention", () => {
    const text = [
      "The committee of inquiry said on a cold morning that Volodymyr",
      "Zelensky had been informed of the results of the long review of",
      "the contracts signed for the reconstruction of the damaged roads",
      "in the region, and that a final report would be issued shortly.",
    ].join("\n");
    const r = names(text);
    const m = r.entities.find((e) => e.canonical === "Volodymyr Zelenskyy")?.mentions[0];
    expect(m?.text).toBe("Volodymyr\nZelensky");
    expect(m?.line).toBe(1);
  });
  it("never takes a mention from an excluded span", () => {
    expect(names("OSLO: Erna Solberg spoke.", {}, [], [{ start: 0, end: 5 }]).entities.map((e) => e.canonical)).toEqual(["Erna Solberg"]);
  });
  it("finds alias-table names in caseless scripts by dictionary", () => {
    const r = names("泽连斯基周一在基辅表示，谈判将继续。");
    expect(r.entities.map((e) => e.canonical)).toEqual(["Volodymyr Zelenskyy", "Kyiv"]);
    expect(names("قال مسؤول في كييف إن المحادثات ستستمر").entities.map((e) => e.canonical)).toEqual(["Kyiv"]);
  });
});
