/**
 * The mention finder: capitalized word sequences (with particles such as `bin`, `al`, `von`,
 * initials, hyphenated and apostrophe names, and `of` inside organization and place names),
 * with roles and titles stripped (roles.ts) and calendar words, common words opening a
 * sentence, and words of title-case or all-caps lines kept out (ordinary.ts).
 *
 * @module
 */
import { MONTH_ABBREVIATIONS, MONTH_POSITION_NOUNS, MONTHS, PERIOD_ROLE_ABBREVIATIONS, PLACE_LEADING_WORDS, SENTENCE_OPENING_WORDS } from "./data/words.js";
import { isCyrillicWord } from "./inflection.js";
import { CALENDAR, COMMON, CONNECTOR, DEMONYM, isKnownPlace, type Lexicon, MODIFIER, ORGANIZATION_WORD, PARTICLE, PLACE_WORD, ROLE, tokenClasses } from "./lexicon.js";
import { isOrdinary, lineStyles, type LineStyle } from "./ordinary.js";
import { splitRoles } from "./roles.js";
import type { Token, Tokenized, WordHashes } from "./tokens.js";

/** A mention before clustering. */
export interface Candidate {
  text: string;
  start: number;
  end: number;
  line: number;
  /** Words of the name (tokens' texts), particles included. */
  words: string[];
  /** A role or title stood right before it (`spokesman Dmitry Peskov`): a person. */
  afterRole: boolean;
  /** A place preposition stood right before it (`in Davos`). */
  placeCue: boolean;
  /** A speech verb follows (`Peskov said`). */
  speechVerb: boolean;
  /** A single word opening a sentence: kept only if the text confirms it is a name (stage.ts). */
  initialOnly: boolean;
  /** Found by dictionary in a caseless script; the alias record id. */
  dictionary?: number;
}

export interface FinderHooks {
  /** Whether a name is in the alias table (to split `Russia-Ukraine` into two names). */
  known(name: string): boolean;
  /** Whether a word is a known place (to split `России Дмитрий Песков`: Russia's Dmitry Peskov). */
  placeLike(name: string): boolean;
}

const HYPHEN = /[-‐‑]/u;

/** Word classes of which a piece made up entirely is no name. */
const STOP = COMMON | CALENDAR | ROLE | MODIFIER | DEMONYM | PARTICLE | CONNECTOR;

function isNameToken(t: Token): boolean {
  return t.upper || t.initial;
}

/** Find the candidate mentions among the tokens. */
export function findCandidates(
  text: string,
  tokenized: Tokenized,
  lex: Lexicon,
  hooks: FinderHooks,
  /**
   * The text's language capitalizes its nouns (German): a full month after a capitalized word
   * is no surname, and nouns before a known given name are no part of the name.
   */
  nounsCapitalized = false,
): Candidate[] {
  const { tokens, lowercase: lowercaseWords } = tokenized;
  const styles = lineStyles(tokenized.lines);
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isNameToken(t)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const n = tokens[j];
      const prev = tokens[j - 1];
      if (!n || !prev || n.gapBefore || prev.possessive || prev.cutTail) break;
      if (isNameToken(n)) {
        j++;
        continue;
      }
      // Particles, up to three in a row, before a capitalized word: `von der Leyen`, `bin Zayed`
      let k = j;
      while (k < j + 3 && tokens[k] && (tokenClasses(lex, tokens[k] as Token) & PARTICLE) !== 0 && (k === j || !tokens[k]?.gapBefore)) k++;
      const after = tokens[k];
      // (Not before a known place after a person's full name: `Mark de Boer van Nederland` is a
      // person of a country; but `Tour de France`, `Rainer von Monaco` are one name. Not where
      // every noun is capitalized either, where a noun may stand before `von`.)
      if (k > j && after && !after.gapBefore && isNameToken(after) && !(!nounsCapitalized && j - i >= 2 && isKnownPlace(lex, after.lower) && lex.givenNames.has(t.lower))) {
        j = k + 1;
        continue;
      }
      if ((tokenClasses(lex, n) & CONNECTOR) !== 0 && (tokenClasses(lex, prev) & (ORGANIZATION_WORD | PLACE_WORD)) !== 0) {
        let k = j + 1;
        const mid = tokens[k];
        if (mid && !mid.gapBefore && lex.connectors.has(`${n.lower} ${mid.lower}`)) k++;
        const next = tokens[k];
        if (next && !next.gapBefore && next.upper) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    emitSequence(text, tokens, i, j, lex, lowercaseWords, styles, hooks, out, nounsCapitalized);
    i = j;
  }
  return out;
}

