/**
 * Word lists the mention finder reads: capitalized words that are not names (function words,
 * sentence starters, months, weekdays, demonyms), role modifiers, connectors allowed inside
 * organization and place names, and the head words that type a name. Lowercase; compared
 * case-insensitively. Data only: no control flow reads a seed's words.
 *
 * @module
 */

/** Abbreviated months, which are given names or name parts too (`Jan Kowalski`, `Ana Mar`) when no date follows. */
export const MONTH_ABBREVIATIONS: readonly string[] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/**
 * Determiners and pronouns that open a sentence and never end a name (`… Lantern Kit This quick project`,
 * `… Harbour Walk It's short`). Lower-case. (Not `I`, a regnal number, `Elizabeth I`, nor `A`, a letter, `Serie A`.)
 */
export const SENTENCE_OPENING_WORDS: readonly string[] = [
  "the", "this", "these", "those", "that", "it", "it's", "its", "he", "she", "we", "they", "you", "there", "here", "his", "her", "their", "our", "my", "your",
];

/**
 * Words that place a time within a month (`Early May`, `Mid-June`): a full month after one is a
 * date, not the surname of a name before it (`Theresa May`).
 */
export const MONTH_POSITION_NOUNS: readonly string[] = ["early", "late", "mid", "end", "start", "beginning", "ende", "anfang", "mitte", "beginn"];

/** Holidays: a name that is one (`Thanksgiving`, `Happy Thanksgiving`, `Christmas Eve`) is neither a person nor a place. */
export const HOLIDAYS: readonly string[] = [
  "thanksgiving", "christmas", "xmas", "easter", "halloween", "ramadan", "hanukkah", "diwali", "passover", "eid", "hogmanay",
  "weihnachten", "ostern", "silvester", "noël", "pâques", "navidad", "pascua", "natale", "pasqua", "рождество", "пасха", "різдво", "великдень",
];

/** Months and their abbreviations, per language. */
export const MONTHS: readonly string[] = [
  // en
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  ...MONTH_ABBREVIATIONS,
  // de
  "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
  // fr
  "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  // es / it / pt
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
  "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
  "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
  // ru / uk
  "январь", "января", "февраль", "февраля", "март", "марта", "апрель", "апреля", "май", "мая", "июнь", "июня",
  "июль", "июля", "август", "августа", "сентябрь", "сентября", "октябрь", "октября", "ноябрь", "ноября", "декабрь", "декабря",
  "січень", "січня", "лютий", "лютого", "березень", "березня", "квітень", "квітня", "травень", "травня", "червень", "червня",
  "липень", "липня", "серпень", "серпня", "вересень", "вересня", "жовтень", "жовтня", "листопад", "листопада", "грудень", "грудня",
];

/** Weekdays, per language. */
export const WEEKDAYS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
  "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
  "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя",
];

/**
 * Capitalized words that are not names when they stand alone or open a sentence: function
 * words, pronouns, common sentence starters and ordinary nouns and adjectives, per language.
 */
