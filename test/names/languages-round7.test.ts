// Names in Turkish, Indonesian, Dutch, Polish, Czech, Portuguese and Arabic articles, on the
// built-in data (src/names/data): role words, case suffixes after an apostrophe, case forms of
// places, particles that are prepositions, capitalized surname particles, world capitals, and
// Arabic names after a role word or a speech verb. Invented texts and names.
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";

function entities(text: string): string[] {
  const article = normalizeArticle(text);
  for (const e of article.entities) for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  return article.entities.map((e) => `${e.canonical}:${e.type}`);
}

function mentionsOf(text: string, canonical: string): string[] {
  return normalizeArticle(text).entities.find((e) => e.canonical === canonical)?.mentions.map((m) => m.text) ?? [];
}

describe("Turkish", () => {
  const text =
    "Cumhurbaşkanı Mehmet Yılmaz salı günü Ankara'da yaptığı açıklamada ekonominin güçlü olduğunu söyledi. " +
    "Yılmaz daha sonra İstanbul'a geçti. Dışişleri Bakanı Ayşe Demir de toplantıya katıldı ve hükümetin yeni bir plan " +
    "hazırladığını belirtti. Demir'in açıklaması İzmir'de büyük ilgi gördü. Belediye Başkanı Can Öztürk ise Yılmaz'ın planını destekledi.";
  it("cuts case suffixes after the apostrophe and strips role words", () => {
    expect(entities(text)).toEqual([
      "Mehmet Yılmaz:person",
      "Ankara:place",
      "Istanbul:place",
      "Ayşe Demir:person",
      "İzmir:place",
      "Can Öztürk:person",
    ]);
    expect(mentionsOf(text, "Mehmet Yılmaz")).toEqual(["Mehmet Yılmaz", "Yılmaz", "Yılmaz"]);
    expect(mentionsOf(text, "Ayşe Demir")).toEqual(["Ayşe Demir", "Demir"]);
  });
  it("reads the typographic apostrophe too, and `da` as a conjunction", () => {
    const curly =
      "Genel Başkanı Hakan Çelik perşembe günü Bursa’da konuştu. Çelik’in sözleri Antalya’da da tartışıldı ve " +
      "milletvekili Elif Kara da Çelik’e destek verdi. Kara daha sonra Konya’ya gitti.";
    expect(entities(curly)).toEqual(["Hakan Çelik:person", "Bursa:place", "Antalya:place", "Elif Kara:person", "Konya:place"]);
    expect(mentionsOf(curly, "Hakan Çelik")).toEqual(["Hakan Çelik", "Çelik", "Çelik"]);
  });
  it("cuts the suffixes of known places and the distinctly Turkish ones in a short text of any detected language", () => {
    const short = "Cumhurbaşkanı Mehmet Yılmaz salı günü Ankara'da konuştu. Yılmaz daha sonra İstanbul'a geçti.";
    expect(entities(short)).toEqual(["Mehmet Yılmaz:person", "Ankara:place", "Istanbul:place"]);
  });
  it("leaves one-letter tails after an apostrophe alone outside Turkish", () => {
    const text = "Officials in Sana'a said on Monday that talks with Jane Roe would resume in Geneva next week.";
    expect(normalizeArticle(text).entities.flatMap((e) => e.mentions.map((m) => m.text))).toContain("Sana'a");
  });
});

describe("Turkish locative", () => {
  it("types a name with a locative suffix as a place", () => {
    const text =
      "Parti Sözcüsü Ömer Kaya dün Ankara'da konuştu. İstanbul Valisi Ali Şahin ise Kadıköy'deki törene katıldı. " +
      "Kaya'ya göre seçimler Haziran'da yapılacak ve Şahin de bu görüşe katılıyor.";
    expect(entities(text)).toEqual(["Ömer Kaya:person", "Ankara:place", "Istanbul:place", "Ali Şahin:person", "Kadıköy:place"]);
  });
});

describe("Indonesian and Malay", () => {
  const text =
    "Presiden Joko Santoso mengatakan pada hari Selasa di Jakarta bahwa pemerintah akan membangun jalan baru. " +
    "Santoso juga mengunjungi Surabaya. Menteri Keuangan Sri Wahyuni menjelaskan bahwa anggaran sudah disiapkan. " +
    "Gubernur Budi Hartono mengatakan proyek itu dimulai pada bulan Maret di Bandung. Wali Kota Rina Susanti menyambut rencana tersebut.";
  it("strips role words, reads `di` as a preposition and weekdays and months as no names", () => {
    expect(entities(text)).toEqual([
      "Joko Santoso:person",
      "Jakarta:place",
      "Surabaya:place",
      "Sri Wahyuni:person",
      "Budi Hartono:person",
      "Bandung:place",
      "Rina Susanti:person",
    ]);
    expect(mentionsOf(text, "Joko Santoso")).toEqual(["Joko Santoso", "Santoso"]);
  });
});

