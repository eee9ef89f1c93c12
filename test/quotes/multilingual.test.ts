// Attribution patterns of French, Italian, Spanish, Russian, Ukrainian and Polish copy, on
// sentences written for these tests.
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf } from "./helpers.js";

function speakers(text: string, language: string) {
  const quotes = quotesOf(text, { language });
  checkOffsets(text, quotes);
  return quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, mention: q.speaker?.mention?.text ?? null }));
}

describe("source phrases across languages", () => {
  it("an elided article before the source is not part of its name (selon l'Insee, secondo l'Istat)", () => {
    expect(speakers("Selon l'Insee, « la croissance restera faible cette année ».", "fr")[0]).toMatchObject({ speaker: "Insee", mention: "Insee" });
    expect(speakers("Secondo l'Istat, «l'economia è in ripresa».", "it")[0]).toMatchObject({ speaker: "Istat", mention: "Istat" });
  });

  it("a possessive pronoun inside the phrase names the last speaker (по его словам, за його словами)", () => {
    const ru = speakers(
      "«Мы не видим оснований для паники», — заявил Дмитрий Песков журналистам.\nПо его словам, «ситуация под контролем».",
      "ru",
    );
    expect(ru[1]).toMatchObject({ speaker: "Дмитрий Песков", mention: "его" });
    const uk = speakers("«Ми готові до будь-якого сценарію», — сказав Олексій Резніков.\nЗа його словами, «ситуація під контролем».", "uk");
    expect(uk[1]).toMatchObject({ speaker: "Олексій Резніков", mention: "його" });
  });

  it("an object pronoun right after the phrase names the last speaker (selon lui)", () => {
    const fr = speakers("« Nous n'avons pas le choix », a déclaré Marine Dupont.\nSelon elle, « la réforme est urgente ».", "fr");
    expect(fr[1]).toMatchObject({ speaker: "Marine Dupont", mention: "elle" });
  });

  it("a manner conjunction and any cue verb put the speaker after the verb (Как отметил X)", () => {
    const ru = speakers("Как отметил министр финансов Антон Силуанов, «бюджет будет исполнен».", "ru");
    expect(ru[0]).toMatchObject({ speaker: "Антон Силуанов" });
    const es = speakers("Como dijo la ministra Ana López, «no habrá recortes».", "es");
    expect(es[0]).toMatchObject({ speaker: "Ana López" });
  });
});

describe("a department between a role and a name", () => {
  it("is not part of the name", () => {
    expect(speakers("“We will not back down,” said Minister of Foreign Affairs Sergei Lavrov.", "en")[0]).toMatchObject({ speaker: "Sergei Lavrov" });
    expect(speakers("“We will not back down,” Secretary of State Antony Blinken said.", "en")[0]).toMatchObject({ speaker: "Antony Blinken" });
    expect(speakers("“Not now,” State Senator Jane Roe said.", "en")[0]).toMatchObject({ speaker: "Jane Roe" });
  });
});
