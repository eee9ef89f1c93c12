/**
 * Relative expressions per language: days ("yesterday"), spans ("last week", "later this
 * month"), weekday qualifiers ("next Sunday", "lundi dernier"), seasons, and number words for
 * "two days ago". Phrases are written lower-case with single spaces; the parser matches any run
 * of spaces and either case of the first letter.
 *
 * @module
 */

/** A day relative to the reference: 0 today, -1 yesterday, 1 tomorrow. */
export const RELATIVE_DAYS: readonly (readonly [phrase: string, days: number])[] = [
  ["today", 0], ["tonight", 0], ["this morning", 0], ["this afternoon", 0], ["this evening", 0],
  ["yesterday", -1], ["last night", -1], ["tomorrow", 1], ["the day before yesterday", -2], ["the day after tomorrow", 2],
  ["aujourd'hui", 0], ["aujourd’hui", 0], ["ce matin", 0], ["ce soir", 0], ["hier", -1], ["demain", 1], ["avant-hier", -2], ["après-demain", 2],
  ["heute", 0], ["gestern", -1], ["vorgestern", -2], ["übermorgen", 2],
  ["hoy", 0], ["ayer", -1], ["anteayer", -2], ["antier", -2], ["pasado mañana", 2],
  ["сегодня", 0], ["вчера", -1], ["завтра", 1], ["позавчера", -2], ["послезавтра", 2],
  ["сьогодні", 0], ["вчора", -1], ["учора", -1], ["позавчора", -2], ["післязавтра", 2],
  ["今天", 0], ["今日", 0], ["昨天", -1], ["昨日", -1], ["明天", 1], ["前天", -2], ["后天", 2], ["後天", 2],
  ["اليوم", 0], ["أمس", -1], ["الأمس", -1], ["غدا", 1], ["غداً", 1],
];

/**
 * Words meaning "tomorrow" that are also ordinary words ("morgen" is tomorrow, "am Morgen" in
 * the morning; "mañana" tomorrow, "esta mañana" this morning): they count only in lower case
 * and not after one of these words.
 */
export const TOMORROW_WORDS: readonly string[] = ["morgen", "mañana"];
export const NOT_TOMORROW_AFTER: ReadonlySet<string> = new Set(["am", "den", "guten", "jeden", "la", "esta", "por", "de", "cada", "una"]);

/** Units a relative span can have. */
export type SpanUnit = "week" | "weekend" | "month" | "year";

/**
 * Spans relative to the reference: shift -1 the previous unit, 0 this one, 1 the next.
 * "earlier"/"later" in front keep the unit ("later this month" is this month).
 */
