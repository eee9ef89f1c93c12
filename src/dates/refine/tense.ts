/**
 * Tense of the clause around an expression: the nearest future or past cue before it in the same
 * clause ("will resume on Friday", "said on Monday"), else a cue right after it ("Friday will
 * see"), else none. Cue words are in `data/cues.ts`.
 *
 * @module
 */
import { CLAUSE_BREAKS, FUTURE_CUES, PAST_CUES, REPORTING_CUES, REPORTING_REACH, TENSE_ENDINGS, type TenseEndings } from "../data/cues.js";
import { isWholeWord, longestFirstSource } from "../lexicon.js";

export type Tense = "past" | "future";

/**
 * Cues as one case-insensitive alternation without the `u` flag (V8 scans literal alternatives
 * fastest that way); word boundaries are checked in code. Cyrillic cues that are stems
 * ("следующ", "наступн") take any ending.
 */
function cueRegex(cues: readonly string[]): RegExp {
  const isStem = (c: string) => /[\p{Script=Cyrillic}]$/u.test(c) && !/[аеиоуыэюяьйіїє]$/u.test(c);
  const words = cues.filter((c) => !isStem(c));
  const stems = cues.filter(isStem);
  // Stems first: at one position the first alternative that matches wins, and "будет" must not stop at the word "буде".
  const parts = stems.length ? [`(?:${longestFirstSource(stems)})[а-яёіїєґ]*`, longestFirstSource(words)] : [longestFirstSource(words)];
  return new RegExp(parts.join("|"), "gi");
}

const FUTURE = cueRegex(FUTURE_CUES);
const REPORTING = new Set(REPORTING_CUES.map((c) => c.toLowerCase()));
const PAST = cueRegex(PAST_CUES);
const BREAK_WORDS = new RegExp(longestFirstSource(CLAUSE_BREAKS.filter((b) => /\p{L}/u.test(b))), "gi");
const BREAK_CHARS = new RegExp(`[${CLAUSE_BREAKS.filter((b) => !/\p{L}/u.test(b)).map((c) => c.replace(/[\\\]^-]/gu, "\\$&")).join("")}]`, "g");
const HAN = /^[\u3000-\u9fff]/u;
/** Any comma ends the short look to the right. */
const COMMA = /[,，、،]/u;
const WINDOW = 100;
const RIGHT_WINDOW = 24;

/** A match that is a whole word (Han cues have no word boundaries). */
function whole(text: string, index: number, length: number): boolean {
  return HAN.test(text.charAt(index)) || isWholeWord(text, index, index + length);
}

/** End of the last whole-word match of `re` in `text`, or -1. */
function lastMatch(re: RegExp, text: string): number {
  return lastCue(re, text).end;
}

/** The last whole-word match of `re` in `text`: its end (-1 when none) and its text. */
function lastCue(re: RegExp, text: string): { end: number; cue: string } {
  let end = -1;
  let cue = "";
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (whole(text, m.index, m[0].length)) {
      end = m.index + m[0].length;
      cue = m[0];
    }
  }
  return { end, cue };
}

/** Start of the first whole-word match of `re` in `text`, or -1. */
function firstMatch(re: RegExp, text: string): number {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (whole(text, m.index, m[0].length)) {
      re.lastIndex = 0;
      return m.index;
    }
  }
  return -1;
}

/** Position just after the last clause break in `text`, or -1. */
function lastBreak(text: string): number {
  let at = -1;
  BREAK_CHARS.lastIndex = 0;
  for (let m = BREAK_CHARS.exec(text); m !== null; m = BREAK_CHARS.exec(text)) at = m.index + 1;
  return Math.max(at, lastMatch(BREAK_WORDS, text));
}

/** Position of the first clause break in `text`, or -1. */
function firstBreak(text: string): number {
  BREAK_CHARS.lastIndex = 0;
  const c = BREAK_CHARS.exec(text);
  BREAK_CHARS.lastIndex = 0;
  const w = firstMatch(BREAK_WORDS, text);
  if (!c) return w;
  return w === -1 ? c.index : Math.min(c.index, w);
}

const WORD = /[\p{L}\p{M}]+/gu;

/** The tense a word's ending tells, or null. */
function endingTense(written: string, endings: TenseEndings): Tense | null {
  const word = written.toLocaleLowerCase("tr");
  if (word.length < endings.minLength || endings.notVerbs.includes(word)) return null;
  if (endings.future.some((e) => word.endsWith(e))) return "future";
  if (endings.past.some((e) => word.endsWith(e))) return "past";
  return null;
}

/** The tense of the first verb in `text` told by its ending, or null. */
function firstEnding(text: string, endings: TenseEndings): Tense | null {
  for (const m of text.matchAll(WORD)) {
    const tense = endingTense(m[0], endings);
    if (tense) return tense;
  }
  return null;
}

/** Ends of the last future and past verbs in `text` told by their endings (-1 when none). */
function lastEndings(text: string, endings: TenseEndings): { future: number; past: number } {
  let future = -1;
  let past = -1;
  for (const m of text.matchAll(WORD)) {
    const tense = endingTense(m[0], endings);
    if (tense === "future") future = m.index + m[0].length;
    else if (tense === "past") past = m.index + m[0].length;
  }
  return { future, past };
}

/**
 * The tense the clause gives the expression at `[start, end)` of `text`, or null. With the
 * `language` of the text, a verb-final language's verb endings right after it count too.
 */
export function detectTense(text: string, start: number, end: number, language?: string): Tense | null {
  let left = text.slice(Math.max(0, start - WINDOW), start);
  const cut = lastBreak(left);
  if (cut !== -1) left = left.slice(cut);
  const endings = language !== undefined ? TENSE_ENDINGS[language] : undefined;
  const verbs = endings?.before ? lastEndings(left, endings) : { future: -1, past: -1 };
  const future = Math.max(lastMatch(FUTURE, left), verbs.future);
  const lastPast = lastCue(PAST, left);
  let past = lastPast.end;
  let pastCue = lastPast.cue;
  if (verbs.past > past) {
    past = verbs.past;
    pastCue = "";
  }
  // A reporting verb dates only what follows it closely; further on, the report has its own tense.
  if (past > future && REPORTING.has(pastCue.toLowerCase()) && left.length - past > REPORTING_REACH) {
    if (future === -1) return null;
    past = -1;
  }
  if (future !== -1 || past !== -1) return future > past ? "future" : "past";
  let right = text.slice(end, end + Math.max(RIGHT_WINDOW, endings?.reach ?? 0));
  const stop = firstBreak(right);
  if (stop !== -1) right = right.slice(0, stop);
  const comma = right.search(COMMA);
  if (comma !== -1) right = right.slice(0, comma);
  if (endings) {
    const verb = firstEnding(right, endings);
    if (verb) return verb;
  }
  right = right.slice(0, RIGHT_WINDOW);
  const f = firstMatch(FUTURE, right);
  const p = firstMatch(PAST, right);
  if (f === -1 && p === -1) return null;
  if (f === -1) return "past";
  if (p === -1) return "future";
  return f < p ? "future" : "past";
}
