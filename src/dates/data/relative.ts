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
  ["oggi", 0], ["stamattina", 0], ["stamane", 0], ["stasera", 0], ["stanotte", 0], ["ieri", -1], ["ieri sera", -1], ["domani", 1], ["l'altro ieri", -2], ["l’altro ieri", -2], ["l'altroieri", -2], ["altroieri", -2], ["dopodomani", 2],
  ["hoje", 0], ["ontem", -1], ["amanhã", 1], ["anteontem", -2], ["depois de amanhã", 2],
  ["vandaag", 0], ["vanochtend", 0], ["vanmorgen", 0], ["vanmiddag", 0], ["vanavond", 0], ["gisteren", -1], ["gisteravond", -1], ["eergisteren", -2], ["overmorgen", 2],
  ["dziś", 0], ["dzisiaj", 0], ["wczoraj", -1], ["jutro", 1], ["przedwczoraj", -2], ["pojutrze", 2],
  ["bugün", 0], ["bugünkü", 0], ["dün", -1], ["dünkü", -1], ["yarın", 1], ["yarınki", 1], ["önceki gün", -2], ["evvelsi gün", -2], ["öbür gün", 2],
  ["hari ini", 0], ["kemarin", -1], ["besok", 1], ["kemarin lusa", -2], ["lusa", 2],
];

/** Idioms in which a relative day is no day: "vandaag de dag" (nowadays), "oggi come oggi". */
export const RELATIVE_DAY_IDIOMS: Readonly<Record<string, readonly string[]>> = {
  vandaag: ["de dag"],
  oggi: ["come oggi", "giorno"],
  hoje: ["em dia"],
  "dziś": ["dzień"],
};

/**
 * Words meaning "tomorrow" that are also ordinary words ("morgen" is tomorrow, "am Morgen" in
 * the morning; "mañana" tomorrow, "esta mañana" this morning): they count only in lower case
 * and not after one of these words.
 */