function emitSequence(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  lowercaseWords: WordHashes,
  styles: ReadonlyMap<number, LineStyle>,
  hooks: FinderHooks,
  out: Candidate[],
  nounsCapitalized: boolean,
): void {
  const style = styles.get(tokens[from]?.line ?? 0) ?? "normal";
  // (A full month may close a name only where capitals mark names: not in a Title Case line,
  // `Trump May Win`, nor where every noun is capitalized, `Ende April`.)
  const monthSurname = style === "normal" && !nounsCapitalized;
  if (style === "caps") return;
  // Split at words that are not names here (calendar words, common words in title case or opening a sentence).
  let pieceStart = from;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    const breakHere =
      k === to ||
      (t !== undefined &&
        isOrdinary(t, k === from, style, lex, lowercaseWords) &&
        !calendarWordInName(text, tokens, k, from, to, lex, monthSurname) &&
        !(k === from && (opensKnownPlace(text, tokens, from, to, hooks) || opensSurname(tokens, from, to, lex)))) ||
      // (The last word: the next sentence's opener, `… Kit This quick project`, or a title, `Ohio Gov.`)
      (k === to - 1 && t !== undefined && ((k > from && opensNextSentence(text, t)) || isRoleAbbreviation(text, t)));
    if (!breakHere) continue;
    if (k > pieceStart) {
      for (const part of splitRoles(tokens, pieceStart, k, lex)) {
        // (Where every noun is capitalized, nouns before a given name are no part of the name,
        // `Kollegin Maria Roth`: they are read on their own.)
        const given = nounsCapitalized || opensSentenceBeforeName(tokens, part.from, lex) ? givenNameAt(tokens, part.from, part.to, lex) : -1;
        if (given > part.from) {
          // (Elsewhere only a sentence's opener is cut, `Comedian Maria Pike`, and dropped.)
          if (nounsCapitalized) emitPiece(text, tokens, part.from, given, false, lex, hooks, out);
          emitPiece(text, tokens, given, part.to, part.afterRole, lex, hooks, out);
        } else emitPiece(text, tokens, part.from, part.to, part.afterRole, lex, hooks, out);
      }
    }
    pieceStart = k + 1;
  }
}

const PLACE_LEADING = new Set(PLACE_LEADING_WORDS);

/**
 * A sentence's first word before a known given name, itself no given name, particle or known
 * place (`Comedian Maria Pike`, `More Jane Roe supporters`): a word of the sentence, not of the name.
 */
function opensSentenceBeforeName(tokens: readonly Token[], from: number, lex: Lexicon): boolean {
  const first = tokens[from]!;
  const next = tokens[from + 1];
  if (!first.sentenceStart || first.initial || !next || next.gapBefore || !lex.givenNames.has(next.lower)) return false;
  // (Nor the first word of a place: `South Carolina`, `San Pedro Sula`.)
  if (PLACE_LEADING.has(first.lower) || isKnownPlace(lex, `${first.lower} ${next.lower}`)) return false;
  return !lex.givenNames.has(first.lower) && !lex.particles.has(first.lower) && !isKnownPlace(lex, first.lower);
}

/** The first token in [from, to - 1) that is a known given name with a word after it, or -1. */
function givenNameAt(tokens: readonly Token[], from: number, to: number, lex: Lexicon): number {
  for (let k = from; k < to - 1; k++) if (lex.givenNames.has(tokens[k]!.lower)) return k;
  return -1;
}

/**
 * Whether the sequence opens with a particle the language capitalizes at the head of a surname
 * standing alone (Dutch `De Vries`, `Van der Berg`, data/languages.ts), a surname after it: the
 * particle is no ordinary word at the start of a sentence then (`De Nederlandse premier` is no name).
 */
function opensSurname(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  const particles = lex.capitalizedParticles;
  const first = tokens[from]!;
  if (!particles || first.caps || !particles.has(first.lower)) return false;
  let m = from + 1;
  let words = first.lower;
  while (m < to && m < from + 3 && !tokens[m]!.upper && !tokens[m]!.gapBefore && particles.has(`${words} ${tokens[m]!.lower}`)) {
    words = `${words} ${tokens[m]!.lower}`;
    m++;
  }
  const surname = m < to ? tokens[m] : undefined;
  return surname !== undefined && surname.upper && !surname.gapBefore && !surname.caps && (tokenClasses(lex, surname) & STOP) === 0;
}

