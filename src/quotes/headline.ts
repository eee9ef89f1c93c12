/**
 * Quotations in headlines. Headlines quote with single marks (`Mayor Rips Council As A
 * 'Disgrace.'`) and are often set in Title Case, where capitals say nothing about titles. A
 * quotation there is its subject's words when a headline cue attributes it: a cue verb in the
 * present tense with its subject before it (`Roe Calls Plan 'A Disaster'`), a name before the
 * headline's colon (`Roe: Plan 'Needs Work'`), or a subject and a cue verb after it (`'Not Yet,'
 * Roe Says`). Kickers before a colon (`The Latest:`, `Poll:`) name no speaker. Words: `data/headline.ts`.
 *
 * @module
 */
import type { LineKind } from "../schema/article.js";
import type { Cue } from "./cues.js";
import { HEADLINE_CUE_VERBS, HEADLINE_KICKERS, HEADLINE_SOURCE_PREPOSITIONS } from "./data/headline.js";
import { TITLE_FUNCTION_WORDS } from "./data/words.js";
import type { Lexicon } from "./lexicon.js";
import type { Paragraph } from "./paragraphs.js";
import { collectBackward, phraseAfter, phraseBefore, type SpeakerPhrase } from "./speaker.js";
import { type Token, tokenAt } from "./tokens.js";

/** Longest first paragraph read as a headline when the lines stage did not mark it a title. */
const HEADLINE_LENGTH = 200;
/** Most tokens read before a quotation in a headline (a long title line stays bounded). */
const HEADLINE_REACH = 80;
/** Most tokens of a headline's subject before its cue verb. */
const SUBJECT_REACH = 10;
/** Most tokens between a headline's cue verb and the quotation (`Calls Roe's Plan For A Bridge '…'`). */
const VERB_REACH = 10;

const SENTENCE_END = /^[.!?;\u2026]$/u;

const cache = new Map<string, { verbs: ReadonlySet<string>; kickers: ReadonlySet<string> }>();

function wordsOf(language: string): { verbs: ReadonlySet<string>; kickers: ReadonlySet<string> } | null {
  if (!HEADLINE_CUE_VERBS[language]) return null;
  let hit = cache.get(language);
  if (!hit) {
    hit = { verbs: new Set(HEADLINE_CUE_VERBS[language]), kickers: new Set(HEADLINE_KICKERS[language] ?? []) };
    cache.set(language, hit);
  }
  return hit;
}

/**
 * Is the paragraph a headline: a line the lines stage made the title, or the article's first
 * content paragraph when it is short and more paragraphs follow (a lone sentence is no headline)?
 */
export function isHeadline(p: Paragraph, index: number, count: number, kind: LineKind | undefined): boolean {
  if (kind === "title") return true;
  return index === 0 && count > 1 && kind !== "heading" && p.end - p.start <= HEADLINE_LENGTH;
}

/**
 * Is the headline set in Title Case: three or more content words outside its quotations, all
 * capitalized (function words may be either)?
 */
export function titleCaseLine(tokens: readonly Token[]): boolean {
  let capitals = 0;
  for (const t of tokens) {
    if (!t.word || t.quote !== -1 || /^\d/u.test(t.text)) continue;
    if (TITLE_FUNCTION_WORDS.has(t.lower) && !t.cap) continue;
    if (!t.cap) return false;
    capitals++;
  }
  return capitals >= 3;
}

function isVerb(t: Token | undefined, verbs: ReadonlySet<string>): t is Token {
  return t !== undefined && t.word && t.quote === -1 && verbs.has(t.lower);
}

/** A speaker phrase that may speak: a person or a nominal, no kicker word in it. */
function speaks(phrase: SpeakerPhrase | null, text: string, kickers: ReadonlySet<string>): phrase is SpeakerPhrase {
  if (!phrase || (phrase.kind !== "person" && phrase.kind !== "nominal")) return false;
  for (const w of text.slice(phrase.start, phrase.end).toLowerCase().split(/[^\p{L}]+/u)) if (kickers.has(w)) return false;
  return true;
}

/** Index of the first token of the headline's clause: after a kicker and its colon (`The Latest:`). */
function clauseStart(tokens: readonly Token[], kickers: ReadonlySet<string>): number {
  for (let k = 0; k < tokens.length && k <= 4; k++) {
    const t = tokens[k]!;
    if (t.quote !== -1) return 0;
    if (t.text === ":") {
      for (let j = 0; j < k; j++) if (kickers.has(tokens[j]!.lower)) return k + 1;
      return 0;
    }
  }
  return 0;
}

/**
 * The phrase that opens the headline's clause at token `start`, up to its first cue verb before
 * token `limit` (in Title Case a name runs on into the verb: `Roe Says …`).
 */
function headlineSubject(tokens: readonly Token[], start: number, limit: number, verbs: ReadonlySet<string>, lex: Lexicon, text: string): SpeakerPhrase | null {
  for (let v = start + 1; v < limit && v - start <= SUBJECT_REACH; v++) {
    if (!isVerb(tokens[v], verbs)) continue;
    const before = phraseBefore(tokens, v, lex, text);
    if (before && before.start === tokens[start]!.start) return before;
    break;
  }
  return phraseAfter(tokens, start, lex, text);
}

