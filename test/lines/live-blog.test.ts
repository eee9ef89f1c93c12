import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";
import { matchPhrases } from "../../src/lines/phrase-match.js";

const kindOf = (text: string, line: string) => normalizeArticle(text).lines.find((l) => l.text === line)?.kind;

describe("cookie notices", () => {
  it("are legal when the line speaks of the site, consent or settings, or is a footer link", () => {
    expect(matchPhrases("this website uses cookies to improve your experience.", "en").map((h) => h.kind)).toContain("legal");
    expect(matchPhrases("necessary cookies are absolutely essential for the website to function properly.", "en").map((h) => h.kind)).toContain("legal");
    expect(matchPhrases("cookies", "en").map((h) => h.kind)).toEqual(["legal"]);
    expect(matchPhrases("wir verwenden cookies, um ihnen das beste nutzererlebnis zu bieten.", "de").map((h) => h.kind)).toContain("legal");
  });

  it("are not every sentence that mentions cookies", () => {
    expect(matchPhrases("they're also serving cookies.", "en")).toEqual([]);
    expect(matchPhrases("added sugars include table sugar, soda, pastries, cookies and candy.", "en")).toEqual([]);
  });
});

// A live blog: entries of a few sentences between time stamps and rules.
const TOPICS = ["the budget", "the new bridge", "the school plan", "the water tax", "the bus lanes", "the park", "the housing bill", "the library"];
const entry = (topic: string, n: number) =>
  `Members of the council met on the evening of day ${n} to vote on ${topic}, and they said that they would be back in the morning.\n\n` +
  `The vote on ${topic} is one of ${n + 2} this week, and it is expected to pass by a wide margin in the chamber.\n\n` +
  `It was vote ${n} of the year on ${topic}.\n\n___\n\n`;
const BLOG = "The Latest: Council votes on the budget\n\n" + TOPICS.map((topic, i) => `${11 - i}:20 p.m.\n\n${entry(topic, i + 1)}`).join("");

describe("a live blog", () => {
  it("keeps the entry above its first time stamp in the text: sentences are no standfirst", () => {
    // (The first line under the title may be read as its standfirst; either way it is text.)
    expect(["body", "subtitle"]).toContain(kindOf(BLOG, "Members of the council met on the evening of day 1 to vote on the budget, and they said that they would be back in the morning."));
    expect(kindOf(BLOG, "The vote on the budget is one of 3 this week, and it is expected to pass by a wide margin in the chamber.")).toBe("body");
    expect(kindOf(BLOG, "It was vote 8 of the year on the library.")).toBe("body");
  });
});

describe("a lede heavy with names", () => {
  it("opens the text even when it is thin in stopwords", () => {
    const lede = "SPRINGFIELD, Ill., March 3 (Wire) — Sen. Jane Roe, D-Ill., leads Gov. Dan Cole, R-Ill., by 12 points among voters under 30, a Midwest Institute survey shows.";
    const text =
      `Young Democrats favour Roe\n\n${lede}\n\n` +
      "The survey, which reached twelve hundred students and young workers, found that more than half of them would vote for her if the election were held today.\n\n" +
      "It is the third poll in a row that has shown her ahead of the other candidates in the race for the nomination of the party.\n";
    expect(kindOf(text, lede)).toBe("body");
  });
});

describe("a headline with a full stop after it", () => {
  it("is the title when it is in Title Case; a sentence in sentence case is not", () => {
    const body =
      "\n\nThe mayor of the city said on Tuesday that the remarks made by the governor about the police were a disgrace to the office.\n\n" +
      "She told reporters that the city would not accept the plan as it stands, and that the council will vote on it in the spring.\n";
    expect(normalizeArticle(`Mayor Calls Governor's Remarks 'A Disgrace' Over Police Plan.${body}`).title).toBe("Mayor Calls Governor's Remarks 'A Disgrace' Over Police Plan.");
    expect(normalizeArticle(`The mayor said the remarks were a disgrace.${body}`).title).not.toBe("The mayor said the remarks were a disgrace.");
  });
});

describe("a live blog's time stamps", () => {
  const TOPICS = ["the ferry", "the schools", "the water tax", "the new library", "the bus lanes", "the harbour wall"];
  const long = TOPICS.map((t, i) => `Members spent ${i + 2} hours on ${t}, which the mayor has called the most urgent item of the year, and several of them said that the money for it should come from the reserve.`).join("\n\n");
  const text =
    "Council budget: live\n\n" +
    "6:01 p.m.\n\nA member of the council said the vote on the ferry will wait for the spring.\n\nThe mayor did not agree with that, her office said.\n\n" +
    "5:40 p.m.\n\nThe council took a break after the first round of talks on the plan.\n\nIt will be back at six, the chair said.\n\n" +
    `4:10 p.m.\n\n${long}\n\n` +
    "2:15 p.m.\n\nThe session opened with a minute of silence for the former mayor, who died last week.\n";

  it("separate entries of one text: short entries before and after the longest stay in the body", () => {
    expect(kindOf(text, "The mayor did not agree with that, her office said.")).toBe("body");
    expect(kindOf(text, "It will be back at six, the chair said.")).toBe("body");
    expect(kindOf(text, "The session opened with a minute of silence for the former mayor, who died last week.")).toBe("body");
  });

  it("are dates with the reason live-blog-stamp", () => {
    const stamp = normalizeArticle(text).lines.find((l) => l.text === "5:40 p.m.");
    expect(stamp?.kind).toBe("date");
    expect(stamp?.reasons).toContain("live-blog-stamp");
  });
});

describe("the live-blog rule", () => {
  it("can be turned off by name", () => {
    const text = "Council: live\n\n6:01 p.m.\n\nThe council met.\n\n5:40 p.m.\n\nThe council rose.\n\n4:10 p.m.\n\nThe council sat.\n";
    const stamp = (options: { disableRules?: string[] }) => normalizeArticle(text, options).lines.find((l) => l.text === "5:40 p.m.")?.reasons;
    expect(stamp({})).toContain("live-blog-stamp");
    expect(stamp({ disableRules: ["live-blog"] })).not.toContain("live-blog-stamp");
  });
});
