import { describe, expect, it } from "vitest";
import { detectLanguage, detectLineLanguages } from "../../src/language/index.js";
import { classifyLines } from "../../src/lines/index.js";
import { mainRun } from "../../src/lines/main-run.js";
import { prepareText } from "../../src/prepare/index.js";

function classify(text: string) {
  const prepared = prepareText(text);
  const language = detectLanguage(prepared.lines);
  const lineLanguages = detectLineLanguages(prepared.lines, language);
  return classifyLines(prepared.lines, { language, lineLanguages });
}

const kinds = (text: string) => classify(text).map((l) => l.kind);
const reasonsOf = (text: string, n: number) => classify(text)[n - 1]!.reasons;

const p1 = "The city council approved the plans for a new bridge over the river on Monday, after two years of debate about the costs and the route it should take.";
const p2 = "Work on the foundations is due to start in the spring, and the council expects the bridge to open to traffic and cyclists before the end of next year.";
const p3 = "Residents who live near the old crossing said they were glad the decision had finally been made, although some of them still worry about the noise of the works.";
const p4 = "The mayor told reporters that the project would be paid for by the region and the state, and that local taxes would not rise because of it in the coming years.";
// Longer paragraphs (two sentences): prose of the "good" class on their own.
const q1 = "The city council approved the plans for a new bridge over the river on Monday, after two years of debate about the costs and the route it should take. The vote was close, and several members said they would have preferred a tunnel.";
const q2 = "Work on the foundations is due to start in the spring, and the council expects the bridge to open to traffic and cyclists before the end of next year. The old crossing will stay open until then, although it will close at night for repairs.";
const q3 = "Residents who live near the old crossing said they were glad the decision had finally been made, although some of them still worry about the noise of the works and the dust that will come with them for a year or more.";
const q4 = "The mayor told reporters that the project would be paid for by the region and the state, and that local taxes would not rise because of it in the coming years. She added that the city would publish the contracts online.";

describe("promo lists", () => {
  it("takes kickers, question headlines and many items under a promo header", () => {
    const text = [
      p1, "", p2, "",
      "Most read", "", "RIVER TOWNS", "", "Mayor opens the new library in the old town", "", "Warning", "", "Is the old ferry coming back this summer?", "",
      "Flood defences to be raised along the river", "", p3, "", p4,
    ].join("\n");
    expect(kinds(text)).toEqual([
      "body", "blank", "body", "blank",
      "promo", "blank", "promo", "blank", "promo", "blank", "promo", "blank", "promo", "blank",
      "promo", "blank", "body", "blank", "body",
    ]);
    expect(reasonsOf(text, 7)).toContain("promo-list");
  });

  it("starts a list under a navigation label that ends with a colon, and stops at a label of the text", () => {
    const text = [p1, "", p2, "", "More:", "Mayor opens the new library in the old town", "Flood defences to be raised along the river", "", p3, "", p4].join("\n");
    expect(kinds(text).slice(4, 8)).toEqual(["navigation", "promo", "promo", "blank"]);
    const labelled = [p1, "", p2, "", "More:", "Price:", "Twelve euros for adults and six for children", "", p3, "", p4].join("\n");
    expect(classify(labelled)[5]!.reasons).not.toContain("promo-list");
  });
});

describe("the head of the text", () => {
  it("drops teaser headlines above the byline", () => {
    const text = [
      "Most commented",
      "The harbour board and the ferry crews still disagree about who signed off on the new timetable (98)",
      "The bakers admit that they priced the festival stalls too high and that sales suffered because of it (98)",
      "The weekly cycling table is out and a club from the hills has climbed into first place for once (91)",
      "The county halts the repairs on the coast path until next spring \"at the earliest\" (87)",
      "The goalkeeper says she wants to keep playing until she is 41 or 42 as long as her knees hold up (84)",
      "Council approves the new bridge over the river",
      "Posted by Jane Roe on October 4, 2021, 7:48 AM EDT",
      "", q1, "", q2, "", q3,
    ].join("\n");
    const k = kinds(text);
    expect(k.slice(0, 7)).toEqual(["navigation", "navigation", "navigation", "navigation", "navigation", "navigation", "title"]);
    expect([k[7], k[9], k[11], k[13]]).toEqual(["byline", "body", "body", "body"]);
  });

  it("drops a list of headlines that opens the text before its first sentence", () => {
    const text = [
      "Menu", "", "Mayor opens the new library in the old town and thanks the volunteers who built it", "",
      "Flood defences to be raised along the river before the spring", "", "Cyclists ask for a second lane on the busy bridge", "", p1, "", p2, "", p3,
    ].join("\n");
    const k = kinds(text);
    expect([k[2], k[4], k[6]].every((kind) => kind !== "body")).toBe(true);
    expect([k[8], k[10], k[12]]).toEqual(["body", "body", "body"]);
  });
});

