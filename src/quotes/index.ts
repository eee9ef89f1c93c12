/**
 * Quotes stage: every quotation in the content lines, with its speaker and cue.
 *
 *   paragraphs -> mark pairing and multi-paragraph joining (spans) -> tokens around each
 *   quotation -> cue and speaker phrase (cues, speaker) -> speech or not, direct or partial
 *   (classify) -> coreference (coref) -> Quote
 *
 * Linear time: one pairing scan per paragraph with bounded lookahead, tokens only in bounded
 * windows around quotations, cue search in a bounded window, at most {@link MAX_QUOTES_PER_PARAGRAPH}
 * quotations per paragraph.
 *
 * @module
 */
import type { Language, Line, LineKind, Quote } from "../schema/article.js";
import { isSpeech, labelHeads, quoteKind, shapeOf } from "./classify.js";
import { cjkCue, cjkCuePhrases, type CjkQuote, cjkKind, cjkSubject, isCjk } from "./cjk.js";
import { headlineCue as headlineAttribution, isHeadline, titleCaseLine } from "./headline.js";
import { agentNaming, attributionEvidence, chainEnd, closerOpened, closesWithCue, continuesKept, nextPieces, evidenceSubject, headlineCue, headlineMarks, linkedExcerpt, openLaterPiece, unannouncedBlock } from "./evidence.js";
import { namedWithRole, type Resolved, SpeakerMemory } from "./coref.js";
import { givenNameStart } from "./gender.js";
import { type Cue, findCue, nounUse, speechEvidence } from "./cues.js";
import { type Lexicon, lexicon } from "./lexicon.js";
import { contentParagraphs, type Paragraph } from "./paragraphs.js";
import { clauseSubject, isPreposition, nearestPerson, phraseAfter, phraseBefore, sentenceSubject, type SpeakerPhrase, speechNounOwner } from "./speaker.js";
import { CLAUSE_OPENERS, COORDINATED_ARTICLES, COORDINATING_CONJUNCTIONS, EXPLETIVE_SKIP, EXPLETIVE_SOURCE_PREPOSITIONS, EXPLETIVES, NAMES_IN_QUOTES, NAMING_OBJECT_ARTICLES, NOMINAL_HEADS, ROLE_WORDS, VERB_SECOND } from "./data/words.js";
import { blockMarker, findSpans, type QuoteSpan } from "./spans.js";
import { splitIncises } from "./incise.js";
import { type Token, tokenAt, tokenize } from "./tokens.js";
import { DOUBLE_MARKS, MARK_SYSTEMS, DEFAULT_SYSTEM } from "./data/marks.js";
import { pairMarks } from "./pairing.js";

/** What the quotes stage needs from earlier stages. */
export interface QuoteContext {
  /** The article language, for quote-mark systems and cue verbs. */
  language: Language;
  /** Spans no quote or speaker may come from, such as the dateline. */
  exclude: readonly { start: number; end: number }[];
}

/** Most quotations read in one paragraph (real copy has a handful). */
export const MAX_QUOTES_PER_PARAGRAPH = 64;
/** Characters tokenized before and after each quotation. */
const WINDOW_BEFORE = 420;
const WINDOW_AFTER = 260;
/** Characters of a paragraph without quotations scanned for cues (for coreference). */
const CUE_SCAN = 800;
/** Characters of a Chinese, Japanese or Korean paragraph with quotations read for the cues outside them. */
const CJK_CUE_SCAN = 3200;

const BASE_CONFIDENCE: Record<QuoteSpan["kind"], number> = {
  paired: 0.9,
  opening: 0.85,
  continued: 0.85,
  unclosed: 0.45,
  unopened: 0.4,
};

interface Found {
  span: QuoteSpan;
  cue: Cue | null;
  kind: "direct" | "partial";
  speaker: Resolved | null;
  confidence: number;
}

