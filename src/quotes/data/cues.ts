/**
 * Attribution cues per language, in their inflected forms: speech verbs, and phrases after
 * which the source follows (`according to X`). Lower case. Nothing else imports this file.
 *
 * @module
 */

/** Speech and attribution verbs per ISO 639-1 code, every form that can head a cue. */
export const CUE_VERBS: Readonly<Record<string, readonly string[]>> = {
  en: [
    ...forms("say", "says", "said", "saying"),
    ...forms("tell", "tells", "told", "telling"),
    ...verb("add"), ...verb("note"), ...verb("stress"), ...verb("warn"), ...verb("insist"), ...verb("acknowledge"),
    ...verb("explain"), ...verb("answer"), ...verb("respond"), ...verb("argue"), ...verb("claim"), ...verb("declare"),
    ...verb("announce"), ...verb("state"), ...verb("comment"), ...verb("remark"), ...verb("observe"), "continued",
    ...verb("concede"), ...verb("admit"), ...verb("recall"), ...verb("suggest"), ...verb("urge"), ...verb("caution"),
    ...verb("predict"), ...verb("promise"), ...verb("vow"), ...verb("pledge"), ...verb("boast"), ...verb("complain"),
    ...verb("joke"), ...verb("quip"), ...verb("tweet"), ...verb("post"), ...verb("describe"), ...verb("emphasize"),
    ...verb("emphasise"), ...verb("assert"), ...verb("maintain"), ...verb("contend"), ...verb("confirm"), ...verb("deny"),
    ...verb("reply"), ...verb("report"), ...verb("add"), ...verb("mention"), ...verb("point"), ...verb("tout"),
    ...verb("call"), ...verb("charge"), ...verb("counter"), ...verb("demand"), ...verb("insist"), ...verb("reiterate"),
    ...verb("repeat"), ...verb("announce"), ...verb("conclude"), ...verb("characterize"), ...verb("characterise"),
    ...verb("label"), ...verb("praise"), ...verb("criticize"), ...verb("criticise"), ...verb("accuse"), ...verb("blast"),
    ...verb("slam"), ...verb("lament"), ...verb("predict"), ...verb("question"), ...verb("exclaim"), ...verb("shout"),
    ...verb("yell"), ...verb("cry"), ...verb("whisper"), ...verb("testify"), ...verb("allege"), ...verb("advise"),
    ...verb("agree"), ...verb("acknowledge"), ...verb("signal"), ...verb("assure"), ...verb("reassure"), ...verb("hint"),
    ...forms("write", "writes", "wrote", "writing"),
    ...forms("ask", "asks", "asked", "asking"),
    ...forms("speak", "speaks", "spoke", "speaking"),
    ...forms("put", "puts"),
    ...forms("think", "thinks", "thought"),
    ...forms("believe", "believes", "believed"),
    ...forms("recount", "recounts", "recounted"),
    ...forms("read", "reads"),
    ...forms("sing", "sings", "sang", "singing"),
    ...verb("chant"), ...verb("scream"), ...verb("plead"), ...verb("wonder"), ...verb("muse"), ...verb("sigh"),
    ...verb("interject"), ...verb("scold"), ...verb("opine"), ...verb("rebut"), ...verb("decry"),
    ...verb("proclaim"), ...verb("gush"), ...verb("marvel"), ...verb("recite"), ...verb("retort"), ...verb("scoff"),
    ...verb("chime"),
    // Verbs of writing by hand or on a keyboard (`a doctor had typed "…"`), and of a lowered or
    // raised voice (`she muttered "…"`; not `mutter`, a German noun: the English verbs count in every language).
    "typed", "scrawled", "scribbled", "jotted", "muttered", "muttering", ...verb("murmur"), ...verb("mumble"),
    ...verb("holler"), ...verb("bellow"), ...verb("hiss"), ...verb("growl"),
  ],
  de: [
    "sagte", "sagten", "sagt", "sagen", "erklärte", "erklärten", "erklärt", "betonte", "betonten", "betont",
    "meinte", "meinten", "meint", "fügte", "fügten", "ergänzte", "ergänzten", "ergänzt", "warnte", "warnten", "warnt",
    "schrieb", "schrieben", "schreibt", "sprach", "sprachen", "spricht", "teilte", "teilten", "teilt", "berichtete",
    "berichteten", "berichtet", "kritisierte", "kritisierten", "kritisiert", "forderte", "forderten", "fordert",
    "bezeichnete", "bezeichneten", "bezeichnet", "nannte", "nannten", "nennt", "räumte", "räumten", "räumt",
    "gestand", "gestanden", "kündigte", "kündigten", "kündigt", "hieß", "heißt", "verkündete", "verkündeten",
    "verkündet", "bestätigte", "bestätigten", "bestätigt", "versicherte", "versicherten", "versichert", "unterstrich",
    "unterstrichen", "unterstreicht", "argumentierte", "argumentierten", "behauptete", "behaupteten", "behauptet",
    "antwortete", "antworteten", "antwortet", "fragte", "fragten", "fragt", "zitierte", "zitiert", "äußerte",
    "äußerten", "äußert", "mahnte", "mahnten", "mahnt", "beklagte", "beklagten", "beklagt", "lobte", "lobten", "lobt",
    "kommentierte", "kommentierten", "kommentiert", "verwies", "verwiesen", "verweist", "gab", "gaben", "gibt",
    "stellte", "stellten", "stellt", "bekräftigte", "bekräftigten", "bekräftigt", "sieht", "sah", "ließ", "ließen",
    "läßt", "lässt", "bezweifelte", "bezweifelten", "bezweifelt", "kündigte", "zeigte", "zeigten", "zeigt",
    "wies", "wiesen", "weist", "begründete", "begründeten", "begründet", "hob", "hoben", "hebt", "erinnerte",
    "erinnerten", "erinnert", "resümierte", "resümiert", "bilanzierte", "prophezeite", "vermutete", "vermutet",
    "drohte", "drohten", "droht", "rief", "riefen", "ruft", "appellierte", "appellierten", "appelliert", "verlangte",
    "verlangten", "verlangt", "bekannte", "bekannten", "bekennt", "versprach", "versprachen", "verspricht", "gesagt",
    "erklärt", "betont", "geschrieben", "gefordert", "bezeichnet", "genannt", "kritisiert", "zitiert", "geäußert",
    "mitgeteilt", "verkündet", "berichtet", "gewarnt", "gemeint", "erläuterte", "erläuterten", "erläutert",
    "sagen", "sprechen", "twitterte", "postete", "schilderte", "schilderten", "schildert", "urteilte", "urteilt",
    "glaubt", "glaubte", "hofft", "hoffte", "fürchtet", "fürchtete", "befürchtet", "befürchtete", "kommentiert",
    "ergänzend", "jubelte", "freute", "freut", "verteidigte", "verteidigt", "zitierte", "wetterte", "spottete",
    "meldete", "meldeten", "meldet",
    "charakterisierte", "charakterisiert", "beschreibt", "beschrieb", "entgegnete", "entgegneten", "entgegnet",
    "widersprach", "widersprachen", "widerspricht",
    // Verb-final forms of separable verbs (`…, wie er hinzufügte`, `als sie mitteilte`).
    "hinzufügte", "hinzufügten", "mitteilte", "mitteilten", "einräumte", "einräumten", "ankündigte", "ankündigten",
    "zurückwies", "zurückwiesen", "bekanntgab", "bekanntgaben", "klarstellte", "feststellte", "hervorhob", "darlegte",
    "aufforderte", "aufforderten", "aufrief", "anmerkte", "vorwarf", "ausführte", "zugab", "hinwies",
    // Verbs of accusing, assuring, recommending, hailing, chanting (`warf dem Rat „Willkür“ vor`,
    // `sicherte ihm „rasche Hilfe“ zu`, `feierte die Wahl als „…“`).
    "warf", "warfen", "sicherte", "sicherten", "empfiehlt", "empfahl", "empfahlen", "feierte", "feierten", "begrüßte",
    "begrüßten", "rechtfertigte", "rechtfertigten", "skandierte", "skandierten", "prangerte", "prangerten",
    "attestierte", "attestierten", "bescheinigte", "beschuldigte", "beschuldigten", "beteuerte",
  ],
  fr: [
    "dit", "déclaré", "déclare", "déclarait", "affirmé", "affirme", "affirmait", "expliqué", "explique", "expliquait",
    "ajouté", "ajoute", "ajoutait", "souligné", "souligne", "soulignait", "estimé", "estime", "estimait", "indiqué",
    "indique", "indiquait", "précisé", "précise", "précisait", "assuré", "assure", "assurait", "averti", "avertit",
    "écrit", "écrivait", "lancé", "lance", "répondu", "répond", "confié", "confie", "martelé", "martèle", "insisté",
    "insiste", "reconnu", "reconnaît", "reconnait", "dénoncé", "dénonce", "annoncé", "annonce", "raconté", "raconte",
    "commenté", "commente", "rappelé", "rappelle", "jugé", "juge", "noté", "note", "poursuivi", "poursuit", "selon",
    "disait", "dira", "déclarera", "dit-il", "dit-elle", "explique-t-il", "explique-t-elle",
    "ajoute-t-il", "ajoute-t-elle", "estime-t-il", "estime-t-elle", "souligne-t-il", "souligne-t-elle", "assure-t-il",
    "assure-t-elle", "lance-t-il", "lance-t-elle", "confie-t-il", "confie-t-elle", "précise-t-il", "précise-t-elle",
    "indique-t-il", "indique-t-elle", "affirme-t-il", "affirme-t-elle", "raconte-t-il", "raconte-t-elle", "déclare-t-il",
    "déclare-t-elle", "poursuit-il", "poursuit-elle", "martèle-t-il", "martèle-t-elle", "tweeté", "qualifié", "qualifie",
    "réagi", "réagit", "félicité", "félicite", "déploré", "déplore", "regretté", "regrette", "prévenu", "prévient",
    "admis", "admet", "ajoutant", "soutenu", "soutient", "réclamé", "réclame", "plaidé", "plaide", "conclu", "conclut",
    "relevé", "relève", "observé", "observe", "résumé", "résume", "répété", "répète", "fustigé", "fustige",
    "critiqué", "prévenait", "insistait", "confirmé", "confirme", "démenti", "dément", "rétorqué",
    "rétorque", "exprimé", "exprime", "interroge", "interrogé", "demandé", "insurge", "insurgé", "exclame", "exclamé",
    "inquiète", "inquiété", "étonne", "étonné", "déclarent", "affirment", "estiment", "expliquent", "indiquent", "précisent", "soulignent",
  ],
  es: [
    "dijo", "dijeron", "dice", "dicen", "decía", "afirmó", "afirmaron", "afirma", "declaró", "declararon", "declara",
    "aseguró", "aseguraron", "asegura", "explicó", "explicaron", "explica", "añadió", "añadieron", "añade", "agregó",
    "agregaron", "agrega", "señaló", "señalaron", "señala", "indicó", "indicaron", "indica", "advirtió", "advirtieron",
    "advierte", "subrayó", "subraya", "destacó", "destaca", "insistió", "insiste", "reconoció", "reconoce", "escribió",
    "escribe", "sostuvo", "sostiene", "manifestó", "manifiesta", "apuntó", "apunta", "comentó", "comenta", "precisó",
    "precisa", "respondió", "responde", "anunció", "anuncia", "denunció", "denuncia", "recordó", "recuerda", "expresó",
    "expresa", "según", "calificó", "califica", "contó", "cuenta", "aseveró", "enfatizó", "enfatiza", "puntualizó",
    "sostenía", "afirmaba", "aseguraba", "explicaba", "señalaba", "decían", "lamentó", "lamenta", "criticó", "critica",
    "admitió", "admite", "reiteró", "reitera", "concluyó", "replicó", "aclaró", "aclara", "matizó", "remarcó", "opinó",
    "opina", "defendió", "defiende", "alertó", "alerta", "prometió", "celebró", "valoró", "valora", "relató", "relata",
    "agregaron", "señalaron", "indicaron", "anunciaron", "recordaron", "explicaron", "aseguraron",
  ],
  it: [
    "detto", "dice", "disse", "dichiarato", "dichiara", "affermato", "afferma", "spiegato", "spiega", "aggiunto",
    "aggiunge", "sottolineato", "sottolinea", "secondo", "scritto", "scrive", "ribadito", "ribadisce", "avvertito",
    "avverte", "annunciato", "annuncia", "commentato", "commenta", "osservato", "osserva", "precisato", "precisa",
    "sostiene", "sostenuto", "ammesso", "ammette", "assicurato", "assicura", "rilevato", "rileva", "concluso", "replicato",
    "replica", "risposto", "risponde", "ricordato", "ricorda", "insistito", "insiste", "denunciato", "denuncia",
    "evidenziato", "evidenzia", "confermato", "conferma", "dichiarano", "affermano", "spiegano", "dicono",
  ],
  pt: [
    "disse", "disseram", "diz", "dizem", "afirmou", "afirmaram", "afirma", "declarou", "declara", "explicou", "explica",
    "acrescentou", "acrescenta", "segundo", "escreveu", "escreve", "destacou", "destaca", "ressaltou", "ressalta",
    "alertou", "alerta", "garantiu", "garante", "sublinhou", "sublinha", "comentou", "comenta", "avaliou", "avalia",
    "salientou", "salienta", "reiterou", "admitiu", "admite", "defendeu", "defende", "respondeu", "responde", "concluiu",
    "lembrou", "lembra", "frisou", "observou", "observa", "declararam", "explicaram", "informou", "informa", "criticou",
    "anunciou", "anuncia", "reconheceu", "reconhece", "contou", "conta", "assegurou",
  ],
  nl: [
    "zei", "zeiden", "zegt", "zeggen", "verklaarde", "verklaart", "schreef", "schrijft", "benadrukte", "benadrukt",
    "waarschuwde", "waarschuwt", "voegde", "voegt", "aldus", "volgens", "stelde", "stelt", "liet", "laat", "meldde",
    "vertelde", "vertelt", "reageerde", "reageert", "legde", "legt", "erkende", "erkent", "beloofde", "belooft",
    "vond", "vindt", "antwoordde", "antwoordt", "noemde", "noemt", "herhaalde", "bevestigde", "bevestigt",
  ],
  pl: [
    "powiedział", "powiedziała", "powiedzieli", "mówi", "mówił", "mówiła", "stwierdził", "stwierdziła", "dodał",
    "dodała", "podkreślił", "podkreśliła", "napisał", "napisała", "według", "oświadczył", "oświadczyła", "zaznaczył",
    "zaznaczyła", "ocenił", "oceniła", "przekonywał", "przekonywała", "wyjaśnił", "wyjaśniła", "ostrzegł", "ostrzegła",
    "zapowiedział", "zapowiedziała", "przyznał", "przyznała", "zauważył", "zauważyła", "podkreślał", "podkreślała",
    "odpowiedział", "odpowiedziała", "zapewnił", "zapewniła", "poinformował", "poinformowała", "tłumaczył",
    "tłumaczyła", "przypomniał", "przypomniała", "dodaje", "podkreśla", "uważa", "twierdzi", "ocenia", "przekonuje",
  ],
  id: [
    "kata", "katanya", "ujar", "ujarnya", "ucap", "ucapnya", "tutur", "tuturnya", "jelasnya", "ungkap", "ungkapnya",
    "imbuh", "imbuhnya", "tambahnya", "mengatakan", "menyatakan", "menegaskan", "menjelaskan", "menambahkan", "berkata",
    "mengungkapkan", "menuturkan", "menulis", "menyebut", "menyebutkan",
  ],
  ms: [
    "kata", "katanya", "berkata", "ujar", "ujarnya", "tambahnya", "jelasnya", "menegaskan", "menjelaskan",
    "memberitahu", "menyatakan", "mengulas", "menulis",
  ],
  tr: [
    "dedi", "diye", "söyledi", "açıkladı", "belirtti", "kaydetti", "vurguladı", "ekledi", "yazdı", "konuştu",
    "dedi ki", "ifade etti", "dile getirdi", "aktardı", "anlattı", "savundu", "uyardı", "iddia etti",
  ],
  sv: [
    "sa", "sade", "säger", "skriver", "skrev", "berättar", "berättade", "uppger", "uppgav", "förklarar", "förklarade",
    "tillade", "betonade", "betonar", "menar", "konstaterar", "konstaterade",
  ],
  cs: [
    "řekl", "řekla", "řekli", "uvedl", "uvedla", "uvedli", "dodal", "dodala", "napsal", "napsala", "prohlásil",
    "prohlásila", "sdělil", "sdělila", "zdůraznil", "zdůraznila", "říká", "uvádí", "míní", "vysvětlil", "vysvětlila",
  ],
  ro: [
    "spus", "declarat", "afirmat", "adăugat", "subliniat", "scris", "precizat", "explicat", "transmis", "spune",
    "declară", "afirmă", "susține", "subliniază", "explică", "precizează",
  ],
  ru: [
    "сказал", "сказала", "сказали", "говорит", "говорят", "говорил", "говорила", "заявил", "заявила", "заявили",
    "заявляет", "отметил", "отметила", "отметили", "отмечает", "добавил", "добавила", "добавили", "подчеркнул",
    "подчеркнула", "подчеркнули", "сообщил", "сообщила", "сообщили", "сообщает", "пояснил", "пояснила", "написал",
    "написала", "написали", "пишет", "признал", "признала", "предупредил", "предупредила", "заверил", "заверила",
    "рассказал", "рассказала", "рассказали", "считает", "уверен", "уверена", "ответил", "ответила",
    "утверждает", "утверждал", "настаивает", "назвал", "назвала", "выразил", "выразила", "констатировал", "указал",
    "говорится", "сообщается", "отмечается", "подчеркивается", "подчёркивается", "считают", "отмечают", "уточнили",
    "пояснили", "признался", "призналась", "добавляет", "подчеркивает", "подчёркивает", "объяснил", "объяснила",
    "указала", "призвал", "призвала", "уточнил", "уточнила", "напомнил", "напомнила", "цитирует", "передает",
  ],
  uk: [
    "сказав", "сказала", "сказали", "каже", "кажуть", "говорив", "говорила", "заявив", "заявила", "заявили",
    "заявляє", "зазначив", "зазначила", "зазначили", "зазначає", "додав", "додала", "додали", "наголосив",
    "наголосила", "наголосили", "наголошує", "повідомив", "повідомила", "повідомили", "повідомляє", "пояснив",
    "пояснила", "написав", "написала", "написали", "пише", "визнав", "визнала", "попередив", "попередила", "запевнив",
    "запевнила", "розповів", "розповіла", "розповіли", "вважає", "відповів", "відповіла", "підкреслив",
    "підкреслила", "назвав", "назвала", "закликав", "закликала", "уточнив", "уточнила", "нагадав", "нагадала",
    "йдеться", "повідомляється", "зазначається", "наголошується", "вважають", "зазначають", "уточнили", "пояснили",
    "додає", "наголошує", "переконаний", "переконана", "визнав", "поділився", "поділилася",
  ],
};

