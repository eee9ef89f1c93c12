import { describe, expect, it } from "vitest";
import { detectLanguage, detectLineLanguages } from "../../src/language/index.js";
import { classifyLines, readHeadlines } from "../../src/lines/index.js";
import { prepareText } from "../../src/prepare/index.js";

function classify(text: string) {
  const prepared = prepareText(text);
  const language = detectLanguage(prepared.lines);
  return classifyLines(prepared.lines, { language, lineLanguages: detectLineLanguages(prepared.lines, language) });
}

const lede =
  "HARBOURTON (Wire) — The town council on Tuesday put off a vote on the new bridge across the estuary for at least a month, after residents filled the hall to object to the cost of the project.";
const second =
  "Council members said they wanted an independent estimate of the bill before they would commit the town to a loan that could take thirty years to repay, and the mayor agreed to commission one.";

describe("a headline written as a sentence with a full stop", () => {
  it("is the title when it is the first line, right above a paragraph at least twice as long", () => {
    const lines = classify(["Council delays vote on new bridge.", "", lede, "", second].join("\n"));
    expect(lines[0]!.kind).toBe("title");
    expect(lines[0]!.reasons).toContain("headline");
    expect(readHeadlines(lines).title).toBe("Council delays vote on new bridge.");
    expect(lines[2]!.kind).toBe("body");
  });

  it("is the title above a standfirst too", () => {
    const lines = classify(["Council delays vote on new bridge.", "", "Residents object to the cost of the crossing and ask for an estimate.", "", lede, "", second].join("\n"));
    expect(lines[0]!.kind).toBe("title");
  });

  it("is not a short first paragraph that opens with a pronoun or an indefinite article", () => {
    for (const opening of ["We had been warned about the bridge for years.", "A ferry still carries most of the traffic."]) {
      const lines = classify([opening, "", second, "", lede].join("\n"));
      expect(lines[0]!.kind, opening).toBe("body");
      expect(readHeadlines(lines).title, opening).toBeNull();
    }
  });

  it("is not a short first paragraph told in the past tense", () => {
    const lines = classify(["Barely a ferry was running that week.", "", second, "", lede].join("\n"));
    expect(lines[0]!.kind).toBe("body");
  });

  it("may name a country by its initials", () => {
    const lines = classify(["U.S. Senate delays vote on new bridge funds.", "", lede, "", second].join("\n"));
    expect(readHeadlines(lines).title).toBe("U.S. Senate delays vote on new bridge funds.");
  });

  it("is not a first paragraph that opens with a dateline", () => {
    const lines = classify(["HARBOURTON -- The ferry is late again.", "", second, "", lede].join("\n"));
    expect(lines[0]!.kind).toBe("body");
  });

  it("is not two sentences, nor a line over 16 words", () => {
    const two = classify(["The vote is off. Residents cheer.", "", lede, "", second].join("\n"));
    expect(two[0]!.kind).not.toBe("title");
    const long = classify(["Council delays its vote on the new bridge across the estuary by a month after residents object to the cost.", "", lede, "", second].join("\n"));
    expect(long[0]!.kind).not.toBe("title");
  });

  it("is not the title when the paragraph below is not twice as long", () => {
    const lines = classify(["Council delays vote on new bridge.", "", "The vote is now set for next month.", "", lede, "", second].join("\n"));
    expect(lines[0]!.kind).not.toBe("title");
  });
});
