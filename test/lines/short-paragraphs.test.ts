import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";
import { detectLanguage, detectLineLanguages } from "../../src/language/index.js";
import { classifyLines } from "../../src/lines/index.js";
import { prepareText } from "../../src/prepare/index.js";
import { densityClass, densityScale, pageDensity } from "../../src/lines/density.js";
import { lineFeatures } from "../../src/lines/features.js";

const EN = new Set(["the", "a", "we", "are", "she", "he", "to", "will", "be", "there", "no", "is", "of", "on", "it"]);

describe("one-sentence paragraphs", () => {
  it("on a page with prose, a short sentence dense in stopwords reads like prose; a short label does not", () => {
    const page = { scale: 1, sentences: true };
    expect(densityClass(lineFeatures("“We are ready,” she said.", EN), true, page)).toBe("near-good");
    expect(densityClass(lineFeatures("“There will be no new taxes,” Roe told reporters.", EN), true, page)).toBe("near-good");
    expect(densityClass(lineFeatures("Related stories", EN), true, page)).toBe("short");
    expect(densityClass(lineFeatures("Minister resigns over budget row", EN), true, page)).toBe("short");
    expect(densityClass(lineFeatures("Sign in.", EN), true, page)).toBe("short");
    // jusText's reading elsewhere: short lines are short.
    expect(densityClass(lineFeatures("“We are ready,” she said.", EN), true)).toBe("short");
  });

  it("short sentences read as prose only on a page that has prose of normal length", () => {
    const f = (text: string) => lineFeatures(text, EN);
    const prose = f("The council said on Monday that it will be ready to vote on the plan of the mayor.");
    expect(pageDensity([prose, f("“We are ready,” she said.")], true).sentences).toBe(true);
    expect(pageDensity([f("The council said it is ready."), f("“We are ready,” she said.")], true).sentences).toBe(false);
  });

  it("a wire brief of short lines keeps its first line as the title", () => {
    const brief = "ACME <ACM> GETS 28.3 MLN DLR CONTRACT\n\n    WASHINGTON, Feb 26 - Acme Corp has\nreceived a 28.3 mln dlr contract for work on the bridge in\nthe current fiscal year, the agency said.\n";
    expect(normalizeArticle(brief).title).toBe("ACME <ACM> GETS 28.3 MLN DLR CONTRACT");
  });

  it("quoted remarks closing a short article stay in the body, in any language", () => {
    const kinds = (text: string) => normalizeArticle(text).lines.map((l) => l.kind);
    expect(
      kinds(
        "Government approves the plan\n\nThe finance minister, Jane Roe, spoke to lawmakers on Tuesday afternoon about the budget.\n“There will be no new taxes,” Roe told reporters.\n“We are ready,” she said.\nRelated stories\nMinister resigns over budget row",
      ),
    ).toEqual(["title", "blank", "body", "body", "body", "promo", "promo"]);
    expect(
      kinds(
        "El Gobierno aprueba el plan\n\nLa presidenta del Banco Central, Ana López, habló ante el Congreso el martes por la tarde.\n«La inflación bajará en otoño», dijo López a los periodistas.\n\"No habrá recortes\", aseguró el portavoz del Gobierno.",
      ),
    ).toEqual(["title", "blank", "body", "body", "body"]);
  });

  it("a Chinese or Japanese sentence of a dozen characters closing the text stays body", () => {
    const kinds = (text: string) => normalizeArticle(text).lines.map((l) => l.kind);
    expect(kinds("外交部发言人回应记者提问\n\n发言人周二在北京举行例行记者会，回答了记者提出的多个问题，并介绍了最新情况。\n发言人说：「我们的立场是一贯的。」")).toEqual(["title", "blank", "body", "body"]);
    expect(kinds("政府が新たな方針を発表\n\n官房長官は火曜日、東京で記者会見を開き、政府の方針について詳しく説明した。\n長官は「政府として全力で対応する」と述べた。")).toEqual(["title", "blank", "body", "body"]);
  });
});

describe("density thresholds per page", () => {
  const long = (density: number, endsSentence = true) =>
    ({ ...lineFeatures("x", new Set()), length: 260, words: 45, stopwords: Math.round(density * 45), density, endsSentence }) as ReturnType<typeof lineFeatures>;

  it("stay as they are when the page's long sentences are as dense as prose usually is", () => {
    expect(densityScale([long(0.4), long(0.45), long(0.36)])).toBe(1);
  });

  it("are lowered for a page whose prose is thin in stopwords (clitic articles and prepositions)", () => {
    const scale = densityScale([long(0.19), long(0.19), long(0.27), long(0.2)]);
    expect(scale).toBeCloseTo(0.2 / 0.34, 5);
    expect(densityClass(long(0.19), true)).toBe("bad");
    expect(densityClass(long(0.19), true, { scale, sentences: false })).toBe("good");
  });

  it("need three long sentences to judge, and never drop below half", () => {
    expect(densityScale([long(0.1), long(0.1)])).toBe(1);
    expect(densityScale([long(0.1), long(0.1, false), long(0.05, false), long(0.05)])).toBe(1);
    expect(densityScale([long(0.05), long(0.05), long(0.05)])).toBe(0.5);
  });
});

describe("two short paragraphs above a share bar", () => {
  const kinds = (text: string) => {
    const prepared = prepareText(text);
    const language = detectLanguage(prepared.lines);
    return classifyLines(prepared.lines, { language, lineLanguages: detectLineLanguages(prepared.lines, language) })
      .filter((l) => l.kind !== "blank")
      .map((l) => l.kind);
  };
  it("are the text, not a standfirst the bar cuts off (Chinese)", () => {
    const page = [
      "港口新码头今天正式启用",
      "港务局表示，新码头每年可以接待超过五十万名旅客。",
      "局长在启用仪式上说，这将方便岛上居民的出行。",
      "分享到：",
      "据介绍，新码头于两年前开工建设，总投资约八亿元。施工期间，工程队克服了台风和冬季低温等多重困难，确保了工程质量和进度。",
      "港务部门提醒，启用初期客流量较大，请旅客合理安排出行时间，提前购票，注意安全，遵守码头秩序。",
    ].join("\n\n");
    expect(kinds(page)).toEqual(["title", "body", "body", "share", "body", "body"]);
  });
  it("are the text in Arabic, where a short sentence reads thin in stopwords", () => {
    const page = [
      "افتتاح ميناء جديد في الجزيرة",
      "افتتح رئيس الهيئة اليوم الميناء الجديد الذي يربط الجزيرة بالساحل بعد عامين من العمل.",
      "وقال رئيس الهيئة إن الميناء سيختصر وقت السفر للسكان بشكل كبير.",
      "شارك",
      "وأضاف أن تكلفة المشروع بلغت نحو خمسين مليون دولار، وأن العمل استمر رغم الصعوبات الكثيرة التي واجهت المهندسين والعمال خلال فصل الشتاء.",
      "وأشار إلى أن الميناء سيفتح أمام حركة الركاب بشكل كامل خلال الأسبوع المقبل بعد استكمال أعمال الإنارة والتجهيز.",
    ].join("\n\n");
    expect(kinds(page)).toEqual(["title", "body", "body", "share", "body", "body"]);
  });
});
