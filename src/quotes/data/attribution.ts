/**
 * Words that make a sentence an attribution even when no cue with a speaker was attached to its
 * quotation: verbs and nouns of saying, characterizing, judging and reporting (`likened the rules
 * to "…"`, `condemned the test as "…"`, `the mayor's claim that …`, `a study found`). A short quoted
 * fragment with none of these (nor a cue verb) in its sentence is a term, a title or a scare
 * quote. Also the words that place a title of a work or a programme next to a quotation. Lower
 * case, every inflected form, per ISO 639-1 code. Read by `evidence.ts` and `classify.ts`.
 *
 * @module
 */

/**
 * Attribution verbs per language, beyond the cue verbs (which count as well): their subject is
 * the one whose words or thoughts a cue-less fragment gives (`the anger Jane Roe feels about the
 * "rigged" vote`; see `evidence.ts`).
 */
export const ATTRIBUTION_VERBS: Readonly<Record<string, readonly string[]>> = {
  en: [
    // Characterizing and judging what something is.
    ...verb("cite"), ...verb("liken"), ...verb("compare"), ...verb("condemn"), ...verb("hail"), ...verb("dub"),
    ...verb("brand"), ...verb("refer"), ...verb("rule"), ...verb("decry"), ...verb("deride"), ...verb("insult"),
    ...verb("denounce"), ...verb("dismiss"), ...verb("herald"), ...verb("defend"), ...verb("portray"), ...verb("mock"),
    ...verb("reject"), ...verb("blame"), ...verb("deem"), ...verb("consider"), ...verb("regard"), ...verb("ridicule"),
    ...verb("lambaste"), ...verb("attack"), ...verb("invoke"), ...verb("quote"), ...verb("coin"), ...verb("lash"),
    ...verb("rail"), ...verb("champion"), ...verb("applaud"), ...verb("welcome"), ...verb("express"), ...verb("voice"),
    ...verb("echo"), ...verb("proclaim"), ...verb("pronounce"), ...verb("nickname"), ...verb("depict"), ...verb("frame"),
    ...verb("advocate"), ...verb("propose"), ...verb("threaten"), ...verb("vent"), ...verb("assail"), ...verb("exhort"),
    ...verb("reference"), ...verb("talk"), ...verb("cheer"), ...verb("denigrate"), ...verb("disparage"), ...verb("taunt"),
    ...verb("belittle"), ...verb("scoff"), ...verb("grouse"), ...verb("fret"), ...verb("concur"), ...verb("affirm"),
    ...verb("recommend"), ...verb("decide"), ...verb("conclude"), ...verb("estimate"), ...verb("decree"), ...verb("vow"),
    ...verb("lampoon"), ...verb("castigate"), ...verb("chide"), ...verb("scold"),
    ...verb("rebuke"), ...verb("tweak"), ...verb("jab"), ...verb("needle"), ...verb("berate"), ...verb("commend"),
    ...verb("congratulate"), ...verb("thank"), ...verb("apologize"), ...verb("apologise"), ...verb("accuse"),
    ...verb("pitch"), ...verb("peddle"), ...verb("hype"), ...verb("laud"), ...verb("extol"), ...verb("imply"),
    ...verb("designate"), ...verb("celebrate"), ...verb("bicker"), ...verb("endorse"), ...verb("bemoan"), ...verb("gush"),
    ...verb("credit"), ...verb("view"), ...verb("perceive"), ...verb("envision"), ...verb("envisage"),
    ...verb("snipe"), ...verb("knock"), ...verb("bash"), ...verb("skewer"), ...verb("trash"), ...verb("rip"),
    ...verb("utter"), ...verb("wave"), ...verb("contrast"), ...verb("prefer"), "naming",
    // Seeing, knowing, fearing (reported thought) and irregular forms.
    "cast", "casts", "casting",
    "found", "finds", "find", "finding", "sees", "saw", "seen", "seeing", "felt", "feel", "feels", "feeling", "thinking", "knew", "knows",
    "hope", "hopes", "hoped", "hoping", "fear", "fears", "feared", "fearing", "dreamed", "dreamt", "imagined",
    "termed", "terming", "shrugged", "heard", "hears", "taught", "teaches", "written",
  ],
};

