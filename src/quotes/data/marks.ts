/**
 * Quotation-mark data: the delimiters each language uses (after CLDR's `delimiters`:
 * quotationStart/End and alternateQuotationStart/End, from cldr-misc-full), and which closing
 * marks may end a quotation opened by each mark (the preferred closer first, then the ones
 * sloppy copy uses). Nothing else imports this file.
 *
 * @module
 */

/** The four delimiters of one language, as in CLDR: primary open/close, alternate open/close. */
export interface MarkSystem {
  open: string;
  close: string;
  altOpen: string;
  altClose: string;
}

const EN: MarkSystem = { open: "\u201C", close: "\u201D", altOpen: "\u2018", altClose: "\u2019" };
const LOW9: MarkSystem = { open: "\u201E", close: "\u201C", altOpen: "\u201A", altClose: "\u2018" };
const LOW9_RIGHT: MarkSystem = { open: "\u201E", close: "\u201D", altOpen: "\u00AB", altClose: "\u00BB" };
const GUILLEMETS: MarkSystem = { open: "\u00AB", close: "\u00BB", altOpen: "\u201C", altClose: "\u201D" };
const GUILLEMETS_LOW9: MarkSystem = { open: "\u00AB", close: "\u00BB", altOpen: "\u201E", altClose: "\u201C" };
const GUILLEMETS_SINGLE: MarkSystem = { open: "\u00AB", close: "\u00BB", altOpen: "\u2039", altClose: "\u203A" };
const RIGHT_RIGHT: MarkSystem = { open: "\u201D", close: "\u201D", altOpen: "\u2019", altClose: "\u2019" };
const CJK: MarkSystem = { open: "\u300C", close: "\u300D", altOpen: "\u300E", altClose: "\u300F" };

/** Delimiters per ISO 639-1 code (CLDR values for the languages news is written in). */
export const MARK_SYSTEMS: Readonly<Record<string, MarkSystem>> = {
  en: EN,
  ar: { open: "\u201D", close: "\u201C", altOpen: "\u2019", altClose: "\u2018" },
  bg: LOW9,
  ca: GUILLEMETS,
  cs: LOW9,
  da: EN,
  de: LOW9,
  el: GUILLEMETS,
  es: GUILLEMETS,
  et: { open: "\u201E", close: "\u201C", altOpen: "\u201E", altClose: "\u201C" },
  fa: GUILLEMETS_SINGLE,
  fi: RIGHT_RIGHT,
  fr: GUILLEMETS,
  he: { open: "\u201D", close: "\u201D", altOpen: "\u2019", altClose: "\u2019" },
  hr: { open: "\u201E", close: "\u201C", altOpen: "\u2018", altClose: "\u2019" },
  hu: { open: "\u201E", close: "\u201D", altOpen: "\u00BB", altClose: "\u00AB" },
  id: EN,
  it: GUILLEMETS,
  ja: CJK,
  ko: EN,
  lt: LOW9,
  lv: EN,
  nl: EN,
  no: { open: "\u00AB", close: "\u00BB", altOpen: "\u2018", altClose: "\u2019" },
  pl: LOW9_RIGHT,
  pt: EN,
  ro: LOW9_RIGHT,
  ru: GUILLEMETS_LOW9,
  sk: LOW9,
  sl: LOW9,
  sr: LOW9,
  sv: RIGHT_RIGHT,
  tr: EN,
  uk: GUILLEMETS_LOW9,
  vi: EN,
  zh: { open: "\u201C", close: "\u201D", altOpen: "\u2018", altClose: "\u2019" },
};

/** The fallback when the language is unknown. */
export const DEFAULT_SYSTEM: MarkSystem = EN;

/**
 * For each opening mark, the marks that may close it, preferred first. Straight marks and the
 * curly marks of the same weight may stand in for each other, since copy mixes them.
 */
export const CLOSERS: Readonly<Record<string, string>> = {
  "\u201C": "\u201D\u201C\"", // “ closes with ” (en) or “ (sloppy)
  "\u201E": "\u201C\u201D\"", // „ closes with “ (de) or ” (pl, hu, ro)
  "\u201D": "\u201D\u201C\"", // ” opens in fi/sv and in Arabic order
  "\u00AB": "\u00BB", // « … »
  "\u00BB": "\u00AB", // » … « (de, da)
  "\u2039": "\u203A",
  "\u203A": "\u2039",
  "\u300C": "\u300D",
  "\u300E": "\u300F",
  "\uFF02": "\uFF02",
  "\"": "\"\u201D\u201C",
  "\u2018": "\u2019\u2018'",
  "\u201A": "\u2018\u2019",
  "\u2019": "\u2019",
  "'": "'\u2019",
};

/** Marks that can only open a quotation. */
export const OPEN_ONLY = "\u201E\u201A\u300C\u300E";
/** Marks that can only close a quotation. */
export const CLOSE_ONLY = "\u300D\u300F";
/** Single (apostrophe-like) marks: these need the apostrophe test. */
export const SINGLE_MARKS = "'\u2018\u2019\u201A\u2039\u203A";
/** Guillemets: French copy puts a (narrow) space inside them. */
export const GUILLEMET_MARKS = "\u00AB\u00BB\u2039\u203A";
/**
 * Double marks, straight or curly: a quotation marked with one of them inside a quotation marked
 * with one of them (not the alternate single marks nesting asks for) is a quotation of its own,
 * read as such by the copy's readers (`"Then he shouted "Run!" and left," she said`).
 */
export const DOUBLE_MARKS = "\"\u201C\u201D\uFF02";

/** Every character the pairing scan looks at. */
export const ALL_MARKS = "\"'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F\uFF02";

/** Languages in which ’ (U+2019) may open a quotation (CLDR: fi, sv). */
export const RIGHT_SINGLE_OPENS: ReadonlySet<string> = new Set(["fi", "sv"]);

/**
 * Words that follow an eliding apostrophe at a word start: `'n'` (rock 'n' roll), `'em`, `'til`,
 * `'cause`, `'tis`, plus any run of digits (`’90s`).
 */
export const ELISIONS: ReadonlySet<string> = new Set(["n", "em", "til", "cause", "tis", "twas", "bout", "round", "nuff", "ello"]);
