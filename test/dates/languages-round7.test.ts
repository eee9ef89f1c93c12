// Dates in Italian, Portuguese, Dutch, Polish, Turkish and Indonesian: datelines, date lines,
// absolute dates, weekdays, relative words, and the ordinary words that only look like dates.
// Every sentence here is invented.
import { describe, expect, it } from "vitest";
import { readPrefixDateline, normalCase } from "../../src/dates/dateline.js";
import { extractDates } from "../../src/dates/index.js";
import { guessLanguage } from "../../src/dates/language-hint.js";
import { parseMonthName } from "../../src/dates/parse/month-name.js";
import { parseRelative } from "../../src/dates/parse/relative.js";
import { parseWeekday } from "../../src/dates/parse/weekday.js";
import { resolveOverlaps } from "../../src/dates/refine/merge.js";
import { normalizeArticle } from "../../src/index.js";
import { toLines } from "./helpers.js";

/** Run the whole dates stage; every reported span must be the text it reports. */
function run(text: string, language: string, referenceDate?: string) {
  const found = extractDates(toLines(text), { referenceDate, language });
  for (const d of found.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  if (found.dateline) expect(text.slice(found.dateline.start, found.dateline.end)).toBe(found.dateline.raw);
  return found;
}

/** [text, value] of every expression of the body. */
function values(text: string, language: string, referenceDate?: string): [string, string | null][] {
  return run(text, language, referenceDate).dates.map((d) => [d.text, d.value]);
}

/** The longest month-name dates of one sentence. */
function months(text: string, language: string) {
  return resolveOverlaps(parseMonthName(text, { language })).map((c) => ({ text: text.slice(c.start, c.end), expr: c.expr }));
}

function weekdays(text: string, language: string) {
  return parseWeekday(text, { language }).map((c) => ({ text: text.slice(c.start, c.end), expr: c.expr }));
}

function relatives(text: string, language: string) {
  return resolveOverlaps(parseRelative(text, { language })).map((c) => ({ text: text.slice(c.start, c.end), expr: c.expr }));
}

function article(text: string, referenceDate: string) {
  const a = normalizeArticle(text, { referenceDate });
  for (const d of a.dates) expect(a.text.slice(d.start, d.end)).toBe(d.text);
  return a;
}

// 2025-10-20 is a Monday.
const REF = "2025-10-20";

describe("Italian", () => {
  it("reads absolute dates", () => {
    expect(months("Il cantiere aprirà il 20 ottobre 2025.", "it")).toEqual([{ text: "20 ottobre 2025", expr: { kind: "day", day: { y: 2025, m: 10, d: 20 } } }]);
    expect(months("dal 3 al 5 maggio", "it")[0]?.expr).toEqual({ kind: "month-day", m: 5, d: 3, m2: 5, d2: 5 });
    expect(months("il 3 e 4 giugno", "it")[0]).toEqual({ text: "3 e 4 giugno", expr: { kind: "month-day", m: 6, d: 3, m2: 6, d2: 4 } });
    expect(months("a settembre si vota", "it")[0]).toEqual({ text: "settembre", expr: { kind: "yearless-month", m: 9 } });
    expect(months("nel gennaio 2024", "it")[0]?.expr).toEqual({ kind: "month", y: 2024, m: 1 });
  });
  it("reads weekdays and their qualifiers", () => {
    expect(weekdays("ha parlato martedì", "it")).toEqual([{ text: "martedì", expr: { kind: "weekday", weekday: 2, shift: null } }]);
    expect(weekdays("venerdì prossimo", "it")[0]?.expr).toEqual({ kind: "weekday", weekday: 5, shift: 1 });
    expect(weekdays("domenica scorsa", "it")[0]?.expr).toEqual({ kind: "weekday", weekday: 0, shift: -1 });
    expect(weekdays("lo scorso giovedì", "it")[0]).toEqual({ text: "lo scorso giovedì", expr: { kind: "weekday", weekday: 4, shift: -1 } });
    expect(weekdays("la prossima domenica", "it")[0]?.expr).toEqual({ kind: "weekday", weekday: 0, shift: 1 });
  });
  it("leaves out habits: 'il sabato', 'ogni lunedì'", () => {
    expect(weekdays("Il sabato il mercato resta aperto.", "it")).toEqual([]);
    expect(weekdays("Ogni lunedì si riunisce il comitato.", "it")).toEqual([]);
  });
  it("resolves relative words", () => {
    expect(values("Ieri il sindaco ha firmato, domani parte il cantiere, oggi si discute.", "it", REF)).toEqual([
      ["Ieri", "2025-10-19"],
      ["domani", "2025-10-21"],
      ["oggi", "2025-10-20"],
    ]);
    expect(values("La settimana scorsa il consiglio ha votato; l'anno prossimo arrivano i fondi e quest'anno si chiude il bilancio.", "it", REF)).toEqual([
      ["La settimana scorsa", "2025-W42"],
      ["l'anno prossimo", "2026"],
      ["quest'anno", "2025"],
    ]);
    expect(values("Il progetto è stato presentato tre giorni fa, due anni fa era solo un'idea.", "it", REF)).toEqual([
      ["tre giorni fa", "2025-10-17"],
      ["due anni fa", "2023"],
    ]);
    expect(values("Nel 2019 la ditta ha aperto.", "it", REF)).toEqual([["2019", "2019"]]);
  });
  it("reads a dateline with its date, and an agency first", () => {
    const f = run("ROMA, 20 ottobre 2025 – Il ministro ha detto martedì che il cantiere aprirà venerdì.", "it", "2025-12-31");
    expect(f.dateline).toMatchObject({ place: "Roma", raw: "ROMA, 20 ottobre 2025 –" });
    expect(f.published).toMatchObject({ value: "2025-10-20", from: "dateline" });
    expect(f.dates.map((d) => [d.text, d.value])).toEqual([
      ["martedì", "2025-10-14"],
      ["venerdì", "2025-10-24"],
    ]);
    expect(readPrefixDateline("(ANSA) - MILANO, 14 OTT - La giunta si è riunita.")).toMatchObject({ place: "Milano", agency: "ANSA", date: { m: 10, d: 14, y: null } });
  });
  it("reads a labelled date line", () => {
    const f = run("Porto, nuovo piano\nPubblicato il 20 ottobre 2025 alle 10:32\nIl consiglio comunale ha approvato ieri il nuovo piano per il porto turistico della città.", "it");
    expect(f.published).toMatchObject({ value: "2025-10-20T10:32", precision: "minute" });
    expect(f.dates.map((d) => [d.text, d.value])).toEqual([["ieri", "2025-10-19"]]);
  });
});

describe("Portuguese", () => {
  it("reads absolute dates", () => {
    expect(months("As obras começam a 20 de outubro de 2025.", "pt")).toEqual([{ text: "20 de outubro de 2025", expr: { kind: "day", day: { y: 2025, m: 10, d: 20 } } }]);
    expect(months("em março", "pt")[0]).toEqual({ text: "março", expr: { kind: "yearless-month", m: 3 } });
    expect(months("desde dezembro de 2023", "pt")[0]?.expr).toEqual({ kind: "month", y: 2023, m: 12 });
  });
  it("reads weekdays, short forms only as days", () => {
    expect(weekdays("disse na terça-feira", "pt")).toEqual([{ text: "terça-feira", expr: { kind: "weekday", weekday: 2, shift: null } }]);
    expect(weekdays("na próxima sexta-feira", "pt")[0]).toEqual({ text: "na próxima sexta-feira", expr: { kind: "weekday", weekday: 5, shift: 1 } });
    expect(weekdays("no sábado passado", "pt")[0]).toEqual({ text: "sábado passado", expr: { kind: "weekday", weekday: 6, shift: -1 } });
    expect(weekdays("Na segunda, o ministro falou.", "pt")[0]).toEqual({ text: "segunda", expr: { kind: "weekday", weekday: 1, shift: null } });
    expect(weekdays("nesta sexta (24) haverá reunião", "pt")[0]).toEqual({ text: "nesta sexta", expr: { kind: "weekday", weekday: 5, shift: 0 } });
    expect(weekdays("Pela segunda vez, na segunda metade do jogo, a equipa ficou na quinta posição.", "pt")).toEqual([]);
    expect(weekdays("Uma sexta-feira treze assusta muita gente.", "pt")).toEqual([]);
  });
  it("resolves relative words", () => {
    expect(values("Ontem a câmara reuniu-se; hoje há votação e amanhã sai o resultado.", "pt", REF)).toEqual([
      ["Ontem", "2025-10-19"],
      ["hoje", "2025-10-20"],
      ["amanhã", "2025-10-21"],
    ]);
    expect(values("Na semana passada o conselho aprovou o plano, que foi apresentado há três dias e entra em vigor no próximo ano.", "pt", REF)).toEqual([
      ["semana passada", "2025-W42"],
      ["há três dias", "2025-10-17"],
      ["próximo ano", "2026"],
    ]);
  });
  it("reads 'há 2 horas' on a date line as the reference day", () => {
    const f = run("Porto aprova plano\nPublicado há 2 horas\nA câmara municipal aprovou ontem o novo plano para o porto da cidade depois de um longo debate.", "pt", REF);
    expect(f.published).toMatchObject({ value: "2025-10-20", raw: "há 2 horas", from: "date-line" });
    expect(f.dates.map((d) => [d.text, d.value])).toEqual([["ontem", "2025-10-19"]]);
  });
  it("does not read Rio de Janeiro as January", () => {
    expect(months("O Rio de Janeiro 2016 foi lembrado.", "pt")).toEqual([]);
  });
  it("reads a dateline with 'de'", () => {
    const f = run("LISBOA, 20 de outubro de 2025 – O ministro disse na terça-feira que as obras vão começar em 3 de novembro.", "pt", "2025-12-31");
    expect(f.dateline).toMatchObject({ place: "Lisboa", raw: "LISBOA, 20 de outubro de 2025 –" });
    expect(f.published?.value).toBe("2025-10-20");
    expect(f.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["terça-feira", "2025-10-14", "past"],
      ["3 de novembro", "2025-11-03", "future"],
    ]);
  });
});