/** Find every quotation in the content lines, with its speaker and cue. */
export function extractQuotes(text: string, lines: readonly Line[], context: QuoteContext): Quote[] {
  const language = context.language.code;
  const lex = lexicon(language);
  const paragraphs = contentParagraphs(lines);
  // (A quotation with an attribution incise inside its marks is two quotations: `incise.ts`.)
  const spans = splitIncises(text, findSpans(text, paragraphs, language), lex);
  if (spans.length === 0) return [];
  const memory = new SpeakerMemory(text);
  const exclude = context.exclude;
  const excluded = exclude.length === 0 ? neverExcluded : (start: number, end: number) => overlapsAny(exclude, start, end);
  // Paragraphs after the last quotation cannot change any attribution.
  const lastParagraph = spans[spans.length - 1]!.paragraph;
  const system = MARK_SYSTEMS[language] ?? DEFAULT_SYSTEM;
  // Chinese, Japanese and Korean attribution is read from the characters (see `cjk.ts`).
  const cjk = isCjk(language);

  const byParagraph = new Map<number, QuoteSpan[]>();
  for (const s of spans) {
    if (excluded(s.start, s.start + 1)) continue;
    const list = byParagraph.get(s.paragraph) ?? [];
    if (list.length < MAX_QUOTES_PER_PARAGRAPH) list.push(s);
    byParagraph.set(s.paragraph, list);
  }

  const found: Found[] = [];
  const bySpan = new Map<QuoteSpan, Found>();
  // The pieces of multi-paragraph quotations (`opening` → `continued` …), linked forward.
  const next = nextPieces(spans);
  const spanIndex = new Map<QuoteSpan, number>();
  for (let i = 0; i < spans.length; i++) if (spans[i]!.kind === "opening" || spans[i]!.kind === "continued") spanIndex.set(spans[i]!, i);
  let announced: { paragraph: number; speaker: Resolved } | null = null;
  let lastSubject: { paragraph: number; phrase: SpeakerPhrase | null } | null = null;
  // (Plain loops here: this runs once per paragraph and per quotation.)
  // (One paragraph past the last quotation: it may sign it, `— Jane Roe`.)
  for (let pi = 0; pi <= lastParagraph + 1 && pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const list = byParagraph.get(pi);
    if (!list) {
      // A paragraph that is a dash and a name signs the quotations before it that have no cue.
      const signer = byParagraph.has(pi - 1) ? signature(text, p, lex, excluded) : null;
      if (signer) {
        for (const f of found) if (f.span.paragraph === pi - 1 && !f.cue?.speaker) f.speaker = memory.resolve(signer, p.start);
      }
      if (pi > lastParagraph) break;
      // Only the paragraphs just before a quotation can hold the antecedent of its `he`.
      if (nearQuote(byParagraph, pi) && (cjk || mayHoldCue(text, p))) {
        const last = cjk ? scanCjkCues(text, p, language, memory, excluded) : scanCues(text, p, lex, memory, excluded);
        // `He said:` alone before a paragraph that is the quotation.
        // (Or a full-width colon: `毛宁说：`.)
        if (last && (text.charCodeAt(p.end - 1) === 0x3a || text.charCodeAt(p.end - 1) === 0xff1a)) announced = { paragraph: pi, speaker: last };
      }
      if (byParagraph.has(pi + 1)) lastSubject = { paragraph: pi, phrase: lastSentenceSubject(text, p, lex, excluded) };
      continue;
    }
    const tokens = windowTokens(text, p, list, excluded);
    // A headline (`Roe Rips Plan As A 'Disaster'`): its cues are read as such (see `headline.ts`).
    const headline = !cjk && isHeadline(p, pi, paragraphs.length, lineKind(lines, p.line));
    const titleCase = headline && titleCaseLine(tokens);
    const marks: [number, number, number, number][] = [];
    for (let qi = 0; qi < list.length; qi++) marks.push(markTokens(tokens, list[qi]!, qi, p));
    // First what each quotation is and its cue; then speakers in text order, with the cues
    // outside quotations, so that `he` finds the right earlier speaker.
    type Pending = {
      s: QuoteSpan;
      cue: Cue | null;
      cued: boolean;
      kind: "direct" | "partial";
      subject: SpeakerPhrase | null;
      fallback: SpeakerPhrase | null;
      /** Attributed by a headline cue: 1, in a Title Case headline: 2; else 0. */
      headline: number;
      /** Takes no speaker from the context (a Chinese, Japanese or Korean term in marks: `推进“放管服”改革`). */
      term: boolean;
    };
    const cues: (Cue | null)[] = [];
    /** The quotations a headline cue attributes. */
    const headlined: boolean[] = [];
    const ranges = cjk ? quoteRanges(list) : [];
    for (let qi = 0; qi < list.length; qi++) {
      if (cjk) {
        cues.push(cjkCue(text, cjkQuote(list[qi]!, p, ranges), language));
        continue;
      }
      const [open, close, from] = marks[qi]!;
      const general = subjectForPronoun(findCue(tokens, open === -1 ? from : open, close, lex, text), tokens, open, lex, text, memory);
      // In a headline, a headline cue unless the general search found one that is no headline's
      // (in Title Case, where capitals run names into verbs, the headline cue first).
      // (And where the general search read the headline's colon: the headline reads a name after
      // `from` there, `Advice From Jane Roe: '…'`.)
      const inHeadline = headline && (titleCase || !general?.speaker || general.kind === "colon" || headlineCue(tokens, general)) ? headlineAttribution(tokens, open, close, lex, text) : null;
      headlined[qi] = inHeadline !== null;
      const cue = inHeadline ?? general;
      const source = sourceForExpletive(cue, tokens, lex, text);
      // A closing mark alone that no cue next to it confirms is left out below: its words are
      // the reporter's again, read as such for the quotations after it.
      if (list[qi]!.kind === "unopened" && !(source?.speaker && source.adjacent)) unmark(tokens, qi);
      cues.push(source);
    }
    // (Read after the cues: a closing mark alone may have given its words back.)
    const alone = aloneInParagraph(tokens);
    // A quotation with no cue of its own shares the cue after the next quotation of its
    // sentence (`Die „A“ hätten „B“, so Murtha.`, `called it "a" and "b," said X`).
    for (let qi = list.length - 2; qi >= 0; qi--) {
      if (cues[qi]?.speaker) continue;
      const next = cues[qi + 1];
      const close = marks[qi]![1];
      const [nextOpen, nextClose] = marks[qi + 1]!;
      if (!next?.speaker || close === -1 || nextOpen === -1 || nextClose === -1 || next.start < tokens[nextClose]!.end) continue;
      if (sameSentence(tokens, close + 1, nextOpen)) cues[qi] = { ...next, adjacent: false };
    }
    // The half of a quotation after an incise inside its marks has the incise's cue when it has
    // none of its own (`«Мы готовы, — подчеркнула она. — Осталось …»`).
    for (let qi = 1; qi < list.length; qi++) if (list[qi]!.afterIncise && !cues[qi]?.speaker && cues[qi - 1]?.speaker) cues[qi] = { ...cues[qi - 1]!, adjacent: true };
    const kept: Pending[] = [];
    /** The index of the last quotation of the paragraph kept so far. */
    let keptIndex = -1;
    for (let qi = 0; qi < list.length; qi++) {
      const s = list[qi]!;
      const [open, close, from, to] = marks[qi]!;
      const shaped = shapeOf(tokens, from, to, open, close, s.openMark > 0 ? text[s.openMark - 1]! : "", lex, alone);
      // (In a Title Case headline capitals say nothing: a cued quotation there is no title or
      // nickname for them.)
      const read = titleCase && headlined[qi] ? { ...shaped, titleCase: false, allCapitalized: false, nickname: false, upper: shaped.upper && shaped.sentenceStart } : shaped;
      const found = cues[qi]!;
      const namesInQuotes = NAMES_IN_QUOTES.has(language);
      // What a speaker calls something is no name the copy gives it (`Roe called the plan "…"`).
      // (Or with an indefinite article between: `what she called a "mess"`.)
      const article = open > 0 && tokens[open - 1]!.word && tokens[open - 1]!.quote === -1 && NAMING_OBJECT_ARTICLES.has(tokens[open - 1]!.lower);
      const naming = (read.namedBefore || article) && !namesInQuotes ? agentNaming(tokens, open, found, lex, text) : null;
      const shape = naming ? { ...read, namedBefore: false, labelAfter: false } : read;
      const raw = naming ?? found;
      const cue = raw && raw.speaker && excluded(raw.speaker.start, raw.speaker.end) ? { ...raw, speaker: null } : raw;
      const cued = cue !== null && cue.speaker !== null;
      // (A cue with a speaker in a headline: a headline cue, or one the general search found that
      // is no capitalized headline verb.)
      const headlineCued = headline && cued && ((headlined[qi] === true && cue === found) || !headlineCue(tokens, cue));
      if (s.kind === "unopened" && !(cued && cue.adjacent)) continue;
      const continuation = s.continues !== -1 && bySpan.has(spans[s.continues]!);
      // (A noun for words that a verb of saying or using takes is evidence itself: `refused to use
      // the words "…"`; see `classify.ts`.)
      let evidence = !cued && (shape.spokenWords === true || shape.slogan === true || (namesInQuotes ? speechEvidence(tokens, open === -1 ? from : open, close, lex) : attributionEvidence(tokens, open === -1 ? from : open, close, lex, open === -1 ? undefined : text)));
      // (The second of two coordinated fragments shares the first's evidence: `pounded Roe as a
      // "…" and a "…"`.)
      if (!cued && !evidence && qi > 0 && keptIndex === qi - 1 && marks[qi - 1]![1] !== -1 && open !== -1 && coordinated(tokens, marks[qi - 1]![1], open)) evidence = true;
      // Not quotations the copy reports: a mark left open that no cue right next to it confirms,
      // the open middle of a run-on excerpt, headline-style single marks, an excerpt of a linked
      // piece, reversed marks (see `evidence.ts`).
      // (A multi-paragraph quotation attributed after its last piece: every piece is speech.)
      const i = spanIndex.get(s);
      const endCued = !cued && lex.chainCue && i !== undefined && next[i] !== -1 && closesWithCue(text, spans[chainEnd(next, i)]!, lex);
      if (endCued) {
        // Kept as the attributed last piece's words (its speaker is given below).
      } else if ((s.kind === "unclosed" && !(cued && cue.adjacent)) || (!cued && openLaterPiece(s)) || (!headlineCued && !shape.spokenWords && headlineMarks(text, spans, s, system, cued)) || linkedExcerpt(text, s, p.end) || closerOpened(text, s, system)) continue;
      if (!endCued && !continuation && !continuesKept(spans, s, (piece) => bySpan.has(piece)) && ((!cued && unannouncedBlock(text, s, p.start, paragraphs[pi - 1]?.end ?? -1)) || !isSpeech(shape, cued && (headlineCued || !headlineCue(tokens, cue)), cue?.adjacent ?? false, namesInQuotes, evidence))) continue;
      // A headline's title of a work or name of a thing stays out whatever cues it (`Roe Slams 'Night Desk' Star`).
      if (headlineCued && !(shape.clause && shape.words >= 3) && (shape.workNear || shape.namedBefore || shape.labelAfter || (titleCase && capitalLabelAfter(tokens, marks[qi]!, lex)))) continue;
      if (s.kind === "unclosed" && !cued && !shape.clause) continue;
      const kind = s.kind === "continued" || s.kind === "opening" ? "direct" : cjk ? cjkKind(text.slice(s.start, s.end), cue, language) : quoteKind(shape);
      // With no cue, the subject of the quotation's sentence speaks (when it has one).
      // (Or, for a fragment its sentence attributes, the subject of the attribution verb before it:
      // `the anger that Roe feels about the "rigged" vote`; see `evidence.ts`.)
      // (Or the owner of a noun of saying right before it: `her pledge to stay "impartial"`.)
      // (In Chinese, Japanese and Korean copy: the topic of the sentence, `首相は「…」を掲げた`.)
      const subject = cued || open === -1 ? null : cjk ? cjkSubject(text, cjkQuote(s, p, ranges), language) : ((evidence ? evidenceSubject(tokens, open, close, lex, text) : null) ?? speechNounOwner(tokens, open, lex, text) ?? sentenceSubject(tokens, open, lex, text));
      const near = cued || open === -1 || cjk ? null : nearestPerson(tokens, open, text);
      keptIndex = qi;
      kept.push({
        s,
        cue,
        cued,
        headline: headlineCued ? (titleCase ? 2 : 1) : 0,
        kind,
        subject: subject && !excluded(subject.start, subject.end) && !expletive(subject, lex) && !reportedTopic(subject, tokens, lex) && !droppedSubjectVerb(subject, lex, memory) ? subject : null,
        fallback: near && !excluded(near.start, near.end) ? near : null,
        // (Where no attribution words sort terms from speech, a fragment with no cue and no
        // topic inside the reporter's sentence is a term, not someone's words.)
        term: cjk && !cued && !subject && kind === "partial" && s.kind === "paired",
      });
    }
    const used = new Set<number>();
    for (const k of kept) if (k.cue) used.add(k.cue.start);
    type Event = { at: number; quote?: Pending; phrase?: SpeakerPhrase };
    const events: Event[] = [];
    if (cjk) {
      for (const c of cjkCuePhrases(text, p.start, Math.min(p.end, p.start + CJK_CUE_SCAN), ranges, language)) if (!used.has(c.cue) && !excluded(c.phrase.start, c.phrase.end)) events.push({ at: c.phrase.start, phrase: c.phrase });
    } else for (const phrase of cuePhrases(tokens, lex, text, used)) events.push({ at: phrase.start, phrase });
    for (const k of kept) events.push({ at: k.cue?.speaker?.start ?? k.subject?.start ?? k.s.start, quote: k });
    events.sort(byAt);
    let previous: Resolved | null = null;
    // A cue's speaker between two quotations of the paragraph (`"A," Roe said. Doe added that
    // … "B"`): the later quotation's, before the earlier quotation's.
    // (Only from a sentence of its own: not `"A," Roe said where Doe also spoke. "B"`.)
    let sincePrevious: Resolved | null = null;
    let previousEnd = -1;
    const ends = sentenceEnds(tokens);
    for (const e of events) {
      if (e.phrase) {
        const resolved = memory.resolve(e.phrase, p.start);
        if (resolved && previousEnd !== -1 && ends[tokenAt(tokens, e.phrase.start)]! > ends[tokenAt(tokens, previousEnd)]!) sincePrevious = resolved;
        continue;
      }
      const { s, cue, cued, kind, subject, fallback, term, headline: headed } = e.quote!;
      let speaker: Resolved | null = null;
      // A pronoun refers to the subject of the paragraph before when no speaker was named since
      // (`Le ministre Paul Roux a reçu les syndicats. ¶ « … », a-t-il dit.`): remembered first.
      const before = lastSubject?.paragraph === pi - 1 ? lastSubject.phrase : null;
      if (cue?.speaker?.kind === "pronoun" && before && (memory.last()?.mention.start ?? -1) < before.start && headsClause(text, before) && memory.agrees(before.name, cue.speaker.name, before)) memory.resolve(before, p.start);
      // A pronoun after a sentence of its paragraph whose subject is a person named since the
      // last speaker (`Health Minister Paul Roux presented the plan. "…," he said.`): that person.
      // (A role alone the same way, when that person was named with it: `Paul Roux, the health
      // minister, presented the plan. "…," the minister said.`)
      const said = cue?.speaker;
      if (said && (said.kind === "pronoun" || (said.kind === "nominal" && said.definite && !said.name.includes(" ") && ROLE_WORDS.has(said.head)))) {
        const fits = (a: SpeakerPhrase): boolean => (said.kind === "pronoun" ? memory.agrees(a.name, said.name, a) : namedWithRole(text, a, said.head));
        const antecedent = earlierSentenceSubject(tokens, said.start, lex, text, p, fits);
        const last = memory.last();
        // (Or an older one when the last speaker has the other gender: `… sa Lars Holm. "…", sa hon.`)
        const stale = last !== null && said.kind === "pronoun" && !memory.agrees(last.name, said.name, last.mention);
        if (antecedent && (!last || last.mention.start < antecedent.start || stale)) memory.resolve(antecedent, p.start);
      }
      if (cue?.speaker) speaker = memory.resolve(cue.speaker, p.start);
      if (!speaker && subject) speaker = memory.resolve(subject, p.start);
      const continuation = s.continues !== -1 ? bySpan.get(spans[s.continues]!) : undefined;
      if (!speaker && continuation) speaker = continuation.speaker;
      if (!speaker && announced && announced.paragraph === pi - 1 && s.openMark === p.start) speaker = announced.speaker;
      // A quotation alone in its paragraph, after a paragraph whose last sentence has the last
      // speaker for subject (`Roe was quick to add that … ¶ "…"`): that nearer mention.
      if (!speaker && !previous && alone && lastSubject?.paragraph === pi - 1 && lastSubject.phrase) speaker = nearerMention(lastSubject.phrase, memory, p.start);
      // (A cue verb whose speaker phrase was not read takes the person next to the quotation
      // before the last speaker: `Gov. Jane Roe (R-OH), said, "…"`.)
      if (!speaker && cue && !cue.speaker && !previous && fallback) speaker = memory.resolve(fallback, p.start);
      if (!speaker && !term) speaker = (previous ? sincePrevious : null) ?? previous ?? memory.last();
      if (!speaker && fallback) speaker = memory.resolve(fallback, p.start);
      if (speaker) previous = speaker;
      sincePrevious = null;
      previousEnd = s.end;

      let confidence = BASE_CONFIDENCE[s.kind];
      if (!cued) confidence -= 0.15;
      // A headline cue is read from few words, and headlines paraphrase.
      if (headed) confidence -= 0.1 * headed;
      if (!speaker) confidence -= 0.2;
      if (s.openMark !== -1 && text[s.openMark] !== system.open && text[s.openMark] !== system.altOpen) confidence -= 0.05;
      const f: Found = { span: s, cue, kind, speaker, confidence: Math.max(0.05, Math.min(1, Math.round(confidence * 100) / 100)) };
      found.push(f);
      bySpan.set(s, f);
    }
  }

  // A multi-paragraph quotation has one speaker: the first piece's when it had none.
  // (Back from the last piece, so that a cue after it names every piece before: `« … ¶ « …», a-t-il dit.`)
  const given = new Set<Found>();
  for (let n = found.length - 1; n >= 0; n--) {
    const f = found[n]!;
    if (f.span.continues === -1) continue;
    const first = bySpan.get(spans[f.span.continues]!);
    if (first && !first.cue?.speaker && (f.cue?.speaker || given.has(f)) && f.speaker) {
      first.speaker = f.speaker;
      given.add(first);
    }
  }

  // A quotation in double marks inside one in double marks is a quotation too (the pairing keeps
  // outermost pairs only): the outer one's speaker quoted it.
  if (!cjk) for (const f of found.slice()) for (const inner of sameMarkNested(text, f, language)) found.push(inner);

  found.sort(byStart);
  const quotes: Quote[] = [];
  for (const f of found) quotes.push(toQuote(text, f, lines));
  return quotes;
}

