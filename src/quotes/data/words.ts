/**
 * Word lists the speaker and classification rules read: pronouns, determiners, words to skip
 * between a speaker and a cue, role and title words to strip from names, heads of nominal
 * speakers, words that mark a clause, and words that announce a title or a scare quote.
 * Lower case; per ISO 639-1 code where the language matters. Nothing else imports this file.
 *
 * @module
 */

/** Personal pronouns that can be a speaker, by the kind of antecedent they take. */
export const PRONOUNS: Readonly<Record<string, { person: readonly string[]; group: readonly string[] }>> = {
  en: { person: ["he", "she", "i"], group: ["they", "we", "it"] },
  de: { person: ["er", "sie", "ich", "dieser", "diese", "jener"], group: ["wir", "es"] },
  fr: { person: ["il", "elle", "je"], group: ["ils", "elles", "nous", "on"] },
  es: { person: ["él", "ella", "yo"], group: ["ellos", "ellas", "nosotros"] },
  it: { person: ["lui", "lei", "io"], group: ["loro", "noi"] },
  pt: { person: ["ele", "ela", "eu"], group: ["eles", "elas", "nós"] },
  nl: { person: ["hij", "zij", "ze", "ik"], group: ["wij", "we"] },
  pl: { person: ["on", "ona"], group: ["oni", "one", "my"] },
  cs: { person: ["on", "ona"], group: ["oni", "ony", "my"] },
  sv: { person: ["han", "hon"], group: ["de", "vi"] },
  ro: { person: ["el", "ea"], group: ["ei", "ele", "noi"] },
  id: { person: ["dia", "ia", "beliau"], group: ["mereka", "kami"] },
  ms: { person: ["dia", "ia", "beliau"], group: ["mereka", "kami"] },
  ru: { person: ["он", "она", "я"], group: ["они", "мы"] },
  uk: { person: ["він", "вона", "я"], group: ["вони", "ми"] },
};

/**
 * Relative pronouns that can be the subject of a cue verb (`Jane Roe, who said "…"`): the
 * pronoun is the speaker's mention, by the kind of antecedent it takes.
 */
export const RELATIVE_PRONOUNS: Readonly<Record<string, { person: readonly string[]; group: readonly string[] }>> = {
  en: { person: ["who"], group: ["which"] },
};

/** Determiners and possessives that may open a speaker phrase; stripped from the name. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "a", "an", "the", "its", "his", "her", "their", "our", "both", "another", "one", "two", "three", "several", "some",
  "many", "other", "this", "that", "these", "those",
  "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
  "le", "la", "les", "l'", "l’", "un", "une", "el", "los", "las", "una", "il", "lo", "gli", "o", "os", "as", "um", "uma",
  "de", "het", "een",
]);

/**
 * Genitive determiners: a phrase they open continues the noun before it (`der Sprecher des
 * Ministeriums`, `die Sprecherin der Partei`).
 */
export const GENITIVE_DETERMINERS: ReadonlySet<string> = new Set(["des", "der", "eines", "einer"]);

/** Determiners that never open a subject (accusative): the phrase they open is an object (`bezeichnete den Plan als`). */
export const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(["den", "einen", "ihn", "ihm", "dem", "einem"]);

/** Pronouns that can only be subjects (nominative): after the verb they speak, whatever precedes (`Die Pläne nannte er „…“`). */
export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set(["er", "ich", "wir", "du", "ihr"]);

/** Languages that capitalize every noun: `der brasilianische Präsident` has the head `Präsident`. */
export const CAPITALIZED_NOUNS: ReadonlySet<string> = new Set(["de", "lb"]);

/**
 * Speech verbs that take no person as object: a full name right after them is their subject
 * even after a fronted phrase (`Der Zeitung sagte Jana Roth: „…“`).
 */
export const NO_PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set([
  "sagte", "sagten", "sagt", "erklärte", "erklärten", "erklärt", "betonte", "betonten", "betont", "meinte", "meinten",
  "meint", "ergänzte", "ergänzten", "ergänzt", "schrieb", "schrieben", "schreibt", "antwortete", "antworteten",
  "antwortet", "entgegnete", "entgegneten", "entgegnet", "berichtete", "berichteten", "berichtet", "versicherte",
  "bekräftigte", "unterstrich", "warnte", "mahnte", "räumte", "fügte", "teilte", "erläuterte", "erläutert",
]);

/** `and` before a second verb of an English-like clause (`X clinched the nomination and said`). */
export const COORDINATING_AND: ReadonlySet<string> = new Set(["and", "y", "et", "e", "i"]);

/**
 * Conjunctions that join two quoted fragments sharing one attribution (`as a "…" and a "…"`),
 * and the articles that may follow them. Lower case.
 */
export const COORDINATING_CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or", "nor", "y", "o", "et", "ou", "e", "und", "oder", "i", "и", "или"]);
export const COORDINATED_ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the", "un", "une", "una", "uno", "le", "la", "les", "el", "los", "las", "ein", "eine", "einen", "der", "die", "das"]);

/**
 * Indefinite articles between a speaker's naming verb and the quotation (`what she called a
 * "mess"`): the quotation is still that speaker's word for something. Lower case.
 */
export const NAMING_OBJECT_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);