export const RELATIVE_SPANS: readonly (readonly [phrase: string, unit: SpanUnit, shift: number])[] = [
  ["last week", "week", -1], ["this week", "week", 0], ["next week", "week", 1], ["the previous week", "week", -1], ["the following week", "week", 1], ["the coming week", "week", 1],
  ["last weekend", "weekend", -1], ["this weekend", "weekend", 0], ["next weekend", "weekend", 1], ["the weekend", "weekend", 0], ["over the weekend", "weekend", 0],
  ["last month", "month", -1], ["this month", "month", 0], ["next month", "month", 1], ["the previous month", "month", -1],
  ["last year", "year", -1], ["this year", "year", 0], ["next year", "year", 1], ["the previous year", "year", -1],
  ["la semaine dernière", "week", -1], ["cette semaine", "week", 0], ["la semaine prochaine", "week", 1],
  ["le week-end dernier", "weekend", -1], ["ce week-end", "weekend", 0],
  ["le mois dernier", "month", -1], ["ce mois-ci", "month", 0], ["le mois prochain", "month", 1],
  ["l'année dernière", "year", -1], ["l’année dernière", "year", -1], ["l'an dernier", "year", -1], ["l’an dernier", "year", -1], ["cette année", "year", 0],
  ["l'année prochaine", "year", 1], ["l’année prochaine", "year", 1], ["l'an prochain", "year", 1], ["l’an prochain", "year", 1],
  ["letzte woche", "week", -1], ["letzten woche", "week", -1], ["vergangene woche", "week", -1], ["vergangenen woche", "week", -1], ["diese woche", "week", 0], ["dieser woche", "week", 0], ["nächste woche", "week", 1], ["nächsten woche", "week", 1], ["kommende woche", "week", 1], ["kommenden woche", "week", 1],
  ["letzten monat", "month", -1], ["vergangenen monat", "month", -1], ["diesen monat", "month", 0], ["nächsten monat", "month", 1], ["kommenden monat", "month", 1],
  ["letztes jahr", "year", -1], ["letzten jahr", "year", -1], ["vergangenes jahr", "year", -1], ["vergangenen jahr", "year", -1], ["vorjahr", "year", -1], ["dieses jahr", "year", 0], ["diesem jahr", "year", 0], ["nächstes jahr", "year", 1], ["nächsten jahr", "year", 1], ["kommendes jahr", "year", 1], ["kommenden jahr", "year", 1],
  ["la semana pasada", "week", -1], ["esta semana", "week", 0], ["la próxima semana", "week", 1], ["la semana próxima", "week", 1], ["la semana que viene", "week", 1],
  ["el fin de semana", "weekend", 0], ["este fin de semana", "weekend", 0],
  ["el mes pasado", "month", -1], ["este mes", "month", 0], ["el próximo mes", "month", 1], ["el mes próximo", "month", 1], ["el mes que viene", "month", 1],
  ["el año pasado", "year", -1], ["este año", "year", 0], ["el próximo año", "year", 1], ["el año próximo", "year", 1], ["el año que viene", "year", 1],
  ["на прошлой неделе", "week", -1], ["на этой неделе", "week", 0], ["на следующей неделе", "week", 1], ["на будущей неделе", "week", 1],
  ["в прошлом месяце", "month", -1], ["в этом месяце", "month", 0], ["в следующем месяце", "month", 1],
  ["в прошлом году", "year", -1], ["в этом году", "year", 0], ["в следующем году", "year", 1], ["в будущем году", "year", 1],
  ["минулого тижня", "week", -1], ["цього тижня", "week", 0], ["наступного тижня", "week", 1],
  ["минулого місяця", "month", -1], ["цього місяця", "month", 0], ["наступного місяця", "month", 1],
  ["минулого року", "year", -1], ["торік", "year", -1], ["цього року", "year", 0], ["наступного року", "year", 1],
  ["上周", "week", -1], ["上週", "week", -1], ["本周", "week", 0], ["本週", "week", 0], ["这周", "week", 0], ["下周", "week", 1], ["下週", "week", 1],
  ["上个月", "month", -1], ["上月", "month", -1], ["本月", "month", 0], ["这个月", "month", 0], ["下个月", "month", 1], ["下月", "month", 1],
  ["去年", "year", -1], ["今年", "year", 0], ["明年", "year", 1],
  ["الأسبوع الماضي", "week", -1], ["هذا الأسبوع", "week", 0], ["الأسبوع المقبل", "week", 1], ["الأسبوع القادم", "week", 1],
  ["الشهر الماضي", "month", -1], ["هذا الشهر", "month", 0], ["الشهر المقبل", "month", 1], ["الشهر القادم", "month", 1],
  ["العام الماضي", "year", -1], ["السنة الماضية", "year", -1], ["هذا العام", "year", 0], ["العام الحالي", "year", 0], ["العام المقبل", "year", 1], ["العام القادم", "year", 1],
];

/** Words before a span that keep its unit but say which part: "later this month", "late last year". */
export const SPAN_PARTS: readonly string[] = ["earlier", "later", "early", "late", "mid", "mid-", "the end of", "the start of", "the beginning of", "the middle of"];

