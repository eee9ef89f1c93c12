import { describe, expect, it } from "vitest";
import { stoplistFor } from "../../src/lines/assessment.js";
import { countsStopwords, lineFeatures, stopwordsOf } from "../../src/lines/features.js";

const EN = stoplistFor("en");

describe("stopwordsOf and countsStopwords", () => {
  it("counts stopwords on lines whose class they decide: 70 characters or more, or sentences", () => {
    expect(countsStopwords(70, false)).toBe(true);
    expect(countsStopwords(69, false)).toBe(false);
    expect(countsStopwords(20, true)).toBe(true);
    expect(countsStopwords(15, true)).toBe(false);
  });

  it("counts, on demand, the stopwords of a line the features left uncounted", () => {
    const wrapped = "the minister said that the talks would resume in the";
    expect(wrapped.length).toBeLessThan(70);
    expect(lineFeatures(wrapped, EN).stopwords).toBe(0);
    // the ×3, said, that, would, in
    expect(stopwordsOf(wrapped, EN)).toBe(7);
  });

  it("agrees with the features where they count", () => {
    const line = "The minister said on Monday that the talks with the union would resume in the spring.";
    expect(stopwordsOf(line, EN)).toBe(lineFeatures(line, EN).stopwords);
    expect(lineFeatures(line, EN).stopwords).toBeGreaterThan(5);
  });

  it("finds no stopwords without a stoplist", () => {
    expect(stopwordsOf("the and of", new Set())).toBe(0);
  });
});

describe("Turkish dotted capital I", () => {
  it("counts `İki` as the stopword `iki`", () => {
    const tr = stoplistFor("tr");
    const line = (first: string) => `${first} yıl önce bu kararı aldık ve şimdi sonuçlarını görüyoruz.`;
    expect(lineFeatures(line("İki"), tr).stopwords).toBe(lineFeatures(line("iki"), tr).stopwords);
  });
});
