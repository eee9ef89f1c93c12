/**
 * Words the names stage reads only in articles of one language (or of a group of close
 * languages the language stage may take one for another), keyed by the article's language
 * code: words that are names, particles or roles in other languages but not in this one
 * (Indonesian `di` is a preposition, Italian `di` a particle; Turkish `Ekim` is a month, elsewhere
 * a given name). Lower-case. Data only. Sources: general linguistic knowledge of Turkish,
 * Indonesian and Malay, Dutch, Polish, Czech and Portuguese usage.
 *
 * @module
 */

/** What one language adds to (or takes from) the shared word lists of words.ts and titles.ts. */
export interface LanguageWords {
  /** Role and title words (multi-word titles as in titles.ts: earlier words strip as modifiers). */
  titles?: readonly string[];
  /** Months and weekdays: never names. */
  calendar?: readonly string[];
  /** Adjectives of nationality: stripped before a role, never a name alone. */
  demonyms?: readonly string[];
  /** Capitalized words that are no names alone or opening a sentence. */
  common?: readonly string[];
  /** Words of a ministry between a role and a name (`Menteri Luar Negeri X`). */
  departments?: readonly string[];
  /** Words right before a name that make it a place (`di Jakarta`, `w Warszawie`). */
  placeCues?: readonly string[];
  /** Words right after a name that make it a speaking person. */
  speechVerbs?: readonly string[];
  /** Particles inside names here that are everyday words in other languages (Dutch `van den Berg`, `ter Horst`). */
  particles?: readonly string[];
  /** Particles of titles.ts that are everyday prepositions here and never sit inside a name. */
  notParticles?: readonly string[];
  /**
   * Particles that open a surname and are capitalized when the surname stands without the
   * given name (Dutch `De Vries`, `Van der Berg`): at a sentence start they are part of the name.
   */
  capitalizedParticles?: readonly string[];
  /**
   * Case suffixes written after an apostrophe on proper nouns (Turkish `Ankara'da`,
   * `Yılmaz'ın`): any lower-case tail after the apostrophe of a capitalized word is one; those
   * listed here, the locative, make the name a place.
   */
  apostropheSuffixes?: boolean;
  placeSuffixes?: readonly string[];
}

const TURKISH: LanguageWords = {
  titles: [
    "bakan", "başkan", "vali", "sözcü", "kaymakam", "müdür", "komutan", "savcı", "hakim", "yargıç", "danışman", "rektör",
    "bay", "bayan", "prof", "doç", "dr", "büyükşehir belediye başkanı", "hazine ve maliye bakanı", "genel başkan yardımcısı",
  ],
  calendar: [
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
  ],
  demonyms: [
    "türk", "amerikan", "alman", "fransız", "rus", "ukraynalı", "iranlı", "yunan", "ingiliz", "suriyeli",
    "iraklı", "arap", "avrupalı", "çinli", "japon", "italyan", "ispanyol", "kürt",
  ],
  common: ["bu", "şu", "o", "bir", "ve", "ile", "ancak", "ama", "fakat", "daha", "sonra", "önce", "ayrıca", "bugün", "dün", "yarın"],
  departments: ["dışişleri", "içişleri", "adalet", "sağlık", "milli", "eğitim", "savunma", "hazine", "maliye", "ticaret", "enerji"],
  notParticles: ["da", "de"],
  apostropheSuffixes: true,
  placeSuffixes: ["da", "de", "ta", "te", "daki", "deki", "taki", "teki", "nda", "nde"],
};

const INDONESIAN: LanguageWords = {
  titles: [
    "presiden", "wakil presiden", "menteri", "menko", "gubernur", "wakil gubernur", "walikota", "wali", "bupati",
    "wakil bupati", "camat", "lurah", "juru bicara", "jubir", "ketua", "wakil ketua", "ketua umum", "sekretaris", "sekjen",
    "direktur", "direktur utama", "kepala", "kapolri", "kapolda", "kapolres", "wakapolri", "panglima", "jenderal",
    "kolonel", "mayor", "kapten", "laksamana", "marsekal", "duta besar", "dubes", "jaksa agung", "hakim", "senator",
    "perdana menteri", "raja", "ratu", "pangeran", "sultan", "bapak", "pak", "ibu", "bu", "saudara", "datuk", "dato",
    "tun", "ustaz", "kyai", "kiai", "anggota", "pimpinan", "sekretaris jenderal", "komandan",
  ],
  calendar: [
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
    "desember", "isnin", "khamis",
  ],
  common: [
    "pada", "dan", "yang", "ini", "itu", "namun", "tetapi", "menurut", "sementara", "hari", "kata", "sebaliknya", "kemudian",
    "selain", "bahkan", "selanjutnya", "oleh", "karena", "jadi", "sehingga", "meskipun", "sebelum", "sesudah", "setelah",
  ],
  departments: [
    "luar", "dalam", "negeri", "keuangan", "pertahanan", "kesehatan", "pendidikan", "perdagangan", "agama", "hukum",
    "sosial", "koordinator", "bidang", "politik", "keamanan", "perekonomian", "besar", "agung", "kota", "kementerian",
    "kementerian", "badan", "dinas", "kantor", "staf", "kepresidenan", "istana",
  ],
  placeCues: ["di", "ke"],
  speechVerbs: ["mengatakan", "kata", "ujar", "menegaskan", "menjelaskan", "menambahkan"],
  notParticles: ["di", "de", "da", "dan", "la", "le", "el"],
};

