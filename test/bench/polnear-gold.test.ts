import { describe, expect, it } from "vitest";
import { mergeRanges, pairQuotations, parseAnnContents, repairedSegments } from "../../bench/eval/polnear-gold.js";

// Invented text and invented brat annotation (no corpus text).

/** The quoted strings (marks included) that pairQuotations finds in `text`. */
const quotes = (text: string): string[] => pairQuotations(text).map((q) => text.slice(q.range.start, q.range.end));

/** A range of `text`: the first occurrence of `needle` (after `from`). */
function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`not found: ${needle}`);
  return { start, end: start + needle.length };
}

describe("mergeRanges", () => {
  const text = "Alpha beta.  Gamma delta.\n\nEpsilon, she said, zeta.";
  it("merges ranges split at whitespace only, and sorts them", () => {
    const a = at(text, "Alpha beta.");
    const b = at(text, "Gamma delta.");
    const c = at(text, "Epsilon,");
    expect(mergeRanges(text, [c, b, a])).toEqual([{ start: a.start, end: c.end }]);
  });
  it("keeps a gap with words in it, and merges touching or overlapping ranges", () => {
    const a = at(text, "Epsilon,");
    const b = at(text, "zeta.");
    expect(mergeRanges(text, [a, b])).toEqual([a, b]);
    expect(mergeRanges(text, [{ start: 0, end: 5 }, { start: 5, end: 11 }, { start: 3, end: 8 }])).toEqual([{ start: 0, end: 11 }]);
  });
});

describe("pairQuotations: double marks", () => {
  it("pairs curly, straight and mixed pairs", () => {
    expect(quotes("He said “we win” and left.")).toEqual(["“we win”"]);
    expect(quotes('He said "we win" and left.')).toEqual(['"we win"']);
    expect(quotes("“Mixed one,\" she said. \"Mixed two.”")).toEqual(["“Mixed one,\"", "\"Mixed two.”"]);
    expect(quotes("Wire copy: ''Doubled apostrophes,'' he said.")).toEqual(["''Doubled apostrophes,''"]);
  });
  it("pairs within a line only", () => {
    expect(quotes("“First paragraph runs on.\n\n“Second one ends.”")).toEqual(["“Second one ends.”"]);
    expect(quotes('A "stray mark here.\nAnd "another" there.')).toEqual(['"another"']);
  });
  it("reads sloppy spacing", () => {
    expect(quotes("Quoted: “ … and then some.”")).toEqual(["“ … and then some.”"]);
    expect(quotes("Plain said,“Glued on.”")).toEqual(["“Glued on.”"]);
    expect(quotes(`"They call it the 'best plan,' " he said.`)).toEqual([`"They call it the 'best plan,' "`]);
    expect(quotes('Note:"Glued open," he said.')).toEqual(['"Glued open,"']);
    expect(quotes('"Glued close to the name,"Pat wrote.')).toEqual(['"Glued close to the name,"']);
  });
  it("keeps the outer quotation when another style is nested in it, and drops a stray doubled opener", () => {
    expect(quotes('"Outer text with “inner words,” and more."')).toEqual(['"Outer text with “inner words,” and more."']);
    expect(quotes('"“Stray mark before,” Pat said.')).toEqual(["“Stray mark before,”"]);
  });
  it("does not take inch marks or glued marks for openers", () => {
    expect(quotes('A 6" pipe and a 2" bolt.')).toEqual([]);
  });
});

describe("pairQuotations: single marks", () => {
  it("finds headline quotations", () => {
    expect(quotes("Mayor says plan 'totally fine' in interview")).toEqual(["'totally fine'"]);
    expect(quotes("Senator: ‘We Will Not Wait.’")).toEqual(["‘We Will Not Wait.’"]);
    expect(quotes("Mixed ‘single pair' here")).toEqual(["‘single pair'"]);
  });
  it("leaves apostrophes alone", () => {
    expect(quotes("Freedonia's plan, the ’90s, rock ’n’ roll and rock 'n' roll.")).toEqual([]);
    expect(quotes("The voters' choice and the ’80s' styles.")).toEqual([]);
    expect(quotes("Don't stop, they're coming.")).toEqual([]);
  });
  it("leaves a single quotation nested in a double one to the outer one", () => {
    expect(quotes("“He told me ‘no way’ twice,” she said.")).toEqual(["“He told me ‘no way’ twice,”"]);
  });
});

