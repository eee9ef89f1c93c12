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
];
/** Labels of an update, lower-case. */
export const UPDATED_LABELS: readonly string[] = [
  "updated", "updated on", "last updated", "modified", "last modified", "mis à jour le", "mis à jour", "mise à jour", "aktualisiert", "aktualisiert am", "zuletzt aktualisiert",
  "actualizado", "actualizado el", "обновлено", "оновлено", "更新时间", "更新時間", "更新", "تحديث", "آخر تحديث",
];
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