/**
 * Cue words that are also nouns (`Trump's disrespectful comments`, `his late-night tweets`):
 * after an owner or a determiner and adjectives they are no cue.
 */
export const NOUN_CUES: Readonly<Record<string, readonly string[]>> = {
  en: [
  "comment", "comments", "tweet", "tweets", "post", "posts", "claim", "claims", "call", "calls", "report", "reports",
  "state", "states", "remark", "remarks", "note", "notes", "answer", "answers", "promise", "promises", "pledge",
  "pledges", "question", "questions", "charge", "charges", "demand", "demands", "label", "labels", "praise", "cry",
  "cries", "whisper", "whispers", "signal", "signals", "hint", "hints", "vow", "vows", "boast", "boasts", "joke",
  "jokes", "quip", "quips", "reply", "replies", "counter", "warning", "response", "plea", "chant", "chants", "scream",
  "screams", "complaint", "complaints", "statement", "statements", "read", "reads", "thought", "thoughts", "point",
  "points", "word", "words", "answer", "appeal",
  ],
};

/**
 * Multi-word cues after which the source follows: `according to X`, `selon X`, `laut X`.
 * Each is a lower-case token sequence.
 */
export const SOURCE_FOLLOWS: Readonly<Record<string, readonly string[]>> = {
  en: ["according to", "in the words of", "quoted by", "cited by", "as quoted by"],
  de: [
    "laut", "zufolge", "nach angaben", "nach worten", "so", "nach auffassung", "nach ansicht", "nach meinung",
    "nach aussagen", "nach aussage", "nach einschätzung", "nach darstellung", "nach überzeugung", "nach informationen",
    "nach den worten", "nach den angaben", "nach eigenen angaben", "nach darstellungen", "nach der darstellung",
    "nach der ankündigung", "nach ansicht von", "nach auffassung von",
  ],
  fr: ["selon", "d'après", "d’après", "aux dires de", "pour"],
  es: ["según", "de acuerdo con", "a juicio de", "en palabras de", "para"],
  it: ["secondo", "a detta di", "per"],
  pt: ["segundo", "de acordo com", "conforme", "para"],
  nl: ["volgens", "aldus"],
  pl: ["według", "zdaniem"],
  id: ["menurut"],
  ms: ["menurut"],
  sv: ["enligt"],
  cs: ["podle"],
  ro: ["potrivit", "conform", "după"],
  ru: ["по словам", "по мнению", "по данным", "как сообщил", "как сообщила", "как заявил", "как заявила", "цитирует"],
  uk: ["за словами", "на думку", "за даними", "як повідомив", "як повідомила", "як заявив", "як заявила"],
};

