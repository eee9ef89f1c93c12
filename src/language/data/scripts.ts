/**
 * Unicode ranges of the writing systems news is published in, as ISO 15924 codes.
 * Sorted by start; a code point outside every range counts as no script (digits,
 * punctuation, symbols, emoji). Han is refined to Hans/Hant and Japanese/Korean by
 * the script detector.
 */
export type ScriptRange = readonly [start: number, end: number, script: string];

export const SCRIPT_RANGES: readonly ScriptRange[] = [
  [0x0041, 0x005a, "Latn"],
  [0x0061, 0x007a, "Latn"],
  [0x00aa, 0x00aa, "Latn"],
  [0x00ba, 0x00ba, "Latn"],
  [0x00c0, 0x00d6, "Latn"],
  [0x00d8, 0x00f6, "Latn"],
  [0x00f8, 0x024f, "Latn"],
  [0x0250, 0x02af, "Latn"],
  [0x0370, 0x03ff, "Grek"],
  [0x0400, 0x052f, "Cyrl"],
  [0x0531, 0x058f, "Armn"],
  [0x0591, 0x05f4, "Hebr"],
  [0x0600, 0x06ff, "Arab"],
  [0x0700, 0x074f, "Syrc"],
  [0x0750, 0x077f, "Arab"],
  [0x0780, 0x07bf, "Thaa"],
  [0x0870, 0x08ff, "Arab"],
  [0x0900, 0x097f, "Deva"],
  [0x0980, 0x09ff, "Beng"],
  [0x0a00, 0x0a7f, "Guru"],
  [0x0a80, 0x0aff, "Gujr"],
  [0x0b00, 0x0b7f, "Orya"],
  [0x0b80, 0x0bff, "Taml"],
  [0x0c00, 0x0c7f, "Telu"],
  [0x0c80, 0x0cff, "Knda"],
  [0x0d00, 0x0d7f, "Mlym"],
  [0x0d80, 0x0dff, "Sinh"],
  [0x0e00, 0x0e7f, "Thai"],
  [0x0e80, 0x0eff, "Laoo"],
  [0x0f00, 0x0fff, "Tibt"],
  [0x1000, 0x109f, "Mymr"],
  [0x10a0, 0x10ff, "Geor"],
  [0x1100, 0x11ff, "Hang"],
  [0x1200, 0x139f, "Ethi"],
  [0x13a0, 0x13ff, "Cher"],
  [0x1780, 0x17ff, "Khmr"],
  [0x1800, 0x18af, "Mong"],
  [0x1c80, 0x1c8f, "Cyrl"],
  [0x1c90, 0x1cbf, "Geor"],
  [0x1e00, 0x1eff, "Latn"],
  [0x1f00, 0x1fff, "Grek"],
  [0x2c60, 0x2c7f, "Latn"],
  [0x2d00, 0x2d2f, "Geor"],
  [0x2d30, 0x2d7f, "Tfng"],
  [0x2de0, 0x2dff, "Cyrl"],
  [0x2e80, 0x2fdf, "Hani"],
  [0x3005, 0x3007, "Hani"],
  [0x3021, 0x3029, "Hani"],
  [0x3038, 0x303b, "Hani"],
  [0x3041, 0x309f, "Hira"],
  [0x30a0, 0x30ff, "Kana"],
  [0x3131, 0x318e, "Hang"],
  [0x31f0, 0x31ff, "Kana"],
  [0x3400, 0x4dbf, "Hani"],
  [0x4e00, 0x9fff, "Hani"],
  [0xa000, 0xa4cf, "Yiii"],
  [0xa640, 0xa69f, "Cyrl"],
  [0xa720, 0xa7ff, "Latn"],
  [0xa960, 0xa97f, "Hang"],
  [0xa980, 0xa9df, "Java"],
  [0xab30, 0xab6f, "Latn"],
  [0xac00, 0xd7af, "Hang"],
  [0xf900, 0xfaff, "Hani"],
  [0xfb00, 0xfb06, "Latn"],
  [0xfb13, 0xfb17, "Armn"],
  [0xfb1d, 0xfb4f, "Hebr"],
  [0xfb50, 0xfdff, "Arab"],
  [0xfe70, 0xfeff, "Arab"],
  [0xff21, 0xff3a, "Latn"],
  [0xff41, 0xff5a, "Latn"],
  [0xff66, 0xff9f, "Kana"],
  [0xffa0, 0xffdc, "Hang"],
  [0x20000, 0x323af, "Hani"],
];

/**
 * Scripts written in (practically) one language: no trigram model is needed.
 * ISO 639-3 codes as franc names them.
 */
export const SINGLE_LANGUAGE_SCRIPTS: Readonly<Record<string, string>> = {
  Grek: "ell",
  Armn: "hye",
  Geor: "kat",
  Hang: "kor",
  Kore: "kor",
  Jpan: "jpn",
  Hani: "cmn",
  Hans: "cmn",
  Hant: "cmn",
  Beng: "ben",
  Guru: "pan",
  Gujr: "guj",
  Taml: "tam",
  Telu: "tel",
  Knda: "kan",
  Mlym: "mal",
  Sinh: "sin",
  Thai: "tha",
  Laoo: "lao",
  Tibt: "bod",
  Khmr: "khm",
  Tfng: "zgh",
  Yiii: "iii",
  Syrc: "aii",
  Java: "jav",
  Orya: "ory",
  Thaa: "div",
  Cher: "chr",
  Mong: "khk",
};

/**
 * Scripts shared by several languages, with franc's name for the script: the candidates come
 * from franc's trigram models for that script.
 */
export const FRANC_SCRIPT_NAMES: Readonly<Record<string, string>> = {
  Latn: "Latin",
  Cyrl: "Cyrillic",
  Arab: "Arabic",
  Deva: "Devanagari",
  Mymr: "Myanmar",
  Ethi: "Ethiopic",
  Hebr: "Hebrew",
};

/**
 * Common characters that exist only in simplified or only in traditional Chinese, to tell
 * Hans from Hant. Pairs at the same index are the two forms of one character.
 */
export const SIMPLIFIED_ONLY = "这国说时会们为对来发东个进经过还后门问间实现长开关与书车马鸟鱼语话让识认请读议论设证讲谈视频线观费无资码网热电号报华买卖区军员";
export const TRADITIONAL_ONLY = "這國說時會們為對來發東個進經過還後門問間實現長開關與書車馬鳥魚語話讓識認請讀議論設證講談視頻線觀費無資碼網熱電號報華買賣區軍員";
