import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/schema/article.js";
import { names } from "./fixture.js";

function quoteAt(text: string, quoted: string, speaker: string, mentionText: string | null): Quote {
  const start = text.indexOf(quoted);
  const m = mentionText === null ? -1 : text.lastIndexOf(mentionText);
  return {
    text: quoted,
    start,
    end: start + quoted.length,
    line: 1,
    kind: "direct",
    speaker: { name: speaker, entity: null, mention: m < 0 || mentionText === null ? null : { text: mentionText, start: m, end: m + mentionText.length } },
    cue: null,
    confidence: 0.9,
  };
}

describe("canonical spelling", () => {
  it("follows the official policy by default and the english-press policy on request", () => {
    const text = "Reporters met Vladimir Zelensky in Kiev on Monday.";
    expect(names(text).entities.map((e) => e.canonical)).toEqual(["Volodymyr Zelenskyy", "Kyiv"]);
    expect(names(text, { canonicalPolicy: "english-press" }).entities.map((e) => e.canonical)).toEqual(["Volodymyr Zelensky", "Kyiv"]);
  });
  it("takes the fullest name as canonical when the table does not know the person", () => {
    expect(names("Petrenko spoke first. Later, Oksana Petrenko spoke again.").entities[0]!.canonical).toBe("Oksana Petrenko");
  });
  it("lets a user alias table add and override entries", () => {
    const aliases = [
      { canonical: "Kiev", type: "place" as const, variants: ["Kyiv", "Kyjiw"] },
      { canonical: "Marta Oliynyk", type: "person" as const, variants: ["Marta Oleinik"] },
    ];
    const r = names("Reporters met Marta Oleinik in Kyjiw on Monday. Later, Marta Oliynyk left Kyiv.", { aliases });
    expect(r.entities.map((e) => [e.canonical, e.variants, e.merges?.[0]?.how])).toEqual([
      ["Marta Oliynyk", ["Marta Oleinik", "Marta Oliynyk"], "user-alias"],
      ["Kiev", ["Kyjiw", "Kyiv"], "user-alias"],
    ]);
  });
});

describe("speaker linking", () => {
  it("links a speaker by mention and gives the canonical name", () => {
    const text = "“We are ready,” Vladimir Zelensky said on Monday.";
    const q = quoteAt(text, "We are ready,", "Vladimir Zelensky", "Vladimir Zelensky");
    const r = names(text, {}, [q]);
    const entity = r.entities.find((e) => e.canonical === "Volodymyr Zelenskyy")!;
    expect(r.quotes[0]!.speaker).toMatchObject({ name: "Volodymyr Zelenskyy", entity: entity.id });
  });
  it("links a speaker by name when the mention is a pronoun", () => {
    const text = "Talks began, Karl Berger said. “It went well,” he added.";
    const q = quoteAt(text, "It went well,", "Karl Berger", "he");
    const r = names(text, {}, [q]);
    expect(r.quotes[0]!.speaker).toMatchObject({ name: "Karl Berger", entity: r.entities[0]!.id });
  });
  it("leaves nominal speakers unlinked", () => {
    const text = "“Progress was made,” a US official said.";
    const q = quoteAt(text, "Progress was made,", "US official", "US official");
    expect(names(text, {}, [q]).quotes[0]!.speaker).toMatchObject({ name: "US official", entity: null });
  });
});

describe("rewritten body", () => {
  it("rewrites variants outside quotations, with offsets into the original text", () => {
    const text = "Zelensky visited Kiev. “Kiev stands,” said Zelensky.";
    const q = quoteAt(text, "Kiev stands,", "Zelensky", null);
    const r = names(text, { rewriteNames: true }, [q]);
    expect(r.rewritten?.body).toBe("Zelenskyy visited Kyiv. “Kiev stands,” said Zelenskyy.");
    for (const e of r.rewritten!.edits) expect(r.text.slice(e.start, e.end)).toBe(e.text);
    expect(r.rewritten!.edits.map((e) => [e.text, e.replacement])).toEqual([
      ["Zelensky", "Zelenskyy"],
      ["Kiev", "Kyiv"],
      ["Zelensky", "Zelenskyy"],
    ]);
  });
  it("is absent unless asked for", () => {
    expect(names("Zelensky visited Kiev.").rewritten).toBeUndefined();
  });
});

describe("robustness", () => {
  it("returns nothing for text without names", () => {
    expect(names("it was a quiet day, and nothing happened at all.").entities).toEqual([]);
  });
  it("stays linear on long input", () => {
    const paragraph = "Reporters met Anna Kovalenko in Kiev, and Kovalenko later spoke to Ivan Petrov of the Bank of Odesa. ";
    const small = paragraph.repeat(200);
    const big = paragraph.repeat(2000);
    const t0 = performance.now();
    names(small);
    const t1 = performance.now();
    const r = names(big);
    const t2 = performance.now();
    expect(r.entities.find((e) => e.canonical === "Anna Kovalenko")!.mentions.length).toBe(4000);
    expect(t2 - t1).toBeLessThan(Math.max(40 * (t1 - t0), 2000));
  });
});
