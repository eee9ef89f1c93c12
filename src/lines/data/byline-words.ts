/**
 * Words for reading a byline: name joiners, the place marker, and words that make a credit an
 * organization rather than a person ("By The Associated Press" has a source, no author).
 */

/** Words that introduce the author(s), lower-case, per language. */
export const BY_WORDS: readonly string[] = ["by", "von", "par", "por", "di", "door", "przez", "от", "written by", "reporting by", "story by", "posted by", "words by"];

/**
 * By-words written in lower case before the author's name alone on its line (`de Andreea
 * Munteanu`, `της Ελένης Παπαδοπούλου`, `av Erik Lund`): read case-sensitively, since a line that
 * opens with `De …` is as often a sentence.
 */
export const LOWER_BY_WORDS: readonly string[] = ["by", "von", "par", "por", "di", "de", "da", "door", "przez", "od", "av", "af", "της", "του", "от", "від"];

/** Words that join several authors. */
export const AUTHOR_JOINERS: readonly string[] = ["and", "und", "et", "y", "e", "en", "i", "и", "і", "&"];

/** Words that introduce the place the author files from: "By X in Dubai". */
export const PLACE_WORDS: readonly string[] = ["in", "aus", "à", "en", "em", "a", "в", "у", "из", "з"];

/** Words that mark an organization or desk in a credit, lower-case. */
export const ORGANIZATION_WORDS: readonly string[] = [
  "press", "news", "agency", "agencies", "times", "daily", "post", "herald", "journal", "tribune", "telegraph", "guardian", "gazette",
  "network", "media", "staff", "desk", "bureau", "service", "wire", "wires", "online", "newsroom", "editors", "editorial", "team", "reporters",
  "reuters", "afp", "ap", "dpa", "tass", "ria", "xinhua", "efe", "ansa", "bloomberg", "cnn", "bbc", "upi", "pa", "anp", "kyodo", "yonhap",
  "presse", "redaktion", "rédaction", "redacción", "redação", "agencia", "agência", "agenzia", "агентство", "редакция", "редакція",
];

/** Labels of date parts in a pipe-separated byline ("Updated: ..."), lower-case. */
export const DATE_LABELS: readonly string[] = ["updated", "published", "posted", "last updated", "aktualisiert", "veröffentlicht", "mis à jour", "publié", "actualizado", "publicado", "atualizado", "aggiornato", "обновлено", "опубликовано", "оновлено"];

/**
 * Lower-case words inside a person's name (`Jan de Vries`, `Leonardo da Vinci`, `Mohamed bin
 * Salman`): a bare-name byline may have them between its capitalized words.
 */
export const NAME_PARTICLES: readonly string[] = ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ten", "ter", "bin", "bint", "ibn", "al", "el", "y"];

/**
 * Capitalized words that open menu items and section labels, lower-case: a short line with one
 * of them is no bare-name byline (`Latest News`, `Top Stories`, `Related Articles`).
 */
export const NOT_NAME_WORDS: readonly string[] = [
  "the", "a", "an", "of", "and", "for", "in", "on", "to", "with", "news", "latest", "top", "more", "home", "menu", "related",
  "read", "share", "live", "video", "videos", "photo", "photos", "opinion", "sport", "sports", "world", "politics", "business",
  "stories", "story", "articles", "article", "most", "popular", "trending", "follow", "subscribe", "newsletter", "login", "sign",
  "search", "contact", "about", "comments", "advertisement", "sponsored", "editor", "editors", "staff", "reporter", "analysis",
  "team", "tools", "guide", "tips", "help", "release", "writer", "coordinator", "manager", "summary", "overview", "questions",
  "takeaways", "insights", "resources", "references", "sources", "notes", "contents", "checklist", "checklists",
];

/** Endings of nouns, not names: a word of a bare-name byline does not end so (`Software Engineering`, `Key Recommendations`). */
export const NOT_NAME_ENDINGS: readonly string[] = ["tion", "tions", "ment", "ments", "ness", "ity", "ics", "ology", "ship"];
