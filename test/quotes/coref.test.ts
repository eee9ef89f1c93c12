import { describe, expect, it } from "vitest";
import { findFullName, SpeakerMemory, spellingKey } from "../../src/quotes/coref.js";

describe("findFullName", () => {
  it("finds the fullest form on demand, across spellings", () => {
    const text = "Mayor Olena Kovalenko spoke first.\nLater Kovalenkko answered.";
    expect(findFullName(text, "Kovalenkko")).toBe("Olena Kovalenko");
    expect(findFullName(text, "Marsh")).toBeNull();
  });
  it("merges spellings of one surname under one key", () => {
    expect(spellingKey("Kovalenko")).toBe(spellingKey("Kovalenkko"));
    expect(spellingKey("Petrovskiy")).toBe(spellingKey("Petrovsky"));
  });
});

describe("SpeakerMemory", () => {
  const text = "Leon Marsh said one thing. A port official said another. He added more. The official said more.";
  it("resolves pronouns to the last person and definite nominals to their earlier mention", () => {
    const memory = new SpeakerMemory(text);
    const at = (w: string) => text.indexOf(w);
    memory.resolve({ start: at("Leon"), end: at("Leon") + 10, kind: "person", name: "Leon Marsh", head: "marsh", definite: false }, 0);
    memory.resolve({ start: at("A port"), end: at("A port") + 15, kind: "nominal", name: "port official", head: "official", definite: false }, 0);
    const he = memory.resolve({ start: at("He"), end: at("He") + 2, kind: "pronoun", name: "He", head: "he", definite: true }, 0);
    expect(he?.name).toBe("Leon Marsh");
    expect(he?.mention).toEqual({ start: at("He"), end: at("He") + 2 });
    const official = memory.resolve({ start: at("The official"), end: at("The official") + 12, kind: "nominal", name: "official", head: "official", definite: true }, 0);
    expect(official?.name).toBe("port official");
  });
  it("keeps an unresolved pronoun as its own mention", () => {
    const memory = new SpeakerMemory("she said");
    expect(memory.resolve({ start: 0, end: 3, kind: "pronoun", name: "she", head: "she", definite: true }, 0)?.name).toBe("she");
  });
});