/** Attribution words per language, beyond the cue verbs (which count as well): the verbs and these. */
export const ATTRIBUTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    ...(ATTRIBUTION_VERBS.en ?? []),
    // One's own words for oneself (`a self-described "news junkie"`).
    "self-described", "self-styled", "self-proclaimed", "self-professed", "self-declared", "self-avowed",
    // Nouns of saying and their owners' words.
    "statement", "statements", "remark", "remarks", "comment", "comments", "claim", "claims", "interview",
    "interviews", "speech", "speeches", "tweet", "tweets", "letter", "memo", "testimony", "assertion", "assertions",
    "allegation", "allegations", "accusation", "accusations", "warning", "warnings", "promise", "promises", "pledge",
    "message", "argument", "arguments", "suggestion", "rhetoric", "dictum", "broadside", "description",
    "characterization", "reference", "references", "moniker", "insult", "insults", "criticism", "complaint", "complaints",
    "praise", "response", "reply", "answer", "announcement", "declaration", "report", "reports", "poll", "polls",
    "survey", "study", "studies", "cries", "chants", "contention", "opinion", "belief", "proposal", "proposals",
    "vow", "vows", "rant", "tirade", "diatribe", "jab", "jabs", "retort", "quip", "joke", "jokes", "mantra",
    "catchphrase", "refrain", "boast", "boasts", "lament", "lecture", "sermon", "ruling", "verdict",
    "editorial", "op-ed", "column", "essay", "memoir", "post", "posts", "email", "emails", "transcript",
    "transcripts", "pitch", "motto", "plea", "appeal", "request", "demand", "demands", "question", "questions",
    "dossier", "findings", "analysis", "account", "accounts", "version", "framing", "pronouncement",
    "pronouncements", "admission", "defense", "defence", "dig", "swipe",
    // Plurals of the nouns above, and nouns of the verbs of judging.
    "letters", "memos", "pledges", "messages", "suggestions", "descriptions", "characterizations", "criticisms",
    "responses", "replies", "answers", "announcements", "declarations", "surveys", "opinions", "beliefs", "rants",
    "tirades", "quips", "pleas", "appeals", "digs", "swipes", "rejection", "condemnation", "denunciation",
  ],
};

/**
 * Phrases of asserting whose words are no attribution word alone (`made clear`, `made the point`):
 * like an attribution word, one of these in a fragment's sentence makes it speech (`she made clear
 * that the plan would "pass costs on"`). Lower case, per ISO 639-1 code.
 */
export const ATTRIBUTION_PHRASES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ...["make", "makes", "made", "making"].flatMap((v) => [[v, "clear"], [v, "the", "point"], [v, "the", "case"]]),
    // Listing one's points: `rattled off a list of goals, among them "…"`.
    ...["tick", "ticks", "ticked", "ticking", "rattle", "rattles", "rattled", "rattling"].map((v) => [v, "off"]),
    // Speaking one's mind: `has sounded off for years about plans to …`.
    ...["sound", "sounds", "sounded", "sounding"].map((v) => [v, "off"]),
  ],
};

/**
 * Nouns of a voice raised before `of` (`chants of "…"`, `cries of "…"`): what follows is what
 * was shouted, not a title, however capitalized (`chants of "Four More Years"`). Lower case.
 */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set([
  "chant", "chants", "cry", "cries", "shout", "shouts", "call", "calls", "chorus", "choruses", "roar", "roars", "scream",
  "screams", "yell", "yells", "cheer", "cheers", "jeer", "jeers", "boos", "refrain", "cries", "exclamation",
  "exclamations", "whisper", "whispers", "plea", "pleas",
]);

/**
 * Nouns of words made to be repeated (`the slogan "…"`, `his campaign motto, "…"`): the quotation
 * right after one is words people say, not a title, however capitalized (`under the slogan "Cut
 * the Levy"`). Lower case, English (other languages' press marks names of things with them).
 */
export const SLOGAN_NOUNS: ReadonlySet<string> = new Set(["slogan", "slogans", "motto", "mottos", "mantra", "catchphrase", "watchword"]);
/** Words before `cry` that make it a slogan (`rallying cry`, `battle cry`). Lower case. */
export const SLOGAN_CRIES: ReadonlySet<string> = new Set(["rallying", "battle", "war"]);

/**
 * Verbs of a raised voice right before a quotation (`chanting "…"`, `shouted "…"`): what follows
 * is what was shouted, not a title, however capitalized (`marchers chanting "Roe or Cole, Not
 * Doe"`). Lower case.
 */
export const UTTERANCE_VERBS: ReadonlySet<string> = new Set(
  ["chant", "shout", "yell", "scream", "holler", "bellow", "cheer", "roar"].flatMap((b) => [b, `${b}s`, `${b}ed`, `${b}ing`]),
);

/**
 * Reflexive pronouns that, before `as`, make what follows someone's words for themselves
 * (`presents herself as "a fighter"`, `bills itself as "…"`). Lower case.
 */
export const SELF_PRESENTATION: ReadonlySet<string> = new Set(["himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"]);

/**
 * Cue words (English) that are mostly nouns in a reporter's sentence (`a state representative`,
 * `words such as`, `at one point`, `a far cry`): no evidence of attribution on their own.
 */
export const NOT_EVIDENCE: ReadonlySet<string> = new Set(["state", "states", "point", "points", "words", "word", "cry"]);

