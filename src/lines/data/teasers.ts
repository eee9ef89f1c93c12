/**
 * Links that close a teaser card ("Headline / excerpt… / Read more"): whole lines, lower-case
 * and NFC, as the line normalizer leaves them.
 *
 * @module
 */
export const READ_MORE_LINES: readonly string[] = [
  "read more", "continue reading", "read full story", "read the full story", "read full article", "read the full article", "keep reading",
  "read now", "read article", "lire la suite", "lire plus", "weiterlesen", "mehr lesen", "leer más", "seguir leyendo", "leia mais",
  "continuar lendo", "continua a leggere", "leggi tutto", "leggi di più", "lees verder", "lees meer", "czytaj dalej", "czytaj więcej",
  "devamını oku", "читать далее", "читать полностью", "подробнее", "читати далі", "続きを読む", "阅读全文", "閱讀全文", "اقرأ المزيد",
];