/** Conjunctions other than `and` before a verb sharing the clause's subject (`X did not name him, but told them …`). */
export const SECOND_VERB_CONJUNCTIONS: ReadonlySet<string> = new Set(["but"]);

/** Conjunctions before a second verb sharing the clause's subject (`Die Firma dementierte und nannte es „…“`). */
export const COORDINATORS: ReadonlySet<string> = new Set(["und", "sowie", "oder", "aber", "doch", "en", "maar", "og", "och"]);

/**
 * Verbs of quoting someone: their object speaks, not their subject (`Die Zeitung zitiert einen
 * Augenzeugen`, `„…“, zitiert die Agentur den Minister`, passive `wird der Minister zitiert`);
 * and the impersonal subjects skipped after them (`zitierte man X`).
 */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(["zitiert", "zitierte", "zitierten", "zitieren", "citeert", "citeerde"]);
export const IMPERSONAL_SUBJECTS: ReadonlySet<string> = new Set(["man", "men"]);
/** Passive auxiliaries (`wird X zitiert`). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["wird", "wurde", "werden", "wurden", "worden", "wordt", "werd"]);

/**
 * Endings of a present participle that heads a clause of its own (`…, calling him "…"`): its
 * subject is the clause's subject, not the phrase right before it (an object).
 */
export const PARTICIPLE_ENDINGS: Readonly<Record<string, readonly string[]>> = { en: ["ing"] };

/**
 * Endings of a finite verb in the past or present (`pressed`, `adds`): a word with one, next to a
 * speaker after a quotation, is taken for the cue even when it is in no cue list.
 */
export const FINITE_ENDINGS: Readonly<Record<string, readonly string[]>> = { en: ["ed", "s"] };

/**
 * Past-tense endings of languages that attribute with a comma and a dash after the closing mark
 * (`«…», — пошутил актер X`): there a verb of any kind with these endings is a cue.
 */
export const DASH_CUE_PAST_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  ru: ["л", "ла", "ли", "лся", "лась", "лись"],
  uk: ["в", "ла", "ли", "вся", "лася", "лися"],
  be: ["ў", "ла", "лі"],
};

/** Prepositions before a gerund whose subject is the clause's subject (`after telling reporters`). */
export const SUBJECT_GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(["after", "before", "while", "when", "by", "in", "since", "without"]);

/** Words that open a complement clause after a verb (`suggests that …`): no subject follows the verb. */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(["that", "dass", "daß", "que", "che"]);

/** Auxiliaries of an English-like passive (`was asked by`) and the preposition of its agent. */
export const PASSIVE_BE: ReadonlySet<string> = new Set(["was", "were", "is", "are", "been", "be", "being"]);
export const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(["by"]);

/**
 * Cue verbs whose next phrase is their object (`told Fox News that …`, `called it …`): after
 * `X, a long appositive, told` the phrase after the verb is not an inverted subject.
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  "told", "tell", "tells", "asked", "ask", "asks", "urged", "urges", "called", "calls", "described", "describes",
  "labeled", "labelled", "praised", "criticized", "accused", "blasted", "slammed", "assured", "reassured", "advised",
  "warned", "reminded", "informed",
]);

/**
 * Nouns of saying whose owner is the speaker of a quotation right after them (`his promise to be
 * "neutral"`, `Roe's claim that "…"`), and the possessive pronouns that own them.
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  "claim", "claims", "promise", "promises", "pledge", "pledges", "vow", "vows", "call", "calls", "comment", "comments",
  "remark", "remarks", "warning", "warnings", "statement", "statements", "assertion", "assertions", "insistence",
  "description", "accusation", "accusations", "suggestion", "argument", "words", "message", "tweet", "tweets",
  "declaration", "charge", "charges", "complaint", "complaints", "criticism", "praise", "plea", "demand", "demands",
  "answer", "reply", "response", "prediction", "boast", "threat", "question", "promise", "admission", "denial",
  "description", "characterization", "explanation", "insult", "insults", "attack", "attacks", "slogan", "mantra",
  "rejection", "condemnation", "denunciation",
]);
export const POSSESSIVE_PRONOUNS: Readonly<Record<string, readonly string[]>> = { en: ["his", "her", "their"] };

/**
 * Words after which a pronoun opens a clause of its own (`when she said "…"`), so that it is
 * its own mention rather than a repetition of the sentence's subject.
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "when", "while", "as", "after", "before", "because", "since", "although", "though", "if", "until", "once", "where",
  "and", "but", "so",
]);

/** Subordinating conjunctions whose clause's subject a participle after it shares (`…, when protesters cut in, shouting "…"`). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(["when", "while", "because", "although", "though", "since", "until"]);

/** Conjunctions and adverbs that may open a clause before its subject (`But he said`, `Then she cut in`). */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  "and", "but", "so", "yet", "then", "still", "now", "instead", "later", "also", "thus", "meanwhile", "nor",
]);

/** Contracted expletives that open a sentence with no subject phrase. */
export const EXPLETIVE_OPENERS: ReadonlySet<string> = new Set(["it's", "it\u2019s", "there's", "there\u2019s", "that's", "that\u2019s"]);

