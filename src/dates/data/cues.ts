/**
 * Tense cues: words before (or just after) a temporal expression that say whether it points to
 * the future or the past. The nearest cue in the same clause wins.
 *
 * @module
 */

/** Future cues, lower-case; multi-word cues are matched as written. */
export const FUTURE_CUES: readonly string[] = [
  "will", "'ll", "’ll", "shall", "would", "won't", "wont", "going to", "is to", "are to", "scheduled", "expected", "due to be", "set to", "plans to", "planned", "planning",
  "upcoming", "ahead", "next", "coming", "until", "till",
  "va", "vont", "sera", "seront", "aura", "auront", "doit", "doivent", "devrait", "devraient", "prochain", "prochaine", "prévu", "prévue",
  "wird", "werden", "soll", "sollen", "geplant", "nächste", "nächsten", "kommende", "kommenden",
  "será", "serán", "va a", "van a", "prevé", "previsto", "prevista", "próximo", "próxima",
  "будет", "будут", "планируется", "запланирован", "запланирована", "запланировано", "состоится", "следующ",
  "буде", "будуть", "запланован", "відбудеться", "наступн",
  "将", "將", "计划", "計劃", "预计", "預計",
  "سوف", "ستعقد", "سيعقد", "المقبل", "القادم",
];

/** Past cues, lower-case. */
export const PAST_CUES: readonly string[] = [
  "was", "were", "had", "did", "said", "says", "told", "met", "held", "took", "began", "ended", "announced", "reported", "ago", "last", "earlier", "previously", "since",
  "a été", "était", "avait", "a déclaré", "ont déclaré", "a annoncé", "dernier", "dernière",
  "war", "waren", "hatte", "hatten", "sagte", "letzten", "vergangenen",
  "fue", "fueron", "dijo", "pasado", "pasada",
  "был", "была", "было", "были", "заявил", "заявила", "сообщил", "сообщила", "прошл",
  "був", "була", "було", "були", "заявив", "заявила", "повідомив", "минул",
  "了", "曾", "表示",
  "قال", "قالت", "أعلن", "الماضي",
];

/** Characters and words that end a clause: the cue search stops there. */
export const CLAUSE_BREAKS: readonly string[] = [".", ";", "!", "?", ":", "“", "”", "\"", "«", "»", "—", "–", "。", "；", "but", "while", "whereas", "mais", "aber", "pero", "но", "але", "لكن",
  // Complementizers open reported speech, whose tense is its own: "said on Monday that it will ...".
  "that", "que", "qu'", "dass", "что", "що", "أن",
];

/**
 * Reporting verbs: a past cue only for the expression right after them ("said on Monday",
 * "said Friday"); what they report further on has its own tense ("said the works end in July").
 */
export const REPORTING_CUES: readonly string[] = [
  "said", "says", "told", "announced", "reported", "a déclaré", "ont déclaré", "a annoncé", "sagte", "dijo",
  "заявил", "заявила", "сообщил", "сообщила", "заявив", "повідомив", "表示", "قال", "قالت", "أعلن",
];
/** Largest gap, in characters, between a reporting verb and an expression it dates ("said late on "). */
export const REPORTING_REACH = 12;
