/**
 * Weekday names per language, index 0 = Sunday (as `Date.getUTCDay`). Case matters: English
 * and German names are capitalized, the others are written in lower case (a capitalized form at
 * the start of a sentence is also accepted).
 *
 * @module
 */

export const WEEKDAYS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [["Sunday"], ["Monday"], ["Tuesday"], ["Wednesday"], ["Thursday"], ["Friday"], ["Saturday"]],
  fr: [["dimanche"], ["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"]],
  de: [["Sonntag"], ["Montag"], ["Dienstag"], ["Mittwoch"], ["Donnerstag"], ["Freitag"], ["Samstag", "Sonnabend"]],
  es: [["domingo"], ["lunes"], ["martes"], ["miércoles", "miercoles"], ["jueves"], ["viernes"], ["sábado", "sabado"]],
  ru: [["воскресенье"], ["понедельник"], ["вторник"], ["среду", "среда"], ["четверг"], ["пятницу", "пятница"], ["субботу", "суббота"]],
  uk: [["неділю", "неділя"], ["понеділок"], ["вівторок"], ["середу", "середа"], ["четвер"], ["п'ятницю", "п’ятницю", "пʼятницю", "п'ятниця", "п’ятниця"], ["суботу", "субота"]],
  it: [["domenica"], ["lunedì", "lunedi"], ["martedì", "martedi"], ["mercoledì", "mercoledi"], ["giovedì", "giovedi"], ["venerdì", "venerdi"], ["sabato"]],
  pt: [
    ["domingo"],
    ["segunda-feira", "segunda"],
    ["terça-feira", "terca-feira", "terça"],
    ["quarta-feira", "quarta"],
    ["quinta-feira", "quinta"],
    ["sexta-feira", "sexta"],
    ["sábado"],
  ],
  nl: [["zondag"], ["maandag"], ["dinsdag"], ["woensdag"], ["donderdag"], ["vrijdag"], ["zaterdag"]],
  // Polish: nominative, accusative ("w środę"), genitive ("od wtorku", "do piątku"), instrumental ("przed niedzielą").
  pl: [
    ["niedziela", "niedzielę", "niedzieli", "niedzielą"],
    ["poniedziałek", "poniedziałku", "poniedziałkiem", "poniedzialek"],
    ["wtorek", "wtorku", "wtorkiem"],
    ["środa", "środę", "środy", "środą", "sroda", "srode"],
    ["czwartek", "czwartku", "czwartkiem"],
    ["piątek", "piątku", "piątkiem", "piatek"],
    ["sobota", "sobotę", "soboty", "sobotą"],
  ],
  // Turkish: the bare names, and the dative and ablative case forms ("salıya", "cumadan").
  tr: [
    ["pazar"],
    ["pazartesi", "pazartesiye", "pazartesiden"],
    ["salı", "salıya", "salıdan"],
    ["çarşamba", "çarşambaya", "çarşambadan"],
    ["perşembe", "perşembeye", "perşembeden"],
    ["cuma", "cumaya", "cumadan"],
    ["cumartesi", "cumartesiye", "cumartesiden"],
  ],
  id: [["Minggu", "Ahad"], ["Senin"], ["Selasa"], ["Rabu"], ["Kamis"], ["Jumat", "Jum'at", "Jum’at"], ["Sabtu"]],
  ar: [["الأحد"], ["الاثنين", "الإثنين"], ["الثلاثاء"], ["الأربعاء"], ["الخميس"], ["الجمعة"], ["السبت"]],
};

/** Chinese and Japanese weekday prefixes; the day is the following character (一..六, 日/天). */
export const CJK_WEEKDAY_PREFIXES: readonly string[] = ["星期", "礼拜", "禮拜", "周", "週"];
/** Chinese weekday digits: index = day of week (0 = Sunday). */
export const CJK_WEEKDAY_DIGITS: readonly string[] = ["日天", "一", "二", "三", "四", "五", "六"];

/** Languages whose weekday names are capitalized: there a lower-case form is not read as a weekday. */
export const CAPITALIZED_WEEKDAY_LANGUAGES: ReadonlySet<string> = new Set(["en", "de", "id"]);

/**
 * Weekday forms that are ordinary words in another language or in their own: they count only
 * when the article is in one of the languages given (Indonesian "Senin" is Turkish "your",
 * "Minggu" is also "week").
 */
export const WEEKDAY_LANGUAGE_ONLY: Readonly<Record<string, readonly string[]>> = {
  minggu: ["id", "ms"], senin: ["id", "ms"], selasa: ["id", "ms"], rabu: ["id", "ms"], kamis: ["id", "ms"], jumat: ["id", "ms"], "jum'at": ["id", "ms"], sabtu: ["id", "ms"], ahad: ["id", "ms"],
  pazar: ["tr"], cuma: ["tr"],
};

/**
 * Weekday forms that are also ordinary words: they count only with a day word right after them
 * (Turkish "pazar" is also market, "cuma" also the Friday prayer: "Pazar günü", "cuma akşamı").
 */
export const WEEKDAY_NEEDS_DAY_WORD_AFTER: ReadonlySet<string> = new Set(["pazar", "cuma"]);
/** Day words after a weekday that are part of the expression: "salı günü", "cuma akşamı". */
export const DAY_WORDS_AFTER: readonly string[] = ["günü", "akşamı", "sabahı", "gecesi", "öğleden sonra"];

/** Words a weekday never comes before: "minggu lalu" is last week, not last Sunday. */
export const WEEKDAY_NOT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  minggu: ["lalu", "depan", "ini", "kemarin", "pertama", "kedua", "ketiga", "terakhir", "ke", "mendatang", "sebelumnya", "berikutnya"],
};

/**
 * Short weekday forms that are also ordinals (Portuguese "segunda" second, "quinta" fifth): they
 * count only after one of these words and before a punctuation mark ("na segunda, o ministro",
 * "nesta sexta (24)"); "na segunda metade" is not a day.
 */
export const SHORT_WEEKDAYS: ReadonlySet<string> = new Set(["segunda", "terça", "quarta", "quinta", "sexta"]);
export const SHORT_WEEKDAY_BEFORE: readonly string[] = [
  "na", "nesta", "nessa", "desta", "dessa", "até", "de", "próxima", "última", "passada", "esta", "essa",
];

/**
 * Arabic weekday names that are also ordinary words: they count only after "يوم" (day).
 */
export const ARABIC_WEEKDAY_NEEDS_DAY_WORD: ReadonlySet<string> = new Set(["الأحد", "الجمعة"]);