/**
 * An extraposed subject: `it` and a copula or an auxiliary open the sentence (`It is strange
 * that …`, `It has not helped that …`), and the clause after a head word is the real subject.
 */
export const EXTRAPOSING_PRONOUNS: ReadonlySet<string> = new Set(["it"]);
export const EXTRAPOSING_VERBS: ReadonlySet<string> = new Set([
  "is", "was", "has", "had", "seems", "seemed", "isn't", "isn\u2019t", "wasn't", "wasn\u2019t", "remains", "appears", "appeared",
]);
export const EXTRAPOSED_CLAUSE_HEADS: ReadonlySet<string> = new Set(["that", "whether"]);

/** Prepositions of an absolute construction, whose phrase is a participle's subject (`with Roe saying`). */
export const ABSOLUTE_PREPOSITIONS: ReadonlySet<string> = new Set(["with", "without"]);

/** Words that open a relative clause (`Jane Roe, who …, said`). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(["who", "which", "whose"]);

/** Relatives with no antecedent (`what they called "…"`): the clause gives someone's words for a thing. */
export const FREE_RELATIVES: ReadonlySet<string> = new Set(["what"]);

/** Words that open a clause before its own subject (`what he called`, `a rival whom Roe dubbed`). */
export const OBJECT_RELATIVES: ReadonlySet<string> = new Set(["what", "which", "who", "whom", "that", "whose"]);

/** Auxiliaries before a participle that make it a finite verb (`was saying`, `is calling`). */
export const PROGRESSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "am", "being", "'s", "’s"]);

/** Determiners that are a subject on their own (`Several said`, `Another added`). */
export const PRONOMINAL_DETERMINERS: ReadonlySet<string> = new Set(["several", "another", "many", "some", "both", "one", "two", "three", "most", "few", "others"]);

/** Words that may stand between a speaker and the cue verb (`Peskov also said`, `she has repeatedly warned`). */
export const SKIP_BEFORE_CUE: ReadonlySet<string> = new Set([
  "also", "later", "then", "has", "have", "had", "was", "were", "is", "are", "would", "will", "could", "may", "might",
  "once", "again", "previously", "earlier", "recently", "repeatedly", "further", "subsequently", "simply", "just",
  "reportedly", "publicly", "privately", "frankly", "bluntly", "flatly", "already", "often", "frequently", "even",
  "himself", "herself", "themselves", "itself", "and", "has also", "had also", "did", "does", "do", "not", "never",
  "hat", "hatte", "hatten", "haben", "habe", "wird", "würde", "auch", "dann", "noch", "bereits", "schon",
  "wörtlich", "ausdrücklich", "weiter", "zudem", "jedoch", "aber", "nun",
  "a", "avait", "aurait", "ha", "había", "habría", "ha", "также", "тоже", "также", "також", "теж",
  // Reflexive perfects and auxiliaries (`s'est félicité`, `se mostró`, `ha detto`, `tem dito`).
  "s'est", "s’est", "s'était", "s’était", "s'", "s’", "est", "était", "se", "hanno", "aveva", "è", "tem", "tinha",
]);