export const TOMORROW_WORDS: readonly string[] = ["morgen", "mañana"];
export const NOT_TOMORROW_AFTER: ReadonlySet<string> = new Set([
  "am", "den", "guten", "jeden", "la", "esta", "por", "de", "cada", "una",
  // Dutch "de morgen", "deze morgen", "elke morgen", "goede morgen": the morning.
  "deze", "die", "elke", "iedere", "een", "goede", "vroege", "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
]);

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
  ["la settimana scorsa", "week", -1], ["settimana scorsa", "week", -1], ["la scorsa settimana", "week", -1], ["scorsa settimana", "week", -1], ["la settimana passata", "week", -1],
  ["questa settimana", "week", 0], ["la settimana prossima", "week", 1], ["settimana prossima", "week", 1], ["la prossima settimana", "week", 1], ["prossima settimana", "week", 1],
  ["lo scorso fine settimana", "weekend", -1], ["questo fine settimana", "weekend", 0], ["il prossimo fine settimana", "weekend", 1], ["il fine settimana", "weekend", 0], ["nel fine settimana", "weekend", 0], ["lo scorso weekend", "weekend", -1], ["questo weekend", "weekend", 0], ["il prossimo weekend", "weekend", 1],
  ["il mese scorso", "month", -1], ["mese scorso", "month", -1], ["lo scorso mese", "month", -1], ["questo mese", "month", 0], ["il mese prossimo", "month", 1], ["mese prossimo", "month", 1], ["il prossimo mese", "month", 1], ["prossimo mese", "month", 1],
  ["l'anno scorso", "year", -1], ["l’anno scorso", "year", -1], ["anno scorso", "year", -1], ["lo scorso anno", "year", -1], ["scorso anno", "year", -1], ["l'anno passato", "year", -1], ["l’anno passato", "year", -1],
  ["quest'anno", "year", 0], ["quest’anno", "year", 0], ["l'anno prossimo", "year", 1], ["l’anno prossimo", "year", 1], ["anno prossimo", "year", 1], ["il prossimo anno", "year", 1], ["prossimo anno", "year", 1],
  ["a semana passada", "week", -1], ["semana passada", "week", -1], ["esta semana", "week", 0], ["nesta semana", "week", 0], ["a próxima semana", "week", 1], ["próxima semana", "week", 1], ["semana que vem", "week", 1],
  ["o fim de semana", "weekend", 0], ["no fim de semana", "weekend", 0], ["neste fim de semana", "weekend", 0], ["fim de semana passado", "weekend", -1], ["no último fim de semana", "weekend", -1], ["o próximo fim de semana", "weekend", 1], ["no próximo fim de semana", "weekend", 1],
  ["o mês passado", "month", -1], ["mês passado", "month", -1], ["este mês", "month", 0], ["neste mês", "month", 0], ["o próximo mês", "month", 1], ["próximo mês", "month", 1], ["mês que vem", "month", 1],
  ["o ano passado", "year", -1], ["ano passado", "year", -1], ["este ano", "year", 0], ["neste ano", "year", 0], ["o próximo ano", "year", 1], ["próximo ano", "year", 1], ["ano que vem", "year", 1],
  ["vorige week", "week", -1], ["afgelopen week", "week", -1], ["deze week", "week", 0], ["volgende week", "week", 1], ["komende week", "week", 1],
  ["vorig weekend", "weekend", -1], ["afgelopen weekend", "weekend", -1], ["dit weekend", "weekend", 0], ["het weekend", "weekend", 0], ["komend weekend", "weekend", 1], ["volgend weekend", "weekend", 1],
  ["vorige maand", "month", -1], ["afgelopen maand", "month", -1], ["deze maand", "month", 0], ["volgende maand", "month", 1], ["komende maand", "month", 1],
  ["vorig jaar", "year", -1], ["afgelopen jaar", "year", -1], ["dit jaar", "year", 0], ["volgend jaar", "year", 1], ["komend jaar", "year", 1],
  ["w zeszłym tygodniu", "week", -1], ["w ubiegłym tygodniu", "week", -1], ["w tym tygodniu", "week", 0], ["w przyszłym tygodniu", "week", 1], ["w najbliższym tygodniu", "week", 1],
  ["w zeszły weekend", "weekend", -1], ["w ubiegły weekend", "weekend", -1], ["w ten weekend", "weekend", 0], ["w weekend", "weekend", 0], ["w przyszły weekend", "weekend", 1], ["w najbliższy weekend", "weekend", 1],
  ["w zeszłym miesiącu", "month", -1], ["w ubiegłym miesiącu", "month", -1], ["w tym miesiącu", "month", 0], ["w przyszłym miesiącu", "month", 1],
  ["w zeszłym roku", "year", -1], ["w ubiegłym roku", "year", -1], ["w tym roku", "year", 0], ["w przyszłym roku", "year", 1],
  ["geçen hafta", "week", -1], ["geçtiğimiz hafta", "week", -1], ["bu hafta", "week", 0], ["gelecek hafta", "week", 1], ["önümüzdeki hafta", "week", 1], ["haftaya", "week", 1],
  ["geçen hafta sonu", "weekend", -1], ["bu hafta sonu", "weekend", 0], ["hafta sonu", "weekend", 0], ["önümüzdeki hafta sonu", "weekend", 1],
  ["geçen ay", "month", -1], ["geçtiğimiz ay", "month", -1], ["bu ay", "month", 0], ["gelecek ay", "month", 1], ["önümüzdeki ay", "month", 1],
  ["geçen yıl", "year", -1], ["geçtiğimiz yıl", "year", -1], ["geçen sene", "year", -1], ["bu yıl", "year", 0], ["bu sene", "year", 0], ["gelecek yıl", "year", 1], ["önümüzdeki yıl", "year", 1], ["gelecek sene", "year", 1], ["seneye", "year", 1],
  ["geçen yılın", "year", -1], ["bu yılın", "year", 0], ["bu ayın", "month", 0], ["geçen ayın", "month", -1],
  ["minggu lalu", "week", -1], ["pekan lalu", "week", -1], ["minggu ini", "week", 0], ["pekan ini", "week", 0], ["minggu depan", "week", 1], ["pekan depan", "week", 1],
  ["akhir pekan lalu", "weekend", -1], ["akhir pekan ini", "weekend", 0], ["akhir pekan", "weekend", 0], ["akhir pekan depan", "weekend", 1],
  ["bulan lalu", "month", -1], ["bulan ini", "month", 0], ["bulan depan", "month", 1],
  ["tahun lalu", "year", -1], ["tahun ini", "year", 0], ["tahun depan", "year", 1],
  ["العام الماضي", "year", -1], ["السنة الماضية", "year", -1], ["هذا العام", "year", 0], ["العام الحالي", "year", 0], ["العام المقبل", "year", 1], ["العام القادم", "year", 1],
];

/** Words that open a weekend span naming this weekend ("this weekend", "dit weekend"): not a bare "the weekend". */
export const WEEKEND_THIS_WORDS: readonly string[] = ["this", "ce", "este", "questo", "neste", "dit", "w ten", "bu", "akhir pekan ini"];

/** Words before a span that keep its unit but say which part: "later this month", "late last year". */
export const SPAN_PARTS: readonly string[] = ["earlier", "later", "early", "late", "mid", "mid-", "the end of", "the start of", "the beginning of", "the middle of"];

