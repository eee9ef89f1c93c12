/**
 * Month names per language, lower-case, index 0 = January. Abbreviations may be followed by a
 * dot in the text; the parsers allow it. Inflected forms (Russian and Ukrainian genitive and
 * locative, Arabic variants) are listed explicitly.
 *
 * @module
 */

/** Forms of each month (12 lists) for one language. */
export type MonthForms = readonly (readonly string[])[];

export const MONTHS: Readonly<Record<string, MonthForms>> = {
  en: [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sept", "sep"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  fr: [
    ["janvier", "janv"],
    ["février", "fevrier", "févr", "fevr", "fév"],
    ["mars"],
    ["avril", "avr"],
    ["mai"],
    ["juin"],
    ["juillet", "juil"],
    ["août", "aout"],
    ["septembre"],
    ["octobre"],
    ["novembre"],
    ["décembre", "decembre", "déc"],
  ],
  de: [
    ["januar", "jänner"],
    ["februar"],
    ["märz", "maerz", "mär"],
    ["april"],
    ["mai"],
    ["juni"],
    ["juli"],
    ["august"],
    ["september"],
    ["oktober", "okt"],
    ["november"],
    ["dezember", "dez"],
  ],
  es: [
    ["enero", "ene"],
    ["febrero"],
    ["marzo"],
    ["abril", "abr"],
    ["mayo"],
    ["junio"],
    ["julio"],
    ["agosto", "ago"],
    ["septiembre", "setiembre"],
    ["octubre"],
    ["noviembre"],
    ["diciembre", "dic"],
  ],
  it: [
    ["gennaio"],
    ["febbraio"],
    ["marzo"],
    ["aprile"],
    ["maggio", "mag"],
    ["giugno", "giu"],
    ["luglio", "lug"],
    ["agosto"],
    ["settembre", "sett"],
    ["ottobre", "ott"],
    ["novembre"],
    ["dicembre"],
  ],
  pt: [
    ["janeiro"],
    ["fevereiro", "fev"],
    ["março"],
    ["abril"],
    ["maio"],
    ["junho"],
    ["julho"],
    ["agosto"],
    ["setembro"],
    ["outubro"],
    ["novembro"],
    ["dezembro"],
  ],
  nl: [
    ["januari"],
    ["februari"],
    ["maart", "mrt"],
    ["april"],
    ["mei"],
    ["juni"],
    ["juli"],
    ["augustus"],
    ["september"],
    ["oktober"],
    ["november"],
    ["december"],
  ],
  // Polish: nominative, genitive (after a day: "20 października"), locative ("w październiku"),
  // and the genitive without diacritics that scraped text sometimes has.
  pl: [
    ["styczeń", "stycznia", "styczniu", "styczen"],
    ["luty", "lutego", "lutym"],
    ["marzec", "marca", "marcu"],
    ["kwiecień", "kwietnia", "kwietniu", "kwiecien"],
    ["maj", "maja", "maju"],
    ["czerwiec", "czerwca", "czerwcu"],
    ["lipiec", "lipca", "lipcu"],
    ["sierpień", "sierpnia", "sierpniu", "sierpien"],
    ["wrzesień", "września", "wrześniu", "wrzesien", "wrzesnia", "wrzesniu"],
    ["październik", "października", "październiku", "pazdziernik", "pazdziernika", "pazdzierniku"],
    ["listopad", "listopada", "listopadzie"],
    ["grudzień", "grudnia", "grudniu", "grudzien"],
  ],
  // Turkish: several names are also ordinary words (ocak stove, ekim sowing, aralık gap, nisan
  // engagement); they count only next to a number or before a month word ("Ekim ayında").
  tr: [
    ["ocak"],
    ["şubat"],
    ["mart"],
    ["nisan"],
    ["mayıs"],
    ["haziran"],
    ["temmuz"],
    ["ağustos"],
    ["eylül"],
    ["ekim"],
    ["kasım"],
    ["aralık"],
  ],
  id: [
    ["januari"],
    ["februari", "pebruari"],
    ["maret"],
    ["april"],
    ["mei"],
    ["juni"],
    ["juli"],
    ["agustus"],
    ["september"],
    ["oktober"],
    ["november", "nopember"],
    ["desember"],
  ],
  ru: [
    ["января", "январь", "январе", "янв"],
    ["февраля", "февраль", "феврале", "фев"],
    ["марта", "март", "марте"],
    ["апреля", "апрель", "апреле", "апр"],
    ["мая", "май", "мае"],
    ["июня", "июнь", "июне"],
    ["июля", "июль", "июле"],
    ["августа", "август", "августе", "авг"],
    ["сентября", "сентябрь", "сентябре", "сент"],
    ["октября", "октябрь", "октябре", "окт"],
    ["ноября", "ноябрь", "ноябре", "нояб"],
    ["декабря", "декабрь", "декабре", "дек"],
  ],
  uk: [
    ["січня", "січень", "січні"],
    ["лютого", "лютий", "лютому"],
    ["березня", "березень", "березні"],
    ["квітня", "квітень", "квітні"],
    ["травня", "травень", "травні"],
    ["червня", "червень", "червні"],
    ["липня", "липень", "липні"],
    ["серпня", "серпень", "серпні"],
    ["вересня", "вересень", "вересні"],
    ["жовтня", "жовтень", "жовтні"],
    ["листопада", "листопад", "листопаді"],
    ["грудня", "грудень", "грудні"],
  ],
  ar: [
    ["يناير", "كانون الثاني"],
    ["فبراير", "شباط"],
    ["مارس", "آذار"],
    ["أبريل", "ابريل", "إبريل", "نيسان"],
    ["مايو", "أيار"],
    ["يونيو", "يونيه", "حزيران"],
    ["يوليو", "يوليه", "تموز"],
    ["أغسطس", "اغسطس", "آب"],
    ["سبتمبر", "أيلول"],
    ["أكتوبر", "اكتوبر", "تشرين الأول"],
    ["نوفمبر", "تشرين الثاني"],
    ["ديسمبر", "كانون الأول"],
  ],
};