/**
 * Source-follows words that are also common prepositions (`pour`, `para`, `per`: `Para el
 * analista X, «…»`): a source only at the start of a clause and before a person or a role.
 */
export const WEAK_SOURCES: ReadonlySet<string> = new Set(["pour", "para", "per"]);

/**
 * Pronouns that name the source inside or right after a source-follows cue: `по его словам`,
 * `за його словами` (a possessive inside a two-word cue), `selon lui`, `según ella`, `secondo
 * lui` (an object pronoun after it). The pronoun is the speaker's mention.
 */
export const FRAMING_PRONOUNS: Readonly<Record<string, readonly string[]>> = {
  fr: ["lui", "elle", "eux", "elles"],
  es: ["él", "ella", "ellos", "ellas"],
  it: ["lui", "lei", "loro"],
  pt: ["ele", "ela", "eles", "elas"],
  nl: ["hem", "haar", "hen"],
  pl: ["niego", "niej", "nich"],
  ru: ["его", "её", "ее", "их", "него", "неё", "нее", "них"],
  uk: ["його", "її", "їх", "нього", "неї", "них"],
};

/**
 * Conjunctions that open an inverted attribution with any cue verb: `Как отметил министр …`,
 * `Jak podkreślił premier …`, `Como dijo el ministro …`: the speaker follows the verb (one
 * auxiliary may stand between: `Come ha detto …`).
 */