/**
 * Role and title words: stripped from the front of a person's name (`Kremlin spokesman Dmitry
 * Peskov` is `Dmitry Peskov`), and the heads of nominal speakers when nothing follows them.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "ministers", "secretary", "spokesman", "spokeswoman", "spokesperson",
  "spokespeople", "official", "officials", "envoy", "negotiator", "chief", "head", "director", "chairman", "chairwoman",
  "chair", "ceo", "cfo", "founder", "leader", "governor", "mayor", "senator", "sen.", "rep.", "del.", "delegate", "representative",
  "congressman", "congresswoman", "gov.", "lt.", "gen.", "general", "col.", "colonel", "adm.", "admiral", "commander",
  "ambassador", "king", "queen", "prince", "princess", "sheikh", "emir", "pope", "rev.", "reverend", "father",
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "lord", "lady",
  "judge", "justice", "attorney", "lawyer", "counsel", "adviser", "advisor", "aide", "analyst", "economist", "expert",
  "candidate", "nominee", "speaker", "deputy", "assistant", "executive", "manager", "editor", "correspondent",
  "reporter", "strategist", "pollster", "commissioner", "chancellor", "premier", "delegate", "member", "coach",
  "captain", "player", "agent", "officer", "inspector", "sergeant", "detective", "prosecutor", "sheriff", "director-general",
  "secretary-general", "press", "national", "security", "foreign", "defense", "defence", "interior", "finance",
  "state", "first", "lady", "former", "top", "senior", "acting", "interim", "incoming", "outgoing", "campaign",
  "white", "house", "communications", "policy", "intelligence", "military", "presidential", "special", "u.s.",
  "us", "un", "eu", "nato", "gop", "democratic", "republican", "democrat", "spokesmen", "staff",
  "sprecher", "sprecherin", "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin",
  "bundeskanzler", "bundeskanzlerin", "vorsitzende", "vorsitzender", "chef", "chefin", "bürgermeister",
  "bürgermeisterin", "generalsekretär", "abgeordnete", "abgeordneter", "herr", "frau", "ministerpräsident",
  "porte-parole", "président", "présidente", "ministre", "premier", "chef", "directeur", "directrice", "maire",
  "portavoz", "presidente", "ministro", "ministra", "director", "directora", "alcalde", "alcaldesa",
  "пресс-секретарь", "президент", "министр", "глава", "представитель", "прессекретар", "речник", "міністр",
  "мэр", "мер", "губернатор", "депутат", "директор", "премьер", "прем'єр", "посол", "генерал", "алькальд",
  // Feminine and further forms of the languages above, and Italian, Portuguese, Polish, Dutch.
  "presidenta", "vicepresidente", "vicepresidenta", "secretaria", "secretario", "consejero", "consejera",
  "gobernador", "gobernadora", "diputado", "diputada", "senador", "senadora", "jefe", "jefa", "líder", "canciller",
  "fiscal-general", "secrétaire", "député", "députée", "sénateur", "sénatrice", "juge", "procureur", "procureure",
  "préfet", "préfète", "ambassadeur", "ambassadrice", "vice-président", "vice-présidente", "ministra", "portavoce",
  "sindaco", "sindaca", "segretario", "segretaria", "direttore", "direttrice", "sottosegretario", "deputato",
  "deputata", "senatore", "senatrice", "porta-voz", "prefeito", "prefeita", "governadora", "secretário", "secretária",
  "diretor", "diretora", "deputada", "prezydent", "premier", "rzecznik", "rzeczniczka", "szef", "szefowa",
  "marszałek", "poseł", "posłanka", "wojewoda", "burmistrz", "prezes", "dyrektor", "wiceminister", "wicepremier",
  "premierka", "ministra", "woordvoerder", "woordvoerster", "burgemeester", "voorzitter", "directeur", "wethouder",
  "премьер-министр", "вице-премьер", "председатель", "спикер", "руководитель", "советник", "глава", "экономист",
  "аналитик", "политолог", "эксперт", "заместитель", "замминистра", "прем'єр-міністр", "речниця", "голова",
  "очільник", "очільниця", "міністерка", "радник", "радниця", "економіст", "економістка", "експерт", "аналітик",
  "заступник", "керівник", "керівниця", "спікер", "президентка", "директорка",
  "economista", "analista", "experto", "experta", "économiste", "analyste", "experte", "esperto", "esperta",
  "ekonomista", "analityk", "ekspert", "econoom", "deskundige", "avocat", "avocate", "maître", "abogado", "abogada",
  "avvocato", "avvocata", "advogado", "advogada", "адвокат", "adwokat", "advocaat",
]);

/**
 * Heads of nominal speakers: a phrase ending in one of these is a speaker even with no name
 * (`a US official`, `the ministry`, `a UAE government statement`, `Ukraine's air force`).
 */
export const NOMINAL_HEADS: ReadonlySet<string> = new Set([
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "source", "sources", "statement",
  "guard", "guards", "navy", "coastguard", "office", "headquarters",
  "ministry", "government", "police", "army", "military", "force", "forces", "agency", "office", "department",
  "report", "court", "council", "committee", "commission", "party", "campaign", "administration", "authorities",
  "authority", "company", "firm", "group", "organization", "organisation", "union", "bank", "service", "staff",
  "spokesmen", "diplomat", "diplomats", "aide", "aides", "adviser", "advisers", "advisor", "analyst", "analysts",
  "expert", "experts", "officer", "officers", "prosecutor", "prosecutors", "residents", "resident", "witness",
  "witnesses", "team", "board", "embassy", "secretariat", "presidency", "cabinet", "parliament", "senate",
  "congress", "regulator", "spokesperson", "communique", "release", "document", "memo", "letter", "survey", "poll",
  "study", "lawmaker", "lawmakers", "legislator", "legislators", "leader", "leaders", "negotiator", "negotiators",
  "envoy", "minister", "president", "mayor", "governor", "senator", "chief", "director", "chairman", "ceo",
  "sprecher", "sprecherin", "ministerium", "regierung", "polizei", "behörde", "behörden", "mitteilung", "erklärung",
  "bericht", "gericht", "partei", "unternehmen", "konzern", "verband", "gewerkschaft", "kreise",
  "porte-parole", "ministère", "gouvernement", "police", "communiqué", "portavoz", "ministerio", "gobierno", "policía",
  "comunicado", "министерство", "правительство", "полиция", "пресс-служба", "міністерство", "уряд", "поліція",
  "пресс-секретарь", "прессекретар", "речник", "штаб", "командование", "командування",
  "ministero", "governo", "polizia", "comunicato", "ministério", "polícia", "ministerstwo", "rząd", "policja",
  "komunikat", "ministerie", "regering", "politie", "kabinet", "gemeente", "syndicat", "sindicato", "sindacato",
  "związek", "vakbond", "entreprise", "empresa", "azienda", "bedrijf", "armée", "ejército", "esercito", "exército",
  "armia", "leger", "mairie", "ayuntamiento", "comune", "prefeitura", "préfecture", "tribunal", "tribunale", "sąd",
  "rechtbank", "parquet", "fiscalía", "procura", "prokuratura", "ведомство", "компания", "суд", "прокуратура",
  "посольство", "мэрия", "администрация", "відомство", "компанія", "пресслужба", "прокуратура", "адміністрація",
  "офіс", "élysée", "matignon", "источник", "источники", "джерело", "джерела", "źródło", "źródła", "fuente",
  "fuentes", "fonte", "fontes", "source", "sources", "bron", "bronnen",
]);

