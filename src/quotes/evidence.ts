/**
 * Is a quotation's sentence an attribution? A quoted fragment with no cue of its own is still
 * speech when its sentence reports what someone said, thought or called something (`likened the
 * rules to "…"`, `condemned the test as "…"`, `the mayor's claim that …`, `according to X, … "…"`);
 * with none of that in its sentence it is a term, a title or a scare quote (`the "rainy day"
 * fund`). The sentence is read outside quotations, in a bounded number of tokens on each side.
 * Also: paragraphs opened by marks with nothing announcing them are a block quotation of text.
 *
 * @module
 */
import { ATTRIBUTION_WORDS, NOT_EVIDENCE, SELF_PRESENTATION, VERB_COMPLEMENTIZERS } from "./data/attribution.js";
import { AGENT_NAMING_VERBS } from "./data/cues.js";
import { AGENT_PREPOSITIONS, COORDINATING_AND, COUNT_ADVERBS, DETERMINERS, STOP_WORDS, FREE_RELATIVES, NAME_PARTICIPLES, OBJECT_RELATIVES, PASSIVE_BE, PRONOMINAL_DETERMINERS, SKIP_BEFORE_CUE, WORD_NOUNS } from "./data/words.js";
import type { Lexicon } from "./lexicon.js";
import { type Cue, phraseAt, SENTENCE_END } from "./cues.js";
import { MAX_CONTINUATION, type QuoteSpan } from "./spans.js";
import { describe, isPreposition, phraseAfter, phraseBefore, type SpeakerPhrase } from "./speaker.js";
import { type Token, tokenAt, tokenize } from "./tokens.js";
import { invertedVerb } from "./incise.js";

/** Tokens read before the quotation. */
const BEFORE = 30;
/**
 * Tokens read after it: an attribution word further on is about something else; a source phrase
 * (`according to`) speaks for its whole sentence, read as far as {@link BEFORE}.
 */
const AFTER = 8;
/** A past participle (`labeled`, `dubbed`, `uttered`). */
const PASSIVE_PARTICIPLE = /ed$/u;

const cache = new Map<string, ReadonlySet<string>>();

/** Cue verbs, reported-speech markers and attribution words of the lexicon's languages. */
function wordsOf(lex: Lexicon): ReadonlySet<string> {
  const hit = cache.get(lex.language);
  if (hit) return hit;
  const set = new Set<string>([...lex.cueVerbs, ...lex.reported]);
  const languages = lex.language === "en" ? ["en"] : [lex.language, "en"];
  for (const l of languages) for (const w of ATTRIBUTION_WORDS[l] ?? []) set.add(w);
  for (const w of NOT_EVIDENCE) set.delete(w);
  cache.set(lex.language, set);
  return set;
}

/**
 * Is the word at k evidence: an attribution word, in lower case unless it opens its clause (a
 * capitalized one inside the sentence is a name or a headline word: `the State Department`,
 * `Mayor Slams "…"`), or a source phrase (`according to`)?
 */
function evidenceAt(tokens: readonly Token[], k: number, words: ReadonlySet<string>, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  // (A word modifying a noun for words is no verb: `the charged term "…"`.)
  const next = tokens[k + 1];
  if (words.has(t.lower) && next !== undefined && next.word && next.quote === -1 && WORD_NOUNS.has(next.lower)) return false;
  if (words.has(t.lower)) return !t.cap || prev === undefined || !prev.word || prev.quote !== -1;
  // (A cue word that is mostly a noun is a verb before `that` after a noun, not after a
  // determiner, a preposition or an adjective: `the website states that …`, not `the states that …`.)
  if (!t.cap && NOT_EVIDENCE.has(t.lower) && lex.cueVerbs.has(t.lower) && next !== undefined && next.word && next.quote === -1 && VERB_COMPLEMENTIZERS.has(next.lower)) {
    return prev !== undefined && prev.word && prev.quote === -1 && !DETERMINERS.has(prev.lower) && !isPreposition(prev.lower) && !/(al|ern|ing|ic)$/u.test(prev.lower) && !STOP_WORDS.has(prev.lower);
  }
  // Someone's words for themselves: `presents herself as "…"`.
  if (t.lower === "as" && prev !== undefined && prev.quote === -1 && SELF_PRESENTATION.has(prev.lower)) return true;
  // A phrase of asserting: `made clear`, `made the point`.
  if (lex.assertingFirstWords.has(t.lower)) for (const phrase of lex.assertingPhrases) if (phraseAt(tokens, k, phrase)) return true;
  return sourceAt(tokens, k, lex);
}