const SENTENCE_OPENERS: ReadonlySet<string> = new Set(SENTENCE_OPENING_WORDS);
const ROLE_ABBREVIATIONS: ReadonlySet<string> = new Set(PERIOD_ROLE_ABBREVIATIONS);

/**
 * Whether the sequence opens with a known place of two or three words (`New Jersey`, `North
 * Carolina`): its first word is no ordinary word at the start of a sentence then.
 */
function opensKnownPlace(text: string, tokens: readonly Token[], from: number, to: number, hooks: FinderHooks): boolean {
  for (let n = 2; n <= 3 && from + n <= to; n++) if (hooks.placeLike(text.slice(tokens[from]!.start, tokens[from + n - 1]!.end))) return true;
  return false;
}

/**
 * An abbreviated title with its full stop closing a run of capitals (`Ohio Gov.`, `Sen.`): a
 * role before the name that follows the stop, no part of a name itself.
 */
function isRoleAbbreviation(text: string, t: Token): boolean {
  return text.charCodeAt(t.end) === 0x2e && ROLE_ABBREVIATIONS.has(t.lower);
}

/**
 * A determiner or pronoun closing a run of capitals, a lower-case word after it, opens the next
 * sentence: a heading glued to its paragraph (`Paper Lantern Kit This quick project …`). No name
 * ends in one.
 */
function opensNextSentence(text: string, t: Token): boolean {
  // (Not a word in capitals: `UNITE HERE`.)
  if (t.caps || !SENTENCE_OPENERS.has(t.lower)) return false;
  const next = text.charAt(afterSpaces(text, t.end));
  return next !== "" && next !== next.toUpperCase();
}

/** The first position at or after `at` that is no space. */
function afterSpaces(text: string, at: number): number {
  let j = at;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  return j;
}

const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);
const MONTH_SHORT: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS);
const MONTH_POSITIONS: ReadonlySet<string> = new Set(MONTH_POSITION_NOUNS);

/**
 * Whether the calendar word at `k` is part of the name around it rather than a date: never when
 * a number or a full stop follows it (`May 5`, `Jan.`); otherwise after a capitalized name
 * particle (`Luigi Di Maio`), or as an abbreviated month before or after a name word (`Jan
 * Kowalski`, `Ana Mar Roldán`, `Cho Jun`). A weekday is never a name part, and a full month
 * opening a sequence is a date (`In March Jane Roe said`).
 */
function calendarWordInName(text: string, tokens: readonly Token[], k: number, from: number, to: number, lex: Lexicon, monthSurname: boolean): boolean {
  const t = tokens[k]!;
  if ((tokenClasses(lex, t) & CALENDAR) === 0 || !MONTH_WORDS.has(t.lower)) return false;
  const after = text.charCodeAt(afterSpaces(text, t.end));
  if (text.charCodeAt(t.end) === 0x2e || (after >= 0x30 && after <= 0x39)) return false;
  const before = k > from && !t.gapBefore ? tokens[k - 1] : undefined;
  if (before && before.upper && (tokenClasses(lex, before) & PARTICLE) !== 0) return true;
  const next = k + 1 < to ? tokens[k + 1] : undefined;
  if (MONTH_SHORT.has(t.lower) && next && next.upper && !next.gapBefore && (tokenClasses(lex, next) & (CALENDAR | COMMON)) === 0) return true;
  // (`Jan de Vries`, `Jan van der Berg`: particles, then the surname.)
  if (MONTH_SHORT.has(t.lower) && next && !next.upper && !next.gapBefore && (tokenClasses(lex, next) & PARTICLE) !== 0) {
    let m = k + 2;
    while (m < to && m < k + 4 && !tokens[m]!.upper && (tokenClasses(lex, tokens[m]!) & PARTICLE) !== 0) m++;
    const surname = m < to ? tokens[m] : undefined;
    if (surname && surname.upper && !surname.gapBefore && (tokenClasses(lex, surname) & (CALENDAR | COMMON)) === 0) return true;
  }
  // A month closing a name after a name word (`Cho Jun`, `Theresa May`): an abbreviated one
  // after a word in mid-sentence, a full one where capitals mark names (see emitSequence), not
  // after a word that places a time in the month (`Early May`).
  if (k !== to - 1 || before === undefined || !before.upper || (tokenClasses(lex, before) & (CALENDAR | COMMON | PARTICLE)) !== 0) return false;
  if (MONTH_SHORT.has(t.lower)) return !before.sentenceStart;
  return monthSurname && !MONTH_POSITIONS.has(before.lower);
}