/**
 * Languages whose month names are capitalized in running text: there a lower-case form
 * ("may", "march") is an ordinary word, not a month.
 */
export const CAPITALIZED_MONTH_LANGUAGES: ReadonlySet<string> = new Set(["en", "de", "id"]);

/**
 * Languages that write the day before the month ("20 ottobre", "20 Ekim"): a form used only by
 * them is not read month-first ("Mart 5" in an English sentence is a shop, not March 5).
 */
export const DAY_FIRST_LANGUAGES: ReadonlySet<string> = new Set(["it", "pt", "nl", "pl", "tr", "id"]);

/**
 * Languages whose month names take a postposition or case suffix instead of a preposition
 * ("Ekim'de", "Ekim ayında"): a form used only by them is not read after a preposition of
 * another language ("from Mart").
 */
export const POSTPOSITION_MONTH_LANGUAGES: ReadonlySet<string> = new Set(["tr"]);

/** Words after a month name (without a day) that make it a calendar month: "Ekim ayında", "Mart'ta". */
export const MONTH_SUFFIXES: readonly string[] = ["ayında", "ayı", "ayının", "ayından", "ayına", "ayındaki"];
/** The same, only after a capitalized month name: "ocak başında" is also "by the hearth", "Ocak başında" early January. */
export const MONTH_SUFFIXES_CAPITALIZED: readonly string[] = ["başında", "sonunda", "ortasında"];
/** Case endings glued to a month name with an apostrophe: "Ekim'de", "Mart'tan". */
export const MONTH_CASE_ENDINGS: readonly string[] = ["de", "da", "te", "ta", "den", "dan", "ten", "tan", "deki", "daki", "teki", "taki"];

/**
 * Three-letter month abbreviations that are ordinary words in running text ("out", "set", "ara")
 * and count only inside a dateline ("Lisboa, 20 out (Lusa) -", "İZMİR, 3 Kas (AA) -").
 */
export const DATELINE_MONTHS: Readonly<Record<string, number>> = {
  gen: 1, mag: 5, giu: 6, lug: 7, set: 9, ott: 10, dic: 12,
  fev: 2, abr: 4, mai: 5, ago: 8, out: 10, dez: 12,
  oca: 1, "şub": 2, nis: 4, haz: 6, tem: 7, "ağu": 8, eyl: 9, eki: 10, kas: 11, ara: 12,
  sty: 1, lut: 2, kwi: 4, cze: 6, lip: 7, sie: 8, wrz: 9, "paź": 10, lis: 11, gru: 12,
};

/** Month forms that are part of a name after these words: "Rio de Janeiro" (also "Rio de Janeiro 2016"). */
export const NAME_BEFORE_MONTH: Readonly<Record<string, readonly string[]>> = {
  janeiro: ["rio de"],
};

/** Words after a year that belong to the date: "20 października 2025 r.", "20 października 2025 roku". */
export const DATE_YEAR_SUFFIXES: readonly string[] = ["r.", "roku"];

/** Words joining the two days of a range: "Jan. 23 and 24", "3 au 5 mars", "3. bis 5. März", "с 3 по 5 марта". */
export const RANGE_WORDS: readonly string[] = [
  "to", "and", "through", "thru", "au", "et", "bis", "und", "al", "y", "a", "по", "и", "і", "до",
  "e", "al", "tot", "en", "t/m", "do", "i", "ile", "ve", "sampai", "hingga", "dan",
];

/**
 * Words before a month name (without a day) that make it a calendar month: "in May",
 * "since March", "en mars", "im Mai", "en mayo", "в мае", "у травні".
 */
export const MONTH_PREPOSITIONS: readonly string[] = [
  "in", "since", "until", "till", "by", "from", "during", "through", "last", "next", "this", "early", "mid", "late", "of", "before", "after", "throughout", "end of", "start of", "beginning of", "middle of",
  "en", "depuis", "jusqu'en", "fin", "début", "mi", "courant",
  "im", "seit", "bis", "ab", "anfang", "ende", "mitte",
  "desde", "hasta", "a finales de", "a principios de", "a mediados de",
  "в", "во", "с", "до", "к", "у", "з",
];

/**
 * Prepositions that make a month name of their own language a calendar month ("a ottobre",
 * "em outubro", "vanaf mei", "w październiku", "pada bulan Oktober"). They count only before a
 * month of that language: the Italian "a" must not turn "a March date" into a month.
 */
export const MONTH_PREPOSITIONS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  it: ["a", "ad", "in", "da", "dal", "dallo", "entro", "fino a", "a fine", "a inizio", "a metà", "agli inizi di", "alla fine di", "nel mese di", "di"],
  pt: ["em", "até", "desde", "no início de", "no fim de", "no final de", "em meados de", "no mês de"],
  nl: ["in", "sinds", "tot", "vanaf", "eind", "begin", "medio", "half", "in de maand"],
  pl: ["w", "we", "od", "do", "z", "na początku", "pod koniec", "w połowie", "na przełomie"],
  id: ["pada", "sejak", "hingga", "sampai", "bulan", "pada bulan", "akhir", "awal", "pertengahan"],
};
