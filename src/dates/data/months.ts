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
export const CAPITALIZED_MONTH_LANGUAGES: ReadonlySet<string> = new Set(["en", "de"]);

/** Words joining the two days of a range: "Jan. 23 and 24", "3 au 5 mars", "3. bis 5. März", "с 3 по 5 марта". */
export const RANGE_WORDS: readonly string[] = ["to", "and", "through", "thru", "au", "et", "bis", "und", "al", "y", "a", "по", "и", "і", "до"];

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
