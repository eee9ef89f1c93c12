// Sentences made up for these tests.
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";
import { inferType } from "../../src/names/entity-type.js";
import { TEST_DEPS } from "./fixture.js";

const typed = (text: string) => Object.fromEntries(normalizeArticle(text).entities.map((e) => [e.canonical, e.type]));

describe("names where every noun is capitalized (German)", () => {
  it("start at a known given name after a capitalized noun", () => {
    const found = typed("Nachrichten\n\nAm Montag sprach der Pilot mit seinem Kollegen Edwin Roth über den Flug, sagte die Sprecherin der Flugschule.");
    expect(found["Edwin Roth"]).toBe("person");
    expect(Object.keys(found)).not.toContain("Kollegen Edwin Roth");
  });

  it("are no person after an article or a number, unless a known given name opens them", () => {
    const found = typed("Nachrichten\n\nDie Vereinigten Staaten zahlen 5 Millionen Euro an die Stadt, sagte Anna Roth am Montag in Berlin.");
    expect(found["Vereinigten Staaten"]).not.toBe("person");
    expect(found["Millionen Euro"]).not.toBe("person");
    expect(found["Anna Roth"]).toBe("person");
  });

  it("stay people by their shape when nothing says noun phrase, known given name or not", () => {
    expect(typed("Nachrichten\n\nAm Montag traf Barnabas Quell in Wien ein, wie seine Sprecherin mitteilte.")["Barnabas Quell"]).toBe("person");
  });
});

describe("names after an article in English", () => {
  it("are no person by their shape alone when every mention follows one", () => {
    const found = typed("News\n\nFans of the Harbour City Gulls cheered on Sunday, and the Jane Roe campaign said it was pleased.");
    expect(found["Harbour City Gulls"]).not.toBe("person");
    expect(found["Jane Roe"]).toBe("person");
  });

  it("stay people when a mention stands free", () => {
    const found = typed("News\n\nThe Tobin Quarles era is over. Tobin Quarles left the club on Monday.");
    expect(found["Tobin Quarles"]).toBe("person");
  });
});

describe("inferType after an article", () => {
  const type = (words: string[], afterDeterminer: number) => inferType({ words, afterRole: 0, placeCue: 0, speaker: 0, afterDeterminer }, 1, TEST_DEPS.lexicon);
  it("wants a known given name first after an article", () => {
    expect(type(["Internationalen", "Raumstation"], 1)).toBe("other");
    expect(type(["Angela", "Roth"], 1)).toBe("person");
    expect(type(["Internationalen", "Raumstation"], 0)).toBe("person");
  });
});