/** Weekday qualifiers written before the weekday: shift -1 last, 0 this, 1 next. */
export const WEEKDAY_PREFIXES: readonly (readonly [word: string, shift: number])[] = [
  ["last", -1], ["past", -1], ["this", 0], ["this coming", 1], ["next", 1], ["coming", 1],
  ["ce", 0],
  ["letzten", -1], ["vergangenen", -1], ["diesen", 0], ["nächsten", 1], ["kommenden", 1], ["am letzten", -1], ["am vergangenen", -1], ["am nächsten", 1], ["am kommenden", 1],
  ["el próximo", 1], ["este", 0],
  ["scorso", -1], ["lo scorso", -1], ["scorsa", -1], ["la scorsa", -1], ["prossimo", 1], ["il prossimo", 1], ["prossima", 1], ["la prossima", 1], ["questo", 0], ["questa", 0],
  ["último", -1], ["última", -1], ["no último", -1], ["na última", -1], ["próximo", 1], ["próxima", 1], ["no próximo", 1], ["na próxima", 1], ["neste", 0], ["nesta", 0], ["esta", 0],
  ["afgelopen", -1], ["vorige", -1], ["komende", 1], ["volgende", 1], ["aanstaande", 1], ["deze", 0],
  ["w zeszły", -1], ["w zeszłą", -1], ["w ubiegły", -1], ["w ubiegłą", -1], ["w ostatni", -1], ["w ostatnią", -1], ["w przyszły", 1], ["w przyszłą", 1], ["w najbliższy", 1], ["w najbliższą", 1], ["w ten", 0], ["w tę", 0],
  ["geçen", -1], ["geçtiğimiz", -1], ["önümüzdeki", 1], ["gelecek", 1], ["bu", 0],
  ["в прошлый", -1], ["в прошлую", -1], ["в прошлое", -1], ["в эту", 0], ["в этот", 0], ["в это", 0], ["в следующий", 1], ["в следующую", 1], ["в следующее", 1], ["в ближайший", 1], ["в ближайшую", 1], ["в ближайшее", 1],
  ["минулого", -1], ["минулої", -1], ["цього", 0], ["цієї", 0], ["наступного", 1], ["наступної", 1],
];

/** Words before a weekday that make it any such day, not a calendar day: "on a Sunday", "every Friday". */
export const WEEKDAY_INDEFINITE: readonly string[] = [
  "a", "an", "any", "every", "each", "one", "chaque", "tous les", "jeden", "jeden", "cada", "todos los", "каждый", "каждую", "каждое", "кожного", "кожну", "щопонеділка",
  // Italian "il sabato", "la domenica": on Saturdays, on Sundays (with "scorso" or "prossimo" after it, one day).
  "il", "la", "un", "una", "ogni", "tutti i", "um", "uma", "tutte le", "todas as", "todos os", "toda", "todo", "elke", "iedere", "een", "w każdy", "w każdą", "każdy", "każdą", "co", "her", "setiap", "tiap",
];

/** Weekday qualifiers written after the weekday: "lundi dernier", "el lunes pasado", "الاثنين الماضي". */
export const WEEKDAY_SUFFIXES: readonly (readonly [word: string, shift: number])[] = [
  ["dernier", -1], ["prochain", 1], ["pasado", -1], ["próximo", 1], ["que viene", 1], ["الماضي", -1], ["المقبل", 1], ["القادم", 1],
  ["scorso", -1], ["scorsa", -1], ["prossimo", 1], ["prossima", 1],
  ["passado", -1], ["passada", -1], ["próxima", 1], ["que vem", 1],
  ["jl.", -1], ["a.s.", 1],
  ["lalu", -1], ["kemarin", -1], ["depan", 1], ["mendatang", 1], ["ini", 0],
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
  ["autunno", "autumn"], ["inverno", "winter"], ["verão", "summer"], ["outono", "autumn"],
  ["lente", "spring"], ["voorjaar", "spring"], ["zomer", "summer"], ["herfst", "autumn"], ["najaar", "autumn"],
  ["wiosna", "spring"], ["wiosną", "spring"], ["latem", "summer"], ["jesień", "autumn"], ["jesienią", "autumn"], ["zima", "winter"], ["zimą", "winter"],
  ["ilkbahar", "spring"], ["sonbahar", "autumn"], ["yaz", "summer"], ["kış", "winter"], ["bahar", "spring"],
  ["estate", "summer"],
];
/** First month (1-12) of each season; winter runs into the next year. */
export const SEASON_START: Readonly<Record<Season, number>> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
/** Season qualifiers: "last summer", "this spring", "next winter". */
export const SEASON_PREFIXES: readonly (readonly [word: string, shift: number])[] = [
  ["last", -1], ["this", 0], ["next", 1], ["this past", -1], ["this coming", 1],
  ["la scorsa", -1], ["lo scorso", -1], ["la prossima", 1], ["il prossimo", 1], ["questa", 0], ["questo", 0],
  ["no último", -1], ["na última", -1], ["no próximo", 1], ["na próxima", 1], ["neste", 0], ["nesta", 0],
  ["afgelopen", -1], ["vorige", -1], ["vorig", -1], ["komende", 1], ["komend", 1], ["volgende", 1], ["volgend", 1], ["deze", 0], ["dit", 0],
  ["geçen", -1], ["geçtiğimiz", -1], ["bu", 0], ["gelecek", 1], ["önümüzdeki", 1],
];
/** Words between a season and its year: "summer of 2019", "outono de 2023", "herfst van 2023". */
export const SEASON_YEAR_WORDS: readonly string[] = ["of", "de", "del", "van"];
/** Season qualifiers written after the season: "l'estate scorsa", "o verão passado". */
export const SEASON_SUFFIXES: readonly (readonly [word: string, shift: number])[] = [
  ["scorsa", -1], ["scorso", -1], ["prossima", 1], ["prossimo", 1], ["passado", -1], ["passada", -1], ["que vem", 1],
];