/** An invented .ann: one attribution per item, Content ranges as given. */
function ann(items: { source: { start: number; end: number }; content: { start: number; end: number }[] }[]): string {
  const lines: string[] = [];
  let t = 0;
  items.forEach((item, i) => {
    const s = ++t;
    lines.push(`T${s}\tSource ${item.source.start} ${item.source.end}\tsomeone`);
    const c = ++t;
    lines.push(`T${c}\tContent ${item.content.map((r) => `${r.start} ${r.end}`).join(";")}\tcovered text`);
    if (i === 0) lines.push("that continues on a second line"); // a covered text with a newline
    const cue = ++t;
    lines.push(`T${cue}\tCue 0 1\tx`);
    lines.push(`E${i + 1}\tAttribution:T${cue} Content:T${c} Cue:T${cue} Source:T${s}`);
  });
  lines.push("#1\tAnnotatorNotes T1\ta note");
  return lines.join("\n") + "\n";
}

describe("parseAnnContents", () => {
  it("reads discontinuous Contents with their Source spans and maps offsets", () => {
    const text = ann([{ source: { start: 0, end: 3 }, content: [{ start: 10, end: 20 }, { start: 21, end: 30 }] }]);
    expect(parseAnnContents(text)).toEqual([{ ranges: [{ start: 10, end: 20 }, { start: 21, end: 30 }], sources: [{ start: 0, end: 3 }] }]);
    expect(parseAnnContents(text, (x) => x + 1)[0]?.sources).toEqual([{ start: 1, end: 4 }]);
  });
});

describe("repairedSegments", () => {
  const text = [
    "Governor Pat Example spoke on Monday. Example said: “The first sentence is here. And the second one is there.”",
    "",
    "Kim Sample called the plan “quite bold” in a memo.",
    "",
    "Nobody annotated “this scare quote” at all.",
  ].join("\n");
  const who = at(text, "Example said");
  const first = at(text, "“The first sentence is here.");
  const second = at(text, "And the second one is there.”");
  const kim = at(text, "Kim Sample");
  const memo = at(text, "the plan “quite bold” in a memo");
  const contents = parseAnnContents(
    ann([
      // split at the sentence gap; the first range leaves out the opening mark
      { source: { start: who.start, end: who.start + 7 }, content: [{ start: first.start + 1, end: first.end }, second] },
      { source: kim, content: [memo] },
    ]),
  );
  const segs = repairedSegments(text, contents);
  it("finds a quotation across a whitespace gap of a Content, with its speaker and kind", () => {
    const q = segs.find((s) => text.slice(s.range.start, s.range.end).startsWith("“The first"));
    expect(q).toBeDefined();
    expect(text.slice(q!.range.start, q!.range.end)).toBe("“The first sentence is here. And the second one is there.”");
    expect(q).toMatchObject({ kind: "full", acrossGap: true, marks: "double", speakers: [{ start: who.start, end: who.start + 7 }] });
  });
  it("marks a quotation embedded in indirect speech partial, and skips one outside any Content", () => {
    expect(segs.map((s) => text.slice(s.range.start, s.range.end))).toEqual(["“The first sentence is here. And the second one is there.”", "“quite bold”"]);
    expect(segs[1]).toMatchObject({ kind: "partial", acrossGap: false, speakers: [kim] });
  });
  it("takes the innermost Content when Contents nest", () => {
    const outer = at(text, "Kim Sample called the plan “quite bold” in a memo.");
    const nested = parseAnnContents(
      ann([
        { source: { start: 0, end: 8 }, content: [outer] },
        { source: kim, content: [memo] },
      ]),
    );
    const only = repairedSegments(text, nested).filter((s) => text.slice(s.range.start, s.range.end) === "“quite bold”");
    expect(only).toHaveLength(1);
    expect(only[0]?.speakers).toEqual([kim]);
  });
});
