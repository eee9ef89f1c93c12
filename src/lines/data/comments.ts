/**
 * Where a comment section starts. Reader comments are prose, often more of it than the article,
 * so the main text must stop where they begin: at a comments header, or at the first
 * "<name> says:" line under the article.
 */

/** Whole-line or line-start phrases (normalized: lower-case) that open a comment section. */
export const COMMENT_HEADERS: readonly string[] = [
  "comments", "comment", "reader comments", "leave a reply", "leave a comment", "add a comment", "post a comment", "write a comment",
  "join the conversation", "join the discussion", "show comments", "view comments", "discussion", "responses", "replies",
  "commentaires", "laisser un commentaire", "réactions", "kommentare", "kommentar schreiben", "diskussion", "leserkommentare",
  "comentarios", "deja un comentario", "deja tu comentario", "comentários", "deixe um comentário", "commenti", "lascia un commento",
  "комментарии", "оставить комментарий", "коментарі", "залишити коментар", "评论", "发表评论", "التعليقات", "reacties", "komentarze", "yorumlar",
];

/** "34 responses to ...", "12 comments", "3 Kommentare" (a count, then one of these). */
export const COMMENT_COUNT_WORDS: readonly string[] = [
  "responses", "response", "comments", "comment", "replies", "reply", "thoughts", "kommentare", "commentaires", "comentarios", "comentários",
  "commenti", "комментариев", "комментария", "коментарів", "reacties", "komentarzy", "yorum",
];

/** Line endings of a commenter's name line: "jane says:", "Max schreibt:". */
export const COMMENTER_ENDINGS: readonly string[] = ["says:", "said:", "wrote:", "writes:", "schreibt:", "sagt:", "dit :", "dit:", "a écrit :", "escribió:", "dice:", "disse:", "scrive:", "пишет:", "пише:"];

/**
 * First words that make a "… said:" line a sentence of the text, not a commenter's name line:
 * personal pronouns and determiners (`He said:`, `The minister wrote:`). Lower-case.
 */
export const NOT_COMMENTER_FIRST_WORDS: readonly string[] = [
  "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "this", "that", "his", "her", "their", "our", "its", "who", "which", "then", "and", "but", "also",
  "er", "sie", "es", "wir", "ich", "der", "die", "das", "ein", "eine", "dann", "und",
  "il", "elle", "ils", "elles", "on", "nous", "le", "la", "les", "un", "une",
  "él", "ella", "ellos", "el", "los", "las", "una", "ele", "ela", "eles", "o", "os", "as", "uma", "lui", "lei", "loro", "lo", "gli",
  "он", "она", "они", "мы", "я", "він", "вона", "вони", "ми",
];

/** Words between a comment count and the article title: "34 responses to …", "10 thoughts on …". */
export const COMMENT_TITLE_JOINERS: readonly string[] = ["to", "on", "about", "zu", "zum", "zur", "sur", "à", "a", "sobre", "para", "su", "на", "к", "op", "bij", "do", "o"];