export const MANNER_CONJUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  es: ["como"],
  it: ["come"],
  pt: ["como"],
  pl: ["jak"],
  ru: ["как"],
  uk: ["як"],
};

/** Nouns of a statement that make a speaker of what precedes or governs them (`in a statement`). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "statements", "interview", "briefing", "press release", "tweet", "post", "letter", "speech", "remarks",
  "erklärung", "mitteilung", "interview", "communiqué", "déclaration", "comunicado", "declaración", "заявлении",
  "заяві", "интервью", "інтерв'ю",
]);

/** Verbs that introduce a name rather than speech when right before a quotation (`a film called "X"`). */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  "called", "dubbed", "named", "titled", "entitled", "nicknamed", "labeled", "labelled", "branded", "billed",
  "genannt", "namens", "betitelt", "titel", "titels", "heißt", "hieß", "appelé", "appelée", "intitulé", "intitulée",
  "baptisé", "baptisée", "llamado", "llamada", "titulado", "titulada", "denominado", "denominada", "под названием",
  "названием", "назвою", "chiamato", "chiamata", "intitolato",
]);

/**
 * Naming verbs in the active voice, English (`Roe called the plan "…"`, `what he dubbed "…"`):
 * with a speaker for subject, what follows in marks is that speaker's word for something, not a
 * name the copy gives (`a film called "…"`, `was dubbed "…"`, `the so-called "…"`).
 */