describe("Dutch", () => {
  it("reads absolute dates and months", () => {
    expect(months("De werken beginnen op 20 oktober 2025.", "nl")).toEqual([{ text: "20 oktober 2025", expr: { kind: "day", day: { y: 2025, m: 10, d: 20 } } }]);
    expect(months("van 3 tot 5 juni", "nl")[0]?.expr).toEqual({ kind: "month-day", m: 6, d: 3, m2: 6, d2: 5 });
    expect(months("sinds maart", "nl")[0]).toEqual({ text: "maart", expr: { kind: "yearless-month", m: 3 } });
  });
  it("reads weekdays and their qualifiers", () => {
    expect(weekdays("zei dinsdag", "nl")).toEqual([{ text: "dinsdag", expr: { kind: "weekday", weekday: 2, shift: null } }]);
    expect(weekdays("afgelopen zaterdag", "nl")[0]?.expr).toEqual({ kind: "weekday", weekday: 6, shift: -1 });
    expect(weekdays("komende vrijdag", "nl")[0]?.expr).toEqual({ kind: "weekday", weekday: 5, shift: 1 });
    expect(weekdays("zondag jl. vergaderde de raad", "nl")[0]).toEqual({ text: "zondag jl.", expr: { kind: "weekday", weekday: 0, shift: -1 } });
    expect(weekdays("Elke vrijdag is er markt.", "nl")).toEqual([]);
  });
  it("reads 'morgen' as tomorrow, not 'de morgen'", () => {
    expect(relatives("We stemmen morgen.", "nl")).toEqual([{ text: "morgen", expr: { kind: "relative-day", days: 1 } }]);
    expect(relatives("De morgen was koud.", "nl")).toEqual([]);
    expect(relatives("Deze morgen was koud.", "nl")).toEqual([]);
    expect(relatives("Vandaag de dag betaalt iedereen met de telefoon.", "nl")).toEqual([]);
  });
  it("resolves relative words", () => {
    expect(values("Gisteren kwam de raad bijeen en vorige week keurde hij de begroting goed.", "nl", REF)).toEqual([
      ["Gisteren", "2025-10-19"],
      ["vorige week", "2025-W42"],
    ]);
    expect(values("Het plan werd drie dagen geleden gepresenteerd en volgend jaar uitgevoerd.", "nl", REF)).toEqual([
      ["drie dagen geleden", "2025-10-17"],
      ["volgend jaar", "2026"],
    ]);
  });
  it("reads a dateline and the body", () => {
    const f = run("AMSTERDAM, 20 oktober 2025 – Minister Joris de Kleijn zei dinsdag dat de werken op 3 november beginnen.", "nl", "2025-12-31");
    expect(f.dateline).toMatchObject({ place: "Amsterdam", raw: "AMSTERDAM, 20 oktober 2025 –" });
    expect(f.published?.value).toBe("2025-10-20");
    expect(f.dates.map((d) => [d.text, d.value])).toEqual([
      ["dinsdag", "2025-10-14"],
      ["3 november", "2025-11-03"],
    ]);
  });
});

