/**
 * News agencies and networks that appear in datelines, with the name we report. Keys are the
 * forms found in the text, lower-case (Latin, Cyrillic, Arabic, Chinese).
 *
 * @module
 */
export const AGENCIES: Readonly<Record<string, string>> = {
  reuters: "Reuters", "رويترز": "Reuters", "рейтер": "Reuters", "рейтерс": "Reuters", "路透社": "Reuters", "路透": "Reuters",
  ap: "AP", "associated press": "AP", "the associated press": "AP",
  afp: "AFP", "a.f.p.": "AFP", "أ ف ب": "AFP", "أ.ف.ب": "AFP", "法新社": "AFP",
  tass: "TASS", "тасс": "TASS", "итар-тасс": "TASS",
  "ria novosti": "RIA Novosti", "риа новости": "RIA Novosti", interfax: "Interfax", "интерфакс": "Interfax", "інтерфакс-україна": "Interfax-Ukraine", "interfax-ukraine": "Interfax-Ukraine",
  ukrinform: "Ukrinform", "укрінформ": "Ukrinform", unian: "UNIAN", "уніан": "UNIAN",
  xinhua: "Xinhua", "新华社": "Xinhua", "新華社": "Xinhua", "中新社": "China News Service", "中新网": "China News Service",
  dpa: "dpa", epd: "epd", kna: "KNA", ddp: "ddp",
  lusa: "Lusa", "agência lusa": "Lusa", adnkronos: "Adnkronos", agi: "AGI", "anadolu ajansı": "Anadolu", dha: "DHA", "İha": "IHA", iha: "IHA",
  efe: "EFE", "europa press": "Europa Press", ansa: "ANSA", anp: "ANP", belga: "Belga",
  upi: "UPI", bloomberg: "Bloomberg", cnn: "CNN", bbc: "BBC", "abc news": "ABC News", "cbs news": "CBS News", "nbc news": "NBC News", "fox news": "Fox News",
  kyodo: "Kyodo", yonhap: "Yonhap", pti: "PTI", ians: "IANS", ani: "ANI", anadolu: "Anadolu", aa: "Anadolu", wam: "WAM", "وام": "WAM", "واس": "SPA", spa: "SPA", mena: "MENA", "أ ش أ": "MENA", irna: "IRNA", bernama: "Bernama", antara: "Antara", pap: "PAP", ctk: "CTK", "čtk": "CTK", bta: "BTA", hina: "HINA", tanjug: "Tanjug", mti: "MTI", apa: "APA", sda: "SDA", nan: "NAN", aap: "AAP", cp: "CP", "canadian press": "CP",
};