/** Does a multi-word source phrase (`according to`) start at token k, outside quotations? */
function sourceAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  if (!lex.sourceFirstWords.has(tokens[k]!.lower)) return false;
  for (const phrase of lex.sourceFollows) if (phrase.length >= 2 && phraseAt(tokens, k, phrase)) return true;
  return false;
}

/**
 * Does the token at k, inside a quotation, end a sentence there: a sentence end right before the
 * closing mark, and a capitalized word after it (`… "a breakthrough." The deal …`)?
 */
function endsInside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.word || !SENTENCE_END.test(t.text)) return false;
  const q = t.quote;
  let j = k + 1;
  while (j < tokens.length && tokens[j]!.quote === q && !tokens[j]!.word) j++;
  const next = tokens[j];
  return next === undefined || (next.word && next.cap && next.quote !== q);
}

/**
 * Is there attribution in the sentence of the quotation whose opening mark is token `open` (or
 * whose first inner token is, when it has no mark) and closing mark token `close` (-1 when none)?
 * Always yes in a language with no attribution words (see `data/attribution.ts`). With `text` (a
 * quotation with an opening mark), also when a speaker's verb characterizes something with `as`
 * right before it ({@link characterizedAs}).
 */
export function attributionEvidence(tokens: readonly Token[], open: number, close: number, lex: Lexicon, text?: string): boolean {
  // With no attribution words for the language, a fragment is given the benefit of the doubt.
  if (!ATTRIBUTION_WORDS[lex.language]) return true;
  if (text !== undefined && characterizedAs(tokens, open, lex, text)) return true;
  const words = wordsOf(lex);
  const own = tokens[open]?.quote ?? -1;
  for (let k = open - 1; k >= 0 && open - k <= BEFORE; k--) {
    const t = tokens[k]!;
    if (t.quote === -1) {
      if (SENTENCE_END.test(t.text)) break;
      if (t.word && evidenceAt(tokens, k, words, lex)) return true;
    } else if (t.quote !== own && endsInside(tokens, k)) break;
  }
  if (close === -1) return false;
  // A quotation that ends its sentence (`… as a "breakthrough." The deal …`) has nothing after it.
  let last = close;
  while (last > open && tokens[last]!.quote === own && !tokens[last]!.word && !SENTENCE_END.test(tokens[last]!.text)) last--;
  if (last > open && tokens[last]!.quote === own && endsInside(tokens, last)) return false;
  for (let k = close + 1; k < tokens.length && k - close <= BEFORE; k++) {
    const t = tokens[k]!;
    if (t.quote === -1) {
      if (SENTENCE_END.test(t.text)) break;
      if (t.word && (k - close <= AFTER ? evidenceAt(tokens, k, words, lex) : sourceAt(tokens, k, lex))) return true;
    } else if (endsInside(tokens, k)) break;
  }
  return false;
}

/**
 * Who speaks in a cue-less fragment that its sentence attributes: the subject of the attribution
 * verb nearest before it in its sentence (`the anger that Jane Roe feels about the "rigged" vote`:
 * Jane Roe, not the anger), read right before the verb; null when that verb has none (a
 * participle after a comma, a noun after a determiner or a preposition: `a list of claims`, an
 * object before a time word: `put out a note Tuesday deploring "…"`).
 * With no such verb before it, the agent of a passive verb of saying right after it (`the phrase
 * "…" was uttered twice, by Jane Roe`). `open` and `close` are its marks' tokens (`close` -1 when
 * none).
 */