/**
 * Proper nouns that are speakers on their own although they are not people: institutions named
 * by metonymy. Used only to decide that a capitalized one-word speaker is nominal, not a surname.
 */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  "kremlin", "pentagon", "white house", "elysee", "élysée", "downing street", "vatican", "bundestag", "kreml",
  "кремль", "nato", "un", "eu", "who", "imf", "fbi", "cia", "opec", "reuters", "ap", "afp", "tass", "interfax",
]);

/** Name particles that keep a name together (`Mohamed bin Zayed Al Nahyan`, `Ursula von der Leyen`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "bin", "bint", "ibn", "al", "el", "de", "del", "della", "der", "van", "von", "da", "di", "du", "dos", "das", "le",
  "la", "mac", "st.", "ben", "abu", "zu", "ter", "ten",
]);

/**
 * Nouns for words themselves (`the term "…"`, `the phrase "…"`, `say the words "…"`): what
 * follows in marks is a mention of someone's words, not a name the copy gives a thing. They are
 * also in NON_SPEECH_BEFORE: such a mention is speech only with an attribution in its sentence
 * (see `classify.ts`).
 */
export const WORD_NOUNS: ReadonlySet<string> = new Set(["term", "terms", "phrase", "phrases", "word", "words", "expression"]);

/**
 * Verbs that, before a determiner and a noun for words, make the quotation words someone spoke or
 * wrote (`added the words "…"`, `refused to use the term "…"`), with the cue verbs of the
 * language: a name in title case there is what was said (`sang the words "Jane Roe"`), not a name
 * the copy gives. Lower case.
 */
export const WORD_USE_VERBS: ReadonlySet<string> = new Set([
  "use", "uses", "used", "using", "utter", "utters", "uttered", "uttering", "sing", "sings", "sang", "singing", "speak",
  "speaks", "spoke", "speaking", "repeat", "repeats", "repeated", "repeating", "invoke", "invokes", "invoked", "invoking",
]);

/** Determiners between such a verb and its noun for words (`the words`, `those words`). */
export const WORD_NOUN_DETERMINERS: ReadonlySet<string> = new Set(["the", "these", "those", "this", "that"]);

/**
 * Participles before `as` that give what a thing or person goes by, not a speaker's words for
 * them (`the hacker known as "…"`, `an event billed as "…"`).
 */
export const NAME_PARTICIPLES: ReadonlySet<string> = new Set(["known", "billed", "titled", "named", "nicknamed", "styled"]);

/** Words that announce a title, a name or a scare quote right before a quotation. */
export const NON_SPEECH_BEFORE: ReadonlySet<string> = new Set([
  "so-called", "socalled", "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "so", "genannte", "genannten",
  "genannter", "prétendu", "prétendue", "soi-disant", "supuesto", "supuesta", "llamado", "llamada", "так", "называемый",
  "называемые", "называемых", "называемой", "так", "званий", "званої", "званих", "dubbed", "called", "titled",
  "entitled", "nicknamed", "named", "film", "movie", "book", "novel", "album", "song", "show", "series", "program",
  "programme", "play", "film", "buch", "roman", "lied", "titel", "motto", "sendung", "serie", "operation", "aktion",
  "kampagne", "projekt", "programm", "stichwort", "schlagwort", "unwort", "slogan", "hashtag", "term", "phrase",
  "word", "words", "wort", "begriff", "begriffs", "label", "brand", "magazine", "newspaper", "zeitung", "magazin",
  "zeitschrift", "blatt", "tageszeitung", "wochenzeitung", "nachrichtenmagazin", "codenamed", "code-named", "namens",
  "genannt", "bezeichnung", "aufschrift", "devise", "parole", "leitspruch", "überschrift", "schlagzeile",
  // What something or someone goes by (`the pseudonym "…"`, `the name "…"`).
  "name", "pseudonym", "alias", "nickname", "moniker", "codename", "headline", "title", "tagline", "catchphrase",
]);

/** Adverbs of how often, which may stand between a passive verb and its `by` agent (`was said twice, by`). */
export const COUNT_ADVERBS: ReadonlySet<string> = new Set(["once", "twice", "again", "repeatedly", "often"]);

/**
 * Words before `so` that make it an approximation (`the 40 or so "loose" votes`), not
 * `so-called` written short.
 */
export const APPROXIMATING_SO: ReadonlySet<string> = new Set(["or"]);

/**
 * Heads of compound nouns that name a work or a label (`Klima-Dokumentation`, `Debütalbum`,
 * `Wahlkampfmotto`): a compound ending in one, right before a quotation, announces a name.
 */
export const NAMING_HEADS: readonly string[] = [
  "film", "buch", "roman", "lied", "titel", "motto", "sendung", "serie", "album", "single", "song", "dokumentation",
  "dokumentarfilm", "kampagne", "programm", "projekt", "slogan", "zeitung", "magazin", "zeitschrift", "blatt", "parole",
  "schlagzeile", "überschrift", "aufschrift", "musical", "show", "reportage", "gedicht", "ausstellung",
];

