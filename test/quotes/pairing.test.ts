import { describe, expect, it } from "vitest";
import { pairMarks } from "../../src/quotes/pairing.js";

/** The quoted words of every outermost pair. */
function pairs(text: string, language = "en"): string[] {
  return pairMarks(text, 0, text.length, language).pairs.map((p) => text.slice(p.open + p.openLength, p.close));
}

describe("pairMarks", () => {
  it("pairs every news mark system", () => {
    expect(pairs("She called it “a fine day” twice.")).toEqual(["a fine day"]);
    expect(pairs('She called it "a fine day" twice.')).toEqual(["a fine day"]);
    expect(pairs("She called it ‘a fine day’ twice.")).toEqual(["a fine day"]);
    expect(pairs("She called it 'a fine day' twice.")).toEqual(["a fine day"]);
    expect(pairs("Il a parlé d’une « belle journée » hier.", "fr")).toEqual([" belle journée "]);
    expect(pairs("Er sprach von »einem schönen Tag« gestern.", "de")).toEqual(["einem schönen Tag"]);
    expect(pairs("Er sprach von „einem schönen Tag“ gestern.", "de")).toEqual(["einem schönen Tag"]);
    expect(pairs("Mówił o „pięknym dniu” wczoraj.", "pl")).toEqual(["pięknym dniu"]);
    expect(pairs("他说「今天很好」。", "zh")).toEqual(["今天很好"]);
    expect(pairs("他说『今天很好』。", "ja")).toEqual(["今天很好"]);
    expect(pairs("Он назвал это «хорошим днём».", "ru")).toEqual(["хорошим днём"]);
  });

  it("keeps a nested quotation of the other style inside its parent", () => {
    expect(pairs("“He told me ‘never again’ and left,” she said.")).toEqual(["He told me ‘never again’ and left,"]);
    expect(pairs("„Er sagte ‚nie wieder‘ und ging“, sagte sie.", "de")).toEqual(["Er sagte ‚nie wieder‘ und ging"]);
    expect(pairs("«Он сказал „никогда“ и ушёл», — сказала она.", "ru")).toEqual(["Он сказал „никогда“ и ушёл"]);
  });

  it("survives straight marks nested badly", () => {
    expect(pairs('"He said "no" to the plan," she said.')).toEqual(['He said "no" to the plan,']);
  });

  it("tells apostrophes from single quotes", () => {
    expect(pairs("Norway's coach praised the team's 'steady nerves' in the '90s style.")).toEqual(["steady nerves"]);
    expect(pairs("Fans of rock ’n’ roll called it ‘loud’.")).toEqual(["loud"]);
  });

  it("reads doubled apostrophes as a double mark", () => {
    expect(pairs("''We will build it,'' the mayor said.")).toEqual(["We will build it,"]);
  });

  it("reports a mark left open and a closing mark alone", () => {
    const open = pairMarks("“The harbour will reopen next spring", 0, 36);
    expect(open.unclosed).toBe(0);
    const text = "the harbour will reopen,” the mayor said.";
    expect(pairMarks(text, 0, text.length).orphans).toEqual([text.indexOf("”")]);
  });

  it("never pairs across more than MAX_QUOTE_LENGTH characters", () => {
    const text = `“${"word ".repeat(2000)}” end`;
    expect(pairs(text)).toEqual([]);
  });

  it("is linear on a megabyte of marks", () => {
    const text = "\"“".repeat(500_000);
    const result = pairMarks(text, 0, text.length);
    expect(result.pairs).toEqual([]);
  });
});