export function evidenceSubject(tokens: readonly Token[], open: number, close: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  const verbs = lex.attributionVerbs;
  if (verbs.size === 0) return null;
  for (let k = open - 1; k > 0 && open - k <= BEFORE; k--) {
    const t = tokens[k]!;
    if (t.quote !== -1) continue;
    if (SENTENCE_END.test(t.text)) break;
    if (!t.word || t.cap || !verbs.has(t.lower)) continue;
    // (A noun after a determiner or a preposition is no verb: `a list of claims`.)
    const before = tokens[k - 1]!;
    if (!before.word || before.quote !== -1 || isPreposition(before.lower) || DETERMINERS.has(before.lower)) return null;
    const phrase = phraseBefore(tokens, k, lex, text);
    // (The subject stands right before the verb, auxiliaries and adverbs apart: not `the past`
    // in `spending the past week bickering`.)
    let j = k - 1;
    while (j > 0 && tokens[j]!.word && tokens[j]!.quote === -1 && !tokens[j]!.cap && (SKIP_BEFORE_CUE.has(tokens[j]!.lower) || /ly$/u.test(tokens[j]!.lower))) j--;
    return phrase && phrase.end >= tokens[j]!.end && (phrase.kind === "person" || phrase.kind === "pronoun" || phrase.kind === "nominal") ? phrase : null;
  }
  return close === -1 ? null : passiveSayer(tokens, close, verbs, lex, text);
}

/** Most tokens between a passive verb of saying and its `by` (`was uttered once, by`). */
const AGENT_GAP = 3;

/**
 * The agent of a verb of saying in the passive right after the quotation (`the phrase "…" was
 * uttered once, by Jane Roe`): `be`, the participle, at most a few adverbs or commas, `by` and a
 * person or a noun phrase. `close` is the closing mark's token.
 */
function passiveSayer(tokens: readonly Token[], close: number, verbs: ReadonlySet<string>, lex: Lexicon, text: string): SpeakerPhrase | null {
  let k = close + 1;
  const be = tokens[k];
  if (!be || !be.word || be.quote !== -1 || !PASSIVE_BE.has(be.lower)) return null;
  const verb = tokens[k + 1];
  if (!verb || !verb.word || verb.quote !== -1 || !(verbs.has(verb.lower) || lex.cueVerbs.has(verb.lower)) || !PASSIVE_PARTICIPLE.test(verb.lower)) return null;
  // (`be` and the participle are the two tokens after the mark; then the gap, then `by`.)
  for (k += 2; k < tokens.length && k - close <= 2 + AGENT_GAP + 1; k++) {
    const t = tokens[k]!;
    if (t.quote !== -1) return null;
    if (t.word && AGENT_PREPOSITIONS.has(t.lower)) {
      const agent = phraseAfter(tokens, k + 1, lex, text);
      return agent && (agent.kind === "person" || agent.kind === "nominal") ? agent : null;
    }
    if (t.word ? !/ly$/u.test(t.lower) && !SKIP_BEFORE_CUE.has(t.lower) && !COUNT_ADVERBS.has(t.lower) : t.text !== ",") return null;
  }
  return null;
}

/**
 * A quotation that opens its paragraph and runs over paragraphs or is left open (`"…` with no
 * closing mark: a multi-paragraph opening piece, an unclosed one, or a later piece whose first
 * piece was not kept), with nothing announcing it (no colon ending the paragraph before), is an
 * excerpt set off as a block (scraped copy marks each paragraph of a block quotation with an
 * opening mark), not speech, unless a cue attributes it (the caller checks). `previousEnd` is the
 * end offset of the paragraph before (-1 when none).
 */
export function unannouncedBlock(text: string, span: QuoteSpan, paragraphStart: number, previousEnd: number): boolean {
  if (span.kind === "paired" || span.kind === "unopened" || span.openMark !== paragraphStart) return false;
  return previousEnd <= 0 || text.charCodeAt(previousEnd - 1) !== 0x3a;
}

/**
 * Is the cue a headline's: a cue verb capitalized inside its sentence (`Mayor Says Pier ‘Unsafe’`)?
 * Headline copy puts a paraphrase in marks, so a fragment it attributes is no speech of its own,
 * unless the quotation is in the headline itself and a headline cue attributes it (`headline.ts`).
 */
export function headlineCue(tokens: readonly Token[], cue: Cue | null): boolean {
  if (!cue || cue.kind !== "verb") return false;
  const k = tokenAt(tokens, cue.start);
  const t = tokens[k];
  const prev = tokens[k - 1];
  return t !== undefined && t.start === cue.start && t.cap && prev !== undefined && prev.word && prev.quote === -1;
}

/** Characters read after the closing mark of a multi-paragraph quotation for its cue. */
const CHAIN_CUE_REACH = 80;