/**
 * A personal pronoun that speaks in a clause after its sentence's subject (`Ban condemned what
 * he called "…"`, `Clinton told them that she believes …, saying "…"`, `She said she recalls
 * "…"`) is that subject: the subject is the speaker's mention.
 */
function subjectForPronoun(cue: Cue | null, tokens: readonly Token[], open: number, lex: Lexicon, text: string, memory: SpeakerMemory): Cue | null {
  const pronoun = cue?.speaker;
  if (!cue || !pronoun || pronoun.kind !== "pronoun" || open === -1 || pronoun.end > tokens[open]!.start) return cue;
  // (In verb-second order the pronoun after the verb is the subject itself: `Dann sagte er`.)
  if (VERB_SECOND.has(lex.language)) return cue;
  // (The sentence may hold other quotations before: `X says A is "…" but B is what he calls "…"`.)
  const at = tokenAt(tokens, pronoun.start);
  const subject = sentenceSubject(tokens, open, lex, text) ?? clauseSubject(tokens, at, lex, text);
  if (!subject || subject.end > pronoun.start) return cue;
  // The same pronoun, or a person: a full name, or a single name already known as a speaker
  // (a capitalized first word alone may be anything: `Asked`, `Proposals`).
  // (Not when the later pronoun opens a clause of its own: `She had a line back when she said "…"`.)
  const same = subject.kind === "pronoun" && subject.name.toLowerCase() === pronoun.name.toLowerCase();
  // (Or a single name that a cue verb follows: `Roe said that … he has begun "…"`.)
  const person = subject.kind === "person" && (subject.name.includes(" ") || memory.knows(subject.name) || cueVerbAfter(tokens, subject, lex));
  // (A pronoun opening a clause of its own is its own mention: `Roe credits …, but he said "…"`.)
  return (same || person) && !ownClause(tokens[at - 1]) ? { ...cue, speaker: subject } : cue;
}