export const COMMON_WORDS: readonly string[] = [
  // en: function words and pronouns (contractions too: `I'm` opens a sentence, names no one)
  "i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d", "let",
  "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these", "those",
  "there", "here", "where", "when", "while", "whilst", "what", "which", "who", "whom", "whose", "why", "how",
  "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
  "in", "on", "at", "by", "for", "from", "to", "of", "with", "without", "within", "into", "onto", "over", "under",
  "about", "after", "before", "during", "since", "until", "till", "through", "throughout", "across", "against",
  "among", "amid", "amidst", "between", "beyond", "despite", "towards", "toward", "upon", "via", "per", "as", "like",
  "near", "outside", "inside", "around", "along", "behind", "below", "above", "beneath", "besides", "unlike",
  "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had",
  "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "yes", "all", "any",
  "each", "every", "both", "either", "neither", "some", "many", "much", "more", "most", "few", "fewer", "less",
  "least", "several", "other", "others", "another", "such", "only", "also", "even", "just", "still", "already",
  "again", "ever", "never", "always", "often", "sometimes", "now", "today", "tonight", "yesterday", "tomorrow",
  "however", "meanwhile", "moreover", "furthermore", "therefore", "thus", "hence", "although", "though",
  "because", "unless", "whether", "instead", "otherwise", "indeed", "perhaps", "maybe", "once", "twice",
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand", "million",
  "billion", "first", "second", "third", "fourth", "fifth", "last", "next", "previous", "former", "latter",
  "new", "old", "top", "recent", "early", "late", "later", "earlier", "soon", "long", "short", "high", "low",
  "big", "small", "large", "great", "good", "bad", "best", "worst", "better", "worse", "major", "minor", "key",
  "main", "chief", "senior", "junior", "deputy", "acting", "special", "general", "official", "officials",
  "according", "asked", "said", "says", "added", "told", "noted", "speaking", "according", "following",
  "read", "watch", "see", "click", "share", "follow", "subscribe", "sign", "log", "login", "register", "home",
  "advertisement", "sponsored", "related", "more", "most", "viewed", "popular", "latest", "top", "back", "update",
  "updated", "published", "posted", "photo", "photos", "video", "videos", "image", "images", "file", "source",
  "sources", "copyright", "details", "note", "editor", "editors", "reporting", "writing", "editing",
  "breaking", "live", "opinion", "analysis", "comment", "comments", "news", "politics",
  "business", "sport", "sports", "culture", "science", "health", "tech", "technology", "travel", "style",
  "efforts", "talks", "peace", "war", "deal", "plan", "report", "reports", "people", "country", "government",
  "president", "minister", "prime", "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy", "leader",
  "head", "director", "chairman", "chairwoman", "chair", "ceo", "mr", "mrs", "ms", "dr", "prof", "sir", "lord",
  "lady", "dame", "saint", "st", "state", "city", "region", "province", "district", "capital", "north", "south",
  "east", "west", "northern", "southern", "eastern", "central", "western", "negotiators", "negotiations",
  "hours", "days", "weeks", "months", "years", "day", "week", "month", "year", "time", "times", "morning",
  "evening", "night", "afternoon", "looking", "prior", "notably", "while", "although", "both", "limited", "no",
  "yes", "ok", "okay", "oh", "well", "let", "lets", "let's", "it's", "we're", "i'm", "you're", "don't", "that's",
  "here's", "there's", "what's", "he's", "she's", "they're", "isn't", "wasn't", "doesn't", "didn't", "can't",
  // de
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
  "aber", "doch", "nicht", "kein", "keine", "ich", "du", "er", "sie", "es", "wir", "ihr", "mit", "für", "auf",
  "aus", "bei", "nach", "vor", "über", "unter", "zwischen", "gegen", "ohne", "um", "im", "am", "vom", "zum", "zur",
  "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "auch", "noch",
  "schon", "nur", "wie", "wenn", "als", "dass", "daß", "so", "dann", "da", "hier", "dort", "heute", "gestern",
  "morgen", "nun", "jetzt", "laut", "seit", "bis", "dieser", "diese", "dieses", "man", "was", "wer", "wo",
  "präsident", "kanzler", "minister", "ministerin", "sprecher", "sprecherin", "herr", "frau",
  // fr
  "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "donc", "car", "ni", "ne", "pas", "je",
  "tu", "il", "elle", "nous", "vous", "ils", "elles", "on", "ce", "cette", "ces", "qui", "que", "quoi", "dans",
  "sur", "sous", "avec", "sans", "pour", "par", "chez", "entre", "selon", "depuis", "pendant", "avant", "après",
  "est", "sont", "était", "a", "ont", "été", "aussi", "encore", "déjà", "plus", "moins", "très", "selon",
  "président", "ministre", "porte-parole", "monsieur", "madame", "m", "mme",
  // es / it / pt
  "el", "los", "las", "una", "unos", "unas", "y", "o", "pero", "sin", "con", "por", "para", "según", "desde",
  "en", "del", "al", "es", "son", "fue", "ha", "han", "también", "presidente", "ministro", "señor", "señora",
  "il", "lo", "gli", "uno", "e", "ma", "che", "di", "da", "nel", "nella", "della", "dello", "degli", "delle",
  "secondo", "anche", "os", "as", "um", "uma", "mas", "com", "sem", "segundo", "também", "não", "na", "no",
  // ru / uk
  "и", "в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "от", "до", "из", "за", "для", "при", "без", "через",
  "но", "а", "или", "что", "как", "это", "этот", "эта", "эти", "он", "она", "они", "мы", "вы", "я", "его", "ее", "её",
  "их", "не", "ни", "так", "также", "уже", "еще", "ещё", "когда", "где", "если", "по", "после", "перед", "между",
  "президент", "министр", "премьер", "глава", "пресс-секретарь", "представитель", "по словам",
  "і", "й", "та", "у", "від", "для", "про", "що", "як", "це", "цей", "ця", "ці", "він", "вона", "вони", "ми", "ви",
  "не", "також", "вже", "ще", "коли", "де", "якщо", "після", "перед", "між", "президент", "міністр", "речник",
];

