/**
 * Per-line language: for every line with enough letters, its script and, where the line is
 * long enough to decide, its language. Script first (cheap and exact); a line in the
 * article's script is checked with function words only, and franc runs only on the few lines
 * whose function words point to another language. Short lines get no language: trigram
 * detection is slow and wrong on them.
 *
 * @module
 */
import { francAll } from "franc";
import type { Language } from "../schema/article.js";
import type { TextLine } from "../schema/stages.js";
import { candidatesFor } from "./candidates.js";
import { languageConfidence } from "./confidence.js";
import { ISO6393_TO_6391 } from "./data/iso639.js";
import { SINGLE_LANGUAGE_SCRIPTS } from "./data/scripts.js";
import { dominantScriptOf, scriptGroup } from "./script.js";
import { functionWordHits, shortlistLanguages } from "./shortlist.js";

/** A line with fewer letters gets no language at all. */
export const LINE_MIN_LETTERS = 12;
/** A line in a multi-language script needs this many letters for a language decision. */
export const LINE_DECIDE_LETTERS = 60;
/** Characters of a line read to find its script. */
const LINE_SCRIPT_SCAN = 300;
/** Function words of the article language that confirm a line is in it. */
const LINE_CONFIRM_HITS = 2;
/** Function words read per line. */
const LINE_SHORTLIST_WORDS = 14;
/** franc reads at most this much of a line. */
const LINE_FRANC_LENGTH = 300;

/** The language of each line (undefined where the line is too short to say anything). */
export function detectLineLanguages(lines: readonly TextLine[], article: Language): (Language | undefined)[] {
  const articleGroup = scriptGroup(article.script);
  // (Built by push, not map: one array kind every time, which the lines stage's per-line code
  // reads without deoptimizing.)
  const languages: (Language | undefined)[] = [];
  for (const line of lines) languages.push(lineLanguage(line, article, articleGroup));
  return languages;
}

/** The language of one line, or undefined when it is too short to say. */
function lineLanguage(line: TextLine, article: Language, articleGroup: string): Language | undefined {
  const text = line.text.trim();
  if (text.length < LINE_MIN_LETTERS) return undefined;
  // A line's script shows in its first characters; long lines are not read to the end.
  const profile = dominantScriptOf(text, Math.min(text.length, LINE_SCRIPT_SCAN));
  if (profile.letters < LINE_MIN_LETTERS) return undefined;
  const script = profile.script;
  const single = SINGLE_LANGUAGE_SCRIPTS[script];
  const weighted = single ? profile.letters * 5 : profile.letters;
  if (single) return language(single, script, languageConfidence(weighted, 1));
  if (profile.letters < LINE_DECIDE_LETTERS) return { code: "und", iso6393: "und", script, confidence: 0 };
  // Most lines are in the article's language: two of its function words settle it cheaply.
  if (scriptGroup(script) === articleGroup && functionWordHits(text, article.iso6393, LINE_SHORTLIST_WORDS) >= LINE_CONFIRM_HITS) {
    return language(article.iso6393, script, languageConfidence(profile.letters, 1));
  }
  const allowed = candidatesFor(script);
  const shortlist = shortlistLanguages(text, allowed, LINE_SHORTLIST_WORDS);
  const top = shortlist.languages[0];
  if (top === undefined) return { code: "und", iso6393: "und", script, confidence: 0 };
  // The article's language is the prior: when its function words are among the leaders
  // (the shortlist keeps those with half the best hits), the line is in it; franc runs only
  // when the function words point elsewhere.
  if (scriptGroup(script) === articleGroup && shortlist.languages.includes(article.iso6393)) {
    const margin = top === article.iso6393 ? 1 : 0;
    return language(article.iso6393, script, languageConfidence(profile.letters, margin));
  }
  if (shortlist.languages.length === 1) return language(top, script, languageConfidence(profile.letters, 1));
  const ranked = francAll(text.slice(0, LINE_FRANC_LENGTH), { only: shortlist.languages, minLength: 1 });
  const best = ranked[0];
  if (!best || best[0] === "und") return { code: "und", iso6393: "und", script, confidence: 0 };
  return language(best[0], script, languageConfidence(profile.letters, best[1] - (ranked[1]?.[1] ?? 0)));
}

function language(iso6393: string, script: string, confidence: number): Language {
  return { code: ISO6393_TO_6391[iso6393] ?? iso6393, iso6393, script, confidence };
}