/** Is the word right after the phrase a cue verb (`Roe said`, `Roe boasted`)? */
function cueVerbAfter(tokens: readonly Token[], phrase: SpeakerPhrase, lex: Lexicon): boolean {
  const next = tokens[tokenAt(tokens, phrase.end)];
  return next !== undefined && next.word && next.quote === -1 && !next.cap && lex.cueVerbs.has(next.lower);
}

/** Does a pronoun after this token open a clause of its own (`when she said`, `, he said`)? */
function ownClause(before: Token | undefined): boolean {
  return !before || !before.word || before.quote !== -1 || CLAUSE_OPENERS.has(before.lower);
}

/**
 * An expletive pronoun is no speaker (`In dem Antrag heißt es: „…“`): the noun phrase after the
 * preposition that opens its clause is the source.
 */
function sourceForExpletive(cue: Cue | null, tokens: readonly Token[], lex: Lexicon, text: string): Cue | null {
  const pronoun = cue?.speaker;
  if (!cue || !pronoun || !(EXPLETIVES[lex.language] ?? []).includes(pronoun.name.toLowerCase())) return cue;
  let k = tokenAt(tokens, pronoun.start) - 1;
  let prep = -1;
  for (; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.quote !== -1 || !t.word) break;
    if (isPreposition(t.lower)) prep = k;
  }
  if (prep !== -1) {
    const source = phraseAfter(tokens, prep + 1, lex, text);
    if (source && source.end <= pronoun.start && (source.kind === "nominal" || source.kind === "person")) return { ...cue, speaker: source };
  }
  // The source after the expletive: `hieß es in der Rede`, `hieß es vom Abgeordneten X`.
  const preps = EXPLETIVE_SOURCE_PREPOSITIONS[lex.language] ?? [];
  const at = tokenAt(tokens, pronoun.start);
  for (let j = at + 1; j < tokens.length && j - at <= 4; j++) {
    const t = tokens[j]!;
    if (t.quote !== -1 || !t.word) break;
    if (preps.includes(t.lower)) {
      const source = phraseAfter(tokens, j + 1, lex, text);
      if (source && (source.kind === "nominal" || source.kind === "person")) return { ...cue, speaker: source };
      break;
    }
    if (!EXPLETIVE_SKIP.has(t.lower)) break;
  }
  // No source in sight: the expletive speaks for no one; the quotation falls back on its context.
  return { ...cue, speaker: null };
}