/**
 * Words right before a quotation that make it what a speaker calls something (`bezeichnete es
 * als „Unsensibilität“`, `sprach von „Panikverkäufen“`): with a cue, even one capitalized noun
 * is speech there.
 */
export const CHARACTERIZING: ReadonlySet<string> = new Set(["als", "von", "as"]);

/**
 * Indefinite and negative articles of the languages that put names in marks (German): right
 * before a quotation or as its first word (`nannte den Plan eine „Farce“`, `war „ein Trainer
 * mit Herz“`), they make it a description of something, not the name of one: with a cue it is
 * someone's words even when its one noun is capitalized (two capitalized words stay a name).
 */
export const DESCRIBING_ARTICLES: ReadonlySet<string> = new Set([
  "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines",
]);

/**
 * Expletive pronouns per language (`In der Erklärung heißt es: „…“`): no speaker; the source is
 * the noun phrase of the clause's prepositional phrase.
 */
export const EXPLETIVES: Readonly<Record<string, readonly string[]>> = { de: ["es"], nl: ["het"], da: ["det"], sv: ["det"], no: ["det"] };

/**
 * Prepositions after an expletive that introduce the source (`hieß es in der Rede`, `heißt es
 * vom Ministerium`, `hieß es aus Regierungskreisen`), and the words skipped between them
 * (`heißt es dort wörtlich in …`).
 */
export const EXPLETIVE_SOURCE_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  de: ["in", "im", "auf", "bei", "beim", "von", "vom", "aus", "seitens"],
  nl: ["in", "op", "bij", "van", "uit"],
};
export const EXPLETIVE_SKIP: ReadonlySet<string> = new Set(["auch", "dazu", "dort", "darin", "wörtlich", "weiter", "ferner", "zudem", "außerdem", "nun", "jetzt", "damals", "gestern", "heute", "etwa", "unter", "anderem", "u.", "a.", "ook", "verder"]);

/** Words that label what follows their colon as a name, not speech (`Motto: „…“`). */
export const LABELS: ReadonlySet<string> = new Set([
  "motto", "slogan", "devise", "parole", "leitspruch", "überschrift", "schlagzeile", "aufschrift", "titel", "hashtag",
  "headline", "title", "caption", "untertitel", "arbeitstitel",
]);

/**
 * Words that mark a clause (a finite verb or a subject pronoun): a quotation that holds one is
 * speech rather than a name, and a `direct` quotation rather than a fragment.
 */
export const CLAUSE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "is", "are", "was", "were", "be", "been", "am", "will", "would", "can", "could", "should", "must", "shall", "may",
    "might", "do", "does", "did", "have", "has", "had", "i", "we", "you", "he", "she", "they", "it's", "i'm", "we're",
    "don't", "didn't", "doesn't", "can't", "won't", "isn't", "aren't", "wasn't", "i've", "we've", "there's", "that's",
    "let's", "i’m", "we’re", "don’t", "didn’t", "doesn’t", "can’t", "won’t", "isn’t", "it’s", "that’s", "there’s",
    "let’s", "we’ve", "i’ve", "you’re", "you're", "they're", "they’re", "need", "want", "think", "know", "believe",
    "going", "got", "get",
  ],
  de: [
    "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "hatten", "kann",
    "können", "muss", "müssen", "soll", "sollen", "will", "wollen", "ich", "wir", "du", "ihr", "sei", "seien", "wäre",
    "wären", "habe", "hätte", "hätten", "würde", "würden", "gibt", "geht", "bin", "darf", "dürfen", "mag", "möchte",
    "könnte", "könnten", "müsste", "sollte", "sollten", "man", "es", "uns", "mir", "mich", "werde", "könne", "müsse",
    "solle", "wolle", "dürfe", "habe", "hätte", "gebe", "liege", "gehe", "komme", "stehe",
  ],
  fr: ["est", "sont", "était", "sera", "a", "ont", "avait", "je", "nous", "vous", "il", "elle", "c'est", "c’est", "peut", "faut", "va"],
  es: ["es", "son", "era", "fue", "será", "ha", "han", "hay", "yo", "nosotros", "está", "están", "puede", "vamos", "tenemos"],
  it: ["è", "sono", "era", "sarà", "ha", "hanno", "io", "noi", "c'è", "può"],
  pt: ["é", "são", "foi", "será", "tem", "têm", "eu", "nós", "está", "estão", "pode", "vamos"],
  nl: ["is", "zijn", "was", "waren", "wordt", "heeft", "hebben", "ik", "wij", "we", "kan", "moet", "zal"],
  ru: ["это", "был", "была", "были", "будет", "есть", "я", "мы", "вы", "не", "может", "нужно", "надо"],
  uk: ["це", "був", "була", "були", "буде", "є", "я", "ми", "ви", "не", "може", "треба", "потрібно"],
};