/**
 * Adjectives of nationality and origin: stripped before a name (`Ukrainian President ...`) and
 * never a name alone.
 */
export const DEMONYMS: readonly string[] = [
  "afghan", "african", "albanian", "algerian", "american", "arab", "arabian", "argentine", "argentinian", "armenian",
  "asian", "australian", "austrian", "azerbaijani", "azeri", "bahraini", "belarusian", "belgian", "bosnian",
  "brazilian", "british", "bulgarian", "burmese", "cambodian", "canadian", "chechen", "chilean", "chinese",
  "colombian", "croatian", "cuban", "cypriot", "czech", "danish", "dutch", "egyptian", "emirati", "english",
  "estonian", "ethiopian", "european", "filipino", "finnish", "french", "georgian", "german", "greek", "hungarian",
  "indian", "indonesian", "iranian", "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "kazakh",
  "kenyan", "korean", "kosovar", "kurdish", "kuwaiti", "kyrgyz", "latvian", "lebanese", "libyan", "lithuanian",
  "malaysian", "mexican", "moldovan", "mongolian", "moroccan", "nigerian", "norwegian", "omani", "pakistani",
  "palestinian", "persian", "peruvian", "polish", "portuguese", "qatari", "romanian", "russian", "saudi",
  "scottish", "serbian", "slovak", "slovenian", "somali", "spanish", "sudanese", "swedish", "swiss", "syrian",
  "taiwanese", "tajik", "thai", "tunisian", "turkish", "turkmen", "ukrainian", "uzbek", "venezuelan",
  "vietnamese", "welsh", "yemeni", "western", "eastern", "soviet", "crimean", "sunni", "shia", "shiite",
  "muslim", "christian", "jewish", "catholic", "orthodox", "islamic", "israeli-palestinian",
  "russische", "russischer", "russischen", "ukrainische", "ukrainischer", "ukrainischen", "amerikanische",
  "amerikanischer", "deutsche", "deutscher", "russe", "ukrainien", "ukrainienne", "américain", "américaine",
  "ruso", "rusa", "ucraniano", "ucraniana", "russo", "ucraino",
];

/** Modifiers of a role, stripped with it (`former Prime Minister`, `acting President`). */
export const ROLE_MODIFIERS: readonly string[] = [
  "former", "acting", "deputy", "vice", "chief", "senior", "special", "first", "top", "new", "late", "then",
  "interim", "outgoing", "incoming", "presidential", "foreign", "defence", "defense", "interior", "finance",
  "prime", "executive", "assistant", "associate", "general", "grand", "supreme", "ex", "co",
];

/**
 * Lowercase words allowed between the capitalized words of an organization or place name, and
 * between a role and its ministry (`ministro dell'Economia`, `ministre de l'Économie`, `ministre
 * d'État`, `sottosegretario all'Economia`). Elided articles and prepositions are written with
 * `'` (the tokenizer reads `’` as `'`): those listed here are tokens of their own, others only
 * separate the name after them (`l'Élysée`, `nell'Aquila`). A capitalized one is part of a name
 * (`D'Alema`, `Dell'Utri`, `O'Brien`) and never split.
 */
export const CONNECTORS: readonly string[] = [
  "of", "of the", "for", "for the", "de", "de la", "du", "des", "der", "des", "на",
  "d'", "de l'", "dell'", "all'", "degl'",
  "di", "del", "della", "dello", "dei", "degli", "delle", "da", "do", "dos", "das",
];