/**
 * The last piece of the multi-paragraph quotation that span i opens or continues (i itself when
 * it is the last), following `next` links (at most `MAX_CONTINUATION` of them).
 */
export function chainEnd(next: Int32Array, i: number): number {
  let k = i;
  for (let n = 0; n < MAX_CONTINUATION && next[k] !== -1; n++) k = next[k]!;
  return k;
}

/** For each span, the index of the piece that continues it, or -1. */
export function nextPieces(spans: readonly QuoteSpan[]): Int32Array {
  const next = new Int32Array(spans.length).fill(-1);
  for (let j = 0; j < spans.length; j++) if (spans[j]!.continues !== -1) next[spans[j]!.continues] = j;
  return next;
}

/**
 * Is the closed last piece of a multi-paragraph quotation attributed right after its closing
 * mark: a comma or a dash, at most six words (and commas), then a cue verb (`…», a conclu l'avocat`, `…," the
 * lawyer said`, `…», — сказал X`)? Then the pieces before it are that speaker's words too, not a
 * pasted excerpt (`« … ¶ « …», a-t-il dit.`). A lexical test of a bounded window.
 */
export function closesWithCue(text: string, last: QuoteSpan, lex: Lexicon): boolean {
  if (last.closeMark === -1 || last.kind !== "continued") return false;
  const from = last.closeMark + last.closeLength;
  const tokens = tokenize(text, from, Math.min(text.length, from + CHAIN_CUE_REACH));
  let k = 0;
  while (k < tokens.length && !tokens[k]!.word && /^[,\u2012-\u2015-]$/u.test(tokens[k]!.text)) k++;
  // (Commas of an appositive may stand between: `the lawyer, Rémi Blanc, concluded`.)
  for (let n = 0; k < tokens.length && n <= 6; k++) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.text === ",") continue;
      return false;
    }
    n++;
    if (!t.cap && (lex.cueVerbs.has(t.lower) || lex.cueVerbs.has(invertedVerb(t.lower) ?? ""))) return true;
  }
  return false;
}

/**
 * Is the quotation a later piece of a multi-paragraph quotation that is itself left open (it runs
 * on into the next paragraph, or to its own paragraph's end)? With no cue of its own it is the
 * middle of a run-on excerpt (a document, a transcript, a speech pasted whole), not attributed
 * speech; the piece that closes the run, where the attribution sits, stays.
 */
export function openLaterPiece(span: QuoteSpan): boolean {
  return span.kind === "continued" && span.closeMark === -1;
}

/**
 * Does the quotation continue a kept piece of its multi-paragraph quotation, across open later
 * pieces left out ({@link openLaterPiece})? `kept` says whether a piece was kept.
 */
export function continuesKept(spans: readonly QuoteSpan[], span: QuoteSpan, kept: (piece: QuoteSpan) => boolean): boolean {
  // (A chain runs over a bounded number of paragraphs: `MAX_CONTINUATION`.)
  for (let k = span.continues; k !== -1; k = spans[k]!.continues) {
    const piece = spans[k]!;
    if (kept(piece)) return true;
    if (!openLaterPiece(piece)) return false;
  }
  return false;
}

const doubleCache = new WeakMap<readonly QuoteSpan[], boolean>();

/**
 * Does some quotation of the article open with a double mark: the language's, a straight `"`, or
 * a doubled straight `''` (wire copy)?
 */
function quotesWithDoubles(text: string, spans: readonly QuoteSpan[], open: string): boolean {
  let hit = doubleCache.get(spans);
  if (hit === undefined) {
    hit = false;
    for (const s of spans) {
      const ch = s.openMark === -1 ? "" : text[s.openMark];
      if (ch === open || ch === "\"" || (ch === "'" && text[s.openMark + 1] === "'")) {
        hit = true;
        break;
      }
    }
    doubleCache.set(spans, hit);
  }
  return hit;
}

/**
 * Is the quotation a headline-style one in copy that quotes speech with double marks (the
 * language's, straight or doubled ones): opened at the top level by the language's alternate (single) mark
 * (`Mayor slams GOP’s ‘doom’ on rates`), or, with no cue, by a lone straight `'` (a doubled `''`
 * is a double mark)? Such copy keeps single marks for headlines, titles and link lines, which put
 * a paraphrase or a term in them, not speech. Copy that quotes with single marks throughout keeps
 * them. `cued` says whether a cue with a speaker attributes the quotation. (In the headline
 * itself, a quotation a cue attributes is exempt: see `headline.ts`.)
 */