const DUTCH: LanguageWords = {
  titles: [
    "premier", "minister", "burgemeester", "wethouder", "commissaris", "commissaris van de koning", "woordvoerder",
    "ambassadeur", "gezant", "adviseur", "directeur", "bestuurder", "topman", "topvrouw", "koning", "koningin",
    "prinses", "officier", "officier van justitie", "rechter", "generaal", "kolonel", "majoor", "kapitein", "dhr",
    "mevrouw", "mevr", "mw", "heer", "meneer", "oud-premier", "vicepremier", "vice-premier", "oud-minister", "ceo",
  ],
  calendar: [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
    "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
  ],
  demonyms: [
    "nederlandse", "nederlands", "belgische", "belgisch", "vlaamse", "vlaams", "duitse", "duits", "franse", "frans",
    "britse", "brits", "engelse", "amerikaanse", "amerikaans", "russische", "russisch", "oekraïense", "oekraïens",
    "chinese", "europese", "spaanse", "italiaanse", "poolse", "turkse", "marokkaanse", "israëlische", "palestijnse",
    "iraanse", "canadese", "japanse", "indonesische", "surinaamse", "zweedse", "noorse", "deense", "oostenrijkse",
    "zwitserse", "griekse", "hongaarse", "portugese", "braziliaanse", "mexicaanse", "australische", "indiase",
  ],
  common: ["het", "een", "en", "maar", "ook", "dat", "die", "deze", "dit", "volgens", "toen", "nadat", "zij", "hij", "wij", "er"],
  departments: ["buitenlandse", "binnenlandse", "zaken", "financiën", "defensie", "justitie", "volksgezondheid", "onderwijs", "economische"],
  placeCues: ["naar", "uit", "bij", "nabij", "rond"],
  speechVerbs: ["zei", "zegt", "verklaarde", "liet", "schreef", "benadrukte"],
  particles: ["den", "ter", "ten", "te", "op", "'t"],
  capitalizedParticles: ["de", "van", "den", "der", "ter", "ten", "te", "van der", "van den", "van de", "de la"],
};

const POLISH: LanguageWords = {
  titles: ["premier", "minister", "marszałek", "wicepremier", "wiceminister", "starosta", "wójt", "prezes", "przewodniczący", "pan"],
  calendar: [
    "styczeń", "stycznia", "luty", "lutego", "marzec", "marca", "kwiecień", "kwietnia", "maj", "maja", "czerwiec", "czerwca",
    "lipiec", "lipca", "sierpień", "sierpnia", "wrzesień", "września", "październik", "października", "listopad",
    "listopada", "grudzień", "grudnia", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
  ],
  common: [
    "według", "jednak", "także", "również", "ale", "oraz", "i", "to", "ten", "ta", "te", "jak", "gdy", "kiedy", "wcześniej",
    "później", "potem", "po", "przed", "w", "we", "na", "z", "ze", "do", "od", "dla", "pan", "pani", "nie", "tak",
  ],
  placeCues: ["w", "we", "z", "ze", "do", "na", "pod", "koło", "przy", "nad", "spod"],
  speechVerbs: ["powiedział", "powiedziała", "stwierdził", "stwierdziła", "dodał", "dodała", "oświadczył", "oświadczyła"],
};

const CZECH: LanguageWords = {
  titles: ["prezident", "premiér", "ministr", "ministryně", "mluvčí", "starosta", "hejtman", "předseda", "předsedkyně", "pan", "paní"],
  calendar: [
    "leden", "ledna", "únor", "února", "březen", "března", "duben", "dubna", "květen", "května", "červen", "června",
    "červenec", "července", "srpen", "srpna", "září", "říjen", "října", "listopad", "listopadu", "prosinec", "prosince",
    "pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle",
  ],
  common: ["podle", "ale", "také", "však", "a", "to", "ten", "ta", "když", "poté", "před", "v", "ve", "na", "z", "do", "pro"],
  placeCues: ["v", "ve", "z", "ze", "do", "na", "u", "pod"],
  speechVerbs: ["řekl", "řekla", "uvedl", "uvedla", "dodal", "dodala"],
};

const PORTUGUESE: LanguageWords = {
  titles: ["vice-presidente", "ministra", "governadora", "prefeita", "presidenta", "senadora", "vereador", "vereadora"],
  calendar: ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
  placeCues: ["em"],
};

/** Per language code, the words of its language (close languages the detector confuses share them). */
export const LANGUAGE_WORDS: Readonly<Record<string, LanguageWords>> = {
  tr: TURKISH,
  id: INDONESIAN,
  ms: INDONESIAN,
  jv: INDONESIAN,
  su: INDONESIAN,
  nl: DUTCH,
  af: DUTCH,
  fy: DUTCH,
  li: DUTCH,
  pl: POLISH,
  cs: CZECH,
  sk: CZECH,
  pt: PORTUGUESE,
  gl: PORTUGUESE,
};