/**
 * Is the subject the topic of reported speech rather than its speaker (`Die Klauseln seien
 * „alarmierend“`): a noun phrase right before a reported-speech verb? The speaker is then the one
 * reported before.
 */
function reportedTopic(subject: SpeakerPhrase, tokens: readonly Token[], lex: Lexicon): boolean {
  if (subject.kind === "pronoun" || subject.kind === "group-pronoun") return false;
  let k = tokenAt(tokens, subject.start);
  while (k < tokens.length && tokens[k]!.start < subject.end) k++;
  const next = tokens[k];
  return next !== undefined && next.word && next.quote === -1 && lex.reported.has(next.lower);
}

/**
 * Is a cue-less sentence's subject one capitalized word no speaker had before, in a language
 * that drops subjects? There it is most often the sentence's verb (`Pidió más fondos para …
 * «…»`), not a name.
 */
function droppedSubjectVerb(phrase: SpeakerPhrase, lex: Lexicon, memory: SpeakerMemory): boolean {
  return lex.proDrop && phrase.kind === "person" && !phrase.name.includes(" ") && !memory.knows(phrase.name);
}

/** Is the phrase an expletive pronoun (`Es gebe „…“`), which speaks for no one? */
function expletive(phrase: SpeakerPhrase, lex: Lexicon): boolean {
  return phrase.kind !== "person" && phrase.kind !== "nominal" && (EXPLETIVES[lex.language] ?? []).includes(phrase.name.toLowerCase());
}

/**
 * Are the quotations whose closing mark is token `close` and opening mark token `open`
 * coordinated: nothing between them but a comma, one coordinating conjunction and at most one
 * article (`"A" and a "B"`, `"A," or "B"`)?
 */
