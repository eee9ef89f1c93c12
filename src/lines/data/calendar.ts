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
  // ru / uk abbreviations
  "янв", "фев", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек", "січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру",
  // nl / pl / tr / id abbreviations
  "mrt", "sty", "lut", "kwi", "cze", "lip", "sie", "wrz", "paź", "lis", "gru", "oca", "şub", "nis", "haz", "tem", "ağu", "eyl", "eki", "kas", "ara", "agu", "des",
  // cs (nominative and genitive), sk (genitive)
  "leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec",
  "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "října", "listopadu", "prosince",
  "januára", "februára", "apríla", "mája", "júna", "júla", "septembra", "októbra", "novembra", "decembra",
  // ro
  "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie", "noiembrie", "decembrie",
  // el (genitive, then nominative)
  "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου",
  "νοεμβρίου", "δεκεμβρίου", "ιανουάριος", "φεβρουάριος", "μάρτιος", "απρίλιος", "μάιος", "ιούνιος", "ιούλιος", "αύγουστος",
  "σεπτέμβριος", "οκτώβριος", "νοέμβριος", "δεκέμβριος",
  // hu
  "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
  // sv, da, no
  "maj", "augusti", "marts", "desember",
  // fa (Solar Hijri)
  "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
  // vi ("tháng 11")
  "tháng",
  // ar: Egyptian and Gulf names, then the Levantine and Iraqi ones (two-word names read word by word)
  "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
  "كانون", "شباط", "آذار", "اذار", "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب", "اب", "أيلول", "ايلول", "تشرين",
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
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "ma", "di", "wo", "do", "vr", "za", "zo",
  "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "pon", "wt", "śr", "czw", "pt", "sob", "niedz", "ndz",
  "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "pzt", "sal", "çar", "per", "cum", "cmt", "paz",
  "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
  "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle", "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică",
  "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật",
  "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap",
  "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag", "lørdag", "søndag",
  "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاحد",
  "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mo", "di", "mi", "do", "fr", "sa", "so",
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
  "сегодня", "вчера", "сьогодні", "вчора", "дата", "публикации", "публікації",
  "há", "hoje", "ontem", "hoy", "ayer", "aujourd'hui", "hier", "heute", "gestern", "oggi", "ieri",
  "bijgewerkt", "gepubliceerd", "laatste", "update", "om", "vandaag", "gisteren", "uur",
  "aktualizacja", "zaktualizowano", "opublikowano", "publikacja", "godz", "dzisiaj", "dziś", "wczoraj",
  "güncelleme", "güncellenme", "güncellendi", "yayınlanma", "yayımlanma", "giriş", "tarihi", "saat", "son", "bugün", "dün",
  "wib", "wita", "wit", "diperbarui", "diterbitkan", "dipublikasikan", "pukul", "jam", "menit", "hari", "ini", "kemarin",
  "نشر", "في", "آخر", "تحديث", "تاريخ", "النشر", "الساعة", "ساعة", "ساعات", "دقيقة", "دقائق", "مساء", "مساءً", "صباحا", "صباحاً", "م", "ص", "بتوقيت",
  "aktualizováno", "publikováno", "aktualizované", "dnes", "včera", "hodinami", "minutami", "v",
  "actualizat", "publicat", "ora", "ore", "azi", "ieri",
  "ενημερώθηκε", "δημοσιεύθηκε", "δημοσίευση", "ενημέρωση", "ώρες", "λεπτά", "ώρα",
  "ngày", "lúc", "giờ", "phút", "cập", "nhật", "gmt+7",
  "frissítve", "frissítés", "publikálva", "uppdaterad", "publicerad", "idag", "igår", "kl", "i", "timmar", "minuter", "opdateret", "publiceret", "oppdatert", "publisert",
  "입력", "수정", "기사입력", "최종수정", "업데이트", "등록", "승인", "오전", "오후",
  // the second word of the Levantine month names (كانون الثاني, تشرين الأول)
  "الثاني", "الأول", "الاول",
  "el", "los", "ultimo", "aggiornamento", "modificato",
  // reading-time notes beside the date ("Lesedauer: 3 Min.", "Temps de lecture : 4 min")
  "lesedauer", "lesezeit", "temps", "lecture", "tiempo", "lectura", "tempo", "lettura", "leitura",
  // relative stamps ("2 godziny temu", "2 години тому", "3 часа назад")
  "godzina", "godziny", "godzin", "godzinę", "minut", "minuty", "minutę", "dni", "dzień", "години", "годин", "годину", "хвилин", "хвилини",
  "хвилину", "днів", "дні", "день", "час", "минут", "минуту", "минуты", "дня", "дней", "saat", "dakika", "gün", "uur", "minuten", "dagen",
  // Chinese labels before a numeric date ("发布时间：2026-11-14 09:35")
  "发布时间", "發佈時間", "发布日期", "发表时间", "更新时间", "時間", "时间", "日期",
];

/** Units after a number in "3 hours ago" style relative stamps. */
export const RELATIVE_AGO_WORDS: readonly string[] = ["ago", "vor", "hace", "il y a", "назад", "тому", "fa", "atrás", "há", "geleden", "temu", "önce", "lalu", "منذ", "před", "pred", "acum", "πριν", "trước", "전", "sedan", "siden", "órája", "perce", "napja"];
