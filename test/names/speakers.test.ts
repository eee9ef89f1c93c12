import { describe, expect, it } from "vitest";
import { indexEntities, resolveSpeakerName } from "../../src/names/speakers.js";
import type { Entity } from "../../src/schema/article.js";

const entity = (id: string, canonical: string, type: Entity["type"], variants: string[]): Entity => ({ id, canonical, type, mentions: [], variants, merges: [] });

describe("resolveSpeakerName", () => {
  const index = indexEntities([
    entity("e1", "Volodymyr Zelenskyy", "person", ["Volodymyr Zelensky", "Zelensky"]),
    entity("e2", "Anna Berg", "person", ["Anna Berg"]),
    entity("e3", "Erik Berg", "person", ["Erik Berg"]),
  ]);
  it("finds a speaker by spelling, key or unique surname", () => {
    expect(resolveSpeakerName("Volodymyr Zelensky", index)).toBe("e1");
    expect(resolveSpeakerName("Volodymyr Zelenskyi", index)).toBe("e1");
    expect(resolveSpeakerName("Zelenskiy", index)).toBe("e1");
  });
  it("does not guess between two people sharing a surname, nor for nominal speakers", () => {
    expect(resolveSpeakerName("Berg", index)).toBeNull();
    expect(resolveSpeakerName("US official", index)).toBeNull();
  });
});
