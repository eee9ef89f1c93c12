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
  ar: [["الأحد"], ["الاثنين", "الإثنين"], ["الثلاثاء"], ["الأربعاء"], ["الخميس"], ["الجمعة"], ["السبت"]],
};

/** Chinese and Japanese weekday prefixes; the day is the following character (一..六, 日/天). */
export const CJK_WEEKDAY_PREFIXES: readonly string[] = ["星期", "礼拜", "禮拜", "周", "週"];
/** Chinese weekday digits: index = day of week (0 = Sunday). */
export const CJK_WEEKDAY_DIGITS: readonly string[] = ["日天", "一", "二", "三", "四", "五", "六"];

/** Languages whose weekday names are capitalized: there a lower-case form is not read as a weekday. */
export const CAPITALIZED_WEEKDAY_LANGUAGES: ReadonlySet<string> = new Set(["en", "de"]);

/**
 * Arabic weekday names that are also ordinary words: they count only after "يوم" (day).
 */
export const ARABIC_WEEKDAY_NEEDS_DAY_WORD: ReadonlySet<string> = new Set(["الأحد", "الجمعة"]);
