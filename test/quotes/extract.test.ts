// End-to-end checks of the quotes stage on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf, rows } from "./helpers.js";

function run(text: string, options: Parameters<typeof quotesOf>[1] = {}) {
  const quotes = quotesOf(text, options);
  checkOffsets(text, quotes);
  return rows(quotes);
}

describe("extractQuotes: attribution in English", () => {
  it("speaker after the quotation, with a role stripped", () => {
    expect(run("“The dam will hold through the winter,” regional water director Ines Kowal told reporters.")).toEqual([
      { text: "The dam will hold through the winter,", speaker: "Ines Kowal", mention: "Ines Kowal", cue: "told", kind: "direct" },
    ]);
  });

  it("inverted cue, and a quotation split around its cue", () => {
    expect(run("“The plan,” said Ms Okafor, “is running late.”")).toEqual([
      { text: "The plan,", speaker: "Okafor", mention: "Okafor", cue: "said", kind: "partial" },
      { text: "is running late.", speaker: "Okafor", mention: "Okafor", cue: "said", kind: "direct" },
    ]);
  });

  it("appositive between the speaker and the cue", () => {
    const [q] = run("“We queued for six hours,” Amir Sadeghi, a 34-year-old nurse, told reporters.");
    expect(q).toMatchObject({ speaker: "Amir Sadeghi", cue: "told" });
  });

  it("colon, dash and according to", () => {
    expect(run("Marsh: “The port stays open.”")[0]).toMatchObject({ speaker: "Marsh", cue: ":" });
    expect(run("She said: “The port stays open.”")[0]).toMatchObject({ mention: "She", cue: "said" });
    expect(run("“Growth will return next year” — CEO Maria Lopes")[0]).toMatchObject({ speaker: "Maria Lopes", cue: "—" });
    expect(run("Traffic fell by a third, with flights “cut to a minimum” according to the aviation authority.")[0]).toMatchObject({
      speaker: "aviation authority",
      cue: "according to",
      kind: "partial",
    });
  });

  it("nominal speakers keep their head phrase", () => {
    expect(run("A senior EU diplomat said the talks were “frank but useful”.")[0]).toMatchObject({ speaker: "senior EU diplomat", kind: "partial" });
    expect(run("The Pentagon said the drills were “purely defensive”.")[0]).toMatchObject({ speaker: "Pentagon" });
  });

  it("resolves a surname, a pronoun and a definite nominal to the earlier speaker", () => {
    const text = [
      "Port director Lena Marsh said the strike would end soon.",
      "“We have a deal in principle,” Marsh said.",
      "“The details will follow,” she added.",
      "A union official told reporters the vote was “a formality”.",
      "“Members will back it,” the official said.",
    ].join("\n");
    expect(run(text).map((r) => [r.speaker, r.mention])).toEqual([
      ["Lena Marsh", "Marsh"],
      ["Lena Marsh", "she"],
      ["union official", "A union official"],
      ["union official", "the official"],
    ]);
  });

  it("a quote-only paragraph continues the previous speaker; a second quote keeps the paragraph's", () => {
    const text = [
      "“The lake froze early this year,” ranger Tomas Berg said. “Nobody expected it.”",
      "",
      "“Skaters should still stay off the ice.”",
    ].join("\n");
    expect(run(text).map((r) => [r.text, r.speaker, r.cue])).toEqual([
      ["The lake froze early this year,", "Tomas Berg", "said"],
      ["Nobody expected it.", "Tomas Berg", null],
      ["Skaters should still stay off the ice.", "Tomas Berg", null],
    ]);
  });
});

describe("extractQuotes: what is not speech", () => {
  it("leaves out titles, nicknames, so-called terms and markup", () => {
    expect(run("She starred in the film “Silent Harbour” last year.")).toEqual([]);
    expect(run("Guitarist James “Jimmy” Reed left the band.")).toEqual([]);
    expect(run("The so-called “green corridor” opened on Monday.")).toEqual([]);
    expect(run('<img alt="harbour view"> The port reopened.')).toEqual([]);
    expect(run("He appeared on NBC's “Evening Report” again.")).toEqual([]);
  });
});