export function headlineMarks(text: string, spans: readonly QuoteSpan[], span: QuoteSpan, system: { open: string; altOpen: string }, cued: boolean): boolean {
  if (span.openMark === -1 || system.altOpen === system.open) return false;
  const mark = text[span.openMark];
  // (In copy whose marks are guillemets or low-9 marks, a `‘…’` is no mark of the language at all:
  // a term or a name, `el ‘caso X’`.)
  const single = mark === system.altOpen || (mark === LEFT_SINGLE && system.open !== LEFT_DOUBLE && system.altOpen !== LEFT_SINGLE) || (!cued && mark === "'" && text[span.openMark + 1] !== "'");
  return single && quotesWithDoubles(text, spans, system.open);
}

/** Most characters of a link after a quotation. */
const LINK_REACH = 200;
const LINK = /^[\s,;:\u2014\u2013-]*(?:https?:\/\/|www\.)\S+\s*$/u;

/**
 * Is the quotation an excerpt of a linked piece: nothing but a web address after it to its
 * paragraph's end (`"Shops will close early on Sunday …" https://example.com/x`)? Copy that
 * excerpts what it links to is quoting text, not speech. `paragraphEnd` is its paragraph's end.
 */
export function linkedExcerpt(text: string, span: QuoteSpan, paragraphEnd: number): boolean {
  if (span.closeMark === -1) return false;
  const from = span.closeMark + span.closeLength;
  if (paragraphEnd - from > LINK_REACH) return false;
  return LINK.test(text.slice(from, paragraphEnd));
}

/**
 * Is the quotation opened by a right double mark in a language that closes with it and opens
 * with another mark (`” … ”` in English copy, whose quotations open with `“`)? Reversed marks are
 * a broken layout (comment threads, signed reader letters), not a quotation the copy reports.
 * (A left mark that closes in one language opens in copy set in another: German `“` stays.)
 */
export function closerOpened(text: string, span: QuoteSpan, system: { open: string; close: string }): boolean {
  if (system.close !== RIGHT_DOUBLE || system.open === RIGHT_DOUBLE) return false;
  // (A closing mark alone is guessed to quote from its paragraph's start: one that starts with
  // the reversed mark is the same broken layout, `” … ,” she wrote`.)
  const at = span.openMark !== -1 ? span.openMark : span.kind === "unopened" ? span.start : -1;
  return at !== -1 && text[at] === RIGHT_DOUBLE;
}

const RIGHT_DOUBLE = "\u201D";
const LEFT_DOUBLE = "\u201C";
const LEFT_SINGLE = "\u2018";

/** Most words of the object between a naming verb and the quotation (`called the new tax plan "…"`). */
const NAMED_OBJECT = 6;

/**
 * The cue of a quotation that is what a speaker calls something: a naming verb in the active
 * voice (`called`, `dubbed`, `labeled`) whose subject before it is a person or a pronoun, then
 * at most a short object with no preposition, then the quotation (`Roe called the plan "a
 * disaster"`, `what he called "…"`, `a rival whom Roe dubbed "…"`). Then the word before the
 * quotation (`called`, `program`) announces that speaker's words, not a name. Null for a naming
 * verb with no agent before it, which names a thing (`a film called "…"`, `was dubbed "…"`, `the
 * so-called "…"`, `a book by Jane Roe called "…"`). `cue` is the quotation's cue when found: kept
 * when it is that verb with that subject.
 */
