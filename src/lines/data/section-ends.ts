/**
 * Headers that open a section after the article: the author's or the company's boilerplate
 * ("About the author", "About Acme", "Über den Autor"). Lower-case line starts; the header line
 * itself is short.
 */
export const ABOUT_HEADERS: readonly string[] = [
  "about the author", "about the authors", "about the writer", "about the reporter", "about us", "about", "author bio", "author information",
  "über den autor", "über die autorin", "über uns", "über", "à propos de l'auteur", "à propos de", "a propos de", "sobre el autor", "sobre la autora",
  "acerca de", "sobre o autor", "sobre a autora", "sobre", "informazioni sull'autore", "l'autore", "об авторе", "о компании", "про автора",
  // Lists that follow the text: sources, tags, topics.
  "sources", "article sources", "tags", "topics", "filed under", "quellen", "schlagworte", "themen", "étiquettes", "mots-clés", "etiquetas", "fuentes", "теги", "метки",
];

/** An about-header has at most this many words ("About Acme Holdings Inc"). */
export const ABOUT_MAX_WORDS = 6;

/**
 * Words of a boilerplate self-description after the article ("Acme is a global provider of…",
 * "Jane Roe is a reporter who…"): the line opens with a name, then "is a/an/the", and names
 * what the company or author is.
 */
export const BIO_WORDS: readonly string[] = [
  "company", "provider", "leader", "firm", "organization", "organisation", "group", "manufacturer", "developer", "publisher",
  "agency", "headquartered", "founded", "subsidiaries", "employs", "author", "journalist", "writer", "reporter", "editor",
  "correspondent", "contributor", "columnist", "educator", "founder",
];

/**
 * Words that open an "About X" header, and the X that name no subject ("About us", "About the
 * author"). An "About X" whose X runs through the prose (the company a press release is about)
 * closes the text softly.
 */
export const ABOUT_OPENERS: readonly string[] = ["about", "über", "à propos de", "a propos de", "sobre", "acerca de", "informazioni su", "о", "про"];
export const GENERIC_ABOUT_NAMES: readonly string[] = [
  "us", "me", "the author", "the authors", "the writer", "the reporter", "this site", "this blog", "the company",
  "uns", "mich", "nous", "moi", "nosotros", "nós", "mim", "noi", "нас", "авторе", "компании",
];