describe("Polish", () => {
  it("reads genitive and locative month names", () => {
    expect(months("Wybory odbędą się 20 października 2025 r.", "pl")).toEqual([{ text: "20 października 2025 r.", expr: { kind: "day", day: { y: 2025, m: 10, d: 20 } } }]);
    expect(months("w październiku", "pl")[0]).toEqual({ text: "październiku", expr: { kind: "yearless-month", m: 10 } });
    expect(months("od 20 do 22 listopada", "pl")[0]?.expr).toEqual({ kind: "month-day", m: 11, d: 20, m2: 11, d2: 22 });
    expect(months("na początku maja", "pl")[0]?.expr).toEqual({ kind: "yearless-month", m: 5 });
  });
  it("does not read the name Maja as May", () => {
    expect(months("Maja Nowak przyszła na spotkanie.", "pl")).toEqual([]);
  });
  it("reads weekdays with case endings and qualifiers", () => {
    expect(weekdays("we wtorek", "pl")).toEqual([{ text: "wtorek", expr: { kind: "weekday", weekday: 2, shift: null } }]);
    expect(weekdays("w środę", "pl")[0]?.expr).toEqual({ kind: "weekday", weekday: 3, shift: null });
    expect(weekdays("w zeszłą sobotę", "pl")[0]).toEqual({ text: "w zeszłą sobotę", expr: { kind: "weekday", weekday: 6, shift: -1 } });
    expect(weekdays("w najbliższy piątek", "pl")[0]?.expr).toEqual({ kind: "weekday", weekday: 5, shift: 1 });
    expect(weekdays("do piątku", "pl")[0]?.expr).toEqual({ kind: "weekday", weekday: 5, shift: null });
    expect(weekdays("Co wtorek jest targ.", "pl")).toEqual([]);
  });
  it("resolves relative words", () => {
    expect(values("Wczoraj zebrała się rada, dziś głosuje sejmik, a jutro wyniki.", "pl", REF)).toEqual([
      ["Wczoraj", "2025-10-19"],
      ["dziś", "2025-10-20"],
      ["jutro", "2025-10-21"],
    ]);
    expect(values("W zeszłym tygodniu rada przyjęła budżet, w przyszłym roku ruszy budowa, a projekt przedstawiono trzy dni temu.", "pl", REF)).toEqual([
      ["W zeszłym tygodniu", "2025-W42"],
      ["w przyszłym roku", "2026"],
      ["trzy dni temu", "2025-10-17"],
    ]);
    expect(values("Firma powstała w 2019 roku.", "pl", REF)).toEqual([["2019 roku", "2019"]]);
  });
  it("reads a dateline with 'r.' after the year", () => {
    const f = run("WARSZAWA, 20 października 2025 r. – Minister powiedział we wtorek, że prace ruszą 3 listopada.", "pl", "2025-12-31");
    expect(f.dateline).toMatchObject({ place: "Warszawa", raw: "WARSZAWA, 20 października 2025 r. –" });
    expect(f.published?.value).toBe("2025-10-20");
    expect(f.dates.map((d) => [d.text, d.value])).toEqual([
      ["wtorek", "2025-10-14"],
      ["3 listopada", "2025-11-03"],
    ]);
  });
});