/**
 * The cue of a quotation in a headline (its marks are tokens `open` and `close`, -1 when
 * missing), or null: the nearest headline cue verb before it with its subject, a speaker before
 * the headline's colon, or a subject and a cue verb after it. `tokens` are the headline's.
 */
export function headlineCue(tokens: readonly Token[], open: number, close: number, lex: Lexicon, text: string): Cue | null {
  const words = wordsOf(lex.language);
  if (!words || open === -1) return null;
  const { verbs, kickers } = words;
  const start = clauseStart(tokens, kickers);
  // 1. A cue verb before, its subject opening the clause (or the headline's subject, after `,`
  // or `and`: `Roe Says X, Calls Y 'Z'`).
  let seen = 0;
  let colon = -1;
  for (let k = open - 1; k >= start && open - k <= HEADLINE_REACH; k--) {
    const t = tokens[k]!;
    if (t.quote !== -1) continue;
    if (t.text === ":") {
      colon = k;
      continue;
    }
    // (A colon speaker reaches over the headline's clauses: `Roe: A Is B; It's 'C'`.)
    if (SENTENCE_END.test(t.text)) {
      seen = VERB_REACH + 1;
      continue;
    }
    if (!t.word || seen > VERB_REACH) continue;
    seen++;
    if (!isVerb(t, verbs) || k === start) continue;
    const before = phraseBefore(tokens, k, lex, text);
    if (speaks(before, text, kickers)) return { start: t.start, end: t.end, kind: "verb", speaker: before, adjacent: false };
    const prev = tokens[k - 1]!;
    if (prev.text === "," || prev.lower === "and") {
      const subject = headlineSubject(tokens, start, k - 1, verbs, lex, text);
      if (speaks(subject, text, kickers) && subject.end <= prev.start) return { start: t.start, end: t.end, kind: "verb", speaker: subject, adjacent: false };
    }
    seen = VERB_REACH + 1;
  }
  // 2. A speaker before the headline's colon (`Roe: …`, `Roe on the Plan: …`).
  if (colon !== -1) {
    // (The headline's subject, or a name right before the colon: `A Lesson From Jane Roe: '…'`.)
    const first = headlineSubject(tokens, start, colon, verbs, lex, text);
    const last = phraseBefore(tokens, colon, lex, text);
    // (A name after `from` ends the part before the colon: it speaks, whatever opens the
    // headline: `A Lesson From Jane Roe: '…'`.)
    const sourced = sourceBeforeColon(tokens, colon, lex.language, text);
    const phrase = sourced ?? (speaks(first, text, kickers) && first.end <= tokens[colon]!.start ? first : last?.kind === "person" ? last : null);
    if (speaks(phrase, text, kickers)) {
      const c = tokens[colon]!;
      return { start: c.start, end: c.end, kind: "colon", speaker: phrase, adjacent: colon === open - 1 };
    }
  }
  // 3. A subject and a cue verb after it (`'…,' Roe Says`, `'…,' Roe Tells Rally`).
  if (close === -1) return null;
  let k = close + 1;
  if (tokens[k]?.text === "," && tokens[k]!.quote === -1) k++;
  const inside = tokens[close - 1];
  const comma = k > close + 1 || (inside !== undefined && inside.text === ",");
  if (!comma) return null;
  // (In Title Case a name runs on into the verb: the verb is found first, the name before it.)
  let v = k;
  while (v < tokens.length && v - k <= 6 && tokens[v]!.word && tokens[v]!.quote === -1 && !verbs.has(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  if (v === k || !isVerb(verb, verbs)) return null;
  const after = phraseBefore(tokens, v, lex, text);
  if (!speaks(after, text, kickers) || after.start < tokens[k]!.start) return null;
  return { start: verb.start, end: verb.end, kind: "verb", speaker: after, adjacent: true };
}

/**
 * The name that ends a headline's part before its colon after a source preposition (`A Lesson
 * From Jane Roe:`), or null.
 */
function sourceBeforeColon(tokens: readonly Token[], colon: number, language: string, text: string): SpeakerPhrase | null {
  const preps = sourcePrepositions(language);
  if (preps.size === 0) return null;
  const name = collectBackward(tokens, colon - 1, text, preps);
  if (!name || name.kind !== "person") return null;
  const before = tokens[tokenAt(tokens, name.start) - 1];
  return before !== undefined && before.word && before.quote === -1 && preps.has(before.lower) ? name : null;
}

const prepositionCache = new Map<string, ReadonlySet<string>>();

function sourcePrepositions(language: string): ReadonlySet<string> {
  let set = prepositionCache.get(language);
  if (!set) {
    set = new Set(HEADLINE_SOURCE_PREPOSITIONS[language] ?? []);
    prepositionCache.set(language, set);
  }
  return set;
}
