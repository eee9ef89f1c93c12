/**
 * Function-word table used to shortlist candidate languages before running
 * `franc`.
 *
 * `franc` compares a sample's trigrams against every language model of the
 * sample's script; for Latin script that is ~126 models, which is slow. The
 * detector therefore first counts, for each language below, how many tokens of
 * the sample are among that language's most frequent function words (articles,
 * pronouns, prepositions, conjunctions, auxiliaries, common particles), and then
 * runs `franc` only on the best-scoring languages. Closely related languages
 * (Spanish/Portuguese/Galician/Catalan, Czech/Slovak, Croatian/Bosnian/Serbian,
 * Danish/Norwegian, Malay/Indonesian, …) necessarily share words; `franc`
 * separates them afterwards.
 *
 * Source: general linguistic knowledge of word frequency in each language. No
 * corpus text was copied. Words are lower-cased, written with their usual
 * diacritics (NFC), and are whole tokens as produced by `/[\p{L}\p{M}']+/gu`
 * (no spaces; elided forms such as French "l'" are not listed). A few
 * languages list common spelling variants (e.g. Romanian "și"/"şi", Yoruba with
 * and without tone marks, Uzbek "o'"/"oʻ") and, where a language is written in
 * two scripts, both forms (Serbian and Bosnian in Latin and Cyrillic, Uzbek in
 * Latin and Cyrillic).
 *
 * Keys are ISO 639-3 codes exactly as `franc` (v6) names its languages, e.g.
 * `ekk` (Estonian), `lvs` (Latvian), `zlm` (Malay), `swh` (Swahili), `als`
 * (Albanian), `nob`/`nno` (Norwegian Bokmål/Nynorsk), `pes`/`prs` (Persian/Dari),
 * `pbu` (Pashto), `arb` (Arabic), `npi` (Nepali), `khk` (Mongolian).
 * Languages decided by script alone (Chinese, Japanese, Korean, Thai, Greek, …)
 * have no entry.
 *
 * @module
 */

/** Version of the table; bump when the word lists change. */
export const FUNCTION_WORDS_VERSION = "1";