describe("Turkish", () => {
  it("reads dates with a day, a year, or a month suffix", () => {
    expect(months("Toplantı 20 Ekim 2025 tarihinde yapıldı.", "tr")).toEqual([{ text: "20 Ekim 2025", expr: { kind: "day", day: { y: 2025, m: 10, d: 20 } } }]);
    expect(months("Ekim ayında yağmur yağdı.", "tr")[0]).toEqual({ text: "Ekim", expr: { kind: "yearless-month", m: 10 } });
    expect(months("Toplantı Mart'ta yapılacak.", "tr")[0]).toEqual({ text: "Mart", expr: { kind: "yearless-month", m: 3 } });
    expect(months("Aralık 2024'te kuruldu.", "tr")[0]?.expr).toEqual({ kind: "month", y: 2024, m: 12 });
  });
  it("does not read ordinary words as months", () => {
    expect(months("Ocakta yemek pişti, ekim tarlada yapıldı, aralık kapandı.", "tr")).toEqual([]);
    expect(months("ocak başında oturduk", "tr")).toEqual([]);
    expect(months("The Mart 5 store and the Kmart 7 shop", "en")).toEqual([]);
  });
  it("reads weekdays; 'pazar' and 'cuma' only with a day word", () => {
    expect(weekdays("salı günü açıkladı", "tr")).toEqual([{ text: "salı günü", expr: { kind: "weekday", weekday: 2, shift: null } }]);
    expect(weekdays("Pazar günü seçim var.", "tr")[0]).toEqual({ text: "Pazar günü", expr: { kind: "weekday", weekday: 0, shift: null } });
    expect(weekdays("geçen çarşamba", "tr")[0]?.expr).toEqual({ kind: "weekday", weekday: 3, shift: -1 });
    expect(weekdays("önümüzdeki cuma günü", "tr")[0]).toEqual({ text: "önümüzdeki cuma günü", expr: { kind: "weekday", weekday: 5, shift: 1 } });
    expect(weekdays("Pazar yerinde kalabalık vardı.", "tr")).toEqual([]);
    expect(weekdays("Cuma namazı kılındı.", "tr")).toEqual([]);
    expect(weekdays("Her perşembe toplanırlar.", "tr")).toEqual([]);
  });
  it("resolves relative words and reads the tense from the verb ending", () => {
    expect(values("Dün meclis toplandı, bugün karar açıklandı, yarın uygulanacak.", "tr", REF)).toEqual([
      ["Dün", "2025-10-19"],
      ["bugün", "2025-10-20"],
      ["yarın", "2025-10-21"],
    ]);
    expect(values("Geçen hafta bütçe onaylandı ve proje üç gün önce sunuldu.", "tr", REF)).toEqual([
      ["Geçen hafta", "2025-W42"],
      ["üç gün önce", "2025-10-17"],
    ]);
    const f = run("Toplantı Mart'ta yapıldı. Sergi Mart'ta açılacak.", "tr", REF);
    expect(f.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["Mart", "2025-03", "past"],
      ["Mart", "2026-03", "future"],
    ]);
    expect(values("Şirket 2019'da kuruldu, 2022 yılında büyüdü.", "tr", REF)).toEqual([
      ["2019", "2019"],
      ["2022 yılında", "2022"],
    ]);
  });
  it("reads a dateline and writes Turkish capitals in normal case", () => {
    const f = run("ANKARA, 20 Ekim 2025 – Bakan salı günü yaptığı açıklamada çalışmaların 3 Kasım'da başlayacağını söyledi.", "tr", "2025-12-31");
    expect(f.dateline).toMatchObject({ place: "Ankara", raw: "ANKARA, 20 Ekim 2025 –" });
    expect(f.published?.value).toBe("2025-10-20");
    expect(f.dates.map((d) => [d.text, d.value, d.tense])).toEqual([
      ["salı günü", "2025-10-14", null],
      ["3 Kasım", "2025-11-03", "future"],
    ]);
    expect(normalCase("İSTANBUL")).toBe("İstanbul");
    expect(normalCase("DİYARBAKIR")).toBe("Diyarbakır");
  });
});

