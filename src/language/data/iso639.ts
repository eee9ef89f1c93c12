/**
 * ISO 639-3 (as franc names languages) to ISO 639-1. Languages without a 639-1 code are
 * absent; they are reported with their 639-3 code in both fields.
 */
export const ISO6393_TO_6391: Readonly<Record<string, string>> = {
  afr: "af", amh: "am", arb: "ar", ayr: "ay", azj: "az", bam: "bm", bel: "be", ben: "bn", bod: "bo",
  bos: "bs", bul: "bg", cat: "ca", ces: "cs", ckb: "ku", cmn: "zh", dan: "da", deu: "de", ekk: "et",
  ell: "el", eng: "en", epo: "eo", ewe: "ee", fin: "fi", fra: "fr", fuf: "ff", fuv: "ff", glg: "gl",
  guj: "gu", hat: "ht", hau: "ha", heb: "he", hin: "hi", hrv: "hr", hun: "hu", hye: "hy", ibo: "ig",
  iii: "ii", ind: "id", ita: "it", jav: "jv", jpn: "ja", kan: "kn", kat: "ka", kaz: "kk",
  khk: "mn", khm: "km", kin: "rw", kir: "ky", knc: "kr", kng: "kg", koi: "kv", kor: "ko", lao: "lo",
  lin: "ln", lit: "lt", lug: "lg", lvs: "lv", mal: "ml", mar: "mr", mkd: "mk", mya: "my", ndo: "ng",
  nld: "nl", nno: "nn", nob: "nb", npi: "ne", nya: "ny", pan: "pa", pbu: "ps", pes: "fa", plt: "mg",
  pol: "pl", por: "pt", prs: "fa", qug: "qu", quy: "qu", quz: "qu", ron: "ro", run: "rn", rus: "ru",
  sag: "sg", sin: "si", slk: "sk", slv: "sl", sna: "sn", som: "so", sot: "st", spa: "es", src: "sc",
  srp: "sr", ssw: "ss", sun: "su", swe: "sv", swh: "sw", tam: "ta", tat: "tt", tel: "te", tgk: "tg",
  tgl: "tl", tha: "th", tir: "ti", tsn: "tn", tso: "ts", tuk: "tk", tur: "tr", uig: "ug", ukr: "uk",
  urd: "ur", uzn: "uz", ven: "ve", vie: "vi", wol: "wo", xho: "xh", ydd: "yi", yor: "yo", zlm: "ms",
  zul: "zu", zyb: "za", ory: "or", div: "dv",
};

/** The 639-3 code franc uses for a 639-1 code, for callers who restrict by 639-1. */
export const ISO6391_TO_6393: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(ISO6393_TO_6391).map(([three, one]) => [one, three])),
  // Where several franc codes share a 639-1 code, the one a news text most likely is.
  fa: "pes", ff: "fuv", qu: "quz", kg: "kng",
};