/** The most frequent function words of each language, lower-cased, keyed by ISO 639-3 code as franc names it. */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  // ---------------------------------------------------------------- Germanic
  /** English */
  eng: [
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as",
    "by", "at", "from", "his", "have", "has", "had", "are", "be", "were", "this", "an", "they",
    "not", "but", "which", "or", "will", "said", "their", "been", "its", "who", "would", "she",
    "we",
  ],
  /** Scots */
  sco: [
    "the", "o", "an", "tae", "in", "is", "it", "that", "wi", "wis", "frae", "hae", "haes", "nae",
    "ane", "aw", "oot", "efter", "thay", "ower", "whan", "whit", "cannae", "dinnae", "didnae",
    "isnae", "wasnae", "yin", "awa", "aboot", "mair", "sae", "he", "his", "but",
  ],
  /** German */
  deu: [
    "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist",
    "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat",
    "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem",
    "über", "einen", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur",
  ],
  /** Low German */
  nds: [
    "de", "un", "dat", "vun", "in", "to", "is", "een", "op", "mit", "för", "nich", "he", "se",
    "wat", "dor", "ok", "as", "hett", "sik", "ween", "sünd", "ik", "wi", "aver", "över", "bi",
    "ut", "oder", "kann", "warrt", "wurr", "harr", "hebbt", "noch", "ehr", "sien", "vör", "ni",
  ],
  /** Dutch */
  nld: [
    "de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "die",
    "niet", "aan", "er", "om", "ook", "als", "bij", "door", "maar", "dan", "of", "nog", "worden",
    "wordt", "werd", "naar", "uit", "heeft", "hij", "ze", "we", "zich", "al", "over", "was", "tot",
  ],
  /** Afrikaans */
  afr: [
    "die", "en", "van", "in", "is", "het", "nie", "om", "te", "wat", "op", "vir", "met", "dat",
    "hy", "sy", "ek", "ons", "hulle", "was", "word", "ook", "aan", "as", "deur", "uit", "by", "na",
    "sal", "kan", "maar", "of", "toe", "nog", "tot", "oor", "daar", "hierdie", "moet", "jy", "'n",
  ],
  /** Swedish */
  swe: [
    "och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
    "de", "inte", "om", "ett", "han", "men", "var", "jag", "sig", "från", "vi", "så", "kan", "man",
    "när", "också", "efter", "eller", "under", "ska", "skulle", "hade", "blir", "vid", "sina",
    "hon",
  ],
  /** Danish */
  dan: [
    "og", "i", "at", "det", "en", "den", "til", "er", "som", "på", "de", "med", "han", "af", "for",
    "ikke", "der", "var", "mig", "sig", "men", "et", "har", "om", "vi", "fra", "kan", "også",
    "efter", "eller", "skal", "ville", "havde", "bliver", "blev", "ved", "hun", "sin", "når",
    "hvor", "være",
  ],
  /** Norwegian Bokmål */
  nob: [
    "og", "i", "det", "som", "en", "på", "er", "av", "for", "med", "til", "den", "har", "de",
    "ikke", "om", "et", "han", "men", "var", "jeg", "seg", "fra", "vi", "så", "kan", "også",
    "etter", "eller", "skal", "ville", "hadde", "blir", "ble", "ved", "hun", "sin", "når", "hvor",
    "være", "at",
  ],
  /** Norwegian Nynorsk */
  nno: [
    "og", "i", "det", "som", "ein", "eit", "på", "er", "av", "for", "med", "til", "den", "har",
    "dei", "ikkje", "om", "han", "men", "var", "eg", "seg", "frå", "vi", "så", "kan", "også",
    "etter", "eller", "skal", "ville", "hadde", "blir", "vart", "ved", "ho", "sin", "når", "kvar",
    "vere", "at", "berre", "mykje", "korleis",
  ],

  // ---------------------------------------------------------------- Romance
  /** French */
  fra: [
    "le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "que", "qui", "dans",
    "pour", "pas", "sur", "avec", "il", "elle", "au", "aux", "ce", "se", "ne", "plus", "par", "son",
    "sa", "ses", "sont", "été", "mais", "à", "ont", "cette", "nous", "ils", "leur", "comme", "aussi",
    "être", "où",
  ],
  /** Spanish */
  spa: [
    "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para", "con",
    "no", "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "fue", "este",
    "ha", "porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también", "hay", "están",
  ],
  /** Portuguese */
  por: [
    "de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os",
    "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem",
    "à", "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "também", "pelo",
    "pela", "são",
  ],
  /** Galician */
  glg: [
    "de", "a", "o", "que", "e", "do", "da", "en", "un", "unha", "para", "é", "con", "non", "os",
    "as", "no", "na", "se", "por", "máis", "como", "pero", "foi", "ao", "dos", "das", "ten", "seu",
    "súa", "ou", "ser", "cando", "moi", "xa", "está", "tamén", "polo", "pola", "son", "nun",
    "nunha", "isto",
  ],
  /** Catalan */
  cat: [
    "de", "la", "i", "que", "el", "a", "en", "les", "els", "per", "un", "una", "del", "amb", "no",
    "és", "es", "va", "al", "com", "més", "però", "seu", "seva", "ha", "hi", "ho", "dels", "als",
    "també", "aquest", "aquesta", "són", "pel", "entre", "sobre", "quan", "ser", "fins", "ja",
  ],
  /** Italian */
  ita: [
    "di", "e", "il", "la", "che", "in", "un", "per", "è", "non", "una", "del", "della", "le", "si",
    "da", "con", "sono", "al", "ha", "lo", "gli", "come", "più", "anche", "ma", "nel", "nella",
    "dei", "delle", "alla", "questo", "ci", "se", "sul", "dal", "era", "essere", "stato", "degli",
  ],
  /** Romanian (ș/ț with comma below, plus the common cedilla variants) */
  ron: [
    "și", "şi", "de", "la", "în", "a", "cu", "pe", "că", "nu", "din", "o", "care", "este", "se",
    "un", "să", "au", "mai", "pentru", "al", "ale", "fost", "ca", "sunt", "dar", "lui", "sau", "ce",
    "fi", "prin", "după", "despre", "către", "acest", "această", "iar", "va", "fie", "însă", "până",
    "aceștia", "aceştia",
  ],
  /** Haitian Creole */
  hat: [
    "nan", "ak", "li", "pou", "se", "yo", "ki", "pa", "sou", "te", "ap", "la", "yon", "gen", "sa",
    "nou", "mwen", "ou", "men", "tout", "lè", "epi", "paske", "konsa", "tou", "kòm", "kote", "jan",
    "ke", "deja", "anpil", "ankò", "sèlman", "tankou", "lan", "pral", "genyen", "vin",
  ],

  // ---------------------------------------------------------------- Slavic (Latin)
  /** Polish */
  pol: [
    "i", "w", "z", "na", "się", "nie", "do", "to", "że", "jest", "o", "a", "jak", "po", "co",
    "ale", "od", "za", "jego", "tak", "przez", "dla", "jako", "są", "czy", "już", "tym", "może",
    "było", "tego", "ich", "który", "które", "która", "oraz", "tylko", "także", "być", "został",
  ],
  /** Czech */
  ces: [
    "a", "v", "se", "na", "je", "že", "s", "z", "o", "to", "do", "i", "k", "ve", "jako", "pro",
    "ale", "by", "jsou", "jeho", "který", "která", "které", "od", "po", "za", "tak", "jak", "bylo",
    "byl", "už", "také", "jejich", "podle", "při", "nebo", "však", "této", "mezi", "jsme",
  ],
  /** Slovak */
  slk: [
    "a", "v", "na", "sa", "je", "že", "s", "z", "o", "to", "do", "aj", "k", "vo", "ako", "pre",
    "ale", "by", "sú", "jeho", "ktorý", "ktorá", "ktoré", "od", "po", "za", "tak", "už", "tiež",
    "ich", "podľa", "pri", "alebo", "však", "bol", "bola", "bolo", "medzi", "len", "ešte",
  ],
  /** Slovenian */
  slv: [
    "in", "je", "v", "na", "se", "da", "za", "so", "z", "s", "pa", "ki", "ne", "bi", "tudi", "po",
    "od", "o", "še", "kot", "pri", "ter", "iz", "do", "bo", "ali", "sem", "smo", "bil", "bila",
    "bilo", "lahko", "tako", "le", "ko", "samo", "tega", "kar", "ga", "jih",
  ],
  /** Croatian */
  hrv: [
    "i", "je", "u", "na", "se", "da", "za", "su", "od", "s", "a", "o", "ne", "koji", "koja",
    "koje", "što", "kao", "iz", "će", "bi", "do", "sa", "ili", "to", "ali", "po", "kako", "biti",
    "bio", "bila", "nije", "još", "također", "te", "već", "samo", "prema", "tijekom", "tko",
  ],
  /** Bosnian (Latin and Cyrillic) */
  bos: [
    "i", "je", "u", "na", "se", "da", "za", "su", "od", "sa", "s", "a", "o", "ne", "koji", "koja",
    "koje", "što", "šta", "kao", "iz", "će", "bi", "do", "ili", "to", "ali", "po", "kako", "bio",
    "bila", "nije", "još", "također", "te", "već", "samo", "prema", "tokom", "ko",
    "и", "је", "у", "на", "се", "да", "за", "су", "од", "са", "не", "који", "која", "које", "што",
    "шта", "као", "из", "ће", "или", "али", "како", "био", "није", "још", "такођер", "већ",
  ],
  /** Serbian (Latin and Cyrillic) */
  srp: [
    "i", "je", "u", "na", "se", "da", "za", "su", "od", "sa", "a", "o", "ne", "koji", "koja",
    "koje", "što", "šta", "kao", "iz", "će", "bi", "do", "ili", "to", "ali", "po", "kako", "bio",
    "nije", "još", "takođe", "već", "samo", "prema", "tokom", "ko",
    "и", "је", "у", "на", "се", "да", "за", "су", "од", "са", "а", "о", "не", "који", "која",
    "које", "што", "шта", "као", "из", "ће", "би", "до", "или", "то", "али", "по", "како", "био",
    "није", "још", "такође", "већ", "само", "према", "током", "ко",
  ],

  // ---------------------------------------------------------------- Slavic (Cyrillic)
  /** Russian */
  rus: [
    "и", "в", "не", "на", "что", "с", "по", "он", "как", "это", "к", "а", "но", "из", "у", "за",
    "от", "о", "то", "его", "же", "для", "все", "она", "так", "был", "было", "бы", "они", "ее",
    "её", "уже", "при", "только", "или", "также", "который", "которые", "после", "до", "мы",
    "еще", "ещё",
  ],
  /** Ukrainian */
  ukr: [
    "і", "в", "у", "на", "не", "що", "з", "до", "та", "й", "як", "це", "за", "від", "по", "а",
    "але", "його", "для", "він", "вона", "є", "так", "ще", "був", "була", "було", "вже", "які",
    "який", "також", "або", "при", "про", "після", "щодо", "їх", "ми", "із", "чи",
  ],
  /** Belarusian */
  bel: [
    "і", "ў", "у", "на", "не", "што", "з", "да", "ад", "па", "за", "а", "але", "як", "гэта", "яго",
    "для", "ён", "яна", "ёсць", "так", "яшчэ", "быў", "была", "было", "ужо", "якія", "які",
    "таксама", "або", "пры", "пра", "пасля", "іх", "мы", "ці", "са", "каб", "гэтага",
  ],
  /** Bulgarian */
  bul: [
    "и", "на", "да", "в", "се", "е", "за", "от", "не", "с", "че", "по", "са", "това", "като", "а",
    "но", "ще", "след", "който", "която", "които", "до", "при", "бъде", "има", "беше", "той", "тя",
    "те", "към", "през", "му", "или", "още", "също", "във", "със", "най",
  ],
  /** Macedonian */
  mkd: [
    "и", "е", "на", "во", "од", "се", "за", "со", "да", "не", "што", "кој", "која", "ќе", "го",
    "ги", "беше", "има", "тоа", "како", "по", "до", "или", "но", "а", "ја", "му", "биде", "овој",
    "оваа", "тие", "таа", "тој", "според", "исто", "така", "сите", "при", "нив",
  ],

  // ---------------------------------------------------------------- Uralic, Baltic
  /** Hungarian */
  hun: [
    "a", "az", "és", "hogy", "nem", "is", "egy", "meg", "de", "van", "volt", "csak", "már", "még",
    "ki", "mint", "el", "be", "fel", "azt", "ez", "ezt", "ha", "vagy", "pedig", "kell", "lesz",
    "után", "között", "szerint", "így", "majd", "sem", "nagyon", "mert", "amely", "aki", "amit",
    "lehet", "most",
  ],
  /** Finnish */
  fin: [
    "ja", "on", "ei", "se", "että", "oli", "hän", "ovat", "mutta", "kun", "myös", "joka", "tai",
    "ole", "sen", "niin", "kuin", "vain", "jo", "nyt", "mukaan", "jälkeen", "sekä", "vielä", "voi",
    "olla", "jotka", "tämä", "siitä", "sitä", "hänen", "mitä", "jos", "kanssa", "he", "me",
    "kaikki", "olivat", "ollut",
  ],
  /** Estonian */
  ekk: [
    "ja", "on", "et", "ei", "ka", "see", "oli", "kui", "ta", "mis", "ning", "aga", "või", "oma",
    "nii", "seda", "kes", "siis", "kõik", "veel", "ainult", "pärast", "juba", "nad", "meie",
    "tema", "selle", "mida", "olema", "olid", "oleks", "üle", "kuid", "sest", "vaid", "pole",
    "välja", "tuleb", "mille", "nagu",
  ],
  /** Latvian */
  lvs: [
    "un", "ir", "ka", "ar", "par", "no", "uz", "arī", "bet", "kas", "to", "tas", "bija", "lai",
    "vai", "tā", "pēc", "kā", "jau", "tikai", "vēl", "nav", "viņš", "viņa", "viņi", "mēs", "būt",
    "būs", "tiek", "tika", "kur", "līdz", "pie", "kad", "šo", "šī", "savu", "gan", "var", "kuru",
  ],
  /** Lithuanian */
  lit: [
    "ir", "kad", "yra", "į", "su", "iš", "o", "bet", "tai", "kaip", "jis", "ji", "jie", "buvo",
    "dar", "už", "per", "apie", "tik", "nuo", "prie", "taip", "jau", "mes", "tačiau", "būti",
    "bus", "kuris", "kuri", "kurie", "arba", "po", "nes", "savo", "ne", "kai", "nėra", "tarp",
    "pagal", "labai",
  ],

  // ---------------------------------------------------------------- Other European
  /** Albanian */
  als: [
    "të", "e", "në", "dhe", "i", "për", "me", "që", "një", "nga", "është", "se", "u", "ka", "do",
    "nuk", "ishte", "janë", "si", "më", "por", "edhe", "ai", "ajo", "ata", "kjo", "ky", "ku",
    "tij", "saj", "tyre", "pas", "mbi", "deri", "duke", "kanë", "kishte", "shumë", "sipas",
    "gjithë",
  ],
  /** Esperanto */
  epo: [
    "la", "de", "kaj", "en", "estas", "al", "ke", "ne", "por", "kun", "pri", "el", "da", "sed",
    "ĉe", "ĉu", "mi", "li", "ŝi", "ni", "ili", "ĝi", "tio", "kiu", "kiuj", "estis", "estos",
    "esti", "ankaŭ", "oni", "sia", "lia", "ŝia", "kio", "post", "dum", "inter", "tre", "nur",
    "pli", "jam",
  ],

  // ---------------------------------------------------------------- Turkic
  /** Turkish */
  tur: [
    "ve", "bir", "bu", "için", "de", "da", "ile", "olarak", "daha", "çok", "gibi", "en", "ne",
    "o", "ama", "kadar", "sonra", "değil", "var", "olan", "ki", "şu", "her", "ise", "veya", "ya",
    "mi", "göre", "bunun", "olduğu", "yok", "tarafından", "ancak", "önce", "şekilde", "çünkü",
    "hem", "diye", "bile", "ayrıca",
  ],
  /** Azerbaijani */
  azj: [
    "və", "bir", "bu", "üçün", "də", "da", "ilə", "olaraq", "daha", "çox", "kimi", "ən", "nə",
    "o", "amma", "qədər", "sonra", "deyil", "var", "olan", "ki", "hər", "isə", "ya", "görə",
    "onun", "olduğu", "yox", "tərəfindən", "lakin", "əvvəl", "şəkildə", "çünki", "həm", "bütün",
    "artıq", "həmçinin", "edir", "olub",
  ],
  /** Northern Uzbek (Latin with ASCII and ʻ apostrophes, and Cyrillic) */
  uzn: [
    "va", "bu", "bir", "uchun", "bilan", "ham", "da", "esa", "deb", "edi", "emas", "bo'lgan",
    "boʻlgan", "bo'lib", "boʻlib", "bo'ladi", "boʻladi", "qilib", "kabi", "yoki", "lekin", "ammo",
    "hamda", "shu", "ular", "biz", "o'z", "oʻz", "yana", "keyin", "bor", "yo'q", "yoʻq", "barcha",
    "har", "orqali", "haqida", "bo'yicha", "boʻyicha", "tomonidan", "ko'ra", "koʻra", "ekan",
    "ва", "бу", "бир", "учун", "билан", "ҳам", "эса", "деб", "эди", "эмас", "бўлган", "бўлиб",
    "бўлади", "қилиб", "каби", "ёки", "лекин", "аммо", "ҳамда", "шу", "улар", "ўз", "яна",
    "кейин", "йўқ", "барча", "ҳар", "орқали", "ҳақида", "бўйича", "томонидан",
  ],
  /** Turkmen */
  tuk: [
    "we", "bu", "bir", "üçin", "bilen", "hem", "hakda", "boýunça", "tarapyndan", "ýaly", "ýa",
    "emma", "ýöne", "soň", "öň", "bolan", "bolup", "bolýar", "edip", "däl", "bar", "ýok", "olar",
    "biz", "onuň", "şu", "şol", "her", "ähli", "arkaly", "diýip", "bolsa", "ol", "has", "iň",
    "degişli", "babatda",
  ],
  /** Kazakh */
  kaz: [
    "және", "мен", "бен", "пен", "бір", "бұл", "да", "де", "та", "те", "ол", "деп", "үшін", "осы",
    "сол", "бойынша", "туралы", "жоқ", "емес", "болып", "болды", "еді", "дейін", "кейін",
    "арқылы", "тек", "барлық", "оның", "олар", "біз", "сияқты", "қазір", "ал", "бар", "тағы",
    "оны", "ретінде", "екенін",
  ],
  /** Kyrgyz */
  kir: [
    "жана", "менен", "бир", "бул", "да", "де", "ал", "ошол", "үчүн", "деп", "боюнча", "жөнүндө",
    "жок", "эмес", "болуп", "болгон", "эле", "чейин", "кийин", "аркылуу", "гана", "бардык",
    "анын", "алар", "биз", "сыяктуу", "азыр", "бар", "дагы", "аны", "катары", "ошондой", "экен",
    "болот", "тарабынан", "мындай",
  ],
  /** Tatar */
  tat: [
    "һәм", "белән", "бер", "бу", "да", "дә", "та", "тә", "ул", "дип", "өчен", "шул", "буенча",
    "турында", "юк", "түгел", "булып", "булды", "иде", "кадәр", "соң", "аша", "гына", "генә",
    "барлык", "аның", "алар", "без", "кебек", "хәзер", "ә", "бар", "тагын", "аны", "буларак",
    "инде", "һәр", "ләкин",
  ],

  // ---------------------------------------------------------------- Iranian, Mongolic (Cyrillic)
  /** Tajik */
  tgk: [
    "ва", "дар", "ба", "аз", "ки", "бо", "барои", "то", "ин", "он", "як", "низ", "мебошад", "аст",
    "буд", "шуд", "карда", "кард", "ҳам", "бар", "чун", "вай", "онҳо", "мо", "худ", "ҳар", "баъд",
    "пеш", "дигар", "бояд", "ҳамчунин", "намуда", "дорад", "гуфт", "агар", "вале",
  ],
  /** Halh Mongolian */
  khk: [
    "нь", "ба", "юм", "энэ", "тэр", "гэж", "байна", "байгаа", "байсан", "болон", "бол", "дээр",
    "бөгөөд", "гэсэн", "мөн", "их", "нэг", "бүх", "тул", "үед", "зэрэг", "харин", "бид", "тэд",
    "түүний", "хамт", "гэв", "гэжээ", "байжээ", "байх", "болно", "хүртэл", "тухай", "талаар",
    "өөр", "маш", "эсвэл",
  ],

  // ---------------------------------------------------------------- Arabic script
  // ---------------------------------------------------------------- Hebrew script
  /** Hebrew (standalone words only: the prefixes ה ו ב ל מ ש are written joined to the next word) */
  heb: [
    "של", "את", "על", "עם", "לא", "זה", "זו", "גם", "כי", "הוא", "היא", "הם", "הן", "אבל", "או",
    "כל", "אם", "יותר", "כך", "בין", "לפי", "אחרי", "עוד", "רק", "מה", "אשר", "אני", "אנחנו", "יש",
    "היה", "היתה", "הייתה", "כמו", "אך", "אל", "כדי", "לאחר", "לו", "לה", "אמר", "אמרה",
  ],
  /** Yiddish */
  ydd: [
    "און", "איז", "דער", "די", "דאָס", "דאס", "אַ", "א", "פֿון", "פון", "מיט", "אויף", "נישט", "ניט",
    "צו", "ער", "זי", "מען", "ווי", "אויך", "האָט", "האט", "וואָס", "וואס", "ביי", "געווען",
  ],
  /** Standard Arabic */
  arb: [
    "في", "من", "على", "إلى", "الى", "أن", "ان", "عن", "مع", "هذا", "هذه", "التي", "الذي", "الذين",
    "ما", "لا", "لم", "كان", "كانت", "قد", "بين", "بعد", "قبل", "حتى", "أو", "ثم", "كل", "هو", "هي",
    "عند", "لكن", "إن", "منذ", "خلال", "حيث", "قال", "وقال", "وفي", "ذلك", "لن",
  ],
  /** Iranian Persian */
  pes: [
    "و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "یک", "خود", "تا", "بر",
    "هم", "نیز", "شد", "شده", "می", "کرد", "وی", "اما", "یا", "بود", "پس", "کند", "باید", "دارد",
    "هر", "اند", "های", "ها", "شود", "کرده", "گفت", "چه", "اگر",
  ],
  /** Dari */
  prs: [
    "و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "یک", "خود", "تا", "بر",
    "هم", "نیز", "شد", "شده", "می", "کرد", "وی", "اما", "یا", "بود", "میباشد", "میشود", "گردید",
    "گردیده", "نموده", "صورت", "اند", "های", "ها", "کرده", "گفت", "دارد", "هر",
  ],
  /** Urdu */
  urd: [
    "کے", "کی", "کا", "میں", "ہے", "اور", "سے", "کو", "نے", "پر", "یہ", "وہ", "ہیں", "تھا", "تھی",
    "تھے", "کہ", "بھی", "ایک", "گیا", "گئی", "کر", "ہو", "نہیں", "لیے", "لئے", "جو", "اس", "ان",
    "کیا", "رہا", "ساتھ", "بعد", "تک", "اپنے", "گا", "گے", "یا",
  ],
  /** Northern Pashto (common ی/ي spelling variants included) */
  pbu: [
    "د", "او", "په", "چې", "چی", "له", "دا", "هم", "ته", "کې", "کښې", "سره", "یو", "يو", "څخه",
    "دې", "وي", "شوی", "شوې", "شول", "دي", "دی", "ده", "وو", "وه", "پر", "لپاره", "خو", "يا",
    "هغه", "دغه", "شو", "کړي", "کړی", "وايي", "ويل", "نه", "به", "ټول", "ځینې",
  ],

  // ---------------------------------------------------------------- Devanagari
  /** Hindi */
  hin: [
    "का", "के", "की", "है", "में", "और", "से", "को", "ने", "पर", "यह", "वह", "हैं", "था", "थी",
    "थे", "कि", "भी", "एक", "गया", "गई", "कर", "हो", "नहीं", "लिए", "जो", "इस", "उस", "इन", "उन",
    "किया", "साथ", "बाद", "तक", "अपने", "तो", "ही", "या", "रहा", "हुए",
  ],
  /** Marathi */
  mar: [
    "आणि", "आहे", "या", "व", "की", "हे", "ही", "ते", "ती", "त्या", "मध्ये", "होते", "होती",
    "केली", "केले", "करण्यात", "असे", "असून", "पण", "तर", "हा", "नाही", "आले", "आली", "म्हणून",
    "यांनी", "त्यांनी", "सांगितले", "झाली", "झाले", "आता", "एक", "सर्व", "येथे", "त्यांच्या",
    "यांच्या", "आहेत",
  ],
  /** Nepali */
  npi: [
    "र", "छ", "को", "का", "की", "मा", "ले", "लाई", "पनि", "यो", "त्यो", "हो", "थियो", "भएको",
    "गरेको", "गर्न", "छन्", "छैन", "हुन्छ", "गरे", "भने", "तथा", "एक", "उनले", "उनी", "यस", "सो",
    "अनि", "तर", "वा", "पछि", "सबै", "रहेको", "गरी", "भन्दा", "बारे", "हुने", "भएका",
  ],

  // ---------------------------------------------------------------- Austronesian, Austroasiatic
  /** Indonesian */
  ind: [
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada",
    "juga", "ke", "karena", "ada", "oleh", "saya", "mereka", "kami", "kita", "ia", "dia", "sudah",
    "telah", "bisa", "atau", "seperti", "tersebut", "adalah", "namun", "tetapi", "bahwa", "lebih",
    "hanya", "sebagai", "antara", "setelah", "masih", "kepada", "para",
  ],
  /** Standard Malay */
  zlm: [
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada",
    "juga", "ke", "kerana", "ada", "oleh", "saya", "mereka", "kami", "kita", "ia", "dia", "sudah",
    "telah", "boleh", "atau", "seperti", "tersebut", "adalah", "namun", "tetapi", "bahawa", "lebih",
    "hanya", "sebagai", "antara", "selepas", "masih", "kepada", "beliau",
  ],
  /** Javanese */
  jav: [
    "lan", "ing", "sing", "iku", "kang", "ora", "karo", "kanggo", "uga", "saka", "ana", "wis",
    "bisa", "iki", "kuwi", "utawa", "marang", "dening", "nanging", "amarga", "dadi", "kabeh",
    "minangka", "ning", "nalika", "supaya", "dheweke", "aku", "kowe", "sampeyan", "mung", "isih",
    "sawise", "luwih", "wong", "menyang", "kudu", "ingkang", "punika", "saking", "sampun",
  ],
  /** Sundanese */
  sun: [
    "jeung", "di", "nu", "ka", "ti", "teh", "éta", "eta", "ieu", "henteu", "moal", "kana", "dina",
    "ku", "pikeun", "ogé", "oge", "aya", "geus", "bisa", "atawa", "sarta", "tapi", "sabab", "lamun",
    "kudu", "jadi", "anu", "urang", "manéhna", "kuring", "maranéhna", "ngan", "masih", "sanggeus",
    "leuwih", "keur", "kitu",
  ],
  /** Tagalog */
  tgl: [
    "ang", "ng", "sa", "na", "at", "mga", "ay", "si", "ni", "para", "kay", "ito", "iyon", "hindi",
    "ko", "mo", "siya", "niya", "nila", "kami", "tayo", "sila", "din", "rin", "lamang", "lang",
    "pa", "ba", "kung", "dahil", "pero", "nang", "may", "mayroon", "walang", "noong", "ayon",
    "upang", "kanilang", "nito",
  ],
  /** Cebuano */
  ceb: [
    "ang", "sa", "ug", "nga", "mga", "si", "ni", "kay", "kini", "kana", "dili", "wala", "ako",
    "siya", "niya", "nila", "kami", "kita", "sila", "usab", "lang", "pa", "ba", "kung", "tungod",
    "apan", "adunay", "naa", "gikan", "alang", "ingon", "niini", "iyang", "ilang", "unsa", "didto",
    "karon", "mao", "pud", "og",
  ],
  /** Malagasy */
  plt: [
    "ny", "sy", "ary", "amin'ny", "ho", "fa", "tsy", "dia", "izay", "an'ny", "no", "teo", "ao",
    "amin", "tamin'ny", "ka", "koa", "efa", "ireo", "izany", "ity", "io", "nanao", "hoe", "rehefa",
    "satria", "mba", "raha", "eo", "hoy", "noho", "indray", "saingy", "nefa", "azy", "azo",
  ],
  /** Vietnamese (NFC, full tone marks) */
  vie: [
    "của", "và", "là", "các", "những", "được", "có", "trong", "cho", "với", "không", "này",
    "người", "một", "đã", "để", "đến", "từ", "khi", "về", "ra", "sẽ", "thì", "cũng", "như", "tại",
    "nhưng", "theo", "đó", "nhiều", "vào", "lại", "bị", "mà", "nào", "còn", "hơn", "rằng", "sau",
    "đang",
  ],

  // ---------------------------------------------------------------- African
  /** Swahili */
  swh: [
    "na", "ya", "wa", "kwa", "la", "za", "katika", "ni", "cha", "vya", "kuwa", "hiyo", "huo",
    "hilo", "hii", "hizo", "lakini", "pia", "au", "kama", "sana", "baada", "kabla", "bila", "yake",
    "wake", "zake", "yao", "wao", "sisi", "mimi", "yeye", "hata", "tu", "ambao", "ambayo",
    "ambaye", "hadi", "kutoka", "juu", "alisema",
  ],
  /** Hausa */
  hau: [
    "da", "a", "na", "ya", "ta", "ba", "wa", "ga", "cikin", "kuma", "ko", "amma", "shi", "ita",
    "su", "mu", "ne", "ce", "sun", "za", "an", "kan", "daga", "game", "tare", "domin", "saboda",
    "inda", "bayan", "kafin", "wannan", "waɗanda", "wanda", "wadda", "yake", "take", "suke",
    "ake", "har", "wato",
  ],
  /** Yoruba (with and without tone marks) */
  yor: [
    "ni", "ní", "ti", "tí", "si", "sí", "ati", "àti", "lati", "láti", "fun", "fún", "pe", "pé",
    "won", "wọ́n", "ó", "naa", "náà", "yii", "yìí", "ko", "kò", "wa", "wà", "jẹ́", "ṣe", "se",
    "kí", "rẹ̀", "ṣùgbọ́n", "sugbon", "bí", "gbogbo", "lọ", "yóò", "nínú", "ninu", "ń", "mo",
  ],
  /** Igbo */
  ibo: [
    "na", "nke", "ya", "ka", "ọ", "ha", "ndị", "ndi", "anyị", "unu", "maka", "mana", "ma", "dị",
    "bụ", "bu", "nwere", "ga", "site", "n'ime", "n'ihi", "mgbe", "ebe", "otu", "ihe", "onye",
    "niile", "kwuru", "kwa", "ọzọ", "ugbu", "ahụ", "nyere", "gara", "enweghị", "e",
  ],
  /** Somali */
  som: [
    "iyo", "ka", "in", "oo", "ku", "waa", "ay", "uu", "ee", "la", "ah", "ayaa", "ugu", "soo",
    "sida", "kale", "ama", "laakiin", "wax", "kala", "waxa", "waxaa", "haddii", "kadib", "kaddib",
    "isla", "inay", "inuu", "wuxuu", "waxay", "aan", "ayuu", "ayay", "lagu", "loo", "kasoo",
    "ilaa", "iyada", "isaga", "dhinaca",
  ],
  /** Zulu */
  zul: [
    "ukuthi", "futhi", "kodwa", "uma", "noma", "njengoba", "ngoba", "kanye", "ukuba", "kusho",
    "lokhu", "lapho", "kuze", "ngokuthi", "nje", "kakhulu", "namanje", "kuphela", "yena", "bona",
    "thina", "mina", "wena", "kule", "kulo", "ngakho", "yini", "kumele", "kanti", "manje",
    "ngemuva", "ngaphambi", "phakathi", "khona", "sonke", "akukho", "lowo", "lesi", "leli", "labo",
  ],
  /** Xhosa */
  xho: [
    "ukuba", "kwaye", "kodwa", "ukuze", "okanye", "xa", "ngoko", "kuba", "kunye", "nje", "kakhulu",
    "ngoku", "kuphela", "yena", "bona", "thina", "mna", "wena", "kule", "kulo", "nangona", "uthe",
    "ukuthi", "apho", "ngenxa", "emva", "phambi", "phakathi", "khona", "ngokuba", "kwakhona",
    "sonke", "oko", "ezi", "ezo", "aba", "abo", "esi",
  ],
  /** Kinyarwanda */
  kin: [
    "na", "ya", "mu", "ku", "kandi", "ko", "cyangwa", "ariko", "kuko", "naho", "kugira", "ngo",
    "nk'uko", "bya", "cya", "rya", "nka", "kuri", "muri", "kubera", "bari", "ari", "yari", "uyu",
    "iyi", "aba", "abo", "ibi", "ubu", "hari", "cyane", "nta", "ndetse", "nyuma", "mbere", "buri",
    "yavuze", "bose", "byose", "wa",
  ],
  /** Chichewa */
  nya: [
    "ndi", "kuti", "wa", "ya", "la", "za", "cha", "pa", "ku", "mu", "koma", "kapena", "ngati",
    "chifukwa", "komanso", "anati", "iye", "iwo", "ife", "ine", "ali", "kwa", "kuchokera",
    "pamene", "atatha", "zomwe", "omwe", "yomwe", "chomwe", "kodi", "basi", "onse", "zonse",
    "monga", "kwambiri", "pano",
  ],
  /** Shona */
  sna: [
    "uye", "kuti", "ne", "kana", "asi", "zvakare", "nekuti", "iye", "ivo", "isu", "ini", "iwe",
    "mu", "ku", "pa", "ava", "izvi", "izvo", "uyu", "iyi", "saka", "here", "chete", "kwazvo",
    "zvino", "apo", "kwete", "vari", "vakati", "panguva", "kubva", "kusvika", "nezve", "ndiye",
    "ndizvo", "zvose",
  ],
  /** Southern Sotho */
  sot: [
    "le", "ho", "ka", "ya", "ba", "ea", "o", "tsa", "sa", "la", "hore", "empa", "kapa", "hobane",
    "hape", "feela", "haholo", "eena", "bona", "rona", "nna", "wena", "moo", "ha", "hona",
    "jwale", "joale", "teng", "kamora", "pele", "hara", "tsohle", "sena", "seo", "eo", "tseo",
  ],
  /** Tswana */
  tsn: [
    "le", "go", "ka", "ya", "ba", "mo", "o", "tsa", "sa", "la", "gore", "mme", "kgotsa", "gonne",
    "gape", "fela", "thata", "ene", "bone", "rona", "nna", "wena", "fa", "kwa", "jaanong", "teng",
    "morago", "pele", "gareng", "tsotlhe", "se", "seo", "eo", "tseo", "ne", "tla",
  ],
  /** Lingala */
  lin: [
    "na", "ya", "ba", "mpe", "ete", "ezali", "kasi", "te", "oyo", "wana", "awa", "ye", "bango",
    "biso", "ngai", "yo", "mpo", "mpona", "lokola", "nde", "soki", "ntango", "sima", "liboso",
    "kati", "nyonso", "nionso", "bazali", "azali", "ezalaki", "bakoki", "lisusu", "nini",
    "mosusu",
  ],
};