/** Weekday qualifiers written before the weekday: shift -1 last, 0 this, 1 next. */
export const WEEKDAY_PREFIXES: readonly (readonly [word: string, shift: number])[] = [
  ["last", -1], ["past", -1], ["this", 0], ["this coming", 1], ["next", 1], ["coming", 1],
  ["ce", 0],
  ["letzten", -1], ["vergangenen", -1], ["diesen", 0], ["nächsten", 1], ["kommenden", 1], ["am letzten", -1], ["am vergangenen", -1], ["am nächsten", 1], ["am kommenden", 1],
  ["el próximo", 1], ["este", 0],
  ["в прошлый", -1], ["в прошлую", -1], ["в прошлое", -1], ["в эту", 0], ["в этот", 0], ["в это", 0], ["в следующий", 1], ["в следующую", 1], ["в следующее", 1], ["в ближайший", 1], ["в ближайшую", 1], ["в ближайшее", 1],
  ["минулого", -1], ["минулої", -1], ["цього", 0], ["цієї", 0], ["наступного", 1], ["наступної", 1],
];

/** Words before a weekday that make it any such day, not a calendar day: "on a Sunday", "every Friday". */
export const WEEKDAY_INDEFINITE: readonly string[] = ["a", "an", "any", "every", "each", "one", "chaque", "tous les", "jeden", "jeden", "cada", "todos los", "каждый", "каждую", "каждое", "кожного", "кожну", "щопонеділка"];

/** Weekday qualifiers written after the weekday: "lundi dernier", "el lunes pasado", "الاثنين الماضي". */
export const WEEKDAY_SUFFIXES: readonly (readonly [word: string, shift: number])[] = [
  ["dernier", -1], ["prochain", 1], ["pasado", -1], ["próximo", 1], ["que viene", 1], ["الماضي", -1], ["المقبل", 1], ["القادم", 1],
];

/** Chinese weekday qualifiers glued to the weekday: 上周一, 下周五, 本周三. */
export const CJK_WEEK_SHIFT: Readonly<Record<string, number>> = { 上: -1, 下: 1, 本: 0, 这: 0, 這: 0 };

export type Season = "spring" | "summer" | "autumn" | "winter";
/** Season words; the season spans three months (northern hemisphere). */
export const SEASONS: readonly (readonly [word: string, season: Season])[] = [
  ["spring", "spring"], ["summer", "summer"], ["autumn", "autumn"], ["fall", "autumn"], ["winter", "winter"],
  ["printemps", "spring"], ["été", "summer"], ["automne", "autumn"], ["hiver", "winter"],
  ["frühling", "spring"], ["frühjahr", "spring"], ["sommer", "summer"], ["herbst", "autumn"],
  ["primavera", "spring"], ["verano", "summer"], ["otoño", "autumn"], ["invierno", "winter"],
];
/** First month (1-12) of each season; winter runs into the next year. */
export const SEASON_START: Readonly<Record<Season, number>> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
/** Season qualifiers: "last summer", "this spring", "next winter". */
export const SEASON_PREFIXES: readonly (readonly [word: string, shift: number])[] = [
  ["last", -1], ["this", 0], ["next", 1], ["this past", -1], ["this coming", 1],
];

/** Number words for "two days ago", "three weeks ago". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/** Units of "N units ago". */
export const AGO_UNITS: Readonly<Record<string, "day" | "week" | "month" | "year">> = {
  day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year",
};
/** Words that follow the count: "ago", "earlier" (three days earlier is relative to the story, not the reference: excluded). */
export const AGO_WORDS: readonly string[] = ["ago"];

/** Prepositions that make a bare four-digit number a year: "in 2014", "since 1991", "en 2022". */
export const YEAR_PREPOSITIONS: readonly string[] = [
  "in", "since", "until", "till", "by", "from", "during", "before", "after", "early", "late", "mid", "mid-", "end of", "start of", "beginning of", "spring of", "summer of", "autumn of", "fall of", "winter of",
  "en", "depuis", "im jahr", "im jahre", "seit", "desde", "hasta", "del año", "el año",
];
/** Words after a four-digit number that make it a year: "в 2022 году", "у 2022 році". */
export const YEAR_SUFFIXES: readonly string[] = ["году", "года", "год", "годом", "році", "року", "рік", "роком"];