describe("Indonesian", () => {
  it("reads absolute dates and months", () => {
    expect(months("Rapat digelar pada 20 Oktober 2025.", "id")).toEqual([{ text: "20 Oktober 2025", expr: { kind: "day", day: { y: 2025, m: 10, d: 20 } } }]);
    expect(months("pada bulan Maret", "id")[0]).toEqual({ text: "Maret", expr: { kind: "yearless-month", m: 3 } });
  });
  it("reads weekdays only in Indonesian, and 'minggu' as week", () => {
    expect(weekdays("pada Selasa malam", "id")).toEqual([{ text: "Selasa", expr: { kind: "weekday", weekday: 2, shift: null } }]);
    expect(weekdays("Jumat depan", "id")[0]?.expr).toEqual({ kind: "weekday", weekday: 5, shift: 1 });
    expect(weekdays("pada hari Minggu", "id")[0]?.expr).toEqual({ kind: "weekday", weekday: 0, shift: null });
    expect(weekdays("Minggu lalu dewan bersidang.", "id")).toEqual([]);
    expect(weekdays("Senin için önemli bir gün.", "tr")).toEqual([]);
    expect(weekdays("Setiap Kamis pasar buka.", "id")).toEqual([]);
  });
  it("joins a weekday to the date in brackets after it", () => {
    expect(values("Rapat digelar pada Senin (20/10/2025) di balai kota.", "id", REF)).toEqual([["Senin (20/10/2025)", "2025-10-20"]]);
  });
  it("resolves relative words", () => {
    expect(values("Kemarin dewan bersidang, hari ini hasilnya diumumkan, dan besok mulai berlaku.", "id", REF)).toEqual([
      ["Kemarin", "2025-10-19"],
      ["hari ini", "2025-10-20"],
      ["besok", "2025-10-21"],
    ]);
    expect(values("Pekan lalu anggaran disetujui, proyek dipaparkan tiga hari yang lalu dan selesai tahun depan.", "id", REF)).toEqual([
      ["Pekan lalu", "2025-W42"],
      ["tiga hari yang lalu", "2025-10-17"],
      ["tahun depan", "2026"],
    ]);
  });
  it("reads a dateline with an agency", () => {
    const f = run("Surabaya (ANTARA) - Wali kota mengatakan pada Selasa bahwa pekerjaan akan dimulai pada 3 November.", "id", REF);
    expect(f.dateline).toMatchObject({ place: "Surabaya", agency: "Antara" });
    expect(f.dates.map((d) => [d.text, d.value])).toEqual([
      ["Selasa", "2025-10-14"],
      ["3 November", "2025-11-03"],
    ]);
  });
});

