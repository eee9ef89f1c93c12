/**
 * Capitalized words that are not names: months and weekdays anywhere; common words and words
 * the text also uses in lowercase when they open a sentence; common words anywhere in a
 * title-case line (`Russia Says Talks Will Resume`). All-caps lines are left alone entirely.
 *
 * @module
 */
import { CALENDAR, COMMON, type Lexicon, tokenClasses } from "./lexicon.js";
import { hashWord, type LineCounts, type Token, type WordHashes } from "./tokens.js";

export type LineStyle = "normal" | "title" | "caps";

/** The style of each line: all caps or title case when most longer words are (and none of four letters or more is in lowercase). */
export function lineStyles(counts: ReadonlyMap<number, LineCounts>): Map<number, LineStyle> {
  const styles = new Map<number, LineStyle>();
  for (const [line, c] of counts) {
    if (c.n >= 3 && c.caps / c.n >= 0.75) styles.set(line, "caps");
    // Title case capitalizes every longer word: one in lowercase says otherwise.
    else if (c.n >= 3 && c.upper / c.n >= 0.8 && c.lowerLong === 0) styles.set(line, "title");
  }
  return styles;
}

/** Whether this capitalized token is an ordinary word here, not (part of) a name. */
export function isOrdinary(t: Token, firstOfSequence: boolean, style: LineStyle, lex: Lexicon, lowercaseWords: WordHashes): boolean {
  if (!t.upper && !t.initial) return false;
  const classes = tokenClasses(lex, t);
  if ((classes & CALENDAR) !== 0) return true;
  if (style === "title" && ((classes & COMMON) !== 0 || lowercaseWords.has(hashWord(t.lower)))) return true;
  if (firstOfSequence && t.sentenceStart) {
    if ((classes & COMMON) !== 0) return true;
    if (!t.caps && lowercaseWords.has(hashWord(t.lower))) return true;
  }
  return false;
}