describe("Indonesian ministries", () => {
  it("keeps the ministry between a role and a name out of the name", () => {
    const text =
      "Juru Bicara Kementerian Luar Negeri Dewi Lestari mengatakan di Jakarta pada hari Kamis bahwa Wakil Presiden Agus Salim " +
      "akan berkunjung ke Malaysia. Lestari menambahkan bahwa kunjungan itu penting bagi kedua negara.";
    expect(entities(text)).toEqual(["Dewi Lestari:person", "Jakarta:place", "Agus Salim:person", "Malaysia:place"]);
  });
});

describe("Dutch", () => {
  const text =
    "De Nederlandse premier Jan de Vries zei dinsdag in Den Haag dat het kabinet een nieuw plan presenteert. " +
    "De Vries sprak ook met de burgemeester van Amsterdam, Pieter Bakker. Volgens woordvoerder Sanne van den Berg is het plan " +
    "goed voor de economie. Van den Berg zei dat de Belgische minister Luc Peeters in Brussel ook positief was.";
  it("keeps `Jan de Vries`, joins `De Vries` at a sentence start, and drops demonyms", () => {
    expect(entities(text)).toEqual([
      "Jan de Vries:person",
      "Den Haag:place",
      "Amsterdam:place",
      "Pieter Bakker:person",
      "Sanne van den Berg:person",
      "Luc Peeters:person",
      "Brussel:place",
    ]);
    expect(mentionsOf(text, "Jan de Vries")).toEqual(["Jan de Vries", "De Vries"]);
    expect(mentionsOf(text, "Sanne van den Berg")).toEqual(["Sanne van den Berg", "Van den Berg"]);
  });
  it("ends a person's full name before `van` and a known place", () => {
    const text =
      "Minister-president Mark de Boer van Nederland sprak woensdag met staatssecretaris Eva ter Horst. Volgens De Boer is de " +
      "samenwerking met België goed. Ter Horst zei dat Rotterdam en Utrecht meedoen.";
    expect(entities(text)).toEqual([
      "Mark de Boer:person",
      "Nederland:place",
      "Eva ter Horst:person",
      "België:place",
      "Rotterdam:place",
      "Utrecht:place",
    ]);
    expect(mentionsOf(text, "Eva ter Horst")).toEqual(["Eva ter Horst", "Ter Horst"]);
  });
});

describe("Polish and Czech case forms of places", () => {
  it("names a place after a place preposition by its gazetteer form", () => {
    const text =
      "Prezydent Andrzej Nowak powiedział we wtorek w Warszawie, że rząd przygotuje nową ustawę. Nowak spotkał się z " +
      "premierem w Krakowie. Wcześniej minister Anna Kowalska odwiedziła Gdańsk, a potem pojechała do Warszawy. " +
      "Według Nowaka rozmowy w Gdańsku były udane.";
    expect(entities(text)).toEqual(["Andrzej Nowak:person", "Warszawa:place", "Kraków:place", "Anna Kowalska:person", "Gdańsk:place"]);
    expect(mentionsOf(text, "Warszawa")).toEqual(["Warszawie", "Warszawy"]);
    expect(mentionsOf(text, "Andrzej Nowak")).toEqual(["Andrzej Nowak", "Nowak", "Nowaka"]);
  });
  it("does so in Czech", () => {
    const text =
      "Premiér Jan Dvořák ve středu v Praze uvedl, že vláda připraví nový zákon. Dvořák se později setkal se starostou v Brně. " +
      "Ministryně Petra Svobodová řekla, že zákon pomůže i lidem v Ostravě.";
    expect(entities(text)).toEqual(["Jan Dvořák:person", "Praha:place", "Brno:place", "Petra Svobodová:person", "Ostrava:place"]);
  });
});

describe("Portuguese and world capitals", () => {
  it("types capitals and large cities in their own spelling as places", () => {
    const text =
      "O presidente Luiz Almeida disse nesta terça-feira em Brasília que o governo vai investir em Pernambuco. A ministra " +
      "Carla Souza afirmou que as obras começam no Recife e em Fortaleza. Almeida viaja na próxima semana para Lisboa e depois para Madrid.";
    expect(entities(text)).toEqual([
      "Luiz Almeida:person",
      "Brasília:place",
      "Pernambuco:place",
      "Carla Souza:person",
      "Recife:place",
      "Fortaleza:place",
      "Lisboa:place",
      "Madrid:place",
    ]);
  });
});

describe("Arabic", () => {
  it("finds a person by a known given name after a role word or a speech verb, and the family name alone", () => {
    const text =
      "قال الرئيس محمد العلي يوم الثلاثاء في القاهرة إن الحكومة ستطلق خطة جديدة. وأضاف العلي أن الخطة تشمل مدنا كثيرة. " +
      "من جهتها، قالت وزيرة الصحة سارة المصري إن المستشفيات جاهزة. وأكدت المصري أن العمل سيبدأ الشهر المقبل.";
    expect(entities(text)).toEqual(["محمد العلي:person", "Cairo:place", "سارة المصري:person"]);
    expect(mentionsOf(text, "محمد العلي")).toEqual(["محمد العلي", "العلي"]);
    expect(mentionsOf(text, "سارة المصري")).toEqual(["سارة المصري", "المصري"]);
  });
});