function coordinated(tokens: readonly Token[], close: number, open: number): boolean {
  let conjunction = false;
  let article = false;
  for (let k = close + 1; k < open; k++) {
    const t = tokens[k]!;
    if (t.quote !== -1) return false;
    if (!t.word) {
      if (t.text !== "," || conjunction) return false;
      continue;
    }
    if (!conjunction && COORDINATING_CONJUNCTIONS.has(t.lower)) conjunction = true;
    else if (conjunction && !article && COORDINATED_ARTICLES.has(t.lower)) article = true;
    else return false;
  }
  return conjunction;
}

/** For each token, the number of sentence ends outside quotations before it. */
function sentenceEnds(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let n = 0;
  for (const t of tokens) {
    out.push(n);
    if (t.quote === -1 && !t.word && (t.text === "." || t.text === "!" || t.text === "?" || CJK_ENDS.includes(t.text))) n++;
  }
  out.push(n);
  return out;
}

/** No sentence end among the tokens `[a, b)` outside quotations. */
function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.quote === -1 && !t.word && (t.text === "." || t.text === "!" || t.text === "?" || t.text === ";" || CJK_ENDS.includes(t.text))) return false;
  }
  return true;
}

/** Full-width sentence ends (`。`, `！`, `？`, `；`). */
const CJK_ENDS = "\u3002\uFF01\uFF1F\uFF1B";

/** The quotations of a paragraph as `[open, close)` offsets, their marks included. */
function quoteRanges(list: readonly QuoteSpan[]): [number, number][] {
  return list.map((s) => [s.openMark === -1 ? s.start : s.openMark, s.closeMark === -1 ? s.end : s.closeMark + s.closeLength]);
}

/** A quotation as `cjk.ts` reads it. */
function cjkQuote(s: QuoteSpan, p: Paragraph, quotes: readonly (readonly [number, number])[]): CjkQuote {
  return { open: s.openMark, close: s.closeMark === -1 ? -1 : s.closeMark + s.closeLength, lo: p.start, hi: p.end, quotes };
}

/** The cues of a Chinese, Japanese or Korean paragraph without quotations: their speakers are remembered. */
function scanCjkCues(text: string, p: Paragraph, language: string, memory: SpeakerMemory, excluded: (s: number, e: number) => boolean): Resolved | null {
  let last: Resolved | null = null;
  for (const c of cjkCuePhrases(text, p.start, Math.min(p.end, p.start + CUE_SCAN), [], language)) {
    if (!excluded(c.phrase.start, c.phrase.end)) last = memory.resolve(c.phrase, p.start) ?? last;
  }
  return last;
}

/** Paragraphs before a quotation whose cues are read for coreference. */
const LOOKBACK = 2;

function nearQuote(byParagraph: ReadonlyMap<number, unknown>, pi: number): boolean {
  for (let k = 1; k <= LOOKBACK; k++) if (byParagraph.has(pi + k)) return true;
  return false;
}

function byAt(x: { at: number }, y: { at: number }): number {
  return x.at - y.at;
}

function byStart(x: Found, y: Found): number {
  return x.span.start - y.span.start;
}

function neverExcluded(): boolean {
  return false;
}

function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const x of spans) if (start < x.end && end > x.start) return true;
  return false;
}

/**
 * A paragraph of fewer than three words names no speaker worth remembering, unless it ends with
 * a colon (`He said:` before a quotation of its own).
 */
function mayHoldCue(text: string, p: Paragraph): boolean {
  if (text.charCodeAt(p.end - 1) === 0x3a) return true;
  let spaces = 0;
  for (let i = p.start; i < p.end && spaces < 2; i++) if (text.charCodeAt(i) === 0x20) spaces++;
  return spaces >= 2;
}

function toQuote(text: string, f: Found, lines: readonly Line[]): Quote {
  const { start, end } = f.span;
  const line = lineOf(lines, start);
  const speaker = f.speaker
    ? {
        name: f.speaker.name,
        entity: null,
        mention: { text: text.slice(f.speaker.mention.start, f.speaker.mention.end), start: f.speaker.mention.start, end: f.speaker.mention.end },
      }
    : null;
  const cue = f.cue ? { text: text.slice(f.cue.start, f.cue.end), start: f.cue.start, end: f.cue.end } : null;
  return { text: text.slice(start, end), start, end, line, kind: f.kind, speaker, cue, confidence: f.confidence };
}

/** Most inner quotations read in one quotation. */
const MAX_NESTED = 8;

/**
 * The quotations in double marks nested in a quotation in double marks (`"… shouted "Run!" as …"`):
 * the pairs of its inside opened by the outer one's very glyph, each with the outer speaker, no cue,
 * and a lower confidence.
 */
function sameMarkNested(text: string, f: Found, language: string): Found[] {
  const s = f.span;
  if (s.kind !== "paired" || s.openMark === -1 || s.closeLength !== 1 || !DOUBLE_MARKS.includes(text[s.openMark]!)) return [];
  const out: Found[] = [];
  for (const pair of pairMarks(text, s.start, s.end, language).pairs) {
    if (out.length >= MAX_NESTED) break;
    // (The very glyph of the outer opening mark: curly marks inside straight ones are another
    // system, `"… it reads as “too harsh”"`, a block's own quotations.)
    if (pair.openLength !== 1 || pair.closeLength !== 1 || text[pair.open] !== text[s.openMark]) continue;
    let start = pair.open + 1;
    let end = pair.close;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    const span: QuoteSpan = { start, end, paragraph: s.paragraph, openMark: pair.open, closeMark: pair.close, closeLength: 1, kind: "paired", continues: -1 };
    // (A capitalized clause of its own is direct speech; a fragment is partial.)
    const words = text.slice(start, end).split(/\s+/u).length;
    const kind = /^\p{Lu}/u.test(text[start]!) && words >= 4 ? "direct" : "partial";
    out.push({ span, cue: null, kind, speaker: f.speaker, confidence: Math.max(0.05, Math.round((f.confidence - 0.2) * 100) / 100) });
  }
  return out;
}