describe("hard-wrapped copy", () => {
  it("keeps wrapped lines at the head of the text: they are not headlines", () => {
    const text = [
      "RIVER TOWN COUNCIL APPROVES BRIDGE",
      "",
      "    RIVERTON, March 3 - The town council approved the plans for",
      "a new bridge over the river on Monday after two years of debate",
      "about the costs and the route that the new crossing should take",
      "to the other bank, officials said.",
      "    A statement from the council said the work would start in the",
      "spring and that the bridge should open to traffic before the end",
      "of next year, the normal time for such a project.",
    ].join("\n");
    expect(kinds(text)).toEqual(["title", "blank", "body", "body", "body", "body", "body", "body", "body"]);
  });
});

describe("the end of the text", () => {
  it("does not run across a long site menu to reach a notice below it", () => {
    const menu = ["World", "Business", "Health", "Congress", "Parenting", "Design", "Tennis", "Golf", "Sailing", "Sports", "Travel", "Style",
      "Autos", "Rugby", "Esports", "Videos", "Markets", "Tech", "Food", "Fitness", "Wellness", "Stars", "Screen", "Luxury"];
    const notice = [
      "Most of the figures on this site are supplied by a partner and are shown with a delay of at least fifteen minutes during trading hours.",
      "The figures are for information only, and they are not advice to buy or sell any of the shares, bonds or funds that are named on the page.",
      "The partner and the site do not accept any liability for losses that result from the use of the figures, and they do not promise that the figures are complete or correct at any time.",
      "The indices are the property of their owners and they are used here with permission.",
      "All times are local, and the markets that are shown may close early on some days of the year, when the figures are not updated until the next day of trading in the market.",
    ].join(" ");
    const lines = classify([q1, "", q2, "", q3, "", q4, "", ...menu, "", notice].join("\n"));
    expect(lines.slice(0, 7).map((l) => l.kind)).toEqual(["body", "blank", "body", "blank", "body", "blank", "body"]);
    expect(lines.slice(8).filter((l) => l.kind === "body" || l.kind === "heading")).toEqual([]);
  });

  it("keeps a list announced at the end of the text", () => {
    const text = [p1, "", p2, "", "The tour dates:", "June 9 – Riverton, Town Hall", "June 12 – Lakeside, Open Air Stage", "June 14 – Hilltop, Old Theatre",
      "June 20 – Seaport, Harbour Arena", "", "Share", "Facebook"].join("\n");
    expect(kinds(text).slice(4, 9)).toEqual(["body", "body", "body", "body", "body"]);
  });

  it("leaves out the headline of the next story when a byline follows it", () => {
    const text = [q1, q2, "Farmers count the cost of the wet spring", "", "By John Doe", "03/07/2022 10:52 AM", "", "Old ferry could return next summer", "", "By Jane Roe"].join("\n");
    expect(kinds(text).slice(0, 5)).toEqual(["body", "body", "promo", "blank", "byline"]);
  });

  it("labels counted category lists as navigation", () => {
    const text = [p1, "", p2, "", "Categories", "Politics (12)", "Local News (40)", "Weather (3)", "Sport (17)"].join("\n");
    const lines = classify(text);
    expect(lines.slice(5).map((l) => l.kind)).toEqual(["navigation", "navigation", "navigation", "navigation"]);
    expect(lines[5]!.reasons).toContain("count-list");
  });

  it("ends the text at a comment count that quotes a long title", () => {
    const text = [p1, "", p2, "", "12 thoughts on “Why the new bridge over the river took two whole years of debate to approve”", "",
      "Great article, my family has wanted a crossing here for ages and we are thrilled that the work will finally begin next spring."].join("\n");
    const k = kinds(text);
    expect(k[4]).toBe("promo");
    expect(classify(text)[4]!.reasons).toContain("comment-section");
    expect(k[6]).not.toBe("body");
  });

  it("labels calls to follow on social networks and author contact lines", () => {
    const text = [p1, "", p2, "", "Follow Riverton News on Instagram, Facebook and YouTube.", "",
      "Have a tip? Jane Roe may be reached at jane@example.com. Follow her on Twitter @janeroe."].join("\n");
    const lines = classify(text);
    expect([lines[4]!.kind, lines[6]!.kind]).toEqual(["share", "promo"]);
    expect(lines[4]!.reasons).toContain("follow-call");
    expect(lines[6]!.reasons).toContain("contact-line");
  });

  it("labels a teaser card closed by a read-more link", () => {
    const text = [p1, "", p2, "", "Old ferry could return next summer", "", "The river ferry that stopped running in 2009 may be back on the water as early as", "", "Read more", "", p3, "", p4].join("\n");
    const lines = classify(text);
    expect([lines[4]!.kind, lines[6]!.kind, lines[8]!.kind]).toEqual(["promo", "promo", "promo"]);
    expect(lines[6]!.reasons).toContain("teaser-card");
    expect([lines[10]!.kind, lines[12]!.kind]).toEqual(["body", "body"]);
  });
});

