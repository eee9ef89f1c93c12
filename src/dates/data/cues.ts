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
  "sarà", "saranno", "avrà", "avranno", "si terrà", "si svolgerà", "dovrà", "dovranno", "dovrebbe", "dovrebbero", "prossimo", "prossima", "previsto", "prevista", "in programma", "entro",
  "vai", "vão", "serão", "deverá", "deverão", "irá", "irão", "prevista", "próximos", "até",
  "zal", "zullen", "gaat", "gaan", "volgende", "komende", "aanstaande", "gepland", "verwacht",
  "będzie", "będą", "zostanie", "zostaną", "przyszły", "przyszłym", "przyszłą", "najbliższy", "najbliższą", "najbliższym", "planowany", "planowane",
  "önümüzdeki", "gelecek", "yapılacak", "olacak", "edilecek", "kadar",
  "akan", "depan", "mendatang", "dijadwalkan", "hingga",
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
  "ha", "hanno", "ha detto", "ha dichiarato", "ha annunciato", "ha affermato", "ha riferito", "è stato", "è stata", "sono stati", "erano", "aveva", "avevano", "scorso", "scorsa", "fa",
  "disse", "afirmou", "declarou", "anunciou", "foi", "foram", "tinha", "passado", "passada", "último", "última", "atrás",
  "zei", "zeiden", "verklaarde", "heeft", "hebben", "werd", "werden", "vorige", "afgelopen", "geleden",
  "był", "była", "było", "byli", "były", "powiedział", "powiedziała", "poinformował", "poinformowała", "ogłosił", "ogłosiła", "oświadczył", "zeszły", "zeszłym", "ubiegły", "ubiegłym", "temu",
  "geçen", "geçtiğimiz", "önce", "dedi", "açıkladı", "söyledi", "bildirdi",
  "telah", "sudah", "lalu", "mengatakan", "menyatakan", "kata", "ujar", "mengumumkan",
];

/** Characters and words that end a clause: the cue search stops there. */
export const CLAUSE_BREAKS: readonly string[] = [".", ";", "!", "?", ":", "“", "”", "\"", "«", "»", "—", "–", "。", "；", "but", "while", "whereas", "mais", "aber", "pero", "но", "але", "لكن",
  // Complementizers open reported speech, whose tense is its own: "said on Monday that it will ...".
  "that", "que", "qu'", "dass", "что", "що", "أن",
  "ma", "però", "mentre", "che", "mas", "enquanto", "maar", "terwijl", "dat", "ale", "lecz", "że", "ama", "fakat", "ancak", "tetapi", "namun", "bahwa",
];

/**
 * Reporting verbs: a past cue only for the expression right after them ("said on Monday",
 * "said Friday"); what they report further on has its own tense ("said the works end in July").
 */
export const REPORTING_CUES: readonly string[] = [
  "said", "says", "told", "announced", "reported", "a déclaré", "ont déclaré", "a annoncé", "sagte", "dijo",
  "заявил", "заявила", "сообщил", "сообщила", "заявив", "повідомив", "表示", "قال", "قالت", "أعلن",
  "ha detto", "ha dichiarato", "ha annunciato", "ha affermato", "ha riferito", "disse", "afirmou", "declarou", "anunciou", "zei", "zeiden", "verklaarde",
  "powiedział", "powiedziała", "poinformował", "poinformowała", "ogłosił", "ogłosiła", "oświadczył", "dedi", "açıkladı", "söyledi", "bildirdi",
  "mengatakan", "menyatakan", "kata", "ujar", "mengumumkan",
];
/**
 * Verb endings that carry the tense, for languages that put the verb after the date (Turkish
 * "3 Kasım'da başlayacak", "salı günü toplandı"): read in the words right after the expression.
 * Words shorter than `minLength` letters and the listed ordinary words ("şimdi" now, "kendi"
 * self, "altmış" sixty) are not verbs.
 */
export interface TenseEndings {
  future: readonly string[];
  past: readonly string[];
  notVerbs: readonly string[];
  minLength: number;
  /** How far right of the expression the verb is looked for, in characters. */
  reach: number;
  /** Whether a verb before the expression counts too (not in a verb-final language). */
  before: boolean;
}
export const TENSE_ENDINGS: Readonly<Record<string, TenseEndings>> = {
  tr: {
    future: ["acak", "ecek", "acağı", "eceği", "acağını", "eceğini", "acakları", "ecekleri", "acaktır", "ecektir", "acağız", "eceğiz"],
    past: ["dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "dılar", "diler", "dular", "düler", "tılar", "tiler", "tular", "tüler", "mış", "miş", "muş", "müş"],
    notVerbs: ["şimdi", "kendi", "hindi", "haydi", "yetmiş", "altmış", "seksen", "günü"],
    minLength: 5,
    reach: 48,
    before: false,
  },
  // Italian and Portuguese futures ("aprirà", "apriranno", "começará", "abrirão") and the
  // Portuguese preterite ("aprovou", "anunciou").
  it: { future: ["rà", "ranno"], past: [], notVerbs: ["tiranno", "marrà"], minLength: 4, reach: 24, before: true },
  pt: { future: ["rá", "rão"], past: ["ou"], notVerbs: ["sou", "vou", "estou", "dou", "ou", "tesouro", "ouro", "couro", "besouro"], minLength: 4, reach: 24, before: true },
};

/** Largest gap, in characters, between a reporting verb and an expression it dates ("said late on "). */
export const REPORTING_REACH = 12;
