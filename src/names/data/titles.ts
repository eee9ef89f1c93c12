/**
 * Words around a name that are not part of it: titles and role words, particles inside
 * names, and the heads of role phrases that stand where a speaker's name would. Lower-case;
 * compared case-insensitively. Data only. Sources: general linguistic knowledge of English,
 * German, French, Spanish, Italian, Portuguese, Polish, Russian and Ukrainian usage.
 *
 * @module
 */

/**
 * Role, office and honorific words that precede or follow a name and are not part of it
 * ("President Volodymyr Zelenskyy", "Sheikh Tamim", "Dr Smith", "Präsident Selenskyj",
 * "президент Зеленский"). Single words, with abbreviations (without the final dot) and the
 * common inflected forms of Russian, Ukrainian, Polish and German.
 */
export const TITLE_WORDS: readonly string[] = [
  // en: offices and roles
  "president", "vice-president", "prime", "premier", "minister", "chancellor", "secretary", "undersecretary",
  "spokesman", "spokeswoman", "spokesperson", "spokespeople", "envoy", "ambassador", "consul", "attaché", "emissary",
  "negotiator", "mediator", "adviser", "advisor", "aide", "chief", "head", "director", "deputy", "commander",
  "commissioner", "commissar", "chairman", "chairwoman", "chairperson", "chair", "speaker", "senator", "congressman",
  "congresswoman", "representative", "lawmaker", "legislator", "mp", "mep", "governor", "lieutenant-governor", "mayor",
  "councillor", "councilor", "alderman", "prefect", "ombudsman", "ombudsperson", "prosecutor", "attorney", "judge",
  "justice", "magistrate", "sheriff", "marshal", "inspector", "superintendent", "constable", "detective", "sergeant",
  "officer", "chief-of-staff", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "executive", "manager",
  "treasurer", "comptroller", "registrar", "provost", "rector", "chancellor-elect", "president-elect",
  "premier-elect", "leader", "ruler", "dictator", "strongman", "warlord", "emir", "caliph", "tsar", "czar", "kaiser",
  "viceroy", "regent", "crown", "monarch", "headman", "chieftain",
  // en: military and police ranks
  "general", "gen", "lieutenant", "lt", "colonel", "col", "maj", "captain", "capt", "cpt", "brigadier",
  "brig", "admiral", "adm", "vice-admiral", "rear-admiral", "commodore", "sgt", "corporal", "cpl", "private",
  "pvt", "ensign", "cadet", "commandant", "lt-gen", "lt-col", "maj-gen", "brig-gen",
  // en: honorifics, nobility, clergy, academia
  "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
  "madame", "sheikh", "sheik", "shaikh", "hajji", "haji", "mullah", "mufti", "imam", "ayatollah",
  "grand", "hojatoleslam", "rabbi", "reverend", "rev", "father", "fr", "pastor", "archbishop", "cardinal",
  "pope", "patriarch", "metropolitan", "monsignor", "msgr", "deacon", "brother", "sister", "abbot", "mother", "king",
  "queen", "prince", "princess", "crown-prince", "duke", "duchess", "count", "countess", "baron", "baroness",
  "marquess", "viscount", "emperor", "empress", "excellency", "highness", "majesty", "honourable", "honorable", "hon",
  "esq", "sr", "phd", "md",
  // de
  "präsident", "präsidentin", "bundespräsident", "bundespräsidentin", "kanzler", "kanzlerin", "bundeskanzler",
  "bundeskanzlerin", "ministerin", "ministerpräsident", "ministerpräsidentin", "außenminister", "außenministerin",
  "verteidigungsminister", "verteidigungsministerin", "regierungschef", "regierungschefin", "staatschef",
  "staatschefin", "sprecher", "sprecherin", "regierungssprecher", "regierungssprecherin", "botschafter",
  "botschafterin", "gesandter", "gesandte", "sondergesandter", "sondergesandte", "berater", "beraterin", "chef",
  "chefin", "leiter", "leiterin", "direktor", "direktorin", "vorsitzender", "vorsitzende", "bürgermeister",
  "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "gouverneur", "gouverneurin", "abgeordneter",
  "abgeordnete", "senatorin", "staatssekretär", "staatssekretärin", "generalsekretär", "generalsekretärin",
  "kommandeur", "kommandeurin", "befehlshaber", "oberbefehlshaber", "oberst", "oberstleutnant", "generalleutnant",
  "generalmajor", "hauptmann", "herr", "herrn", "frau", "professorin", "doktor", "könig", "königin", "prinz",
  "prinzessin", "kronprinz", "papst", "scheich", "staatsanwalt", "staatsanwältin", "richter", "richterin",
  // fr
  "président", "présidente", "première", "ministre", "chancelier", "chancelière", "porte-parole", "secrétaire",
  "ambassadeur", "ambassadrice", "envoyé", "envoyée", "émissaire", "conseiller", "conseillère", "cheffe", "directeur",
  "directrice", "commandante", "général", "générale", "lieutenant-colonel", "capitaine", "amiral", "maire", "préfet",
  "préfète", "député", "députée", "sénateur", "sénatrice", "procureur", "procureure", "juge", "m", "mme", "mlle",
  "monsieur", "mademoiselle", "maître", "docteur", "professeur", "roi", "reine", "princesse", "pape", "cheikh", "émir",
  // es / it / pt
  "presidente", "presidenta", "primer", "primera", "ministro", "ministra", "canciller", "portavoz", "vocero", "vocera",
  "secretario", "secretaria", "embajador", "embajadora", "enviado", "enviada", "asesor", "asesora", "jefe", "jefa",
  "directora", "comandante", "coronel", "teniente", "capitán", "almirante", "alcalde", "alcaldesa", "gobernador",
  "gobernadora", "diputado", "diputada", "senador", "senadora", "fiscal", "juez", "jueza", "señor", "señora", "sra",
  "srta", "doña", "doctora", "profesor", "profesora", "rey", "reina", "príncipe", "princesa", "papa", "jeque",
  "cancelliere", "portavoce", "segretario", "segretaria", "ambasciatore", "ambasciatrice", "inviato", "inviata",
  "consigliere", "capo", "direttore", "direttrice", "generale", "colonnello", "ammiraglio", "sindaco", "governatore",
  "deputato", "deputata", "senatore", "senatrice", "procuratore", "giudice", "signor", "signore", "signora", "sig",
  "sig.ra", "dott", "dottore", "dottoressa", "professore", "professoressa", "regina", "principe", "principessa",
  "sceicco", "sottosegretario", "sottosegretaria", "viceministro", "viceministra", "assessore",
  "primeiro-ministro", "porta-voz", "secretário", "secretária", "embaixador", "embaixadora", "assessor",
  "chefe", "diretor", "diretora", "prefeito", "prefeita", "governador", "governadora", "deputado", "deputada",
  "procurador", "juiz", "juíza", "senhor", "senhora",
  // pl
  "prezydent", "prezydenta", "premiera", "ministrem", "rzecznik", "rzeczniczka", "rzecznika", "sekretarz", "ambasador",
  "ambasadora", "wysłannik", "doradca", "szef", "szefowa", "szefa", "dyrektor", "dyrektorka", "dowódca", "dowódcy",
  "generał", "generała", "pułkownik", "kapitan", "admirał", "burmistrz", "wojewoda", "gubernator", "poseł", "posłanka",
  "prokurator", "sędzia", "pani", "panią", "król", "królowa", "książę", "papież", "szejk",
  // ru: nominative and oblique forms
  "президент", "президента", "президенту", "президентом", "президенте", "премьер", "премьера", "премьер-министр",
  "премьер-министра", "премьер-министру", "премьер-министром", "министр", "министра", "министру", "министром",
  "министре", "глава", "главы", "главе", "главой", "главу", "канцлер", "канцлера", "канцлеру", "канцлером",
  "пресс-секретарь", "пресс-секретаря", "пресс-секретарю", "пресс-секретарём", "пресс-секретарем", "представитель",
  "представителя", "представителю", "представителем", "официальный", "официального", "спикер", "спикера", "секретарь",
  "секретаря", "секретарём", "секретарем", "посол", "посла", "послу", "послом", "спецпосланник", "спецпосланника",
  "посланник", "посланника", "помощник", "помощника", "советник", "советника", "руководитель", "руководителя",
  "директор", "директора", "начальник", "начальника", "командующий", "командующего", "командир", "командира",
  "генерал", "генерала", "генералом", "полковник", "полковника", "подполковник", "майор", "майора", "капитан",
  "капитана", "адмирал", "адмирала", "маршал", "маршала", "губернатор", "губернатора", "губернатору", "мэр", "мэра",
  "мэру", "депутат", "депутата", "сенатор", "сенатора", "прокурор", "прокурора", "судья", "судьи", "председатель",
  "председателя", "вице-президент", "вице-премьер", "вице-премьера", "замминистра", "заместитель", "заместителя",
  "господин", "госпожа", "г-н", "г-жа", "король", "короля", "королева", "королевы", "принц", "принца", "наследный",
  "папа", "патриарх", "патриарха", "митрополит", "шейх", "шейха", "аятолла", "эмир", "эмира", "генсек", "генсека",
  "генсекретарь", "генсекретаря", "лидер", "лидера", "лидеру", "лидером",
  // uk: nominative and oblique forms
  "президентові", "прем'єр", "прем’єр", "премʼєр", "прем'єр-міністр", "прем’єр-міністр", "премʼєр-міністр",
  "прем'єр-міністра", "прем’єр-міністра", "премʼєр-міністра", "міністр", "міністра", "міністрові", "міністру",
  "міністром", "міністерка", "міністерки", "голова", "голови", "головою", "очільник", "очільника", "очільниця",
  "речник", "речника", "речниця", "речниці", "прессекретар", "пресс-секретар", "пресекретар", "пресекретаря",
  "секретар", "посланець", "посланця", "спецпосланець", "спецпосланця", "радник", "радника", "радниця", "помічник",
  "помічника", "керівник", "керівника", "керівниця", "командувач", "командувача", "підполковник", "капітан",
  "капітана", "адмірал", "адмірала", "мер", "мера", "депутатка", "суддя", "судді", "віцепрезидент", "віце-президент",
  "віцепрем'єр", "віцепрем’єр", "віце-прем'єр", "віце-прем’єр", "заступник", "заступника", "заступниця", "пан", "пані",
  "пана", "патріарх", "аятола", "лідер", "лідера", "генсекретар",
  // tr (a role follows its ministry or city, in the possessive: `Dışişleri Bakanı`, `Belediye Başkanı`)
  "cumhurbaşkanı", "cumhurbaşkanımız", "başbakan", "başbakanı", "bakan", "bakanı", "dışişleri bakanı", "içişleri bakanı",
  "sözcüsü", "başkan", "başkanı", "belediye başkanı", "genel başkanı", "genel başkan", "milletvekili", "valisi",
  "büyükelçi", "büyükelçisi", "kaymakamı", "müdürü", "genel müdürü", "komutanı", "orgeneral", "korgeneral",
  "tümgeneral", "savcısı", "başsavcı", "danışmanı", "başdanışmanı", "genel sekreteri", "yardımcısı", "rektörü", "sayın",
  // nl (the roles also written as words of other languages are listed there)
  "minister-president", "staatssecretaris", "burgemeester", "wethouder", "gedeputeerde", "woordvoerder",
  "woordvoerster", "kamerlid", "europarlementariër", "fractievoorzitter", "partijleider", "voorzitter", "bondskanselier",
];

