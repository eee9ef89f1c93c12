import { describe, expect, it } from "vitest";
import { inferType } from "../../src/names/entity-type.js";
import { TEST_DEPS } from "./fixture.js";

const type = (words: string[], more: Partial<{ afterRole: number; placeCue: number; speaker: number; afterDeterminer: number }> = {}) =>
  inferType({ words, afterRole: 0, placeCue: 0, speaker: 0, afterDeterminer: 0, ...more }, 1, TEST_DEPS.lexicon);

describe("inferType", () => {
  it("reads head words", () => {
    expect(type(["Ministry", "of", "Energy"])).toBe("organization");
    expect(type(["Sea", "of", "Azov"])).toBe("place");
  });
  it("knows countries and world cities", () => {
    expect(type(["Indonesia"])).toBe("place");
    expect(type(["New", "Zealand"])).toBe("place");
  });
  it("takes a full personal name, or a name after a role or speaking, for a person", () => {
    expect(type(["Lena", "Hart"])).toBe("person");
    expect(type(["Hart"], { afterRole: 1 })).toBe("person");
    expect(type(["Hart"], { speaker: 1 })).toBe("person");
  });
  it("takes a lone name after a place preposition for a place, an acronym for an organization", () => {
    expect(type(["Tromsø"], { placeCue: 1 })).toBe("place");
    expect(type(["NSDC"])).toBe("organization");
  });
  it("leaves generic or unclear names as other", () => {
    expect(type(["National", "Security"])).toBe("other");
    expect(type(["Hart"])).toBe("other");
    expect(type(["World", "War", "II"])).toBe("other");
  });
});