/**
 * Complementizers after which a cue word of {@link NOT_EVIDENCE} is a verb after all (`the memo
 * states that …`, `Roe points out that …`; not after a determiner: `the states that …`). Lower case.
 */
export const VERB_COMPLEMENTIZERS: ReadonlySet<string> = new Set(["that"]);

/** Regular English verb: base, -s, -ed, -ing (with the -e, -y and doubled-consonant rules). */
function verb(base: string): string[] {
  if (base.endsWith("y") && !/[aeiou]y$/u.test(base)) {
    const stem = base.slice(0, -1);
    return [base, `${stem}ies`, `${stem}ied`, `${base}ing`];
  }
  if (base.endsWith("e")) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  const s = /(?:s|sh|ch|x|z)$/u.test(base) ? `${base}es` : `${base}s`;
  // A stressed short vowel before a final consonant doubles it (`dubbed`, `referred`; `vented`).
  const doubled = /^(?:dub|refer|jab|concur|rip|prefer)$/u.test(base) ? base + base.slice(-1) : base;
  return [base, s, `${doubled}ed`, `${doubled}ing`];
}

/**
 * Words that place a title of a work next to a quotation (`the documentary "…"`, `"…" host X`,
 * `starred in "…"`, `the new "…," a biography`): a title-case quotation with one of these within
 * a few words before it, or right after it, names a work. Lower case, per ISO 639-1 code.
 */
export const WORK_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "film", "films", "movie", "movies", "show", "shows", "series", "sitcom", "drama", "thriller", "comedy", "documentary",
    "documentaries", "biopic", "reboot", "sequel", "prequel", "remake", "franchise", "episode", "episodes", "season",
    "book", "books", "novel", "memoir", "biography", "autobiography", "album", "song", "songs", "single", "track",
    "musical", "anthem", "anthems", "hymn", "hymns", "ballad", "opera", "podcast", "newsletter", "column", "blog", "magazine", "tabloid", "ad", "ads", "advert",
    "commercial", "video", "game", "star", "stars", "starred", "starring", "actor", "actress", "host", "hosts", "hosted",
    "anchor", "co-host", "edits", "channel", "broadcast", "broadcasts", "tv", "television", "reality", "classic",
    "hit", "program", "programme", "sketch", "trailer", "screening", "premiere", "bestseller", "poem", "painting",
    "exhibition", "play", "concert", "tour", "network", "publish", "published", "publishes", "titles", "roles", "role",
  ],
  de: [
    "film", "filme", "films", "buch", "roman", "serie", "sendung", "album", "lied", "song", "moderator", "moderatorin",
    "talkshow", "show", "theaterstück", "stück", "oper", "musical", "dokumentation", "titel", "star", "regisseur",
  ],
};

/**
 * Nouns that a quotation modifies when it is the name or the printed text of a thing (`a "Girls
 * for Roe" sign`, `the "unity" lunch`, `its "safety check" feature`, `the "Night Desk" star`): a
 * quotation with no punctuation of its own right before one of these is a label, not speech.
 * Lower case, per ISO 639-1 code (English ones count in every language).
 */
export const LABEL_HEADS: Readonly<Record<string, readonly string[]>> = {
  en: [
    // Things that carry a text.
    "sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters", "hat", "hats", "cap", "caps",
    "shirt", "shirts", "t-shirt", "t-shirts", "button", "buttons", "pin", "pins", "sticker", "stickers", "badge",
    "badges", "plate", "plates", "logo", "logos", "stamp", "hashtag", "hashtags", "tab", "menu", "icon",
    // Named features, programmes, events and grades.
    "feature", "features", "syllabus", "pageant", "lunch", "dinner", "breakfast", "gala", "level", "levels",
    "designation", "classification", "document", "theme", "push", "tour", "contest", "competition", "award", "awards",
    "prize", "app", "website", "list", "lists", "franchise",
    // A work or a programme and its people.
    "star", "stars", "show", "shows", "series", "host", "hosts", "anchor", "episode", "episodes", "segment",
    "podcast", "column", "song", "album", "book", "film", "movie", "sitcom", "actor", "actress", "creator",
  ],
};

/**
 * Words right before a quotation that name who someone spoke to: a title-case quotation there is
 * a programme or a publication (`told "Morning Desk"`); and the nouns of a conversation before
 * `with` that do the same (`an interview with "The Weekly"`).
 */
export const MEDIUM_BEFORE: ReadonlySet<string> = new Set(["told", "tells", "telling", "gegenüber"]);
export const CONVERSATIONS: ReadonlySet<string> = new Set(["interview", "interviews", "appearance", "conversation", "chat", "gespräch"]);

/**
 * The word that names the author of a piece after its title (`"Shops to close early," by Jane
 * Roe`): a quotation closed by a comma and followed by it is a linked headline, not speech.
 * Lower case, per ISO 639-1 code.
 */
export const AUTHOR_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["by"],
};
