import { describe, expect, it } from "vitest";
import { detectLanguage, detectLineLanguages } from "../../src/language/index.js";
import { classifyLines, extractByline, readHeadlines } from "../../src/lines/index.js";
import { prepareText } from "../../src/prepare/index.js";

function classify(text: string, options = {}) {
  const prepared = prepareText(text);
  const language = detectLanguage(prepared.lines);
  const lineLanguages = detectLineLanguages(prepared.lines, language);
  return classifyLines(prepared.lines, { language, lineLanguages }, options);
}

const page = [
  "Home / World / Europe", // 1
  "Skip to content", // 2
  "", // 3
  "River towns brace for spring floods", // 4
  "", // 5
  "Forecasters expect the highest water levels in a decade along the lower valley", // 6
  "", // 7
  "By Jane Roe in Riverton | The Valley Ledger | Updated: 2026-03-02 10:15", // 8
  "Share", // 9
  "", // 10
  "Residents of the lower valley were told on Monday to prepare for the highest spring floods in a decade, as melting snow and heavy rain pushed the river close to the top of its banks.", // 11
  "", // 12
  "The regional council said that sandbags would be handed out at three sites from Tuesday morning, and that schools near the river would stay shut until Friday if the water kept rising.", // 13
  "", // 14
  "Evacuation plans", // 15
  "", // 16
  "Emergency services said they had drawn up plans to move about two thousand people from the lowest streets, and that buses would be ready at short notice if the dikes were at risk of failing.", // 17
  "", // 18
  "\"We hope we will not need them,\" the mayor said.", // 19
  "", // 20
  "Advertisement", // 21
  "", // 22
  "The river last reached a similar level in the spring of 2016, when several villages were cut off for days and farmers lost much of their early harvest to the water that stood in the fields.", // 23
  "", // 24
  "Most read", // 25
  "Copyright 2026 The Valley Ledger. All rights reserved.", // 26
].join("\n");

describe("classifyLines", () => {
  const lines = classify(page);
  const kind = (n: number) => lines[n - 1]!.kind;

  it("labels navigation, headline, standfirst, byline and share widgets in the header", () => {
    expect([kind(1), kind(2), kind(4), kind(6), kind(8), kind(9)]).toEqual(["navigation", "navigation", "title", "subtitle", "byline", "share"]);
  });

  it("keeps the body, a subheading and a one-sentence quoted paragraph", () => {
    expect([kind(11), kind(13), kind(15), kind(17), kind(19), kind(23)]).toEqual(["body", "body", "heading", "body", "body", "body"]);
  });

  it("labels the ad, the promo and the copyright notice", () => {
    expect([kind(21), kind(25), kind(26)]).toEqual(["advertisement", "promo", "legal"]);
  });

  it("gives every label its reasons", () => {
    expect(lines[0]!.reasons).toContain("navigation-words");
    expect(lines[3]!.reasons).toContain("headline");
    expect(lines[20]!.reasons).toContain("advertisement-phrase");
    for (const line of lines) expect(line.reasons.length).toBeGreaterThan(0);
  });

  it("reads the headline, standfirst and byline", () => {
    expect(readHeadlines(lines)).toEqual({
      title: "River towns brace for spring floods",
      subtitle: "Forecasters expect the highest water levels in a decade along the lower valley",
    });
    expect(extractByline(lines)).toMatchObject({ authors: ["Jane Roe"], place: "Riverton", source: "The Valley Ledger", line: 8 });
  });

  it("gives long lines a language and short ones none", () => {
    expect(lines[10]!.language).toMatchObject({ code: "en", script: "Latn" });
    expect(lines[8]!.language).toBeUndefined();
  });

  it("turns a rule off by name", () => {
    const without = classify(page, { disableRules: ["breadcrumb", "phrase"] });
    expect(without[0]!.reasons).not.toContain("navigation-words");
    expect(without[0]!.reasons).not.toContain("breadcrumb");
    expect(without[20]!.reasons).not.toContain("advertisement-phrase");
  });
});

