/**
 * Labels in front of a page's own date ("Published:", "Updated 09:40 GMT") per language, and
 * capitalized words that look like a lone dateline place but are page furniture.
 *
 * @module
 */

/** Labels of the publication date, lower-case. */
export const PUBLISHED_LABELS: readonly string[] = [
  "published", "published on", "posted", "posted on", "first published", "date", "dated",
  "publié le", "publié", "mis en ligne le", "veröffentlicht", "veröffentlicht am", "erschienen am", "stand",
  "publicado", "publicado el", "fecha", "опубликовано", "опубліковано", "дата публікації", "дата публикации",
  "发布时间", "發布時間", "发表时间", "时间", "来源", "نشر", "نشر في", "تاريخ النشر",
  "pubblicato", "pubblicato il", "data di pubblicazione", "publicado em", "data de publicação", "gepubliceerd", "gepubliceerd op", "geplaatst", "geplaatst op",
  "opublikowano", "data publikacji", "yayınlanma", "yayınlanma tarihi", "yayın tarihi", "diterbitkan", "dipublikasikan",
];
/** Labels of an update, lower-case. */
export const UPDATED_LABELS: readonly string[] = [
  "updated", "updated on", "last updated", "modified", "last modified", "mis à jour le", "mis à jour", "mise à jour", "aktualisiert", "aktualisiert am", "zuletzt aktualisiert",
  "actualizado", "actualizado el", "обновлено", "оновлено", "更新时间", "更新時間", "更新", "تحديث", "آخر تحديث",
  "aggiornato", "aggiornato il", "ultimo aggiornamento", "atualizado", "atualizado em", "última atualização", "bijgewerkt", "bijgewerkt op", "laatst bijgewerkt",
  "aktualizacja", "zaktualizowano", "güncelleme", "güncellenme", "son güncelleme", "güncellenme tarihi", "diperbarui",
];

/**
 * "Published 3 hours ago" on a date line: the counts, the units of the clock and the words after
 * ("3 ore fa", "3 uur geleden", "3 godziny temu", "3 saat önce", "3 jam yang lalu") or before
 * ("há 3 horas") the count.
 */
export const CLOCK_COUNT_WORDS: readonly string[] = ["a", "an", "one", "un", "una", "uma", "um", "een", "bir"];
export const CLOCK_UNITS: readonly string[] = [
  "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins",
  "ora", "ore", "minuto", "minuti", "hora", "horas", "minutos", "uur", "minuut", "minuten",
  "godzina", "godzinę", "godziny", "godzin", "minutę", "minuty", "minut", "saat", "dakika", "jam", "menit",
];
export const CLOCK_AGO_AFTER: readonly string[] = ["ago", "fa", "atrás", "geleden", "temu", "önce", "lalu", "yang lalu"];
export const CLOCK_AGO_BEFORE: readonly string[] = ["há", "faz"];

/** Words between a label and its date: "Published on", "Pubblicato il", "Publicado em", "Gepubliceerd op". */
export const LABEL_CONNECTORS: readonly string[] = ["on", "at", "le", "am", "el", "em", "в", "о", "il", "op", "dnia", "pada", "tanggal"];

/** Words before a time of day: "at 10:32", "à 10h32", "alle 10:32", "às 10h32", "om 10.32", "o godz. 10:32", "saat 10.32", "pukul 10.32". */
export const TIME_WORDS: readonly string[] = ["at", "à", "um", "a las", "в", "о", "alle", "ore", "às", "om", "godz.", "o godz.", "o godzinie", "saat", "pukul"];
/** Capitalized lines that are page furniture, not a dateline place (lower-case). */
export const NOT_A_PLACE: ReadonlySet<string> = new Set([
  "share", "menu", "home", "news", "world", "top", "back", "video", "videos", "photo", "photos", "live", "breaking", "breaking news", "update", "updated", "exclusive",
  "opinion", "analysis", "advertisement", "sponsored", "follow us", "english", "sport", "sports", "business", "politics", "more", "related", "comments", "print", "email",
  "login", "subscribe", "search", "close", "watch", "listen", "read more", "latest", "trending", "editorial", "europe", "asia", "africa", "americas", "world news", "tech", "science", "health",
  "culture", "entertainment", "lifestyle", "travel", "economy", "markets", "ad", "ads", "photo gallery", "gallery", "podcast", "newsletter", "contact", "about", "reuters", "ap", "afp", "tass",
  "note", "notes", "editor's note", "editors' note", "tldr", "tl;dr", "disclosure", "disclaimer", "correction", "clarification", "warning", "summary", "source", "sources", "credit", "credits",
  "project", "also read", "see also", "faq", "q", "a", "join", "rss", "sign up", "sign in", "log in", "register", "download", "buy", "shop", "sale", "new", "hot", "free", "ai", "co",
]);
/** Words that must follow a dateline in capitals with neither a date nor an agency ("MOSCOW: The Kremlin said ..."): a paragraph, not a label. */
export const MIN_WORDS_AFTER_BARE_DATELINE = 8;
/** Words that must follow a bare dateline with the classic dash ("TRENTON — Gov. Smith said"). */
export const MIN_WORDS_AFTER_DASHED_DATELINE = 3;
/** Words that must follow a dateline with a date, an agency or a region. */
export const MIN_WORDS_AFTER_DATELINE = 1;
/** Words that open a byline line ("By Ann Lee", "Par", "Von", "Por", "Автор", "作者"). */
export const BYLINE_WORDS: readonly string[] = ["by", "par", "von", "por", "автор", "від", "作者", "بقلم"];

/** Lower-case particles inside a place name in normal case: "Rio de Janeiro", "The Hague". */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set(["de", "da", "do", "dos", "das", "del", "der", "den", "di", "du", "la", "le", "les", "of", "on", "upon", "am", "an", "im", "sur", "y", "e", "el", "al", "bin"]);
