import { describe, expect, it } from "vitest";
import { buildAliasIndex } from "../../src/names/alias-index.js";
import { compareNames } from "../../src/names/compare.js";
import { TEST_ALIASES } from "./fixture.js";

const index = buildAliasIndex(TEST_ALIASES);
const bare = buildAliasIndex([]);

describe("compareNames", () => {
  it("joins by the alias table first", () => {
    expect(compareNames({ name: "Artemovsk", type: "place" }, { name: "Bakhmut", type: "place" }, index)).toBe("alias-table");
    expect(compareNames({ name: "Artemovsk", type: "place" }, { name: "Bakhmut", type: "place" }, bare)).toBeNull();
  });
  it("joins by key, similarity, given name and short form without a table", () => {
    expect(compareNames({ name: "Oleksandr Syrskyi", type: "person" }, { name: "Oleksandr Syrsky", type: "person" }, bare)).toBe("translit-key");
    expect(compareNames({ name: "Kharkov", type: "place" }, { name: "Kharkiv", type: "place" }, bare)).toBe("similarity");
    expect(compareNames({ name: "Kirill Budanov", type: "person" }, { name: "Kyrylo Budanov", type: "person" }, bare)).toBe("given-name");
    expect(compareNames({ name: "Budanov", type: "person" }, { name: "Kyrylo Budanov", type: "person" }, bare)).toBe("short-form");
  });
  it("requires the types to agree", () => {
    expect(compareNames({ name: "Peskov", type: "person" }, { name: "Pskov", type: "place" }, index)).toBeNull();
    expect(compareNames({ name: "Jordan", type: "place" }, { name: "Jordan", type: "person" }, bare)).toBeNull();
  });
  it("does not resolve a name the table lists twice", () => {
    expect(index.lookup("Georgia")).toBeNull();
    expect(compareNames({ name: "Georgia", type: "place" }, { name: "Sakartvelo", type: "place" }, index)).toBeNull();
  });
});

describe("alias index", () => {
  it("looks up by exact spelling and by key, preferring user entries", () => {
    expect(index.lookup("Kiew")?.entry.canonical).toBe("Kyiv");
    expect(index.lookup("Bakhmout")?.entry.canonical).toBe("Bakhmut");
    expect(index.lookup("Kyjiv")).toBeNull();
    const merged = buildAliasIndex(TEST_ALIASES, [{ canonical: "Kyiv", type: "place", variants: ["Kyjiw"] }]);
    expect(merged.lookup("Kyjiw")?.user).toBe(true);
    expect(merged.lookup("Kiev")).toBeNull();
  });
  it("lists caseless-script spellings by first character", () => {
    expect(index.caseless.get("基")?.map((s) => s.text)).toEqual(["基辅"]);
  });
});

describe("alias index on acronyms", () => {
  it("matches acronyms by exact spelling only", () => {
    const table = buildAliasIndex([{ canonical: "Armed Forces of Ukraine", type: "organization", variants: ["ZSU", "ЗСУ"] }]);
    expect(table.lookup("ZSU")?.entry.canonical).toBe("Armed Forces of Ukraine");
    expect(table.lookup("Soo")).toBeNull();
    expect(table.lookup("ZCU")).toBeNull();
  });
});