/** Head words of organization names: a name containing one is an organization. */
export const ORGANIZATION_WORDS: readonly string[] = [
  "ministry", "council", "committee", "commission", "court", "agency", "bank", "university", "college", "school",
  "party", "forum", "forces", "army", "navy", "guard", "directorate", "office", "union", "organization",
  "organisation", "association", "institute", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "group",
  "daily", "news", "times", "post", "press", "herald", "tribune", "journal", "gazette", "agency", "service",
  "services", "staff", "parliament", "assembly", "government", "department", "board", "fund", "foundation",
  "center", "centre", "police", "embassy", "cabinet", "senate", "congress", "duma", "rada", "federation",
  "alliance", "front", "movement", "brigade", "battalion", "regiment", "command", "authority", "bureau",
  "network", "broadcasting", "television", "radio", "airlines", "airways", "railways", "reserve", "treasury",
  "administration", "secretariat", "presidium", "tribunal", "club", "church", "mission", "programme", "program",
  // venues, firms, events and prizes
  "hotel", "museum", "gallery", "theatre", "theater", "hospital", "clinic", "library", "orchestra", "studios",
  "holdings", "partners", "industries", "media", "festival", "awards", "society", "academy",
  "research", "software", "technologies", "communications", "laboratories", "labs", "chemical", "chemicals",
  "pharmaceuticals", "motors", "systems", "solutions", "entertainment", "records", "pictures", "productions",
  "ventures", "securities", "insurance", "petroleum", "bros",
  // newspapers
  "chronicle", "examiner", "sentinel", "observer", "telegraph", "inquirer", "courier", "dispatch", "globe", "union-tribune",
  "ministerium", "regierung", "ministère", "ministerio", "министерство", "минобороны", "мид", "міністерство",
];

/** Head words of place names: a name containing one is a place. */
export const PLACE_WORDS: readonly string[] = [
  "sea", "ocean", "river", "lake", "mountains", "mountain", "mount", "gulf", "strait", "straits", "island",
  "islands", "isle", "isles", "bay", "peninsula", "region", "oblast", "province", "district", "county", "street",
  "square", "avenue", "city", "republic", "kingdom", "emirates", "states", "valley", "desert", "coast", "canal",
  "airport", "port", "bridge", "border", "strip", "heights", "krai", "raion", "область", "край",
  "stadium", "arena", "beach", "road", "boulevard", "highway", "station", "harbour", "harbor",
  // ru, uk (the head word may end the name: `Чёрное море`)
  "море", "озеро", "река", "річка", "остров", "острів", "залив", "затока", "долина", "провінція", "провинция",
];

/**
 * Head words that open place names in Romance languages (`Valle d'Aosta`, `Lago di Garda`,
 * `Isla de Pascua`): a name of two words or more that starts with one is a place. Only in first
 * position, where no surname stands; words that are also common given names are left out.
 */
export const PLACE_LEADING_WORDS: readonly string[] = [
  "valle", "vallée", "lago", "lac", "isla", "isola", "ilha", "île", "golfo", "golfe", "fiume", "río", "mer",
  "piazza", "plaza", "praça", "calle", "regione", "región", "région", "provincia", "província", "département",
  "fort", "cape", "lake", "san", "santa", "são", "sankt",
];

/** Words right before a lone name that make it a place (`in Davos`, `near Pokrovsk`). */
export const PLACE_CUES: readonly string[] = [
  "in", "near", "outside", "across", "into", "towards", "toward", "around", "nach", "in", "bei", "à", "en", "au",
  "dans", "près", "a", "en", "cerca", "в", "во", "под", "у", "біля", "поблизу",
];

/** Words right after a name that make it a speaking person (`Zelensky said`). */
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "told", "added", "wrote", "noted", "stressed", "explained", "insisted", "claimed", "argued",
  "warned", "stated", "declared", "announced", "asked", "replied", "continued", "tweeted", "posted",
  "sagte", "erklärte", "betonte", "dit", "déclaré", "dijo", "afirmó", "disse", "detto",
  "заявил", "заявила", "сказал", "сказала", "отметил", "отметила", "сообщил", "сообщила", "заявив", "заявила",
  "сказав", "сказала", "зазначив", "зазначила", "повідомив",
];

/**
 * Words common in the names of organizations, places and events but not in people's names:
 * a name containing one is not typed as a person from its shape alone.
 */