export function agentNaming(tokens: readonly Token[], open: number, cue: Cue | null, lex: Lexicon, text: string): Cue | null {
  if (open <= 0) return null;
  // The naming verb: the nearest word before the object words (no preposition, punctuation or
  // other quotation between).
  let v = open - 1;
  while (v >= 0 && open - v - 1 <= NAMED_OBJECT) {
    const t = tokens[v]!;
    if (t.quote !== -1 || !t.word) return null;
    if (AGENT_NAMING_VERBS.has(t.lower)) break;
    if (isPreposition(t.lower)) return null;
    v--;
  }
  const verb = tokens[v];
  if (!verb || v < 0 || !AGENT_NAMING_VERBS.has(verb.lower)) return null;
  // Active voice: no form of `be` before the verb (adverbs and `has` skipped), and not `so called`.
  let j = v - 1;
  while (j >= 0 && tokens[j]!.word && tokens[j]!.quote === -1 && !PASSIVE_BE.has(tokens[j]!.lower) && (SKIP_BEFORE_CUE.has(tokens[j]!.lower) || /ly$/u.test(tokens[j]!.lower))) j--;
  const prev = tokens[j];
  if (prev && prev.word && PASSIVE_BE.has(prev.lower)) return passiveAgent(tokens, open, verb, lex, text);
  if (prev && prev.word && (prev.lower === "so" || prev.lower === "get" || prev.lower === "got")) return null;
  // (A participle with its `by` agent after the quotation is a passive without `be`: `emails
  // labeled "secret" by the agency`.)
  return (PASSIVE_PARTICIPLE.test(verb.lower) ? passiveAgent(tokens, open, verb, lex, text) : null) ?? activeNaming(tokens, open, cue, verb, v, lex, text);
}

/** The active-voice reading of {@link agentNaming}: the naming verb at token `v` and its subject before it. */
function activeNaming(tokens: readonly Token[], open: number, cue: Cue | null, verb: Token, v: number, lex: Lexicon, text: string): Cue | null {
  // (The verb's subject beats a cue elsewhere in the sentence: in `a clip that Judge Roe called
  // "distasteful," Doe expressed …` the words are the judge's.)
  const own = cue !== null && cue.kind === "verb" && cue.start === verb.start && cue.speaker !== null;
  const speaker = own ? cue.speaker : (phraseBefore(tokens, v, lex, text) ?? relativeSubject(tokens, v, text));
  if (!speaker || speaker.end > verb.start) return null;
  // (A phrase after a preposition, role words and determiners between, is no subject: `a
  // collection from the cartoonist Jane Roe called "…"`; a relative opens one: `what aide Roe called`.)
  const at = tokenAt(tokens, speaker.start);
  // (`they` gives a group's word for something only after `what`: `what they called "…"`; `which
  // they called "…"` names a thing.)
  if (speaker.kind === "group-pronoun" && !(at > 0 && tokens[at - 1]!.word && tokens[at - 1]!.quote === -1 && FREE_RELATIVES.has(tokens[at - 1]!.lower))) return null;
  // (A noun phrase speaks only when it opens its clause: in `it was a campaign called "…"` it is
  // the predicate, and what follows names it.)
  const opener = tokens[at - 1];
  if (speaker.kind === "nominal" && opener && opener.word && opener.quote === -1 && !OBJECT_RELATIVES.has(opener.lower) && !COORDINATING_AND.has(opener.lower)) return null;
  // (After a noun phrase, a capitalized quotation is a name: `A news site called "The Harbour"
  // reported …`; so it is right after a name that opens no clause: `a film starring Jane Roe
  // called "Harbour Lights"`, where a relative opens one: `what Roe called "Year Zero"`.)
  let first = open + 1;
  // (Past a doubled mark's second half: `''…''`.)
  while (first < tokens.length && !tokens[first]!.word && tokens[first]!.quote === tokens[open]!.quote && tokens[first]!.start === tokens[first - 1]!.end) first++;
  if (tokens[first]?.cap && (speaker.kind === "nominal" || (v === open - 1 && !(opener && OBJECT_RELATIVES.has(opener.lower))))) return null;
  for (let k = at - 1; k >= 0 && at - k <= 3; k--) {
    const t = tokens[k]!;
    if (!t.word || t.quote !== -1 || t.cap || OBJECT_RELATIVES.has(t.lower)) break;
    if (isPreposition(t.lower)) return null;
  }
  return own ? cue : { start: verb.start, end: verb.end, kind: "verb", speaker, adjacent: false };
}

/** Most words of the subject between a free relative and its naming verb (`what one local critic dubbed`). */
const RELATIVE_SUBJECT = 4;

/**
 * The subject of a naming verb at token `v` in a free relative clause, read whole when the
 * phrase reader does not take it (`in what one rural conservative has dubbed "…"`): a determiner
 * right after `what`, then words up to the verb (auxiliaries skipped). Null otherwise.
 */