/**
 * Lower-case particles that may sit inside a name and do not end it: Arabic (bin, al, abu),
 * Dutch, German and Romance nobiliary and family particles (van, von, de, della), and the
 * Spanish and Portuguese conjunction between surnames (y, e). "Mac"/"Mc" are not listed:
 * they are part of the word.
 */
export const NAME_PARTICLES: readonly string[] = [
  // Arabic, Hebrew, Berber and Tuareg
  "bin", "ibn", "bint", "ben", "al", "el", "ul", "abu", "abou", "abd", "abdel", "abdul", "ould", "ag",
  // Germanic
  "von", "vom", "zu", "zum", "zur", "van", "der", "den", "het", "ter", "ten", "te", "op", "'t",
  // Romance
  "de", "da", "di", "du", "des", "del", "dela", "della", "delle", "dello", "dei", "degli", "d'", "d’", "la", "le",
  "lo", "los", "las", "dos", "das", "y", "e", "san", "santa", "saint", "sainte",
  // Turkic patronymic markers, Scandinavian
  "oğlu", "oglu", "ogly", "kyzy", "qizi", "af", "av",
];

/**
 * Nominal heads that, standing where a speaker or subject would, signal a role phrase rather
 * than a name ("a Kremlin spokesman", "the ministry said", "Ukrainian officials"). Proper
 * names of institutions (Kremlin, Pentagon) are not listed: they are organizations.
 */