export const GENERIC_NAME_WORDS: readonly string[] = [
  "national", "united", "armed", "presidential", "world", "economic", "international", "federal", "security",
  "defense", "defence", "foreign", "affairs", "state", "states", "public", "social", "democratic", "republican",
  "military", "peace", "human", "rights", "general", "main", "supreme", "joint", "central", "global", "european",
  "american", "arab", "islamic", "people's", "peoples", "popular", "liberation", "revolutionary", "royal",
  "imperial", "new", "old", "great", "little", "upper", "lower", "north", "south", "east", "west", "northern",
  "southern", "eastern", "western", "central", "middle", "far", "near", "war", "edition", "global", "day",
  "house", "hall", "palace", "tower", "square", "center", "centre", "station", "summit", "conference", "games",
  "cup", "league", "championship", "olympics", "prize", "award", "act", "law", "treaty", "accord", "accords",
  "agreement", "plan", "initiative", "operation", "project", "media", "online", "digital", "energy", "oil", "gas",
  "number", "edition", "license", "licence", "registration", "terms", "privacy", "policy", "contact",
  // fr / it / es: heads of institutions and regions (`Conseil d'État`, `Banca d'Italia`, `Côte d'Ivoire`)
  "conseil", "cour", "banque", "assemblée", "chambre", "sénat", "gouvernement", "république", "région", "palais",
  "université", "côte", "consiglio", "corte", "banca", "assemblea", "senato", "governo", "repubblica", "regione",
  "palazzo", "università", "ministero", "tribunale", "consejo", "gobierno", "congreso", "universidad",
];

/**
 * Particles of data/titles.ts that are also everyday function words (`in`, `at`, `y`, `e`):
 * inside a capitalized sequence they join two names far more often than they sit inside one
 * (`Zelensky in Davos`, `Rusia y Ucrania`), so the mention finder does not take them as particles.
 */
export const PARTICLES_NOT_INSIDE_NAMES: readonly string[] = [
  "in", "as", "at", "an", "ad", "ar", "az", "op", "te", "ten", "ter", "het", "i", "e", "y", "do", "bar", "bat", "san",
  "santa", "saint", "sainte", "af", "av", "zu", "zum", "zur", "vom", "'t", "ul", "ag", "ould", "to", "on", "of",
  // German articles: German capitalizes every noun, so `den Präsidenten` would join a name
  "den", "dem", "die", "das",
];

/**
 * Languages that capitalize every noun: there a lone capitalized word is a name only when the
 * text or the alias table bears it out (stage.ts).
 */
export const NOUN_CAPITALIZING_LANGUAGES: readonly string[] = ["de", "lb"];

/** Particles written more than one way, and the form their matching key takes (`ibn` -> `bin`). */
export const PARTICLE_KEY_FORMS: Readonly<Record<string, string>> = { ibn: "bin", ben: "bin", bin: "bin", el: "al", al: "al" };

/** Particle keys left out when names are compared word by word (inside a name only). */
export const PARTICLE_KEYS: readonly string[] = [
  "bin", "al", "von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "das", "ibn", "abu", "bint", "ben",
  "ter", "ten",
];

/** Inflectional endings a role word may carry beyond the listed forms (German `Präsidenten`). */
export const ROLE_ENDINGS: readonly string[] = ["en", "n", "s", "es"];

/**
 * Turkish case suffixes written after an apostrophe on a proper noun (`Ankara'da`, `Yılmaz'ın`,
 * `Erdoğan'dan`) that no other language writes after a capitalized word and an apostrophe:
 * cut off in an article of any language (the language stage may mistake a short Turkish text).
 * Not the one-letter ones (`'a`, `'i`: `Sana'a`, `Hawai'i`); in a Turkish article every tail
 * after the apostrophe is cut off (data/languages.ts).
 */
export const APOSTROPHE_CASE_SUFFIXES: readonly string[] = [
  "da", "de", "ta", "te", "dan", "den", "tan", "ten", "daki", "deki", "taki", "teki", "nda", "nde", "ndan", "nden",
  "nın", "nin", "nun", "nün", "ın", "ün", "ya", "ye", "yı", "yi", "yu", "yü", "yla", "yle", "la", "le", "ı", "ü",
  "ya", "na", "ne", "nı", "ni", "dır", "dir", "lı", "li", "lu", "lü",
];

