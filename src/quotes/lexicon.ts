/**
 * The word lists of one language, merged with English (copy in any language quotes English
 * speakers and mixes in English cues) and looked up as sets.
 *
 * @module
 */
import { CHAIN_CUE_LANGUAGES, CUE_VERBS, FRAMING_PRONOUNS, INCISE_LANGUAGES, WEAK_SOURCES, MANNER_CONJUNCTIONS, NOUN_CUES, PLACE_SOURCE_PREPOSITIONS, PRO_DROP_LANGUAGES, REPORTED_SPEECH, SOURCE_FOLLOWS, SPEECH_EVIDENCE, STATEMENT_NOUNS } from "./data/cues.js";
import { ATTRIBUTION_PHRASES, ATTRIBUTION_VERBS, NOT_EVIDENCE } from "./data/attribution.js";
import { CLAUSE_WORDS, PRONOUNS } from "./data/words.js";
import { WordFilter } from "./prefilter.js";

export interface Lexicon {
  language: string;
  cueVerbs: ReadonlySet<string>;
  /** Multi-word source-follows cues as token lists (`according to`), longest first. */
  sourceFollows: readonly string[][];
  /** First words of the source-follows cues, for a quick test. */
  sourceFirstWords: ReadonlySet<string>;
  personPronouns: ReadonlySet<string>;
  groupPronouns: ReadonlySet<string>;
  clauseWords: ReadonlySet<string>;
  /** Words that mark reported speech without a cue verb (Konjunktiv, nouns of saying). */
  reported: ReadonlySet<string>;
  /** Words that attribute a short quotation in its sentence without being a cue (`warf … vor`, `die Rede`). */
  speechEvidence: ReadonlySet<string>;
  /** Pronouns naming the source in or after a source-follows cue (`по его словам`, `selon lui`). */
  framingPronouns: ReadonlySet<string>;
  /** Conjunctions that open an inverted attribution with any cue verb (`Как отметил X`). */
  mannerConjunctions: ReadonlySet<string>;
  /** Cue words that are also nouns (`his comments`, `the state`). */
  nounCues: ReadonlySet<string>;
  /** Prints the attribution of a split quotation inside its marks (`« …, a-t-il dit, … »`). */
  incise: boolean;
  /** Source words that are also prepositions (`pour`, `para`): only at a clause start, before a person or role. */
  weakSources: ReadonlySet<string>;
  /** Attributes a multi-paragraph quotation after its last piece (`« … ¶ « …», a-t-il dit.`). */
  chainCue: boolean;
  /** Drops subject pronouns: a bare cue verb after a quotation (`«…», añadió.`) is a cue. */
  proDrop: boolean;
  /** Place prepositions that name the source of an impersonal cue (`заявили в министерстве`). */
  placeSources: ReadonlySet<string>;
  /** Nouns of a statement (`в заявлении МИД`). */
  statementNouns: ReadonlySet<string>;
  /** Attribution verbs of the language itself (not merged with English), whose subject speaks a cue-less fragment (see `evidence.ts`). */
  attributionVerbs: ReadonlySet<string>;
  /** Phrases of asserting of the language itself, as token lists (`made clear`), and their first words. */
  assertingPhrases: readonly (readonly string[])[];
  assertingFirstWords: ReadonlySet<string>;
  /** Cue verbs and first words of source-follows cues, for a quick test of a paragraph. */
  cueFilter: WordFilter;
}

const cache = new Map<string, Lexicon>();

/** The lexicon for an ISO 639-1 code (English alone for unknown languages). */
export function lexicon(language: string): Lexicon {
  const hit = cache.get(language);
  if (hit) return hit;
  const langs = language === "en" ? ["en"] : [language, "en"];
  const pick = <T>(table: Readonly<Record<string, readonly T[]>>): T[] => langs.flatMap((l) => table[l] ?? []);
  const sourceFollows = pick(SOURCE_FOLLOWS)
    .map((p) => p.split(" "))
    .sort((a, b) => b.length - a.length);
  const cueVerbs = new Set(pick(CUE_VERBS));
  const assertingPhrases = ATTRIBUTION_PHRASES[language] ?? [];
  const lex: Lexicon = {
    language,
    cueVerbs,
    sourceFollows,
    sourceFirstWords: new Set(sourceFollows.map((p) => p[0]!)),
    personPronouns: new Set(langs.flatMap((l) => PRONOUNS[l]?.person ?? [])),
    groupPronouns: new Set(langs.flatMap((l) => PRONOUNS[l]?.group ?? [])),
    clauseWords: new Set(pick(CLAUSE_WORDS)),
    reported: new Set(pick(REPORTED_SPEECH)),
    speechEvidence: new Set(pick(SPEECH_EVIDENCE)),
    nounCues: new Set(pick(NOUN_CUES)),
    framingPronouns: new Set(pick(FRAMING_PRONOUNS)),
    mannerConjunctions: new Set(pick(MANNER_CONJUNCTIONS)),
    incise: INCISE_LANGUAGES.has(language),
    proDrop: PRO_DROP_LANGUAGES.has(language),
    chainCue: CHAIN_CUE_LANGUAGES.has(language),
    weakSources: WEAK_SOURCES,
    placeSources: new Set(PLACE_SOURCE_PREPOSITIONS[language] ?? []),
    statementNouns: STATEMENT_NOUNS,
    attributionVerbs: new Set((ATTRIBUTION_VERBS[language] ?? []).filter((w) => !NOT_EVIDENCE.has(w))),
    assertingPhrases,
    assertingFirstWords: new Set(assertingPhrases.map((p) => p[0]!)),
    cueFilter: new WordFilter([...cueVerbs, ...sourceFollows.map((p) => p[0]!), ...pick(MANNER_CONJUNCTIONS)]),
  };
  cache.set(language, lex);
  return lex;
}
