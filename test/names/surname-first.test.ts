// Sentences made up for these tests.
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";

const entities = (text: string) => normalizeArticle(text).entities.map((e) => ({ name: e.canonical, type: e.type, mentions: e.mentions.map((m) => m.text) }));

describe("a Chinese or Korean surname alone", () => {
  it("is the short form of the full name it opens", () => {
    const found = entities("News\n\nThe envoy Park Min-jun met the minister Zhou Lan in Seoul on Monday. Park said the talks went well, and Zhou agreed.");
    expect(found.find((e) => e.name === "Park Min-jun")?.mentions).toEqual(["Park Min-jun", "Park"]);
    expect(found.find((e) => e.name === "Zhou Lan")?.mentions).toEqual(["Zhou Lan", "Zhou"]);
  });

  it("still joins a Western name by its last word, and stays apart when two people share it", () => {
    const found = entities("News\n\nKim Soo-ah and Kim Ha-eun met the mayor, Jane Park, on Monday. Kim said little. Park said more.");
    expect(found.find((e) => e.name === "Jane Park")?.mentions).toEqual(["Jane Park", "Park"]);
    expect(found.some((e) => e.name === "Kim Soo-ah" && e.mentions.length > 1)).toBe(false);
  });
});

describe("known places and pronouns", () => {
  it("types states and provinces named alone as places", () => {
    const found = entities("News\n\nVoters in Ohio and Nevada went to the polls, and Ontario watched closely, officials said.");
    for (const name of ["Ohio", "Nevada", "Ontario"]) expect(found.find((e) => e.name === name)?.type, name).toBe("place");
  });

  it("types venues, firms and prizes by their head word", () => {
    const found = entities("News\n\nThe gala at the Harbour View Hotel near Sandy Cove Beach honoured the winners of the Northern Book Awards, guests said.");
    expect(found.find((e) => e.name === "Harbour View Hotel")?.type).toBe("organization");
    expect(found.find((e) => e.name === "Sandy Cove Beach")?.type).toBe("place");
    expect(found.find((e) => e.name === "Northern Book Awards")?.type).toBe("organization");
  });

  it("types world cities by the list, and holidays as neither people nor places", () => {
    const found = entities("News\n\nFlights from San Diego to Kuala Lumpur were full before Thanksgiving, and Merry Christmas banners hung in Hamburg.");
    for (const name of ["San Diego", "Kuala Lumpur", "Hamburg"]) expect(found.find((e) => e.name === name)?.type, name).toBe("place");
    for (const name of ["Thanksgiving", "Merry Christmas"]) expect(found.find((e) => e.name === name)?.type ?? "other", name).toBe("other");
  });

  it("types firms by their head word and places opening with `Fort` or `Cape`", () => {
    const found = entities("News\n\nHarbor Bay Software and Kestrel Motors opened offices near Fort Alder on Monday, close to Cape Wren, officials said.");
    expect(found.find((e) => e.name === "Harbor Bay Software")?.type).toBe("organization");
    expect(found.find((e) => e.name === "Kestrel Motors")?.type).toBe("organization");
    expect(found.find((e) => e.name === "Fort Alder")?.type).toBe("place");
    expect(found.find((e) => e.name === "Cape Wren")?.type).toBe("place");
    const more = entities("News\n\nThe Harbor Sentinel reported that San Aurelio and Santa Venta voted on Monday, officials said.");
    expect(more.find((e) => e.name === "Harbor Sentinel")?.type).toBe("organization");
    expect(more.find((e) => e.name === "San Aurelio")?.type).toBe("place");
  });

  it("takes no contraction of `I` for a name", () => {
    const found = entities("News\n\nI'm not sure, she said. I've seen this before, and I'll repeat it, Jane Roe said.");
    expect(found.map((e) => e.name)).toEqual(["Jane Roe"]);
  });
});

describe("abbreviated titles and places at a sentence start", () => {
  it("take an abbreviated title with its full stop for a role, not a name part", () => {
    const found = entities("News\n\nOhio Gov. Jane Roe and Sen. Tom Ford met Rep. Ann Lee on Monday, and the economist Amartya Sen spoke.");
    const names = found.map((e) => e.name);
    expect(names).toContain("Ohio");
    expect(names).toContain("Jane Roe");
    expect(names).toContain("Amartya Sen");
    expect(names.some((n) => /\b(Gov|Sen|Rep)$/u.test(n ?? "") && n !== "Amartya Sen")).toBe(false);
  });

  it("read a known place of two words at a sentence start whole (`New Jersey`, not `Jersey`)", () => {
    const found = entities("News\n\nNew Jersey voters went to the polls. North Carolina followed on Tuesday.");
    expect(found.find((e) => e.name === "New Jersey")?.type).toBe("place");
    expect(found.find((e) => e.name === "North Carolina")?.type).toBe("place");
    expect(found.map((e) => e.name)).not.toContain("Jersey");
  });
});