function relativeSubject(tokens: readonly Token[], v: number, text: string): SpeakerPhrase | null {
  let b = v - 1;
  while (b >= 0 && tokens[b]!.word && tokens[b]!.quote === -1 && SKIP_BEFORE_CUE.has(tokens[b]!.lower)) b--;
  for (let w = b - 1; w >= 0 && b - w <= RELATIVE_SUBJECT; w--) {
    const t = tokens[w]!;
    if (!t.word || t.quote !== -1) return null;
    if (!FREE_RELATIVES.has(t.lower)) continue;
    const first = tokens[w + 1]!;
    if (w + 1 >= b || !(DETERMINERS.has(first.lower) || PRONOMINAL_DETERMINERS.has(first.lower))) return null;
    const phrase = describe(tokens, w + 1, b, text);
    return phrase && phrase.kind === "nominal" ? phrase : null;
  }
  return null;
}

/**
 * A naming verb in the passive voice whose agent follows the quotation (`has been called "…" by
 * Jane Roe`, `labeled "…" by the ministry`): that agent's word for something. Null unless `by`
 * and a person or a noun phrase follow the closing mark right away (`was dubbed "…"` names a thing).
 */
function passiveAgent(tokens: readonly Token[], open: number, verb: Token, lex: Lexicon, text: string): Cue | null {
  const own = tokens[open]!.quote;
  let k = open + 1;
  while (k < tokens.length && tokens[k]!.quote === own) k++;
  const by = tokens[k];
  if (!by || !by.word || by.quote !== -1 || by.lower !== "by") return null;
  const speaker = phraseAfter(tokens, k + 1, lex, text);
  if (!speaker || speaker.kind === "pronoun" || speaker.kind === "group-pronoun") return null;
  return { start: verb.start, end: verb.end, kind: "verb", speaker, adjacent: false };
}

/** Most words between a verb and `as` (`pounding the senator from Ohio as a "…"`). */
const AS_OBJECT = 6;
const AS_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the"]);

/**
 * Is the quotation what a speaker calls someone or something with `as` (`Roe has been pounding
 * the mayor as a "…"`, `she dismissed the plan as "…"`): `as` (and an article) right before the
 * opening mark, a short object with no preposition or punctuation before it, and a verb whose
 * subject is a person or a pronoun? A verb with no agent (`known as "…"`, `is listed as "…"`,
 * `a film billed as "…"`) says what a thing is called, not whose words they are.
 */
export function characterizedAs(tokens: readonly Token[], open: number, lex: Lexicon, text: string): boolean {
  let k = open - 1;
  if (k >= 0 && tokens[k]!.word && tokens[k]!.quote === -1 && AS_DETERMINERS.has(tokens[k]!.lower)) k--;
  const as = tokens[k];
  if (!as || !as.word || as.quote !== -1 || as.lower !== "as") return false;
  for (let v = k - 1; v >= 0 && k - v - 1 <= AS_OBJECT; v--) {
    const t = tokens[v]!;
    if (t.quote !== -1 || !t.word || isPreposition(t.lower)) return false;
    if (t.cap || PASSIVE_BE.has(t.lower) || OBJECT_RELATIVES.has(t.lower) || SKIP_BEFORE_CUE.has(t.lower)) continue;
    // (What a thing goes by: `known as "…"`, `billed as "…"`.)
    if (NAME_PARTICIPLES.has(t.lower)) return false;
    // (Active voice: no form of `be` before the verb, auxiliaries and adverbs skipped, `is known
    // as`, `was seen as`, but for a progressive: `has been steadily pounding the mayor as`.)
    let a = v;
    let be = false;
    for (let n = 0; n < 4 && a > 0; n++) {
      const w = tokens[a - 1]!;
      if (!w.word || w.quote !== -1 || w.cap) break;
      if (PASSIVE_BE.has(w.lower)) be = true;
      else if (!SKIP_BEFORE_CUE.has(w.lower) && !/ly$/u.test(w.lower)) break;
      a--;
    }
    if (be && !t.lower.endsWith("ing")) return false;
    const speaker = phraseBefore(tokens, a, lex, text);
    if (!speaker || speaker.kind === "group-pronoun" || speaker.kind === "nominal") continue;
    return true;
  }
  return false;
}
