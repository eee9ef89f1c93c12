/**
 * Calendar words for recognizing lines that are only a date ("Nov 18, 2019 at 9:24 pm ET",
 * "Montag, 17. Januar 2022", "14.06.2024 07:31", "3 hours ago"). The lines stage only needs to
 * know that a line is a date; the dates stage reads its value.
 */

/** Month names and abbreviations, lower-case, in the languages of the phrase lists. */
export const MONTH_WORDS: readonly string[] = [
  // en
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  // fr
  "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
  "janv", "févr", "avr", "juil", "déc",
  // de
  "januar", "jänner", "februar", "märz", "juni", "juli", "oktober", "dezember", "okt", "dez",
  // es
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
  "ene", "abr", "ago", "dic",
  // pt
  "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "fev", "out", "dez",
  // it
  "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "gen", "mag", "giu", "lug", "set", "ott",
  // nl
  "januari", "februari", "maart", "mei", "augustus", "okt",
  // pl
  "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
  // tr
  "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
  // id / ms
  "januari", "pebruari", "maret", "juni", "juli", "agustus", "oktober", "desember", "mei",
  // ru (nominative and genitive)
  "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
  "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
  // uk (nominative and genitive)
  "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень",
  "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
];

/** Weekday names and abbreviations, lower-case. */
export const WEEKDAY_WORDS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
  "segunda", "terça", "quarta", "quinta", "sexta", "feira",
  "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
  "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
  "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя",
];

/**
 * Words that may stand in a date line besides numbers, months and weekdays: time words, zones,
 * "published"/"updated" labels and the small words that join them, in several languages.
 */
export const DATE_LINE_WORDS: readonly string[] = [
  "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "msk", "ist", "jst", "kst", "hkt", "sgt",
  "updated", "update", "published", "posted", "last", "modified", "on", "at", "of", "the", "first", "read", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs",
  "day", "days", "week", "weeks", "month", "months", "year", "years", "ago", "just", "now", "today", "yesterday", "time", "reading", "|",
  "mis", "à", "jour", "le", "publié", "modifié", "il", "y", "heures", "h",
  "aktualisiert", "veröffentlicht", "uhr", "um", "vor", "stunden", "minuten", "stand",
  "actualizado", "publicado", "de", "del", "a", "las", "hace", "horas",
  "atualizado", "às", "em",
  "aggiornato", "pubblicato", "alle", "ore",
  "обновлено", "опубликовано", "г", "года", "в", "назад", "часа", "часов",
  "оновлено", "опубліковано", "року", "о",
];

/** Units after a number in "3 hours ago" style relative stamps. */
export const RELATIVE_AGO_WORDS: readonly string[] = ["ago", "vor", "hace", "il y a", "назад", "тому", "fa", "atrás", "geleden", "temu", "önce"];
