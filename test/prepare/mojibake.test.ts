import { describe, expect, it } from "vitest";
import { windows1252ToCodePoint } from "../../src/prepare/data/windows-1252.js";
import { findMojibakeSequences, repairMojibake, repairMojibakeOnce } from "../../src/prepare/mojibake.js";

const repair = (text: string) => repairMojibake(text).text;

/** What software that reads UTF-8 bytes as Windows-1252 shows for `text`. */
function garble(text: string): string {
  return String.fromCharCode(...[...new TextEncoder().encode(text)].map(windows1252ToCodePoint));
}

describe("repairMojibake", () => {
  it("undoes Windows-1252 mojibake of text in many languages", () => {
    const samples = [
      "“Smart quotes” – dashes — and ellipses… cost 5 €™",
      "Le président a déclaré à l’AFP : « Nous sommes prêts », à Paris.",
      "Größe, Ärger, Übermut: „Gruß“",
      "São Paulo, coração, irmã, à toa",
      "Łódź, Kraków, żółw, Gdańsk",
      "Çok güzel bir ağaç, İstanbul",
      "Москва, «Известия»",
      "Αθήνα, καλημέρα",
      "ירושלים",
      "القاهرة",
      "北京欢迎你",
      "東京とソウル、서울",
      "नमस्ते दुनिया",
      "Hà Nội, Nguyễn Phú Trọng",
      "😀 👍🏽 🇺🇦",
    ];
    for (const sample of samples) expect(repair(garble(sample))).toBe(sample);
  });

  it("repairs UTF-8 punctuation read as Windows-1252", () => {
    expect(repair("â€œHelloâ€\u009d")).toBe("“Hello”");
    expect(repair("itâ€™s")).toBe("it’s");
    expect(repair("waitâ€”what")).toBe("wait—what");
    expect(repair("5 â‚¬")).toBe("5 €");
    expect(repair("Acmeâ„¢")).toBe("Acme™");
  });

  it("repairs UTF-8 letters read as Windows-1252 or Latin-1", () => {
    expect(repair("cafÃ©")).toBe("café");
    expect(repair("Ã¼ber")).toBe("über");
    expect(repair("EspaÃ±a")).toBe("España");
    expect(repair("Ã‰cole")).toBe("École");
    expect(repair("MÃœNCHEN")).toBe("MÜNCHEN");
    expect(repair("Ã\u0089cole")).toBe("École");
  });

  it("repairs Â plus a no-break space or a symbol", () => {
    expect(repair("5Â\u00a0km")).toBe("5\u00a0km");
    expect(repair("Â©2024")).toBe("©2024");
    expect(repair("Â£5")).toBe("£5");
  });

  it("repairs Ã plus a no-break space as à", () => {
    expect(repair("Ã\u00a0 Paris")).toBe("à Paris");
  });

  it("repairs other scripts written as mojibake runs", () => {
    expect(repair("Ð¿Ñ€Ð¸Ð²ÐµÑ‚")).toBe("привет");
    expect(repair("ÎºÎ±Î»Î·Î¼Î­Ï\u0081Î±")).toBe("καλημέρα");
    expect(repair("ä¸­æ–‡")).toBe("中文");
    expect(repair("Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©")).toBe("العربية");
  });

  it("repairs single letters of Latin scripts", () => {
    expect(repair("WrocÅ‚aw")).toBe("Wrocław");
    expect(repair("Ä°stanbul")).toBe("İstanbul");
    expect(repair("BucureÈ™ti")).toBe("București");
    expect(repair("Nguyá»…n")).toBe("Nguyễn");
  });

  it("repairs emoji, BOM and replacement-character mojibake", () => {
    expect(repair("ðŸ˜€")).toBe("😀");
    expect(repair("ï»¿Title")).toBe("\ufeffTitle");
    expect(repair("ï¿½")).toBe("\ufffd");
  });

  it("repairs double-encoded mojibake", () => {
    expect(repair("ÃƒÂ©")).toBe("é");
    expect(repair("itÃ¢â‚¬â„¢s")).toBe("it’s");
  });

  it("turns mojibake of a line separator into a space, not a line break", () => {
    expect(repair("aâ€¨b")).toBe("a b");
  });

  it("accepts a lone sequence of an unusual script when it holds a C1 control", () => {
    expect(repair("e\u00cc\u0081")).toBe("e\u0301");
  });

  it("leaves legitimate text unchanged", () => {
    const legit = [
      "L’âge du château, à la forêt, où l’on mange des crêpes.",
      "SÃO PAULO — A cidade de São Paulo e a IRMÃ dela.",
      "Größe, Ärger, Übermut, Gruß und Kuß.",
      "„Gruß“, sagte er. »Größe« zählt.",
      "España, año, niño, ¿qué?, ¡olé!",
      "©2024 Acme. £5, ¥300, 20°C, ½ cup, 3² m², § 12, ¶ 3, l·l.",
      "Â alone, Ã alone, â alone.",
      "Það var ótrúlegt að sjá þúsundir manna á Austurvelli í gær. Ég fór ekki.",
      "voilà\u00a0» et «\u00a0voilà\u00a0» ici.",
      "CAFÉ” et JOSÉ’s CAFÉ…",
      "Ça alors ! À bientôt. Où est l’hôpital ?",
      "Türkçe: ağaç, gül, şeker, İstanbul.",
      "Polski: Łódź, źródło, Gdańsk, żółw.",
      "Tiếng Việt: Hà Nội, Nguyễn, Phở.",
      "Русский текст. Ελληνικά. עברית. العربية. 中文. 日本語. 한국어. 😀🇺🇦",
    ];
    for (const text of legit) expect(repairMojibake(text)).toEqual({ text, count: 0 });
  });

  it("leaves â€ without a continuation and no open quote alone", () => {
    expect(repairMojibake("â€ alone")).toEqual({ text: "â€ alone", count: 0 });
  });

  it("repairs a â€ that lost its 0x9D after an opening quote", () => {
    expect(repairMojibake("â€œHelloâ€\ufffd")).toEqual({ text: "“Hello”", count: 2 });
  });

  it("counts each repaired sequence", () => {
    expect(repairMojibake("â€œcafÃ©â€\u009d").count).toBe(3);
  });

  it("is linear on long runs", () => {
    const text = "Ã©".repeat(50_000) + "Ã".repeat(50_000) + "Ã ".repeat(50_000);
    expect(repairMojibake(text).text.startsWith("é".repeat(50_000) + "Ã")).toBe(true);
  });
});

describe("repairMojibakeOnce", () => {
  it("repairs one level only", () => {
    expect(repairMojibakeOnce("ÃƒÂ©")).toEqual({ text: "Ã©", count: 2 });
  });
});

describe("findMojibakeSequences", () => {
  it("finds well-formed sequences with their offsets and code points", () => {
    expect(findMojibakeSequences("xÃ©yâ€™")).toEqual([
      { start: 1, end: 3, codePoint: 0xe9, hasC1Control: false },
      { start: 4, end: 7, codePoint: 0x2019, hasC1Control: false },
    ]);
  });

  it("skips sequences that are not valid UTF-8 (overlong, surrogate, truncated)", () => {
    expect(findMojibakeSequences("à€€ í €€ â€")).toEqual([]);
  });

  it("finds sequences whose characters are C1 controls", () => {
    expect(findMojibakeSequences("\u00c3\u0089")).toEqual([{ start: 0, end: 2, codePoint: 0xc9, hasC1Control: true }]);
  });
});
