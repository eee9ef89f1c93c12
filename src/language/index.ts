/**
 * Language stage: the article's language from a bounded sample of its body-like lines.
 *
 * 1. script first (counting code points; cheap and exact),
 * 2. scripts written in one language decide at once (Hangul → ko, Thai → th, kana → ja, ...),
 * 3. otherwise function words shortlist a few candidates of that script,
 * 4. franc ranks the shortlist on a bounded sample (its `only` option),
 * 5. the confidence comes from sample length and the winning margin.
 *
 * @module
 */
import { francAll } from "franc";
import type { Language } from "../schema/article.js";
import type { TextLine } from "../schema/stages.js";
import { candidatesFor } from "./candidates.js";
import { languageConfidence } from "./confidence.js";
import { ISO6391_TO_6393, ISO6393_TO_6391 } from "./data/iso639.js";
import { SINGLE_LANGUAGE_SCRIPTS } from "./data/scripts.js";
import { selectSample } from "./sample.js";
import { exclusiveHits, MAX_SHORTLIST_WORDS, MIN_HITS, SHORT_TEXT_MIN_HITS, shortlistLanguages } from "./shortlist.js";

export { detectScript, scriptOf } from "./script.js";
export { detectLineLanguages } from "./lines.js";
export type { ScriptProfile } from "./script.js";

export interface LanguageOptions {
  /** Restrict detection to these ISO 639-1 or 639-3 codes. */
  languages?: readonly string[] | undefined;
}

/** Below this many letters the language is `und`. */
export const MIN_LETTERS = 20;
/** Without function-word evidence, below this many letters the language is `und`. */
export const MIN_LETTERS_WITHOUT_FUNCTION_WORDS = 100;
/** franc reads at most this many UTF-16 units of the sample. */
export const FRANC_SAMPLE_LENGTH = 500;

/** Letters of a one-language script count this many times towards the length factor. */
export const SINGLE_SCRIPT_LETTER_WEIGHT = 5;

/** The language of nothing: no letters, or too few to decide. */
export const UNDETERMINED: Language = { code: "und", iso6393: "und", script: "Zyyy", confidence: 0 };

/** Detect the article language from its body-like lines. */
export function detectLanguage(lines: readonly TextLine[], options: LanguageOptions = {}): Language {
  const sample = selectSample(lines);
  return decide(sample.text, sample.script, sample.letters, allowedSet(options.languages));
}

/** Detect the language of one piece of text (a line, a paragraph). */
export function detectTextLanguage(text: string, options: LanguageOptions = {}): Language {
  return detectLanguage([{ n: 1, start: 0, end: text.length, text }], options);
}

function decide(text: string, script: string, letters: number, allowed: ReadonlySet<string> | undefined): Language {
  if (letters < MIN_LETTERS) return { ...UNDETERMINED, script };
  const single = SINGLE_LANGUAGE_SCRIPTS[script];
  if (single !== undefined) {
    if (allowed && !allowed.has(single)) return { ...UNDETERMINED, script };
    // The script alone decides; a few letters of it are as sure as a long Latin sample.
    return language(single, script, languageConfidence(letters * SINGLE_SCRIPT_LETTER_WEIGHT, 1));
  }
  const allowedCandidates = candidatesFor(script, allowed);
  if (allowedCandidates.size === 0) return { ...UNDETERMINED, script };

  const short = letters < MIN_LETTERS_WITHOUT_FUNCTION_WORDS;
  const shortlist = shortlistLanguages(text, allowedCandidates, MAX_SHORTLIST_WORDS, short ? SHORT_TEXT_MIN_HITS : MIN_HITS);
  // No function word of any language and little text: franc on its own would only guess.
  if (shortlist.languages.length === 0 && short) return { ...UNDETERMINED, script };
  const only = shortlist.languages.length > 0 ? shortlist.languages : [...allowedCandidates];
  if (only.length === 1) {
    // One candidate left: franc has nothing to compare; the function-word lead is the margin.
    return language(only[0]!, script, languageConfidence(letters, 1));
  }
  const ranked = francAll(text.slice(0, FRANC_SAMPLE_LENGTH), { only, minLength: 1 });
  const best = ranked[0];
  if (!best || best[0] === "und") return { ...UNDETERMINED, script };
  // franc's trigrams on a few sentences can overrule a clear function-word lead among close
  // languages (Dutch read as Afrikaans on 11 Dutch function words against 6): the lead stands.
  const lead = functionWordLead(shortlist, best[0]);
  if (lead !== undefined) return language(lead, script, languageConfidence(letters, 1 - 1 / FUNCTION_WORD_LEAD));
  const margin = best[1] - (ranked[1]?.[1] ?? 0);
  // Between franc's two best, function words only one of them has decide against franc when
  // the other has none (Indonesian `bahwa` against Malay `bahawa`).
  const second = ranked[1];
  if (second && second[0] !== "und") {
    const [own, other] = exclusiveHits(text, best[0], second[0], MAX_SHORTLIST_WORDS);
    if (own === 0 && other > 0) return language(second[0], script, languageConfidence(letters, margin));
  }
  return language(best[0], script, languageConfidence(letters, margin));
}

/** A shortlist leader with this many times the function words of franc's pick keeps the lead. */
const FUNCTION_WORD_LEAD = 1.6;
/** ...and at least this many function words. */
const FUNCTION_WORD_LEAD_HITS = 8;

/** The shortlist's leader when its function words clearly outnumber those of franc's pick. */
function functionWordLead(shortlist: { languages: readonly string[]; hits: readonly number[] }, picked: string): string | undefined {
  const leader = shortlist.languages[0];
  const leaderHits = shortlist.hits[0] ?? 0;
  if (leader === undefined || leader === picked || leaderHits < FUNCTION_WORD_LEAD_HITS) return undefined;
  const pickedHits = shortlist.hits[shortlist.languages.indexOf(picked)] ?? 0;
  return leaderHits >= pickedHits * FUNCTION_WORD_LEAD ? leader : undefined;
}

function language(iso6393: string, script: string, confidence: number): Language {
  return { code: ISO6393_TO_6391[iso6393] ?? iso6393, iso6393, script, confidence };
}

function allowedSet(codes: readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (!codes) return undefined;
  return new Set(codes.map((code) => (code.length === 2 ? (ISO6391_TO_6393[code] ?? code) : code)));
}