describe("seasons", () => {
  it("reads seasons with a qualifier before or after them, or a year", () => {
    expect(values("L'estate scorsa il porto era pieno; la prossima primavera riapre.", "it", REF)).toEqual([
      ["estate scorsa", "2025-06/2025-08"],
      ["la prossima primavera", "2026-03/2026-05"],
    ]);
    expect(values("No verão passado o porto encheu. O outono de 2023 foi seco.", "pt", REF)).toEqual([
      ["verão passado", "2025-06/2025-08"],
      ["outono de 2023", "2023-09/2023-11"],
    ]);
    expect(values("Afgelopen zomer was het druk; komende winter gaat de haven dicht.", "nl", REF)).toEqual([
      ["Afgelopen zomer", "2025-06/2025-08"],
      ["komende winter", "2025-12/2026-02"],
    ]);
    expect(values("Geçen yaz liman doluydu; bu kış kapanacak.", "tr", REF)).toEqual([
      ["Geçen yaz", "2025-06/2025-08"],
      ["bu kış", "2025-12/2026-02"],
    ]);
  });
  it("reads the Italian 'estate' and the Turkish 'yaz' only in their language", () => {
    expect(values("The estate 2024 accounts were filed.", "en", REF)).toEqual([]);
    expect(values("Estate 2024 da record per il porto.", "it", REF)).toEqual([["Estate 2024", "2024-06/2024-08"]]);
  });
});

