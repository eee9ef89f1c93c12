/**
 * The languages franc 6 has trigram models for, per script (franc's script names), as ISO 639-3.
 * Candidates for a sample are the languages of its script.
 */
export const FRANC_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  Latin: ["ace", "ada", "afr", "als", "ayr", "azj", "bam", "ban", "bci", "bcl", "bem", "bin", "bos", "bug", "bum", "cat", "ceb", "ces", "cjk", "ckb", "dan", "deu", "dip", "dyu", "ekk", "emk", "eng", "epo", "ewe", "fin", "fon", "fra", "fuf", "fuv", "gaa", "glg", "hat", "hau", "hil", "hms", "hnj", "hrv", "hun", "ibb", "ibo", "ilo", "ind", "ita", "jav", "kbp", "kde", "kin", "kmb", "knc", "kng", "lin", "lit", "lua", "lug", "lun", "lvs", "mad", "men", "min", "mos", "ndo", "nds", "nhn", "nld", "nno", "nob", "nso", "nya", "nyn", "pam", "plt", "pol", "por", "qug", "quy", "quz", "rmn", "ron", "run", "rup", "sag", "sco", "slk", "slv", "sna", "snk", "som", "sot", "spa", "src", "srp", "ssw", "suk", "sun", "swe", "swh", "tem", "tgl", "tiv", "toi", "tpi", "tsn", "tso", "tuk", "tur", "tzm", "uig", "umb", "uzn", "vec", "ven", "vie", "vmw", "war", "wol", "xho", "yao", "yor", "zlm", "zul", "zyb"],
  Cyrillic: ["azj", "bel", "bos", "bul", "kaz", "kbd", "khk", "kir", "koi", "mkd", "rus", "srp", "tat", "tgk", "tuk", "ukr", "uzn"],
  Arabic: ["arb", "pbu", "pes", "prs", "skr", "uig", "urd", "zlm"],
  Devanagari: ["bho", "hin", "mag", "mai", "mar", "npi"],
  Myanmar: ["mya", "shn"],
  Ethiopic: ["amh", "tir"],
  Hebrew: ["heb", "ydd"],
};