describe("classifyLines on other shapes", () => {
  it("reads a scraper date header before the headline on line 1", () => {
    const lines = classify(
      [
        " date 2026-03-02 Council approves new bridge",
        "",
        "The city council approved the plans for a new bridge over the river on Monday, after two years of debate about the costs and the route it should take through the old town.",
      ].join("\n"),
    );
    expect(lines[0]!.kind).toBe("title");
    expect(lines[0]!.reasons).toEqual(expect.arrayContaining(["date-header", "headline"]));
    expect(readHeadlines(lines).title).toBe("Council approves new bridge");
  });

  it("finds a lone dateline above the text", () => {
    const lines = classify(
      [
        "RIVERTON",
        "",
        "The city council approved the plans for a new bridge over the river on Monday, after two years of debate about the costs and the route it should take through the old town.",
      ].join("\n"),
    );
    expect(lines[0]!.kind).toBe("dateline");
  });

  it("labels keyword spam in another script on top of an article", () => {
    const lines = classify(
      [
        "免费视频在线观看,成人,无码,色情,在线观看,赌场,彩票",
        "",
        "The city council approved the plans for a new bridge over the river on Monday, after two years of debate about the costs and the route it should take through the old town.",
      ].join("\n"),
    );
    expect(lines[0]!.kind).toBe("spam");
    expect(lines[2]!.kind).toBe("body");
  });

  it("stops the text at a comment section", () => {
    const prose = "The city council approved the plans for a new bridge over the river on Monday, after two years of debate about the costs and the route it should take.";
    const lines = classify([prose, "", prose.replace("Monday", "Tuesday"), "", "12 comments", "", "jane says:", "I think the bridge is a terrible idea and the money should go to the schools instead of concrete."].join("\n"));
    expect(lines.map((l) => l.kind)).toEqual(["body", "blank", "body", "blank", "promo", "blank", "promo", "promo"]);
  });
});

describe("classifyLines on a German page", () => {
  const page = [
    "Startseite",
    "Politik",
    "Zum Inhalt springen",
    "",
    "Regierung verschiebt Haushaltsentwurf",
    "",
    "Die Koalition braucht mehr Zeit für die Einigung über die Schuldenbremse",
    "",
    "Von Anna Schmidt, Berlin | 03.03.2026, 14:20 Uhr",
    "",
    "Teilen",
    "Anzeige",
    "",
    "Die Bundesregierung hat die Vorlage des Haushaltsentwurfs für das kommende Jahr am Dienstag erneut verschoben, weil sich die Koalitionspartner nicht einigen konnten.",
    "",
    "Nach Angaben aus Regierungskreisen soll der Entwurf nun Mitte März im Kabinett beraten werden, nachdem die Fraktionen ihre Änderungswünsche vorgelegt haben.",
    "",
    "Lesen Sie auch",
    "Kommentare",
    "Alle Rechte vorbehalten. © 2026 Beispiel Verlag",
    "Impressum",
  ].join("\n");
  const lines = classify(page);

  it("labels German junk, headline, standfirst and byline", () => {
    const kinds = lines.filter((l) => l.kind !== "blank").map((l) => l.kind);
    expect(kinds).toEqual([
      "navigation", "navigation", "navigation", "title", "subtitle", "byline", "share", "advertisement",
      "body", "body", "promo", "promo", "legal", "legal",
    ]);
    expect(extractByline(lines)).toMatchObject({ authors: ["Anna Schmidt"], place: "Berlin" });
  });
});