export const ROLE_PHRASE_HEADS: readonly string[] = [
  // en: people in roles
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
  "representatives", "source", "sources", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "diplomat",
  "diplomats", "envoy", "envoys", "negotiator", "negotiators", "analyst", "analysts", "expert", "experts", "observer",
  "observers", "witness", "witnesses", "resident", "residents", "local", "locals", "activist", "activists", "lawmaker",
  "lawmakers", "legislator", "legislators", "minister", "ministers", "leader", "leaders", "commander", "commanders",
  "officer", "officers", "soldier", "soldiers", "troops", "investigator", "investigators", "prosecutor", "prosecutors",
  "lawyer", "lawyers", "attorney", "attorneys", "doctor", "doctors", "medic", "medics", "rescuer", "rescuers",
  "worker", "workers", "employee", "employees", "insider", "insiders", "person", "people", "spokespersons",
  "correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists", "editor", "editors",
  "author", "authors", "researcher", "researchers", "scientist", "scientists", "economist", "economists", "governor",
  "governors", "mayor", "mayors", "president", "presidents", "premier", "chancellor", "secretary", "ambassador",
  "ambassadors", "chief", "chiefs", "head", "heads", "director", "directors", "deputy", "deputies",
  // en: bodies and collective speakers
  "ministry", "ministries", "government", "governments", "administration", "cabinet", "office", "department", "agency",
  "authority", "authorities", "service", "services", "police", "army", "military", "navy", "forces", "command",
  "headquarters", "parliament", "embassy", "consulate", "delegation", "side", "regulator", "watchdog", "presidency",
  "leadership", "regime", "junta", "militia", "rebels", "insurgents", "militants", "fighters", "separatists",
  "statement", "statements", "communique", "communiqué", "report", "reports", "readout", "announcement", "release",
  "media", "outlet", "newspaper", "broadcaster", "channel",
  // de
  "sprecher", "sprecherin", "regierungssprecher", "vertreter", "vertreterin", "beamter", "beamte", "beamtin", "quelle",
  "quellen", "experte", "experten", "ministerium", "regierung", "behörde", "behörden", "polizei", "armee", "militär",
  "streitkräfte", "generalstab", "erklärung", "mitteilung", "angaben",
  // fr / es / it / pt
  "porte-parole", "responsable", "responsables", "représentant", "représentants", "ministère", "gouvernement",
  "autorités", "armée", "déclaration", "portavoz", "vocero", "funcionario", "funcionarios", "fuente", "fuentes",
  "ministerio", "gobierno", "autoridades", "policía", "ejército", "comunicado", "portavoce", "funzionario",
  "funzionari", "fonti", "ministero", "governo", "autorità", "polizia", "esercito", "comunicato", "porta-voz",
  "fontes", "ministério",
  // ru
  "представитель", "представители", "представителя", "пресс-секретарь", "пресс-служба", "источник", "источники",
  "чиновник", "чиновники", "эксперт", "эксперты", "министерство", "правительство", "ведомство", "власти", "полиция",
  "армия", "военные", "генштаб", "штаб", "заявление", "сообщение", "пресс-релиз",
  // uk
  "речник", "речниця", "представник", "представниця", "представники", "джерело", "джерела", "посадовець", "посадовці",
  "експерт", "експерти", "міністерство", "уряд", "відомство", "влада", "поліція", "армія", "військові", "заява",
  "повідомлення", "пресслужба",
];