/** Number words for "two days ago", "three weeks ago". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  um: 1, uma: 1, dois: 2, duas: 2, "três": 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, dez: 10,
  een: 1, "één": 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  dwa: 2, dwie: 2, trzy: 3, cztery: 4, "pięć": 5, "sześć": 6, siedem: 7, osiem: 8, "dziewięć": 9, "dziesięć": 10,
  bir: 1, iki: 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, yedi: 7, sekiz: 8, dokuz: 9,
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
};
/** Units of "N units ago". */
export const AGO_UNITS: Readonly<Record<string, "day" | "week" | "month" | "year">> = {
  day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year",
  giorno: "day", giorni: "day", settimana: "week", settimane: "week", mese: "month", mesi: "month", anno: "year", anni: "year",
  dia: "day", dias: "day", semana: "week", semanas: "week", "mês": "month", meses: "month", ano: "year", anos: "year",
  dag: "day", dagen: "day", weken: "week", maand: "month", maanden: "month", jaar: "year", jaren: "year",
  "dzień": "day", dni: "day", "tydzień": "week", tygodnie: "week", tygodni: "week", "miesiąc": "month", "miesiące": "month", "miesięcy": "month", rok: "year", lata: "year", lat: "year",
  "gün": "day", hafta: "week", ay: "month", "yıl": "year", sene: "year",
  hari: "day", minggu: "week", pekan: "week", bulan: "month", tahun: "year",
};
/** Words that follow the count: "ago", "earlier" (three days earlier is relative to the story, not the reference: excluded). */
export const AGO_WORDS: readonly string[] = ["ago", "fa", "atrás", "geleden", "temu", "önce", "lalu", "yang lalu"];
/** Words before the count with the same meaning: "há três dias" (Portuguese). */
export const AGO_BEFORE_WORDS: readonly string[] = ["há", "faz"];

/** Prepositions that make a bare four-digit number a year: "in 2014", "since 1991", "en 2022". */
export const YEAR_PREPOSITIONS: readonly string[] = [
  "in", "since", "until", "till", "by", "from", "during", "before", "after", "early", "late", "mid", "mid-", "end of", "start of", "beginning of", "spring of", "summer of", "autumn of", "fall of", "winter of",
  "en", "depuis", "im jahr", "im jahre", "seit", "desde", "hasta", "del año", "el año",
  "nel", "dal", "entro il", "fino al", "nell'anno", "nell’anno",
  "em", "até", "no ano de",
  "sinds", "tot", "vanaf", "in het jaar",
  "od", "w",
  "tahun", "pada tahun", "sejak", "hingga",
];
/** Words after a four-digit number that make it a year: "в 2022 году", "у 2022 році". */
export const YEAR_SUFFIXES: readonly string[] = [
  "году", "года", "год", "годом", "році", "року", "рік", "роком",
  "roku", "r.", "rok",
  "yılında", "yılı", "yılının", "yılından", "yılına", "yılındaki",
];
/** Case endings glued to a year with an apostrophe that make it a year: "2022'de", "2019'dan" (Turkish). */
export const YEAR_CASE_ENDINGS: readonly string[] = ["de", "da", "te", "ta", "den", "dan", "ten", "tan", "deki", "daki", "teki", "taki", "e", "a", "ye", "ya"];