/** Languages whose articles are read for people's names by the Arabic cues of data/arabic.ts. */
export const ARABIC_SCRIPT_LANGUAGES: readonly string[] = ["ar"];

/** One-letter Arabic proclitics (`و`, `ب`, `ل`, `ف`, `ك`) that may stand glued before a name. */
export const ARABIC_PROCLITICS = "وبلفك";

/**
 * Words of a ministry or department between a role and a person's name (`Secretary of State
 * Antony Blinken`, `il ministro dell'Economia Giancarlo Giorgetti`): not part of the name.
 */
export const DEPARTMENT_WORDS: readonly string[] = [
  "state", "defense", "defence", "finance", "finances", "treasury", "justice", "interior", "health", "education", "labor",
  "labour", "agriculture", "energy", "commerce", "transportation", "transport", "housing", "foreign", "affairs", "homeland",
  "security", "veterans", "economy", "trade", "industry", "environment", "culture", "home", "war", "navy", "army",
  "hacienda", "economía", "defensa", "exteriores", "justicia", "sanidad", "educación", "trabajo", "industria", "cultura",
  "economia", "difesa", "interno", "interni", "esteri", "giustizia", "salute", "istruzione", "lavoro", "finanze", "tesoro",
  "économie", "défense", "intérieur", "santé", "éducation", "travail", "affaires", "étrangères", "armées",
  "fazenda", "defesa", "justiça", "saúde", "relações",
  "gesundheit", "finanzen", "verteidigung", "inneres", "äußeres", "wirtschaft", "justiz", "arbeit", "bildung", "umwelt",
  "verkehr", "landwirtschaft", "forschung", "kultur", "familie", "entwicklung", "digitales",
  "état", "estado", "stato", "università", "ricerca", "ambiente", "agricoltura", "infrastrutture", "trasporti", "turismo",
  "sviluppo", "écologie", "transports", "recherche", "enseignement",
];

/**
 * Chinese and Korean surnames, which come first in the name (`Kim Jong Un`, `Li Qiang`, `Moon
 * Jae-in`): alone, one is the short form of the full name it opens, as a Western surname is of
 * the name it ends. Romanized as the press writes them. (Not Vietnamese, whose short form is the
 * given name; not Japanese, which the press writes given name first.)
 */
export const SURNAME_FIRST_SURNAMES: readonly string[] = [
  // Chinese
  "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Zhu", "Hu", "Guo", "Lin",
  "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian",
  "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao",
  "Jin", "Fu", "Qin", "Xi", "Hua", "Wen", "Bo", "Qian", "Meng", "Mao",
  // Korean
  "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim", "Shin", "Oh", "Seo", "Kwon",
  "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Roh",
  "Ha", "Kwak", "Sung", "Chung", "Ban",
];

/**
 * Articles, determiners and possessives that open a noun phrase, per language: a capitalized
 * sequence right after one is typed a person by its shape only when a known given name opens it
 * (`die Vereinigten Staaten`, `the Golden State Warriors`; but `the Jane Roe case`). Only for
 * languages where a name seldom follows one (not Italian, which puts `la` before a surname, nor
 * the Romance preposition `a`).
 */
export const NOUN_DETERMINERS: Readonly<Record<string, readonly string[]>> = {
  de: [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen",
    "keinem", "keiner", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "jedem", "jeden", "alle",
    "allen", "aller", "seine", "seinen", "seinem", "seiner", "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unsere",
    "unseren", "unserem", "unserer", "zum", "zur", "im", "am", "vom", "beim", "ins", "ans", "mehrere", "viele", "einige", "beide",
  ],
  en: ["the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your", "every", "each", "no"],
};

/**
 * Abbreviated titles that are roles only when written with their full stop (`Ohio Gov. Jane
 * Roe`, `Sen. Tom Ford`, `Rep. Jo Kim`); without it they may be names (`Amartya Sen`). Lower-case.
 */
export const PERIOD_ROLE_ABBREVIATIONS: readonly string[] = ["gov", "sen", "sens", "rep", "reps", "rev", "atty", "adm", "sgt", "supt", "cmdr", "insp", "amb"];