describe("about sections", () => {
  const release = [
    "Acme Bridges said on Monday that it had won the contract to build the new bridge over the river, its largest project in the region so far.",
    "",
    "Acme Bridges will start work on the foundations in the spring, and the company expects the bridge to open to traffic before the end of next year.",
    "",
  ];
  it("keeps the boilerplate about the company the release is about", () => {
    const text = [...release, "About Acme Bridges", "", "The firm designs and builds bridges and tunnels for cities and regions, and it employs about two thousand engineers in nine countries."].join("\n");
    const lines = classify(text);
    expect(lines[4]!.reasons).toEqual(expect.arrayContaining(["about-section", "about-subject"]));
    expect(lines[6]!.kind).toBe("body");
  });

  it("still ends the text at an about section on someone the text does not name", () => {
    const text = [...release, "About Jane Roe", "", "She writes about transport, housing and the budget, and she has covered the region for ten years for several papers."].join("\n");
    const lines = classify(text);
    expect(lines[4]!.reasons).not.toContain("about-subject");
    expect(lines[6]!.kind).not.toBe("body");
  });
});

describe("disclaimers", () => {
  it("labels site disclaimers as legal", () => {
    const text = [p1, "", p2, "", "The information on this site is offered as broad guidance and cannot replace a talk with a trained adviser.",
      "", "The views expressed in this column belong to the writer alone and not to the paper."].join("\n");
    const lines = classify(text);
    expect([lines[4]!.kind, lines[6]!.kind]).toEqual(["legal", "legal"]);
  });
});

describe("sentences sparse in stopwords", () => {
  it("keep the text together across results and line-ups", () => {
    const results = [
      "Results: Smith 6-2, 6-1 Jones; Brown 7-5, 6-4 Green; White 6-3, 6-2 Black; Gray 6-4, 7-6 Wood; Hill 6-0, 6-1 Stone.",
      "Doubles: Smith/Brown 6-4, 6-4 Jones/Green; White/Gray 7-6, 6-3 Black/Wood; Hill/Moss 6-2, 6-2 Stone/Reed.",
      "Mixed: Smith/Hill 6-3, 6-4 Jones/Stone; Brown/Moss 6-1, 7-5 Green/Reed; Gray/Lane 6-2, 6-4 Wood/Pike.",
      "Juniors: Lane 6-1, 6-2 Pike; Moss 6-4, 6-3 Reed; Ford 7-5, 6-2 Cole; Dean 6-3, 6-3 Hart; Fox 6-2, 6-0 Kent.",
      "Seniors: Cole 6-3, 6-2 Ford; Hart 6-4, 7-5 Dean; Kent 6-1, 6-4 Fox; Park 6-2, 6-3 Rowe; Shaw 7-6, 6-4 Tate.",
      "Veterans: Rowe 6-4, 6-2 Park; Tate 6-3, 6-1 Shaw; Vale 7-5, 7-5 Wade; York 6-2, 6-4 Zane; Bell 6-0, 6-3 Cain.",
    ];
    const lines = classify([q1, ...results, q2].join("\n\n"));
    expect(lines.filter((l) => l.kind !== "blank").map((l) => l.kind)).toEqual(["body", "body", "body", "body", "body", "body", "body", "body"]);
  });
});

