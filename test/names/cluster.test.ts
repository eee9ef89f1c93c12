import { describe, expect, it } from "vitest";
import { names, summary } from "./fixture.js";

describe("clustering", () => {
  it("joins short forms to the one full name", () => {
    expect(summary(names("Reporters met Anna Kovalenko on Monday. Later, Kovalenko spoke again."))).toEqual([
      "Anna Kovalenko [person]: Anna Kovalenko | Kovalenko",
    ]);
  });
  it("leaves a surname alone when two people share it", () => {
    const found = summary(names("Reporters met Anna Kovalenko and Petro Kovalenko on Monday. Later, Kovalenko spoke."));
    expect(found).toContain("Kovalenko [other]: Kovalenko");
  });
  it("joins transliteration variants of one person, first name and surname together", () => {
    const r = names("Reporters met Mykola Hrytsenko on Monday. On Tuesday, Nikolai Gritsenko met Mykola Hrytsenko's team.");
    expect(summary(r)).toEqual(["Mykola Hrytsenko [person]: Mykola Hrytsenko | Nikolai Gritsenko"]);
    expect(r.entities[0]!.merges).toEqual([{ variant: "Nikolai Gritsenko", into: "Mykola Hrytsenko", how: "given-name" }]);
  });
  it("keeps apart people whose first names differ", () => {
    expect(summary(names("Reporters met Ivan Bondar on Monday and Oleh Bondar on Tuesday.")).length).toBe(2);
  });
  it("joins through the alias table and records it", () => {
    const r = names("Shelling hit Artemovsk on Monday. Residents left Bakhmut on Tuesday.");
    expect(summary(r)).toEqual(["Bakhmut [place]: Artemovsk | Bakhmut"]);
    expect(r.entities[0]!.variants).toEqual(["Artemovsk", "Bakhmut"]);
    expect(r.entities[0]!.merges?.[0]?.how).toBe("alias-table");
  });
  it("never merges a person with a city", () => {
    const r = names("Talks went on, spokesman Dmitry Peskov said. Later, Peskov flew to Pskov.");
    expect(summary(r)).toEqual(["Dmitry Peskov [person]: Dmitry Peskov | Peskov", "Pskov [place]: Pskov"]);
  });
  it("keeps an ambiguous table name unresolved", () => {
    const r = names("Voters in Georgia went to the polls.");
    expect(r.entities.map((e) => [e.canonical, e.merges])).toEqual([["Georgia", []]]);
  });
});

describe("short forms and look-alikes", () => {
  it("does not take a word merely similar to a surname for a short form", () => {
    const r = names("Reporters met Ivan Peskarov on Monday. Later, Peskorov officials spoke.");
    expect(r.entities.map((e) => e.canonical)).toEqual(["Ivan Peskarov", "Peskorov"]);
  });
});