/**
 * Function words that end a speaker phrase even when capitalized at a sentence start, and
 * prepositions: a name right after one of these is an object, not a subject.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "while", "but", "and", "or", "although", "though", "unless", "whereas", "whether", "after", "before", "when", "if", "as", "at", "in", "on", "by",
  "for", "from", "with", "without", "to", "into", "during", "since", "until", "because", "however", "meanwhile", "so",
  "yet", "still", "according", "about", "over", "under", "between", "against", "among", "amid", "despite", "than",
  "that", "which", "who", "whom", "whose", "where", "what", "why", "how", "not", "no", "yes", "said", "also", "then",
  "there", "here", "now", "today", "yesterday", "tonight", "this", "last", "next", "earlier", "later", "via", "per",
  "indeed", "ask", "instead", "perhaps", "maybe", "finally", "even", "only", "just", "thus", "hence", "besides",
  "moreover", "furthermore", "nevertheless", "otherwise", "unfortunately", "fortunately", "clearly", "obviously",
  "certainly", "surely", "apparently", "notably", "specifically", "ironically", "sadly", "luckily", "remember", "look",
  "listen", "consider", "imagine", "note", "see", "watch", "continued", "related", "update", "updated", "editor",
  "photo", "video", "read", "click", "follow", "share", "yes", "well", "oh", "please", "thanks", "anyway",
  "und", "aber", "oder", "als", "wenn", "weil", "nach", "vor", "mit", "bei", "beim", "für", "von", "vom", "zu", "zum",
  "zur", "im", "am", "an", "auf", "über", "unter", "dazu", "daher", "doch", "auch", "laut", "trotz", "während", "seit",
  "dass", "daß", "ob", "gegenüber", "heute", "gestern", "nun", "jetzt", "zudem", "außerdem", "damit", "denn",
  "weiter", "dies", "dabei", "daraufhin", "hier", "dort", "demgegenüber", "allerdings", "dann", "später", "zuvor",
  "bereits", "schon", "noch", "deshalb", "darum", "trotzdem", "dennoch", "zuletzt", "zunächst", "anschließend",
  "außerdem", "ebenso", "ebenfalls", "insbesondere", "vor", "seitdem", "inzwischen", "unterdessen", "wörtlich",
  "besonders", "offenbar", "bisher", "demnach", "somit", "jedenfalls", "erst", "vielmehr", "tatsächlich", "gleichzeitig",
  "zugleich", "schließlich", "dagegen", "hingegen", "jedoch", "immerhin", "ebenso", "darüber", "daneben",
  "aktuell", "derzeit", "zwar", "warum", "wieso", "weshalb", "nachdem", "weiterhin", "angesichts", "erstmals",
  "letztlich", "darin", "damals", "mittlerweile", "offensichtlich", "obwohl", "bevor", "indem", "wobei", "zumal",
  "abschließend", "ergänzend", "einschränkend", "relativierend", "zusammenfassend", "rückblickend", "lachend",
  "ähnlich", "sodann", "folglich", "freilich", "gleichwohl", "ansonsten", "ohnehin", "vermutlich", "angeblich",
  "et", "mais", "ou", "selon", "pour", "avec", "sans", "dans", "sur", "sous", "chez", "que", "qui", "lors",
  "y", "pero", "según", "para", "con", "sin", "en", "sobre", "entre", "que", "quien",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
  "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz", "juni",
  "juli", "oktober", "dezember", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
  "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  // Conjunctions that open an inverted attribution (`Como dijo X`, `Jak podkreślił X`).
  "como", "come", "jak", "как", "як", "comme", "zoals",
  // Source words (`Secondo X`, `Według X`): not part of the name after them.
  "secondo", "segundo", "volgens", "według", "zdaniem",
  // Prepositions of Romance and Slavic copy (`в заявлении МИД`, `w rozmowie z`).
  "à", "au", "aux", "nel", "nella", "em", "в", "во", "у", "на", "с", "со", "из", "за", "для",
  "от", "до", "по", "при", "під", "від", "з", "із", "ze", "dla", "przez",
  // Sentence adverbs that open a clause with a dropped subject (`Luego añadió: «…»`).
  "luego", "después", "además", "también", "entonces", "finalmente", "asimismo", "ensuite", "puis", "enfin", "aussi",
  "ainsi", "poi", "inoltre", "quindi", "infine", "depois", "além", "então", "também", "потом", "затем", "также",
  "позже", "потім", "далі", "також", "пізніше", "ponadto", "następnie", "później", "potem", "daarna", "ook",
  "hoy", "ayer", "aujourd'hui", "hier", "oggi", "ieri", "hoje", "ontem", "сегодня", "вчера", "сьогодні", "вчора",
  "dziś", "dzisiaj", "wczoraj",
]);

/** Time words a speaker may be separated from the cue by (`The Kremlin on Monday said`). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
  "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "earlier", "later", "ago",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "heute", "gestern",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "aujourd'hui", "lunes", "martes",
  "miércoles", "jueves", "viernes", "sábado", "domingo", "ayer", "hoy", "lunedì", "martedì", "mercoledì", "giovedì",
  "venerdì", "sabato", "domenica", "ieri", "oggi", "ontem", "hoje", "segunda-feira", "terça-feira", "quarta-feira",
  "quinta-feira", "sexta-feira", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу",
  "воскресенье", "вчера", "сегодня", "понеділок", "вівторок", "середу", "четвер", "п'ятницу", "п’ятницю",
  "суботу", "неділю", "вчора", "сьогодні", "poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę",
  "niedzielę", "wczoraj", "dziś",
]);

/** Words that introduce a time word (`on Monday`, `last week`, `am Montag`). */
export const TIME_INTRODUCERS: ReadonlySet<string> = new Set([
  "on", "last", "this", "next", "early", "late", "am", "im", "on", "that", "the", "earlier", "later",
  "le", "el", "il", "o", "в", "во", "у", "w", "we", "op",
]);