describe("extractQuotes: broken marks", () => {
  it("degrades to a best guess with lower confidence, never a runaway span", () => {
    const text = "The mayor said: “We will rebuild the bridge by spring";
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe("We will rebuild the bridge by spring");
    expect(quotes[0]!.confidence).toBeLessThan(0.5);
    expect(quotesOf("“".repeat(50_000))).toEqual([]);
    const long = `“${"word ".repeat(3000)}”`;
    expect(quotesOf(long)).toEqual([]);
  });

  it("a closing mark alone, confirmed by its cue", () => {
    const [q] = quotesOf("We will rebuild the bridge by spring,” the mayor said.");
    expect(q?.text).toBe("We will rebuild the bridge by spring,");
    expect(q?.confidence).toBeLessThan(0.5);
  });
});

describe("extractQuotes: context", () => {
  it("takes no quote or speaker from an excluded span such as the dateline", () => {
    const text = "LISBON: “Ferries run again,” the operator said.";
    const quotes = quotesOf(text, { exclude: [{ start: 0, end: 7 }] });
    expect(quotes[0]?.speaker?.mention?.text).toBe("the operator");
  });

  it("skips junk lines", () => {
    const text = "“Sign up for our newsletter,” we say.\n“The river rose overnight,” the mayor said.";
    expect(quotesOf(text, { kinds: { 1: "promo" } }).map((q) => q.line)).toEqual([2]);
  });

  it("reads cues in German, French, Spanish, Russian and Ukrainian", () => {
    expect(run("„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Weber.", { language: "de" })[0]).toMatchObject({
      speaker: "Anna Weber",
      cue: "sagte",
    });
    expect(run("Dazu sagte der Minister: „Die Strecke bleibt offen.“", { language: "de" })[0]).toMatchObject({ mention: "der Minister" });
    expect(run("« Le pont sera rouvert en mai », a déclaré le maire Paul Henri.", { language: "fr" })[0]).toMatchObject({
      speaker: "Paul Henri",
      cue: "déclaré",
    });
    expect(run("«El puente abrirá en mayo», dijo la alcaldesa Rosa Vidal.", { language: "es" })[0]).toMatchObject({ speaker: "Rosa Vidal", cue: "dijo" });
    expect(run("«Мост откроют в мае», — заявил мэр Иван Петров.", { language: "ru" })[0]).toMatchObject({ speaker: "Иван Петров", cue: "заявил" });
    expect(run("«Міст відкриють у травні», — сказав мер Олег Коваль.", { language: "uk" })[0]).toMatchObject({ speaker: "Олег Коваль", cue: "сказав" });
  });

  it("reads German clause-final participles and verb-second subjects", () => {
    expect(run("Weber hatte zuvor die Rolle der Kommunen betont: „Ohne sie geht es nicht.“", { language: "de" })[0]).toMatchObject({ mention: "Weber" });
    expect(run("Im Interview sagte sie: „Wir bleiben.“", { language: "de" })[0]).toMatchObject({ mention: "sie" });
  });

  it("steps over a parenthesis after a name, and reads a bar as a dash", () => {
    expect(run("“We will vote no,” Sen. Jane Roe (D-Ore.) said.")[0]).toMatchObject({ speaker: "Jane Roe" });
    expect(run("“The fares are too high.” ― Lucy Grant")[0]).toMatchObject({ speaker: "Lucy Grant" });
  });

  it("rejects German names of things in quotation marks", () => {
    expect(run("Die Zeitung „Nordkurier“ berichtete am Montag über die Brücke.", { language: "de" })).toEqual([]);
  });

  it("reads a multi-paragraph quotation as one speaker's", () => {
    const text = "“The first phase is done,” the engineer Jan Holm said. “The second phase starts in May.\n\n“The third will follow in the autumn.”";
    expect(run(text).map((r) => r.speaker)).toEqual(["Jan Holm", "Jan Holm", "Jan Holm"]);
  });
});