describe("wire datelines", () => {
  it("reads the agencies' month abbreviations and an agency written first", () => {
    expect(readPrefixDateline("Lisboa, 20 out (Lusa) - O Governo aprovou hoje o plano.")).toMatchObject({ place: "Lisboa", agency: "Lusa", date: { m: 10, d: 20, y: null } });
    expect(readPrefixDateline("İZMİR, 3 Kas (AA) - Belediye yeni planı açıkladı.")).toMatchObject({ place: "İzmir", agency: "Anadolu", date: { m: 11, d: 3 } });
    expect(readPrefixDateline("KRAKÓW, 5 paź (PAP) - Rada miasta zdecydowała.")).toMatchObject({ place: "Kraków", agency: "PAP", date: { m: 10, d: 5 } });
    expect(readPrefixDateline("ROMA (ANSA) - Il governo ha approvato il piano.")).toMatchObject({ place: "Roma", agency: "ANSA", date: null });
    expect(readPrefixDateline("(CNN) -- The president said the plan was ready.")).toMatchObject({ place: null, agency: "CNN", date: null });
  });
  it("does not read the abbreviations as months in running text", () => {
    expect(months("The team set 5 goals and went out 3 times.", "en")).toEqual([]);
  });
});

describe("language hint", () => {
  it("tells the new languages apart by their function words", () => {
    expect(guessLanguage("Il ministro ha detto che il piano della città è anche nel bilancio.")).toBe("it");
    expect(guessLanguage("O ministro disse que não há uma decisão do governo sobre os prazos.")).toBe("pt");
    expect(guessLanguage("De minister zei dat het plan niet voor een jaar wordt uitgesteld.")).toBe("nl");
    expect(guessLanguage("Minister powiedział, że to nie jest plan na już, ale przez rok.")).toBe("pl");
    expect(guessLanguage("Bakan bu planın bir yıl için daha ertelendiğini ve çok önemli olduğunu söyledi.")).toBe("tr");
    expect(guessLanguage("Menteri mengatakan bahwa rencana itu tidak akan ditunda dan ini juga penting.")).toBe("id");
  });
});

describe("no false dates in English", () => {
  it("leaves English words that are month or weekday names elsewhere alone", () => {
    const f = run("In a March survey, the Rio de Janeiro 2016 team set 5 records. Senin said the Mart 5 store will open in a November rush; a door 3 metres wide.", "en", REF);
    expect(f.dates).toEqual([]);
  });
});

