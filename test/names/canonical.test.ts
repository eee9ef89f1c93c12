import { describe, expect, it } from "vitest";
import { baseForm, canonicalOf, policySpelling } from "../../src/names/canonical.js";
import type { Cluster, Form } from "../../src/names/cluster.js";
import { nameKeys } from "../../src/names/key.js";

const form = (index: number, surface: string, count: number, first: number): Form => ({
  index, surface, words: surface.split(" "), keys: nameKeys(surface), alias: null, type: "person", count, first,
});

describe("canonical choice", () => {
  it("takes the policy's spelling of an alias entry", () => {
    const entry = { canonical: "Odesa", type: "place" as const, variants: ["Odessa"], spellings: { "english-press": "Odessa" } };
    expect(policySpelling(entry, "official")).toBe("Odesa");
    expect(policySpelling(entry, "english-press")).toBe("Odessa");
  });
  it("takes the fullest, then most frequent spelling of a person", () => {
    const cluster: Cluster = { forms: [form(0, "Berg", 5, 0), form(1, "Anna Berg", 1, 10), form(2, "Anna Bergh", 2, 20)], edges: [], alias: null, type: "person" };
    expect(baseForm(cluster).surface).toBe("Anna Bergh");
    expect(canonicalOf(cluster, "official")).toBe("Anna Bergh");
  });
});
