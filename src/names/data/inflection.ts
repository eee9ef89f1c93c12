/**
 * Case endings of Russian and Ukrainian names and the nominative endings they may stand for,
 * longest first: `Пескова` -> `Песков`, `Зеленского` -> `Зеленский`, `Давосе` -> `Давос`,
 * `России` -> `Россия`. Used to find the dictionary form of an inflected Cyrillic name. Data
 * only.
 *
 * @module
 */
export const CYRILLIC_CASE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["ого", ["ий", "ой", "ый", "ого"]],
  ["его", ["ий", "ь", "й"]],
  ["ому", ["ий", "ой", "ый"]],
  ["ему", ["ий", "ь", "й"]],
  ["ими", ["ий"]],
  ["ыми", ["ый"]],
  ["ові", ["", "о"]],
  ["еві", ["ь", "й", ""]],
  ["ою", ["а"]],
  ["ею", ["я", "ь"]],
  ["ым", ["ий", "ый", ""]],
  ["им", ["ий", "", "ь"]],
  ["ом", ["", "о"]],
  ["ем", ["ь", "й", "", "е"]],
  ["ой", ["а", "ая", "ий", "ой"]],
  ["ей", ["ь", "я", "ея", "ей"]],
  ["ую", ["ая"]],
  ["ии", ["ия"]],
  ["ії", ["ія"]],
  ["е", ["", "а", "я", "о", "ь", "й"]],
  ["і", ["а", "я", "", "ь"]],
  ["и", ["а", "я", "ь", "й"]],
  ["ы", ["а"]],
  ["у", ["", "а", "о"]],
  ["ю", ["я", "ь", "й"]],
  ["а", ["", "о", "ь", "й"]],
  ["я", ["ь", "й"]],
];

/**
 * Case endings of place names and surnames in the Latin-script Slavic languages, per article
 * language, and the endings of the dictionary form they may stand for, longest first: Polish
 * `Warszawie` -> `Warszawa`, `Krakowie` -> `Kraków`, `Gdańsku` -> `Gdańsk`, `Polsce` -> `Polska`,
 * `Nowaka` -> `Nowak`; Czech `Praze` -> `Praha`, `Brně` -> `Brno`. A candidate counts only when
 * the article, the alias table or the gazetteer (after a place preposition) has it.
 */
const POLISH_CASE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["skiego", ["ski"]],
  ["ckiego", ["cki"]],
  ["skiemu", ["ski"]],
  ["skiej", ["ska"]],
  ["ckiej", ["cka"]],
  ["czech", ["cy"]],
  ["owie", ["ów", "owa", "owo"]],
  ["owem", ["ów"]],
  ["owi", ["", "a"]],
  ["owa", ["ów"]],
  ["sce", ["ska"]],
  ["dze", ["ga"]],
  ["niu", ["ń", "nia"]],
  ["iem", [""]],
  ["nie", ["na", "n", "no"]],
  ["wie", ["wa", "w"]],
  ["mie", ["m", "ma"]],
  ["bie", ["b", "ba"]],
  ["pie", ["p", "pa"]],
  ["cie", ["t", "ta"]],
  ["le", ["ła", "ł"]],
  ["ie", ["", "a"]],
  ["ce", ["ka"]],
  ["ji", ["ja"]],
  ["li", ["la", "l"]],
  ["ni", ["nia", "ń"]],
  ["ki", ["ka"]],
  ["gi", ["ga"]],
  ["iu", [""]],
  ["em", [""]],
  ["ą", ["a"]],
  ["ę", ["a"]],
  ["y", ["a"]],
  ["u", ["", "o"]],
  ["a", ["", "o"]],
  ["e", ["a", "o"]],
];

const CZECH_CASE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["ského", ["ský"]],
  ["ské", ["ská", "sko"]],
  ["ovi", [""]],
  ["ku", ["ko", "k"]],
  ["ze", ["ha", "ga"]],
  ["ce", ["ka"]],
  ["ně", ["na", "no", "n"]],
  ["ě", ["a", "o", ""]],
  ["em", [""]],
  ["ou", ["a"]],
  ["u", ["o", "", "a"]],
  ["y", ["a"]],
  ["a", ["o", ""]],
  ["i", ["e", "a"]],
];

/** Per article language, the case endings of its Latin-script names (see above). */
export const LATIN_CASE_ENDINGS: Readonly<Record<string, readonly (readonly [string, readonly string[]])[]>> = {
  pl: POLISH_CASE_ENDINGS,
  cs: CZECH_CASE_ENDINGS,
  sk: CZECH_CASE_ENDINGS,
};
