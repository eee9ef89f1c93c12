/**
 * Transliteration tables for the matching key: Cyrillic romanized by Ukraine's 2010 national
 * system (Cabinet resolution No. 55) and by a common Russian system (BGN/PCGN without
 * diacritics), and the Latin rewrite rules that collapse spelling variants (kh/h, ts/tz/c,
 * j/y/i, w/v, double letters). Data only; src/names/key.ts applies them.
 *
 * @module
 */

/** Ukrainian Cyrillic to Latin, Ukraine's 2010 national system (word-internal forms). */
export const UKRAINIAN_2010: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "shch", ь: "", ю: "iu", я: "ia", "'": "", "’": "", "ʼ": "",
};

/** Word-initial forms of the 2010 system (`Є` -> `Ye`, `Ї` -> `Yi`, `Й` -> `Y`, `Ю` -> `Yu`, `Я` -> `Ya`). */
export const UKRAINIAN_2010_INITIAL: Readonly<Record<string, string>> = {
  є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya",
};

/** Russian Cyrillic to Latin, the common press system. */
export const RUSSIAN_COMMON: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Belarusian letters, romanized the same way
  і: "i", ў: "u",
};

/** Letters that mark Cyrillic text as Ukrainian rather than Russian. */
export const UKRAINIAN_LETTERS = "іїєґ";

/** Latin letters with diacritics or ligatures folded for the key (beyond what NFD strips). */
export const LATIN_FOLD: Readonly<Record<string, string>> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", þ: "th", ł: "l", ı: "i", ħ: "h",
};

/**
 * Rewrite rules of the Latin key, applied left to right at each position, longest first.
 * They collapse what transliteration systems spell differently; the key is never shown.
 */
export const KEY_RULES: readonly (readonly [string, string])[] = [
  ["shch", "s"],
  ["tsch", "c"],
  ["sch", "s"],
  ["tch", "c"],
  ["zh", "s"],
  ["sh", "s"],
  ["sz", "s"],
  ["ch", "c"],
  ["cz", "c"],
  ["kh", "h"],
  ["gh", "h"],
  ["dh", "d"],
  ["th", "t"],
  ["ph", "f"],
  ["ts", "c"],
  ["tz", "c"],
  ["ck", "k"],
  ["dj", "d"],
  ["dzh", "d"],
  ["ou", "u"],
  ["oo", "u"],
  ["ee", "i"],
  ["ye", "e"],
  ["je", "e"],
  ["x", "ks"],
  ["q", "k"],
  ["w", "v"],
  ["z", "s"],
  ["g", "h"],
  ["j", "i"],
  ["y", "i"],
];

/** Vowels of the key (after the rules): substituting or dropping one costs less. */
export const KEY_VOWELS = "aeiou";
