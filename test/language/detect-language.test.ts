import { describe, expect, it } from "vitest";
import { detectLanguage, detectTextLanguage } from "../../src/language/index.js";
import { prepareText } from "../../src/prepare/index.js";

const samples: [string, string, string, string][] = [
  ["en", "eng", "Latn", "The minister said on Tuesday that the government would not change its plans for the new budget, despite protests in the capital."],
  ["fr", "fra", "Latn", "Le ministre a déclaré mardi que le gouvernement ne changerait pas ses projets pour le nouveau budget, malgré les manifestations dans la capitale."],
  ["de", "deu", "Latn", "Der Minister sagte am Dienstag, die Regierung werde ihre Pläne für den neuen Haushalt trotz der Proteste in der Hauptstadt nicht ändern."],
  ["es", "spa", "Latn", "El ministro dijo el martes que el gobierno no cambiaría sus planes para el nuevo presupuesto, a pesar de las protestas en la capital."],
  ["pt", "por", "Latn", "O ministro disse na terça-feira que o governo não mudaria os seus planos para o novo orçamento, apesar dos protestos na capital."],
  ["it", "ita", "Latn", "Il ministro ha detto martedì che il governo non cambierà i suoi piani per il nuovo bilancio, nonostante le proteste nella capitale."],
  ["nl", "nld", "Latn", "De minister zei dinsdag dat de regering haar plannen voor de nieuwe begroting niet zou wijzigen, ondanks de protesten in de hoofdstad."],
  ["pl", "pol", "Latn", "Minister powiedział we wtorek, że rząd nie zmieni swoich planów dotyczących nowego budżetu, pomimo protestów w stolicy kraju."],
  ["ru", "rus", "Cyrl", "Министр заявил во вторник, что правительство не изменит свои планы в отношении нового бюджета, несмотря на протесты в столице."],
  ["uk", "ukr", "Cyrl", "Міністр заявив у вівторок, що уряд не змінить своїх планів щодо нового бюджету, попри протести у столиці країни."],
  ["tr", "tur", "Latn", "Bakan salı günü yaptığı açıklamada, başkentteki protestolara rağmen hükümetin yeni bütçe planlarını değiştirmeyeceğini söyledi."],
  ["ar", "arb", "Arab", "قال الوزير يوم الثلاثاء إن الحكومة لن تغير خططها بشأن الميزانية الجديدة على الرغم من الاحتجاجات في العاصمة."],
  ["zh", "cmn", "Hans", "部长周二表示，尽管首都发生了抗议活动，政府也不会改变其新预算计划。这是他们的决定。"],
  ["ja", "jpn", "Jpan", "大臣は火曜日、首都で抗議活動が起きているにもかかわらず、政府は新しい予算の計画を変更しないと述べた。"],
  ["ko", "kor", "Hang", "장관은 화요일 수도에서 시위가 벌어지고 있음에도 정부가 새 예산 계획을 바꾸지 않을 것이라고 말했다."],
];

describe("detectTextLanguage", () => {
  it.each(samples)("detects %s (%s, %s)", (code, iso6393, script, text) => {
    const language = detectTextLanguage(text);
    expect(language).toMatchObject({ code, iso6393, script });
    expect(language.confidence).toBeGreaterThan(0.3);
  });

  it("returns und with zero confidence below twenty letters", () => {
    expect(detectTextLanguage("Hello there")).toEqual({ code: "und", iso6393: "und", script: "Latn", confidence: 0 });
    expect(detectTextLanguage("12345 !!! 678")).toMatchObject({ code: "und", script: "Zyyy", confidence: 0 });
  });

  it("decides a brief of one or two sentences from two function words of one language", () => {
    expect(detectTextLanguage("Городской совет утвердил новый план застройки. Мэр заявил, что работы не начнутся до весны.")).toMatchObject({ code: "ru", script: "Cyrl" });
    expect(detectTextLanguage("מועצת העיר אישרה תוכנית בנייה חדשה. ראש העיר אמר שהעבודות לא יתחילו לפני האביב.")).toMatchObject({ code: "he", script: "Hebr" });
    // One function word is not enough: a short text without more stays undetermined.
    expect(detectTextLanguage("Belediye meclisi yeni bir imar planını onayladı dün akşam.").code).toBe("und");
  });

  it("keeps a clear function-word lead over franc's pick among close languages", () => {
    // 11 Dutch function words against 6 Afrikaans ones; franc alone reads this as Afrikaans.
    expect(detectTextLanguage("De Nederlandse minister Jan de Vries zei dinsdag in Den Haag dat het kabinet een nieuw plan presenteert. De Vries sprak ook met de burgemeester van Utrecht.").code).toBe("nl");
  });

  it("tells close languages apart by the function words only one of them has", () => {
    expect(detectTextLanguage("Wali kota Budi Santoso mengatakan pada hari Selasa bahwa pemerintah kota akan membangun jembatan baru di pelabuhan.").code).toBe("id");
    expect(detectTextLanguage("Datuk Bandar berkata bahawa kerajaan negeri akan membina jambatan baharu di pelabuhan kerana permintaan yang tinggi.").code).toBe("ms");
  });

  it("is more confident on more text", () => {
    const short = detectTextLanguage("The government would not change its plans.");
    const long = detectTextLanguage(samples[0]![3]);
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });

  it("respects a restriction to given languages", () => {
    const language = detectTextLanguage(samples[1]![3], { languages: ["en", "de"] });
    expect(["en", "de"]).toContain(language.code);
    expect(detectTextLanguage(samples[13]![3], { languages: ["en"] }).code).toBe("und");
  });
});

describe("detectLanguage", () => {
  it("reads body-like lines, not a foreign-script spam line on top", () => {
    const page = [
      "免费视频在线观看,高清无码,精品资源,每日更新,成人内容,网站导航,热门推荐,最新影片,精彩合集,免费下载",
      "Home / World",
      "",
      samples[0]![3],
      samples[0]![3].replace("Tuesday", "Wednesday"),
    ].join("\n");
    expect(detectLanguage(prepareText(page).lines)).toMatchObject({ code: "en", script: "Latn" });
  });
});

describe("the sample franc reads", () => {
  it("starts with the longest lines, the paragraphs, not the headline and captions above them", async () => {
    const { selectSample } = await import("../../src/language/sample.js");
    const lines = ["A short headline over the story here", "", "A much longer paragraph of the text itself, which is what the language should be read from, not the lines above it."];
    const sample = selectSample(prepareText(lines.join("\n")).lines);
    expect(sample.text.split("\n")[0]).toBe(lines[2]);
  });
});