describe("classifyLines at the end of an article", () => {
  it("ends the text at an about-the-author section", () => {
    const prose = "The city council approved the plans for a new bridge over the river on Monday, after two years of debate about the costs and the route it should take.";
    const lines = classify(
      [prose, "", prose.replace("Monday", "Tuesday"), "", "About the author", "", "Jane Roe is a reporter who has covered city hall for ten years and writes about transport, housing and the budget."].join("\n"),
    );
    expect(lines.map((l) => l.kind)).toEqual(["body", "blank", "body", "blank", "promo", "blank", "promo"]);
    expect(lines[4]!.reasons).toContain("about-section");
  });
});

describe("classifyLines with a related-stories box inside the text", () => {
  it("labels the headlines under a promo header as promo", () => {
    const prose = "The city council approved the plans for a new bridge over the river on Monday, after two years of debate about the costs and the route it should take.";
    const lines = classify(
      [prose, "", "Related stories", "Mayor opens the new library in the old town", "Flood defences to be raised along the river", "", prose.replace("Monday", "Tuesday")].join("\n"),
    );
    expect(lines.map((l) => l.kind)).toEqual(["body", "blank", "promo", "promo", "promo", "blank", "body"]);
    expect(lines[3]!.reasons).toContain("promo-list");
  });
});

describe("classifyLines with the text dumped again into one line", () => {
  it("labels the digest line as a repetition, not body", () => {
    const p1 = "The city council approved the plans for a new bridge over the river on Monday, after two years of debate about the costs.";
    const p2 = "Residents said the decision came after months of consultation, and the mayor promised that the works would be finished soon.";
    const p3 = "The river last reached a similar level in the spring of 2016, when several villages were cut off for days by the water.";
    const digest = `${p1} ${p2} ${p3} ${p1} ${p2}`;
    const lines = classify([p1, "", p2, "", p3, "", "Share", "", digest].join("\n"));
    expect(lines[8]!.reasons).toContain("digest");
    expect(lines[8]!.kind).not.toBe("body");
    expect(lines.filter((l) => l.kind === "body")).toHaveLength(3);
  });
});

describe("classifyLines on a press release", () => {
  it("labels the company's self-description after the text as promo", () => {
    const prose = "Acme and Orbit announced a partnership on Monday to build charging stations along the main motorways, with the first sites opening in the spring.";
    const lines = classify([prose, "", prose.replace("Monday", "Tuesday"), "", "Acme is a global provider of energy storage, headquartered in Riverton with offices in twelve countries."].join("\n"));
    expect(lines.map((l) => l.kind)).toEqual(["body", "blank", "body", "blank", "promo"]);
    expect(lines[4]!.reasons).toContain("self-description");
  });
});

describe("a source byline naming an agency in lower case", () => {
  it("is a byline after `Source:` when the rest is a known agency", () => {
    const body = "The harbour board voted on Tuesday to rebuild the old ferry terminal, ending a debate that has divided the town for years.";
    const lines = classify(["Harbour board backs ferry plan", "", body, "", "Source: reuters", "", body.replace("Tuesday", "Monday")].join("\n"));
    expect(lines[4]!.kind).toBe("byline");
    expect(lines[4]!.reasons).toContain("byline-phrase");
  });
});

describe("a line repeated on the page", () => {
  it("is assessed once and labelled like its first copy, each copy with reasons of its own", () => {
    const body = "The harbour board voted on Tuesday to rebuild the old ferry terminal, ending a debate that has divided the town for years.";
    const text = [...Array.from({ length: 14 }, (_, i) => `Menu item ${i}`), "Share on Facebook", body, "Share on Facebook", body.replace("Tuesday", "Monday"), "Share on Facebook", ...Array.from({ length: 14 }, (_, i) => `Footer link ${i}`)].join("\n");
    const lines = classify(text);
    const shares = lines.filter((l) => l.text === "Share on Facebook");
    expect(shares.map((l) => l.kind)).toEqual(["share", "share", "share"]);
    expect(shares[1]!.reasons).toEqual(shares[2]!.reasons);
    expect(shares[1]!.reasons).not.toBe(shares[2]!.reasons);
  });
});