describe("full articles", () => {
  const ref = "2025-12-31";
  it("Italian", () => {
    const a = article(
      "Nuovo piano per il porto di Pescara\n\nROMA, 20 ottobre 2025 – Il ministro Paolo Ferrante ha detto martedì che il cantiere aprirà il 3 novembre. Ieri la giunta si è riunita, e la settimana scorsa il consiglio aveva approvato il bilancio del comune. Il progetto sarà discusso venerdì prossimo.",
      ref,
    );
    expect(a.language.code).toBe("it");
    expect(a.dateline).toMatchObject({ place: "Roma", raw: "ROMA, 20 ottobre 2025 –" });
    expect(a.published).toMatchObject({ value: "2025-10-20", from: "dateline" });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ["martedì", "2025-10-14"],
      ["3 novembre", "2025-11-03"],
      ["Ieri", "2025-10-19"],
      ["la settimana scorsa", "2025-W42"],
      ["venerdì prossimo", "2025-10-31"],
    ]);
  });
  it("Portuguese", () => {
    const a = article(
      "Novo plano para o porto de Setúbal\n\nLISBOA, 20 de outubro de 2025 – O ministro Rui Tavares disse na terça-feira que as obras vão começar em 3 de novembro. Ontem a câmara reuniu-se e na semana passada o conselho aprovou o orçamento do município. O projeto será discutido na próxima sexta-feira.",
      ref,
    );
    expect(a.language.code).toBe("pt");
    expect(a.dateline).toMatchObject({ place: "Lisboa" });
    expect(a.published).toMatchObject({ value: "2025-10-20", from: "dateline" });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ["terça-feira", "2025-10-14"],
      ["3 de novembro", "2025-11-03"],
      ["Ontem", "2025-10-19"],
      ["semana passada", "2025-W42"],
      ["na próxima sexta-feira", "2025-10-31"],
    ]);
  });
  it("Dutch", () => {
    const a = article(
      "Nieuw plan voor de haven van Vlissingen\n\nAMSTERDAM, 20 oktober 2025 – Minister Joris de Kleijn zei dinsdag dat de werken op 3 november beginnen. Gisteren kwam de gemeenteraad bijeen en vorige week keurde de raad de begroting goed. Het plan wordt komende vrijdag besproken.",
      ref,
    );
    expect(a.language.code).toBe("nl");
    expect(a.dateline).toMatchObject({ place: "Amsterdam" });
    expect(a.published).toMatchObject({ value: "2025-10-20", from: "dateline" });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ["dinsdag", "2025-10-14"],
      ["3 november", "2025-11-03"],
      ["Gisteren", "2025-10-19"],
      ["vorige week", "2025-W42"],
      ["komende vrijdag", "2025-10-31"],
    ]);
  });
  it("Polish", () => {
    const a = article(
      "Nowy plan dla portu w Kołobrzegu\n\nWARSZAWA, 20 października 2025 r. – Minister Jan Kowalczyk powiedział we wtorek, że prace ruszą 3 listopada. Wczoraj zebrała się rada miasta, a w zeszłym tygodniu rada przyjęła budżet gminy. Projekt będzie omawiany w najbliższy piątek.",
      ref,
    );
    expect(a.language.code).toBe("pl");
    expect(a.dateline).toMatchObject({ place: "Warszawa" });
    expect(a.published).toMatchObject({ value: "2025-10-20", from: "dateline" });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ["wtorek", "2025-10-14"],
      ["3 listopada", "2025-11-03"],
      ["Wczoraj", "2025-10-19"],
      ["w zeszłym tygodniu", "2025-W42"],
      ["w najbliższy piątek", "2025-10-31"],
    ]);
  });
  it("Turkish", () => {
    const a = article(
      "Liman için yeni plan açıklandı\n\nANKARA, 20 Ekim 2025 – Bakan Mehmet Aydınlı salı günü yaptığı açıklamada çalışmaların 3 Kasım'da başlayacağını söyledi. Dün belediye meclisi toplandı ve geçen hafta meclis bütçeyi onayladı. Proje önümüzdeki cuma günü görüşülecek.",
      ref,
    );
    expect(a.language.code).toBe("tr");
    expect(a.dateline).toMatchObject({ place: "Ankara" });
    expect(a.published).toMatchObject({ value: "2025-10-20", from: "dateline" });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ["salı günü", "2025-10-14"],
      ["3 Kasım", "2025-11-03"],
      ["Dün", "2025-10-19"],
      ["geçen hafta", "2025-W42"],
      ["önümüzdeki cuma günü", "2025-10-31"],
    ]);
  });
  it("Indonesian", () => {
    const a = article(
      "Rencana baru untuk pelabuhan Cilacap\n\nJAKARTA, 20 Oktober 2025 – Menteri Budi Santosa mengatakan pada Selasa bahwa pekerjaan akan dimulai pada 3 November. Kemarin dewan kota bersidang dan pekan lalu dewan menyetujui anggaran daerah. Proyek itu akan dibahas pada Jumat depan.",
      ref,
    );
    // Indonesian and Malay are close; the dates read the same in both.
    expect(["id", "ms"]).toContain(a.language.code);
    expect(a.dateline).toMatchObject({ place: "Jakarta" });
    expect(a.published).toMatchObject({ value: "2025-10-20", from: "dateline" });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ["Selasa", "2025-10-14"],
      ["3 November", "2025-11-03"],
      ["Kemarin", "2025-10-19"],
      ["pekan lalu", "2025-W42"],
      ["Jumat depan", "2025-10-31"],
    ]);
  });
});