/**
 * Capitalized pronouns that open a sentence: after an abbreviation that may end one (`… back to the
 * U.S. She thinks …`), the dot is the sentence's end.
 */
export const SENTENCE_PRONOUNS: ReadonlySet<string> = new Set(["He", "She", "They", "We", "It", "I"]);

/** Abbreviations that may end a sentence (`… in the U.S.`), lower case with their dot. */
export const SENTENCE_END_ABBREVIATIONS: ReadonlySet<string> = new Set(["u.s.", "u.n.", "u.k.", "etc."]);

/**
 * Languages without articles: a speaker phrase there may be a bare noun phrase (`по словам
 * источника в правительстве`), read up to the clause's end.
 */
export const ARTICLELESS: ReadonlySet<string> = new Set(["ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt", "lv"]);

/** Languages with verb-second order, where the subject often follows the cue verb (`Dazu sagte Merkel`). */
export const VERB_SECOND: ReadonlySet<string> = new Set(["de", "nl", "da", "sv", "no", "nb", "nn", "is", "lb"]);

/**
 * Languages whose press also puts names of things (companies, parties, operations, works) in
 * quotation marks, so that a short quoted fragment with no cue is more likely a name than speech.
 */
export const NAMES_IN_QUOTES: ReadonlySet<string> = new Set(["de", "ru", "uk", "be", "pl", "cs", "sk", "bg", "sr", "hr", "sl", "lt", "lv", "et", "hu", "ro", "tr"]);

/** Words that may stand between a cue verb and the speaker after it: reflexives and adverbs. */
export const SKIP_AFTER_CUE: ReadonlySet<string> = new Set([
  "sich", "jedoch", "dazu", "zudem", "nun", "noch", "dann", "daraufhin", "ebenfalls", "weiter", "außerdem", "später",
  "se", "s'", "s’", "себе", "ся", "also", "later", "then", "again", "further", "ihn", "ihm", "ihnen",
  // Who was spoken to (`сказал журналистам депутат …`).
  "журналистам", "журналістам", "репортерам", "изданию", "виданню", "агентству", "dziennikarzom",
]);

/** Function words a title keeps in lower case (`Reporter ohne Grenzen`, `Law and Order`). */
export const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "de", "la", "le", "du",
  "des", "et", "der", "die", "das", "dem", "den", "und", "oder", "ohne", "für", "am", "im", "zur", "zum", "von", "vom",
  "auf", "mit", "bei", "gegen", "um", "über", "unter", "an", "zu", "nach", "aus", "ein", "eine", "del", "y", "el",
  "los", "las", "da", "do", "dos", "di", "e",
]);

/**
 * Elided articles and prepositions that French and Italian write against the next word
 * (`l'Insee`, `dell'Economia`, `d'Orsay`): before a capital they are a word of their own.
 */
export const ELISIONS: ReadonlySet<string> = new Set([
  "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu",
  "dell", "dall", "nell", "sull", "all", "coll", "un", "quest", "quell",
]);

/**
 * Words that open a role's complement before an appositive name (`la presidenta del banco,
 * Lucía Ferrer`, `la porte-parole du gouvernement, Claire Vasseur`).
 */
export const COMPLEMENT_LINKS: ReadonlySet<string> = new Set([
  "of", "de", "del", "du", "des", "della", "dello", "dei", "degli", "delle", "do", "da", "dos", "das", "di", "van",
]);

/** A Slavic patronymic (`Семёнович`, `Олександрівна`), or an initial (`W.`): part of a name. */
export const PATRONYMIC_OR_INITIAL = /(?:вич|вна|ична|ічна|ьич)$|^\p{Lu}\.?$/u;

/**
 * Words of a ministry or department between a role and a name (`Secretary of State Antony
 * Blinken`, `il ministro dell'Economia Giancarlo Giorgetti`): not part of the person's name.
 */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set([
  "state", "defense", "defence", "finance", "finances", "treasury", "justice", "interior", "health", "education", "labor",
  "labour", "agriculture", "energy", "commerce", "transportation", "transport", "housing", "foreign", "affairs", "homeland",
  "security", "veterans", "economy", "trade", "industry", "environment", "culture", "home", "war", "navy", "army",
  "hacienda", "economía", "defensa", "exteriores", "justicia", "sanidad", "educación", "trabajo", "industria", "cultura",
  "economia", "difesa", "interno", "interni", "esteri", "giustizia", "salute", "istruzione", "lavoro", "finanze", "tesoro",
  "économie", "défense", "intérieur", "santé", "éducation", "travail", "affaires", "étrangères", "armées",
  "fazenda", "defesa", "justiça", "saúde", "relações",
]);

/**
 * Plural quantifiers (English): a cue word with a third-person `-s` right after one is a plural
 * noun, not a verb, since the verb would not agree (`three demands`, `several warnings`; but
 * `many say`, `two said`).
 */
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set([
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
  "several", "many", "some", "these", "those", "both", "few", "numerous", "various", "multiple", "other", "more",
]);
