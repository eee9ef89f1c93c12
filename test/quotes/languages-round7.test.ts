import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.js";

/** Quotation text and speaker name of each quotation, in a text of `language`. */
const quotes = (text: string, language: string) => quotesOf(text, { language }).map((q) => [q.text, q.speaker?.name]);

describe("cue verbs and sources in Indonesian, Turkish, Swedish, Czech and Romanian", () => {
  it("Indonesian: a cue verb after the quotation, and `menurut` before a name", () => {
    expect(quotes('"Ini hari yang penting bagi kota kami," kata Dewi Lestari kepada wartawan.', "id")).toEqual([["Ini hari yang penting bagi kota kami,", "Dewi Lestari"]]);
    expect(quotes('Menurut Dewi Lestari, "pelabuhan itu akan dibuka bulan depan".', "id")[0]?.[1]).toBe("Dewi Lestari");
  });
  it("Turkish: the verb after the quotation, its subject after it", () => {
    expect(quotes('"Bu kentimiz için önemli bir gün," dedi Ayşe Kaya.', "tr")).toEqual([["Bu kentimiz için önemli bir gün,", "Ayşe Kaya"]]);
  });
  it("Swedish, Czech, Romanian", () => {
    expect(quotes('"Det är en viktig dag för staden", sa Karin Berg.', "sv")[0]?.[1]).toBe("Karin Berg");
    expect(quotes("„Je to důležitý den pro město,“ řekla Petra Dvořáková.", "cs")[0]?.[1]).toBe("Petra Dvořáková");
    expect(quotes("„Este o zi importantă pentru oraș”, a declarat Elena Radu.", "ro")[0]?.[1]).toBe("Elena Radu");
  });
  it("Swedish `hon` is feminine, and takes the woman named before the last speaker", () => {
    expect(quotes('Stadsrådet Karin Berg öppnade hamnen i går. "Vi är redo", sa Lars Holm. "Det är vi inte", sa hon.', "sv").map((q) => q[1])).toEqual(["Lars Holm", "Karin Berg"]);
  });
});