export const AGENT_NAMING_VERBS: ReadonlySet<string> = new Set([
  "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "label", "labels", "labeled", "labelled",
  "labeling", "labelling", "brand", "brands", "branded", "branding", "nickname", "nicknamed", "termed", "terming",
  "christened",
]);

function forms(...list: string[]): string[] {
  return list;
}

/** Regular English verb: base, -s, -ed, -ing (with the -e and -y rules). */
function verb(base: string): string[] {
  if (base.endsWith("y") && !/[aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    return [base, `${stem}ies`, `${stem}ied`, `${base}ing`];
  }
  if (base.endsWith("e")) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  const s = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  const doubled = /^(quip|admit|slam|rebut)$/.test(base) ? base + base.slice(-1) : base;
  return [base, s, `${doubled}ed`, `${doubled}ing`];
}

/**
 * Words that attribute a short quotation in its sentence without being a cue of their own
 * (read only as evidence that the words in marks are someone's, where the copy also puts names
 * in marks): forms of verbs of accusing, assuring, chanting whose past forms are in
 * `CUE_VERBS` (`wirft dem Rat „Willkür“ vor`, `wird „rasche Hilfe“ zugesichert`), nouns of a
 * statement or a view (`war von einem „Neuanfang“ die Rede`), verbs of rating (`eingestuft`).
 * (A source phrase of `SOURCE_FOLLOWS` before a name, a determiner or a quotation, `laut der
 * Polizei`, is evidence as well.) Unlike `REPORTED_SPEECH`, a noun phrase before them stays a
 * speaker.
 */
export const SPEECH_EVIDENCE: Readonly<Record<string, readonly string[]>> = {
  de: [
    "wirft", "werfen", "vorgeworfen", "vorwerfen", "sichert", "zugesichert", "empfohlen", "gesprochen", "begrüßt",
    "skandiert", "prangert", "angeprangert", "attestiert", "bescheinigt", "rieten", "rät", "versprechen", "beteuert",
    "rede", "feststellung", "ankündigung", "darstellung", "darstellungen", "ansicht", "auffassung", "stellungnahme",
    "erklärung", "mitteilung", "pressemitteilung", "vorwurf", "vorwürfe", "äußerung", "äußerungen", "wortlaut",
    "eingestuft", "rechnen",
  ],
}

/**
 * Words that mark reported speech in a sentence without a cue verb: German Konjunktiv I and II
 * forms (`Die Fähre sei erst „kurz vor der Mole“ gewendet`), nouns of saying.
 */
export const REPORTED_SPEECH: Readonly<Record<string, readonly string[]>> = {
  de: [
    "sei", "seien", "habe", "hätten", "werde", "würden", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "liege",
    "stehe", "gehe", "komme", "bestehe", "trage", "lebe", "fehle", "bleibe", "wisse", "brauche", "führe", "weise",
    "rechtfertige", "richte", "existiere", "bestehe", "worten", "meinung", "angaben", "aussage", "zufolge", "nannte",
    "nennt", "bezeichnete", "bezeichnet", "würdigte", "sprach", "beschrieben", "beschrieb", "warb", "riet", "rief",
    "attackierte", "zurückgewiesen", "verteidigte", "begründete", "konstatierte", "zeige", "halte", "sehe", "gelte",
    "mache", "verfolge", "unterstütze",
  ],
  en: ["statement", "remarks", "comments", "words", "interview", "claim", "claims", "told"],
  // The noun of `по словам X` / `за словами X` (a source phrase, no verb).
  ru: ["словам", "говорится", "сообщается"],
  uk: ["словами", "йдеться", "повідомляється"],
};

/**
 * Languages that print the attribution of a split quotation inside one pair of marks
 * (`« …, a-t-il dit, … »`, `«… —dijo X—, …»`, `«…, — сказал X, — …»`): see `incise.ts`.
 */
export const INCISE_LANGUAGES: ReadonlySet<string> = new Set(["fr", "es", "pt", "it", "ca", "pl", "ru", "uk", "be", "bg"]);

/**
 * Languages whose copy attributes a multi-paragraph quotation after its last piece (`« … ¶ « …»,
 * a-t-il dit.`), each paragraph reopened with a mark: every piece is then the speaker's. Not
 * English, where a cue-less opening piece is most often a pasted excerpt (polnear: 11 such
 * pieces, none annotated as speech).
 */
export const CHAIN_CUE_LANGUAGES: ReadonlySet<string> = new Set(["fr", "es", "pt", "it", "ca", "pl", "ru", "uk", "be", "bg"]);

/**
 * Languages that drop a subject pronoun: a cue verb alone after a quotation (`«…», añadió.`,
 * `«…», — добавил.`) is a cue whose speaker is the one before.
 */
export const PRO_DROP_LANGUAGES: ReadonlySet<string> = new Set(["es", "it", "pt", "ca", "ro", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "ru", "uk", "be"]);

/**
 * Place prepositions after an impersonal cue verb that name its source (`», — заявили в
 * министерстве`, `говорится в заявлении МИД`, `заявили у міністерстві`).
 */
export const PLACE_SOURCE_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  ru: ["в", "во"],
  uk: ["в", "у"],
  be: ["у", "ў"],
};