/** The kind of line `n`. */
function lineKind(lines: readonly Line[], n: number): LineKind | undefined {
  const at = lines[n - 1];
  if (at?.n === n) return at.kind;
  let a = 0;
  let b = lines.length - 1;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (lines[mid]!.n <= n) a = mid;
    else b = mid - 1;
  }
  return lines[a]?.n === n ? lines[a]!.kind : undefined;
}

/**
 * In a Title Case headline, is the quotation (no punctuation of its own) right before a noun that
 * bears a name or a text, whatever its capital (`'Night Desk' Star`, `'Elm Forever' Hats`)?
 */
function capitalLabelAfter(tokens: readonly Token[], [, close, , to]: readonly [number, number, number, number], lex: Lexicon): boolean {
  const last = tokens[to - 1];
  const next = close === -1 ? undefined : tokens[close + 1];
  if (!last || !last.word || !next || !next.word || next.quote !== -1 || next.start !== tokens[close]!.end + 1) return false;
  return labelHeads(lex.language).has(next.lower);
}

function lineOf(lines: readonly Line[], offset: number): number {
  let a = 0;
  let b = lines.length - 1;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (lines[mid]!.start <= offset) a = mid;
    else b = mid - 1;
  }
  return lines[a]?.n ?? 1;
}

/** Tokens of `text[from, to)`, those in an excluded range (the dateline) marked as such (quote -2). */
function tokensOutside(text: string, from: number, to: number, excluded: (s: number, e: number) => boolean): Token[] {
  const tokens = tokenize(text, from, to);
  if (excluded !== neverExcluded) for (const t of tokens) if (excluded(t.start, t.end)) t.quote = -2;
  return tokens;
}

/** Tokens of the windows around the paragraph's quotations (overlapping windows merged). */
function windowTokens(text: string, p: Paragraph, list: readonly QuoteSpan[], excluded: (s: number, e: number) => boolean): Token[] {
  const tokens: Token[] = [];
  let lo = -1;
  let hi = -1;
  const flush = () => {
    if (lo === -1) return;
    for (const t of tokensOutside(text, lo, hi, excluded)) tokens.push(t);
  };
  // (A block-quote marker opening the paragraph is no token: `"Roe strode in, chanting “…”`.)
  const from = blockMarker(text, p) ? p.start + 1 : p.start;
  for (const s of list) {
    const a = Math.max(from, (s.openMark === -1 ? s.start : s.openMark) - WINDOW_BEFORE);
    const b = Math.min(p.end, (s.closeMark === -1 ? s.end : s.closeMark + s.closeLength) + WINDOW_AFTER);
    if (lo !== -1 && a <= hi) hi = Math.max(hi, b);
    else {
      flush();
      lo = a;
      hi = b;
    }
  }
  flush();
  return tokens;
}

/**
 * Flag the tokens of quotation `qi` (its marks included) and return the token indices of its
 * opening mark (-1 when none), closing mark (-1 when none), and its inside `[from, to)`.
 */
function markTokens(tokens: Token[], s: QuoteSpan, qi: number, p: Paragraph): [number, number, number, number] {
  const lo = s.openMark === -1 ? p.start : s.openMark;
  const hi = s.closeMark === -1 ? p.end : s.closeMark + s.closeLength;
  const first = tokenAt(tokens, lo);
  let k = first;
  for (; k < tokens.length && tokens[k]!.start < hi; k++) if (tokens[k]!.quote !== -2) tokens[k]!.quote = qi;
  const open = s.openMark === -1 ? -1 : first;
  // `close` is the last token of the closing mark, `to` its first.
  const close = s.closeMark === -1 ? -1 : k - 1;
  const from = s.openMark === -1 ? first : tokenAt(tokens, s.start);
  const to = s.closeMark === -1 ? k : tokenAt(tokens, s.closeMark);
  return [open, close, from, to];
}

/** Give the tokens of quotation `qi` back to the reporter's text. */
function unmark(tokens: Token[], qi: number): void {
  for (const t of tokens) if (t.quote === qi) t.quote = -1;
}

/** Is the paragraph nothing but its quotations (and punctuation)? */
function aloneInParagraph(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.word && t.quote === -1) return false;
  return true;
}

/** Cue verbs of a paragraph without quotations: their speakers are remembered for coreference. */
function scanCues(text: string, p: Paragraph, lex: Lexicon, memory: SpeakerMemory, excluded: (s: number, e: number) => boolean): Resolved | null {
  const end = Math.min(p.end, p.start + CUE_SCAN);
  // No cue word, no phrase: most paragraphs are passed over without a token.
  if (!lex.cueFilter.mayHold(text, p.start, end)) return null;
  const tokens = tokensOutside(text, p.start, end, excluded);
  let last: Resolved | null = null;
  for (const phrase of cuePhrases(tokens, lex, text, new Set())) last = memory.resolve(phrase, p.start) ?? last;
  return last;
}

/**
 * The name a short paragraph signs with (`— Jane Roe.`, `- Jane Roe, mayor of Elm`): a dash,
 * then a speaker phrase; null for anything else.
 */
function signature(text: string, p: Paragraph, lex: Lexicon, excluded: (s: number, e: number) => boolean): SpeakerPhrase | null {
  if (p.end - p.start > SIGNATURE_LENGTH) return null;
  const first = text.charCodeAt(p.start);
  if (first !== 0x2d && (first < 0x2012 || first > 0x2015)) return null;
  const tokens = tokenize(text, p.start, p.end);
  const phrase = phraseAfter(tokens, 1, lex, text);
  if (!phrase || excluded(phrase.start, phrase.end) || (phrase.kind !== "person" && phrase.kind !== "nominal")) return null;
  return phrase;
}

/** Longest paragraph read as a signature. */
const SIGNATURE_LENGTH = 120;

/** Characters of a paragraph read for its last sentence's subject. */
const SUBJECT_SCAN = 600;