describe("inline links to other stories", () => {
  it("labels a long headline after a promo label with a colon as promo", () => {
    const link = "Also read: The mayor of the old river town explains why the new bridge over the water will take two more years to build than planned";
    const lines = classify([q1, "", link, "", q2, "", q3].join("\n"));
    expect(lines[2]!.kind).toBe("promo");
    // (Decided by the phrase and its colon, up to 30 words, before the page-level inline-link pass.)
    expect(lines[2]!.reasons).toContain("promo-phrase");
    expect([lines[0]!.kind, lines[4]!.kind, lines[6]!.kind]).toEqual(["body", "body", "body"]);
  });
});

describe("long captions", () => {
  it("labels a long description that ends with a credit as a caption", () => {
    const caption = "A cross-section of the new bridge showing the two decks, the cycle lane on the lower deck and the service tunnel under the road, with the piers that will stand in the river bed and the ramps that lead down to the old town on the north bank of the river, where the market square and the old ferry landing will be rebuilt as a park with trees, benches and a playground for the children of the town. Credit: Riverton Council";
    const lines = classify([q1, "", caption, "", q2, "", q3].join("\n"));
    expect(lines[2]!.kind).toBe("caption");
    expect(lines[2]!.reasons).toContain("closing-credit");
    expect([lines[0]!.kind, lines[4]!.kind, lines[6]!.kind]).toEqual(["body", "body", "body"]);
  });
});

describe("photo descriptions above a credit line", () => {
  it("labels the description right above a credit-only line as a caption", () => {
    const description = "The mayor walks over the old crossing with members of the council on Monday morning.";
    const lines = classify([q1, "", description, "(Photo: © Riverton Council)", "", q2, "", q3].join("\n"));
    expect([lines[2]!.kind, lines[3]!.kind]).toEqual(["caption", "caption"]);
    expect(lines[2]!.reasons).toContain("above-credit");
    expect([lines[0]!.kind, lines[5]!.kind, lines[7]!.kind]).toEqual(["body", "body", "body"]);
  });
});

describe("disclaimer blocks", () => {
  it("labels lines set between legal notices of a block as legal", () => {
    const text = [q1, "", q2, "", q3, "",
      "© 2026 Riverton Media. All rights reserved.", "",
      "Always ask a qualified engineer before you start any building work, and follow the safety rules of your town at all times.", "",
      "Terms of use", "", "Privacy policy"].join("\n");
    const lines = classify(text);
    expect(lines[8]!.kind).toBe("legal");
    expect(lines[8]!.reasons).toContain("legal-block");
  });

  it("leaves a paragraph between only two legal notices alone", () => {
    const text = ["We use cookies to improve the site.", "", q1, "", "© 2026 Riverton Media. All rights reserved."].join("\n");
    expect(classify(text)[2]!.reasons).not.toContain("legal-block");
  });
});

describe("mainRun across a promo box", () => {
  it("joins the text after a box when its own prose ends sentences", () => {
    // text, a promo header and eight boxed headlines (soft barriers), then more text
    const scores = [400, 300, -20, ...new Array<number>(8).fill(-30), 250, 250];
    const barriers = [null, null, "soft", ...new Array(8).fill("soft"), null, null] as const;
    const boxed = [false, false, false, ...new Array<boolean>(8).fill(true), false, false];
    const sentence = [true, true, false, ...new Array<boolean>(8).fill(false), true, true];
    expect(mainRun(scores, barriers, { boxed, sentence })).toMatchObject({ start: 0, end: 12 });
    // without the sentences, headlines after the box do not join
    expect(mainRun(scores, barriers, { boxed, sentence: sentence.map((s, i) => s && i < 2) })).toMatchObject({ start: 0, end: 1 });
  });
});