function emitPiece(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  afterRole: boolean,
  lex: Lexicon,
  hooks: FinderHooks,
  out: Candidate[],
): void {
  // Trim lowercase particles and connectors at the edges.
  while (from < to && !isNameToken(tokens[from] as Token)) from++;
  while (to > from && !isNameToken(tokens[to - 1] as Token)) to--;
  if (to <= from) return;
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  let allStop = true;
  for (let k = from; k < to && allStop; k++) if ((tokenClasses(lex, tokens[k] as Token) & STOP) === 0) allStop = false;
  if (allStop) return;
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push((tokens[k] as Token).text);
  if (to - from === 1) {
    if (countLetters(first.text) < 2) return;
    // A head word alone (`Office`, `Directorate`) names nothing.
    if ((tokenClasses(lex, first) & (ORGANIZATION_WORD | PLACE_WORD)) !== 0) return;
    // Russia-Ukraine: two names joined by a hyphen
    const parts = HYPHEN.test(first.text) ? first.text.split(/[-‐‑]/u) : null;
    if (parts !== null && parts.length > 1 && parts.every((p) => p !== "" && hooks.known(p))) {
      let at = first.start;
      for (const part of parts) {
        out.push({
          text: part,
          start: at,
          end: at + part.length,
          line: first.line,
          words: [part],
          afterRole: false,
          placeCue: false,
          speechVerb: false,
          initialOnly: false,
        });
        at += part.length + 1;
      }
      return;
    }
  }
  // A place word heading a longer name of a person, in languages that put a genitive there
  // (`президента России Дмитрий Песков`): the place and the person are two names.
  if (to - from >= 3 && isCyrillicWord(first.text) && hooks.placeLike(first.text)) {
    emitPiece(text, tokens, from, from + 1, false, lex, hooks, out);
    emitPiece(text, tokens, from + 1, to, afterRole, lex, hooks, out);
    return;
  }
  const before = tokens[from - 1];
  const after = tokens[to];
  // A lowercase role right before: `spokesman Dmitry Peskov`.
  if (before !== undefined && !first.gapBefore && !before.upper && lex.roles.has(before.lower)) afterRole = true;
  out.push({
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    line: first.line,
    words,
    afterRole,
    // (Or a locative case suffix after it: Turkish `Kadıköy'de`.)
    placeCue:
      (before !== undefined && !first.gapBefore && lex.placeCues.has(before.lower) && !before.upper) ||
      (last.suffix !== undefined && lex.placeSuffixes !== undefined && lex.placeSuffixes.has(last.suffix)),
    speechVerb: after !== undefined && !after.gapBefore && !last.possessive && lex.speechVerbs.has(after.lower),
    initialOnly: to - from === 1 && first.sentenceStart,
  });
}

/** Most characters read back for the word before a name. */
const DETERMINER_BACK = 12;

/**
 * Whether an article, a determiner (`der`, `einer`, `zum`) or a number stands right before `at`
 * (`die Vereinigten Staaten`, `5 Millionen Euro`, `the Golden State Warriors`).
 */
export function determinerBefore(text: string, at: number, determiners: ReadonlySet<string>): boolean {
  let end = at;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  if (end === at) return false;
  const c = text.charCodeAt(end - 1);
  if (c >= 0x30 && c <= 0x39) return true;
  // (Determiners are written in ASCII letters: a word with another letter is none.)
  let start = end;
  while (start > 0 && end - start < DETERMINER_BACK && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === end) return false;
  const b = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  if (isAsciiLetter(b) || (b >= 0xc0 && /\p{L}/u.test(text.charAt(start - 1)))) return false;
  return determiners.has(text.slice(start, end).toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

/** The number of letters (`\p{L}`) in a word, up to 2. */
function countLetters(word: string): number {
  let n = 0;
  for (let k = 0; k < word.length && n < 2; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
    } else {
      return word.replace(/[^\p{L}]/gu, "").length;
    }
  }
  return n;
}