/**
 * The subject of the last sentence of a paragraph without quotations (a person's name opening
 * the sentence), or null.
 */
function lastSentenceSubject(text: string, p: Paragraph, lex: Lexicon, excluded: (s: number, e: number) => boolean): SpeakerPhrase | null {
  const start = Math.max(p.start, p.end - SUBJECT_SCAN);
  const tokens = tokensOutside(text, start, p.end, excluded);
  let open = -1;
  for (let k = tokens.length - 2; k >= 0; k--) {
    const t = tokens[k]!;
    if (!t.word && /^[.!?]$/u.test(t.text)) {
      open = k + 1;
      break;
    }
  }
  // (A paragraph read from its start: its first sentence may be the last.)
  if (open === -1 && start === p.start) open = 0;
  if (open === -1) return null;
  const phrase = phraseAfter(tokens, open, lex, text);
  return phrase && phrase.kind === "person" ? phrase : null;
}

/** Sentences read back from a pronoun for a person as subject. */
const ANTECEDENT_SENTENCES = 3;

/**
 * The person who is the subject of a sentence of the paragraph before the one holding the
 * pronoun at `at` (the nearest of up to {@link ANTECEDENT_SENTENCES} that `fits` it), or null.
 * Only sentences read from their start count: the paragraph's first, or one after a sentence end.
 */
function earlierSentenceSubject(tokens: readonly Token[], at: number, lex: Lexicon, text: string, p: Paragraph, fits: (phrase: SpeakerPhrase) => boolean): SpeakerPhrase | null {
  const own = tokenAt(tokens, at);
  const sentence = tokens[own]?.sentence;
  if (sentence === undefined) return null;
  let seen = 0;
  for (let k = own - 1; k >= 0 && seen < ANTECEDENT_SENTENCES; k--) {
    const t = tokens[k]!;
    if (t.sentence === sentence) continue;
    const previous = tokens[k - 1];
    if (previous && previous.sentence === t.sentence) continue;
    // tokens[k] opens a sentence: from the paragraph's start, or right after a sentence end.
    seen++;
    const fromStart = previous ? /^\s*$/u.test(text.slice(previous.end, t.start)) && previous.quote === -1 && !previous.word && /^[.!?]$/u.test(previous.text) : text.slice(p.start, t.start).trim() === "";
    if (!fromStart || t.quote !== -1) continue;
    const read = phraseAfter(tokens, k, lex, text);
    const phrase = read && read.kind === "person" ? fromGivenName(read, text) : null;
    if (phrase && headsClause(text, phrase) && fits(phrase)) return phrase;
  }
  return null;
}

/**
 * Is the name the head of its sentence's subject, not a modifier of it? Not when a possessive,
 * a preposition or a role noun follows it (`Fox News' anchor Jane Roe`, `Roe Institute for …`,
 * `Obama adviser Jane Roe`).
 */
function headsClause(text: string, phrase: SpeakerPhrase): boolean {
  const after = text.charAt(phrase.end);
  if (after === "'" || after === "\u2019") return false;
  const next = /^ +(\p{Ll}[\p{L}-]*)/u.exec(text.slice(phrase.end, phrase.end + HEAD_READ))?.[1];
  return next === undefined || (!isPreposition(next) && !ROLE_WORDS.has(next) && !NOMINAL_HEADS.has(next));
}

/**
 * A sentence-opening phrase from its first known given name on (`Comedian Jane Roe` is `Jane
 * Roe`, `More Jane Roe` too): the capitalized words before it open the sentence, not the name.
 */
function fromGivenName(phrase: SpeakerPhrase, text: string): SpeakerPhrase {
  const words = phrase.name.split(" ");
  const given = givenNameStart(words);
  if (given === 0) return phrase;
  const skip = words.slice(0, given).join(" ").length + 1;
  const start = text.indexOf(words[given]!, phrase.start + skip - 1);
  return start === -1 || start >= phrase.end ? phrase : { ...phrase, start, name: words.slice(given).join(" ") };
}

/** Characters read after a name for the word that follows it. */
const HEAD_READ = 40;

/**
 * The phrase's mention when it names the speaker remembered last (the same name or surname);
 * null otherwise, and nothing is remembered.
 */
function nearerMention(phrase: SpeakerPhrase, memory: SpeakerMemory, paragraphStart: number): Resolved | null {
  const last = memory.last();
  if (!last) return null;
  const same = phrase.kind === "person" && (last.name === phrase.name || last.name.endsWith(` ${phrase.name}`));
  return same ? memory.resolve(phrase, paragraphStart) : null;
}

/** Speaker phrases of the cues outside quotations (but those at `used` offsets), in text order. */
function cuePhrases(tokens: readonly Token[], lex: Lexicon, text: string, used: ReadonlySet<number>): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || t.quote !== -1 || used.has(t.start)) continue;
    if (lex.cueVerbs.has(t.lower)) {
      if (nounUse(tokens[k - 1], lex, t)) continue;
      // (The subject follows a verb in verb-second order, and a verb opening a sentence: `Stated Roe:`.)
      const opens = t.cap && (k === 0 || (!tokens[k - 1]!.word && /^[.!?:]$/u.test(tokens[k - 1]!.text)));
      const phrase = phraseBefore(tokens, k, lex, text) ?? (VERB_SECOND.has(lex.language) || opens ? phraseAfter(tokens, k + 1, lex, text) : null);
      if (phrase) out.push(phrase);
      continue;
    }
    if (!lex.sourceFirstWords.has(t.lower)) continue;
    for (const ph of lex.sourceFollows) {
      let ok = true;
      for (let i = 0; i < ph.length && ok; i++) ok = tokens[k + i]?.lower === ph[i] && tokens[k + i]?.quote === -1;
      if (!ok) continue;
      const phrase = phraseAfter(tokens, k + ph.length, lex, text);
      if (phrase && phrase.kind !== "pronoun") out.push(phrase);
      break;
    }
  }
  return out;
}
