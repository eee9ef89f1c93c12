/**
 * Cue finding: the attribution cue of one quotation, searched in a bounded window of its
 * sentence. In order: a colon right before the quotation (`Peskov: "…"`, `She said: "…"`); a
 * cue right after it (`"…," said Peskov`, `"…," Peskov told reporters`, `"…" according to X`,
 * `"…" — CEO Maria Lopes`); the nearest cue verb before it (`Peskov noted that "…"`); any cue
 * after it in the same sentence.
 *
 * @module
 */
import { ARTICLELESS, AGENT_PREPOSITIONS, DASH_CUE_PAST_ENDINGS, COMPLEMENTIZERS, COORDINATING_AND, COORDINATORS, DETERMINERS, FINITE_ENDINGS, IMPERSONAL_SUBJECTS, NO_PERSON_OBJECT_VERBS, NOMINATIVE_PRONOUNS, OBJECT_DETERMINERS, OBJECT_VERBS, PARTICIPLE_ENDINGS, PASSIVE_AUXILIARIES, PASSIVE_BE, PLURAL_QUANTIFIERS, QUOTING_VERBS, RELATIVE_PRONOUNS, ROLE_WORDS, SECOND_VERB_CONJUNCTIONS, SKIP_BEFORE_CUE, STOP_WORDS, TIME_INTRODUCERS, TIME_WORDS, VERB_SECOND } from "./data/words.js";
import type { Lexicon } from "./lexicon.js";
import { clauseSubject, collectBackward, describedName, isPreposition, nounPhraseAfter, participleClause, phraseAfter, phraseBefore, quotationEndsSentence, sentenceSubject, type SpeakerPhrase, subjectNounPhrase, subjectNounPhraseBefore } from "./speaker.js";
import { type Token, tokenAt } from "./tokens.js";
import { invertedVerb } from "./incise.js";

/** Tokens searched on each side of a quotation. */
const BEFORE = 60;
const AFTER = 60;

export type CueKind = "verb" | "source" | "colon" | "dash";

/** A cue and the speaker phrase it governs (null when the phrase is missing, `adding that`). */
export interface Cue {
  start: number;
  end: number;
  kind: CueKind;
  speaker: SpeakerPhrase | null;
  /** The cue sits right next to the quotation (`said:` / `," he said`). */
  adjacent: boolean;
}

/** Auxiliaries before a clause-final participle in verb-second languages. */
const AUXILIARIES = new Set(["hat", "hatte", "hatten", "haben", "habe", "ist", "war", "waren", "sind", "wird", "wurde", "wurden", "werden", "heeft", "had", "is", "werd", "har", "hade"]);

/** A token that ends a sentence. */
export const SENTENCE_END = /^[.!?;\u2026\u3002]$/u;
const DASH = /^[\u2012-\u2015-]$/u;

function isCueVerb(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  if (!t.word || t.quote !== -1 || !(lex.cueVerbs.has(t.lower) || lex.cueVerbs.has(invertedVerb(t.lower) ?? ""))) return false;
  // An infinitive (`uses to describe`) or a noun use (`the tell`, `Trump's remarks`) is no cue.
  return !nounUse(tokens[k - 1], lex, t) && !nameWord(tokens, k) && !modifiedNoun(tokens, k, lex);
}

/**
 * Is a cue word that is also a noun the head of a noun phrase: an owner or a determiner and
 * adjectives before it, and a word after it (`Trump's disrespectful comments make …`, `Kim's
 * mental state is …`)?
 */
function modifiedNoun(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  // (A verb before punctuation stays one: `the email read: "…"`.)
  const next = tokens[k + 1];
  if (!lex.nounCues.has(tokens[k]!.lower) || !next || !next.word || next.quote !== -1) return false;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const t = tokens[j]!;
    if (!t.word || t.quote !== -1) return false;
    if (POSSESSIVE_DETERMINERS.has(t.lower) || t.lower.endsWith("'s") || t.lower.endsWith("\u2019s") || t.lower === "the" || t.lower === "a" || t.lower === "an") return true;
    if (t.cap || STOP_WORDS.has(t.lower) || SKIP_BEFORE_CUE.has(t.lower) || /ly$/u.test(t.lower)) return false;
  }
  return false;
}

/**
 * Is the cue word part of a name (`the United States`, `The Washington Post reported`, `the
 * Islamic State`), or a heading in capitals? A capitalized cue word after a capitalized word is a
 * name in running prose: a lower-case word before the pair or after the cue word shows it (a
 * title-case heading, `Jane Roe Says …`, has neither).
 */
function nameWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!t.cap) return false;
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return true;
  const prev = tokens[k - 1];
  if (!prev || !prev.word || !prev.cap || prev.quote !== -1) return false;
  const before = tokens[k - 2];
  const next = tokens[k + 1];
  return (before !== undefined && before.word && !before.cap) || (next !== undefined && next.word && !next.cap);
}

const POSSESSIVE_DETERMINERS = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/**
 * Does the token before a cue word make it an infinitive or a noun (`to describe`, `the tell`,
 * `a claim`, `Trump's remarks`, `his claims`)?
 */
export function nounUse(prev: Token | undefined, lex: Lexicon, word?: Token): boolean {
  if (!prev) return false;
  const w = prev.lower;
  if (w === "to" || w === "the" || (w === "a" && lex.language === "en")) return true;
  // Right after a preposition a cue word is a noun (`secretary of state`), but for a gerund
  // (`for saying`).
  if (word && prev.word && prev.quote === -1 && isPreposition(w) && !endsWithAny(word.lower, PARTICIPLE_ENDINGS[lex.language])) return true;
  // After a plural quantifier a cue word in `-s` is a plural noun (`three demands`): a verb would not agree.
  if (word && lex.language === "en" && prev.word && prev.quote === -1 && (PLURAL_QUANTIFIERS.has(w) || /^\d+$/u.test(w)) && /[^s]s$/u.test(word.lower)) return true;
  return prev.word && (POSSESSIVE_DETERMINERS.has(w) || w.endsWith("'s") || w.endsWith("\u2019s"));
}

/**
 * Match a source-follows phrase starting at token k; its length in tokens or 0: `according to`,
 * a two-word phrase around a possessive pronoun (`по его словам`), or a manner conjunction and a
 * cue verb, with at most one auxiliary between (`Как отметил`, `Come ha detto`).
 */
function sourceAt(tokens: readonly Token[], k: number, lex: Lexicon): number {
  const first = tokens[k]?.lower ?? "";
  if (lex.mannerConjunctions.has(first)) {
    for (let v = k + 1; v <= k + 2; v++) if (tokens[v]?.quote === -1 && tokens[v]!.word && lex.cueVerbs.has(tokens[v]!.lower)) return v - k + 1;
  }
  if (!lex.sourceFirstWords.has(first)) return 0;
  // (`pour`, `para`: a source only where its clause starts, `Para el analista X, «…»`.)
  if (lex.weakSources.has(first) && tokens[k - 1]?.word && tokens[k - 1]!.quote === -1) return 0;
  for (const phrase of lex.sourceFollows) {
    if (phraseAt(tokens, k, phrase, 0)) return phrase.length;
    if (phrase.length === 2 && lex.framingPronouns.has(tokens[k + 1]?.lower ?? "") && phraseAt(tokens, k, phrase, 1)) return 3;
  }
  return 0;
}

/** Whether the words of `phrase` stand at token k, with `gap` tokens skipped after its first word. */
export function phraseAt(tokens: readonly Token[], k: number, phrase: readonly string[], gap = 0): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const t = tokens[k + i + (i > 0 ? gap : 0)];
    if (!t || t.quote !== -1 || t.lower !== phrase[i]) return false;
  }
  return true;
}

/**
 * Does the phrase start at token k, or right after role words there (`Representative Jane Roe`,
 * whose name is the mention)?
 */
function opensPhrase(tokens: readonly Token[], k: number, phrase: SpeakerPhrase): boolean {
  for (let j = k; j < tokens.length && j - k <= 2; j++) {
    if (tokens[j]!.start === phrase.start) return true;
    if (!tokens[j]!.word || tokens[j]!.quote !== -1 || !ROLE_WORDS.has(tokens[j]!.lower)) return false;
  }
  return false;
}

/** The index of the first token at or after offset `end`. */
function tokenAfter(tokens: readonly Token[], from: number, end: number): number {
  let j = from;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  return j;
}

/**
 * The speaker of a quoting verb: its object (`Die Zeitung zitiert einen Augenzeugen`, `„…“,
 * zitiert die Agentur Jana Roth`, `zitierte man Jana Roth`), or the subject of its passive
 * (`Dazu wird Jana Roth zitiert`); null when neither is there.
 */
function quotedSpeaker(tokens: readonly Token[], k: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  // Passive: `wird X zitiert` (the phrase after the auxiliary), `X wird … zitiert` (before it).
  for (let j = k - 1; j >= 0 && k - j <= 20; j--) {
    const t = tokens[j]!;
    if (t.quote !== -1 || !t.word) break;
    if (PASSIVE_AUXILIARIES.has(t.lower)) {
      const after = phraseAfter(tokens, j + 1, lex, text);
      if (after && after.end <= tokens[k]!.start && (after.kind === "person" || after.kind === "nominal")) return after;
      const before = phraseBefore(tokens, j, lex, text);
      return before && (before.kind === "person" || before.kind === "nominal") ? before : null;
    }
  }
  let i = k + 1;
  if (IMPERSONAL_SUBJECTS.has(tokens[i]?.lower ?? "")) i++;
  const first = phraseAfter(tokens, i, lex, text);
  if (!first) {
    // A subject that is no phrase (`zitiert ndr.de Jana Roth`, `zitiert die „Zeitung“ Roth`): the name after it.
    for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
      const t = tokens[j]!;
      if (t.quote === -1 && !t.word && t.text !== "\u201c" && t.text !== "\u201e" && t.text !== "\"") return null;
      if (t.quote !== -1 || !t.word || !t.cap) continue;
      const object = phraseAfter(tokens, j, lex, text);
      return object && object.kind === "person" ? object : null;
    }
    return null;
  }
  // Subject then object after the verb (`zitiert die Agentur den Minister`).
  const next = tokenAfter(tokens, i, first.end);
  const second = tokens[next]?.word ? phraseAfter(tokens, next, lex, text) : null;
  if (second && (second.kind === "person" || second.kind === "nominal")) return second;
  return i > k + 1 || phraseBefore(tokens, k, lex, text) ? first : null;
}

/**
 * The subject clitic of a French verb inverted at token k, or of the auxiliary right before it
 * (`dit-il`, `a-t-elle précisé`), as a pronoun mention inside the word; null otherwise.
 */
function invertedSubject(tokens: readonly Token[], k: number, lex: Lexicon): SpeakerPhrase | null {
  for (let j = k; j >= k - 1 && j >= 0; j--) {
    const t = tokens[j]!;
    if (!t.word || t.quote !== -1) return null;
    const verb = invertedVerb(t.lower);
    if (verb === null || (j < k && !SKIP_BEFORE_CUE.has(verb))) continue;
    const clitic = t.lower.slice(t.lower.lastIndexOf("-") + 1);
    const start = t.end - clitic.length;
    return { start, end: t.end, kind: lex.personPronouns.has(clitic) ? "pronoun" : "group-pronoun", name: t.text.slice(t.text.length - clitic.length), head: clitic, definite: true };
  }
  return null;
}

/** Is the token an auxiliary with its subject clitic after it (`a-t-il`, `avait-elle`)? */
function invertedAuxiliary(t: Token): boolean {
  return SKIP_BEFORE_CUE.has(invertedVerb(t.lower) ?? "");
}

function verbCue(tokens: readonly Token[], k: number, lex: Lexicon, text: string, afterQuote: boolean): Cue {
  const t = tokens[k]!;
  let speaker: SpeakerPhrase | null = invertedSubject(tokens, k, lex);
  if (speaker) return { start: t.start, end: t.end, kind: "verb", speaker, adjacent: false };
  if (QUOTING_VERBS.has(t.lower)) speaker = quotedSpeaker(tokens, k, lex, text);
  if (speaker) return { start: t.start, end: t.end, kind: "verb", speaker, adjacent: false };
  // (A verb before a complementizer is not inverted: `"…" suggests that Roe …`.)
  if (afterQuote && COMPLEMENTIZERS.has(tokens[k + 1]?.lower ?? "")) speaker = phraseBefore(tokens, k, lex, text);
  else if (afterQuote) speaker = placeSource(tokens, k + 1, lex, text) ?? phraseAfter(tokens, k + 1, lex, text) ?? describedName(tokens, k + 1, lex, text) ?? phraseBefore(tokens, k, lex, text) ?? nounPhraseAfter(tokens, k + 1, text) ?? bareNounPhrase(tokens, k + 1, lex, text);
  else if (VERB_SECOND.has(lex.language)) speaker = verbSecondSubject(tokens, k, lex, text);
  else if ((speaker = passiveAgent(tokens, k, lex, text))) {
    // `Roe was asked by the moderator, "…"`: the agent speaks.
  } else if ((speaker = relativeSubject(tokens, k, lex, text))) {
    // `X, who has called it "…"`: the relative pronoun is the mention, X the speaker.
  } else {
    speaker = phraseBefore(tokens, k, lex, text);
    // A participle heading its own clause (`…, calling him "…"`) or a second verb of the
    // clause (`X clinched the nomination and said`): the phrase before it is an object; the
    // clause's subject speaks.
    if (participleClause(tokens, k, lex) || secondVerb(tokens, k)) speaker = clauseSubject(tokens, k, lex, text) ?? speaker;
    // A subject of any head (`Several said`, `The ad claims`).
    speaker ??= subjectNounPhraseBefore(tokens, k, lex, text);
    // The subject follows the verb in verb-second languages (`Dazu sagte Merkel`) and in
    // inversions after a comma (`…, said Peskov`), not after a participle (`calling it`).
    const prev = tokens[k - 1];
    const inverted = VERB_SECOND.has(lex.language) || !prev || !prev.word;
    if (!speaker && inverted && !/ing$/u.test(t.lower) && !OBJECT_VERBS.has(t.lower)) {
      // `…, said Jane Roe.`; but in `Jane Roe, a long appositive, said Bill had …` the phrase
      // after the verb is a clause's subject, and the sentence's first phrase speaks.
      const after = phraseAfter(tokens, k + 1, lex, text);
      speaker = after && endsClause(tokens, after) ? after : (sentenceSubject(tokens, k, lex, text) ?? after);
    }
  }
  return { start: t.start, end: t.end, kind: "verb", speaker, adjacent: false };
}

/**
 * The source of an impersonal cue, a body named after a place preposition (`», — заявили в
 * министерстве`, `говорится в заявлении МИД`, `заявили у міністерстві`): the words after the
 * preposition up to the clause's end (at most four), as a nominal; after a statement noun, a
 * capitalized owner alone (`МИД`). Null when no such preposition follows the verb.
 */
function placeSource(tokens: readonly Token[], i: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  const prep = tokens[i];
  if (!prep || prep.quote !== -1 || !lex.placeSources.has(prep.lower)) return null;
  let e = i + 1;
  while (e < tokens.length && e - i <= 4 && tokens[e]!.word && tokens[e]!.quote === -1 && !STOP_WORDS.has(tokens[e]!.lower)) e++;
  if (e === i + 1) return null;
  let s = i + 1;
  if (lex.statementNouns.has(tokens[s]!.lower) && e > s + 1 && tokens[s + 1]!.cap) s++;
  const first = tokens[s]!;
  const last = tokens[e - 1]!;
  return { start: first.start, end: last.end, kind: "nominal", name: text.slice(first.start, last.end), head: last.lower, definite: false };
}

/**
 * A verb of any kind with the past-tense endings of a language that attributes with a comma and
 * a dash (`data/words.ts` `DASH_CUE_PAST_ENDINGS`), and its speaker after it (`пошутил актер X`,
 * `пожаловался он`); null otherwise.
 */
function dashVerbCue(tokens: readonly Token[], k: number, lex: Lexicon, text: string): Cue | null {
  const endings = DASH_CUE_PAST_ENDINGS[lex.language];
  const verb = tokens[k];
  if (!endings || !verb || !verb.word || verb.cap || verb.quote !== -1 || STOP_WORDS.has(verb.lower) || !endsWithAny(verb.lower, endings)) return null;
  const speaker = phraseAfter(tokens, k + 1, lex, text) ?? describedName(tokens, k + 1, lex, text);
  if (!speaker || speaker.kind === "group-pronoun") return null;
  return { start: verb.start, end: verb.end, kind: "verb", speaker, adjacent: true };
}

/** Most words of a bare noun phrase. */
const BARE_PHRASE = 5;

/**
 * A noun phrase with no determiner, in a language without articles (`источника в
 * правительстве`, `источник в МИД`): the words at token i up to the clause's end (a
 * punctuation mark), at most {@link BARE_PHRASE}, as a nominal; null elsewhere or when longer.
 */
function bareNounPhrase(tokens: readonly Token[], i: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  const first = tokens[i];
  if (!ARTICLELESS.has(lex.language) || !first || !first.word || first.quote !== -1 || first.cap || STOP_WORDS.has(first.lower)) return null;
  let e = i;
  while (e + 1 < tokens.length && e + 1 - i < BARE_PHRASE && tokens[e + 1]!.word && tokens[e + 1]!.quote === -1) e++;
  const end = tokens[e + 1];
  if (end && (end.word || end.quote !== -1)) return null;
  const last = tokens[e]!;
  return { start: first.start, end: last.end, kind: "nominal", name: text.slice(first.start, last.end), head: first.lower, definite: false };
}

/**
 * A cue after a quotation with a verb not in the cue lists: a speaker phrase and a finite verb
 * (`Jane Roe pressed`, `the senator fumed`), or a finite verb and a name or a noun phrase
 * (`beamed Jane Roe`, `retorted one delegate`) that ends the clause.
 */
function anyVerbCue(tokens: readonly Token[], i: number, lex: Lexicon, text: string): Cue | null {
  const endings = FINITE_ENDINGS[lex.language];
  if (!endings) return null;
  const finiteVerb = (t: Token) => t.word && t.quote === -1 && !t.cap && !STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !isPreposition(t.lower) && endsWithAny(t.lower, endings);
  const first = tokens[i]!;
  if (!first.word) return null;
  const phrase = phraseAfter(tokens, i, lex, text) ?? subjectNounPhrase(tokens, i, lex, text);
  if (phrase && phrase.start === first.start && phrase.kind !== "group-pronoun") {
    let v = i;
    while (v < tokens.length && tokens[v]!.start < phrase.end) v++;
    const verb = tokens[v];
    // (After a person, any verb: `Roe shot back`, `Roe went on`.)
    const person = phrase.kind === "person" || phrase.kind === "pronoun";
    if (verb && (finiteVerb(verb) || (person && anyVerb(verb)))) return { start: verb.start, end: verb.end, kind: "verb", speaker: phrase, adjacent: true };
    return null;
  }
  if (!finiteVerb(first)) return null;
  const after = phraseAfter(tokens, i + 1, lex, text) ?? nounPhraseAfter(tokens, i + 1, text);
  if (!after || after.kind === "pronoun" || after.kind === "group-pronoun") return null;
  let e = i + 1;
  while (e < tokens.length && tokens[e]!.start < after.end) e++;
  const end = tokens[e];
  if (end && end.quote === -1 && end.word && !STOP_WORDS.has(end.lower)) return null;
  return { start: first.start, end: first.end, kind: "verb", speaker: after, adjacent: true };
}

/** A lower-case word that may be a verb of any form (`shot`, `went`). */
function anyVerb(t: Token): boolean {
  return t.word && t.quote === -1 && !t.cap && !STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !isPreposition(t.lower) && !/ly$/u.test(t.lower) && !/^\d/u.test(t.text);
}

/** Does the word end with one of the endings (and have more before it)? */
function endsWithAny(word: string, endings: readonly string[] | undefined): boolean {
  if (!endings) return false;
  for (const e of endings) if (word.length > e.length + 1 && word.endsWith(e)) return true;
  return false;
}

/**
 * Does the phrase after an inverted verb end its clause, so that it is the verb's subject: only
 * punctuation, a function word or a time word after it (`said Roe, …`, `said Roe on Monday`),
 * not a quotation (`calls Roe "…"`), and not `it`?
 */
function endsClause(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  // (`calls Roe "a chameleon"`: a name before a quotation is the verb's object.)
  if (phrase.kind === "group-pronoun" && phrase.head === "it") return false;
  const next = tokens[tokenAt(tokens, phrase.end)];
  if (next && next.quote !== -1) return false;
  return !next || !next.word || STOP_WORDS.has(next.lower) || TIME_WORDS.has(next.lower);
}

/**
 * Is the cue verb a second verb of its sentence, after `and` (`X clinched the nomination and
 * said`)? Its subject is then the clause's (the phrase right before `and` is an object; in
 * `Jane Roe and John Doe said` no clause subject is found and the phrase stays).
 */
function secondVerb(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 4 && tokens[j]!.word && tokens[j]!.quote === -1 && tokens[j]!.lower !== "and" && (SKIP_BEFORE_CUE.has(tokens[j]!.lower) || /ly$/u.test(tokens[j]!.lower))) j--;
  const and = tokens[j];
  return and !== undefined && and.quote === -1 && (COORDINATING_AND.has(and.lower) || SECOND_VERB_CONJUNCTIONS.has(and.lower));
}

/** The agent of a passive cue verb (`was asked by the host`, `is quoted by X`), or null. */
function passiveAgent(tokens: readonly Token[], k: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  const by = tokens[k + 1];
  if (!by || by.quote !== -1 || !AGENT_PREPOSITIONS.has(by.lower)) return null;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && tokens[j]!.word && tokens[j]!.quote === -1 && /ly$/u.test(tokens[j]!.lower)) j--;
  const aux = tokens[j];
  if (!aux || aux.quote !== -1 || !PASSIVE_BE.has(aux.lower)) return null;
  // (A role word may stand before the name: `asked by host Jane Roe`.)
  const agent = phraseAfter(tokens, k + 2, lex, text) ?? nounPhraseAfter(tokens, k + 2, text) ?? (tokens[k + 2]?.cap ? null : phraseAfter(tokens, k + 3, lex, text));
  return agent && agent.kind !== "group-pronoun" ? agent : null;
}

/**
 * The relative pronoun subject of a cue verb in a non-restrictive clause (`Jane Roe, who has in
 * the past called it "…"`, `a report, which notes "…"`): a phrase whose mention is the pronoun and whose name is its
 * antecedent's (a bare pronoun when the antecedent is no speaker phrase). Null when the verb
 * has no relative pronoun before it.
 */
function relativeSubject(tokens: readonly Token[], k: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  const relatives = RELATIVE_PRONOUNS[lex.language];
  if (!relatives) return null;
  let j = k - 1;
  for (let n = 0; j >= 0 && n < 6; n++) {
    const t = tokens[j]!;
    if (!t.word || t.quote !== -1 || t.cap) return null;
    if (relatives.person.includes(t.lower) || relatives.group.includes(t.lower)) break;
    if (SKIP_BEFORE_CUE.has(t.lower) || /ly$/u.test(t.lower) || TIME_WORDS.has(t.lower) || TIME_INTRODUCERS.has(t.lower)) {
      j--;
      continue;
    }
    // A short prepositional phrase (`who has in the past said`).
    if (isPreposition(tokens[j - 1]?.lower ?? "") || (DETERMINERS.has(tokens[j - 1]?.lower ?? "") && isPreposition(tokens[j - 2]?.lower ?? ""))) {
      j -= DETERMINERS.has(tokens[j - 1]!.lower) ? 3 : 2;
      continue;
    }
    return null;
  }
  const rel = tokens[j];
  if (!rel || !rel.word || rel.quote !== -1) return null;
  const person = relatives.person.includes(rel.lower);
  if (!person && !relatives.group.includes(rel.lower)) return null;
  // Only a non-restrictive clause (`X, who`): in `candidates who say` the pronoun picks some of many.
  const before = tokens[j - 1];
  if (!before || before.quote !== -1 || before.text !== ",") return null;
  const antecedent = collectBackward(tokens, j - 2, text);
  const base = antecedent && antecedent.kind !== "pronoun" && antecedent.kind !== "group-pronoun" ? antecedent : null;
  return base
    ? { ...base, start: rel.start, end: rel.end }
    : { start: rel.start, end: rel.end, kind: person ? "pronoun" : "group-pronoun", name: rel.text, head: rel.lower, definite: true };
}

function sourceCue(tokens: readonly Token[], k: number, n: number, lex: Lexicon, text: string): Cue {
  // The pronoun inside (`по его словам`) or right after the phrase (`selon lui`) names the source.
  const inside = tokens[k + 1]!;
  const after = tokens[k + n];
  const framing = n === 3 && lex.framingPronouns.has(inside.lower) ? inside : after?.quote === -1 && lex.framingPronouns.has(after.lower) ? after : undefined;
  return {
    start: tokens[k]!.start,
    end: tokens[k + n - 1]!.end,
    kind: "source",
    // (A source of any head: `according to talk radio host Jane Roe`, `according to a civil complaint`.)
    speaker: framing ? pronounPhrase(framing) : lex.weakSources.has(tokens[k]!.lower) ? weakSourceSpeaker(phraseAfter(tokens, k + n, lex, text)) : (phraseAfter(tokens, k + n, lex, text) ?? describedName(tokens, k + n, lex, text) ?? nounPhraseAfter(tokens, k + n, text) ?? bareNounPhrase(tokens, k + n, lex, text)),
    adjacent: false,
  };
}

/** The speaker of a weak source (`pour`, `para`): a person or a role or body, not any noun. */
function weakSourceSpeaker(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  return phrase && (phrase.kind === "person" || phrase.kind === "nominal" || phrase.kind === "pronoun") ? phrase : null;
}

/** A pronoun as a speaker mention of a person. */
function pronounPhrase(t: Token): SpeakerPhrase {
  return { start: t.start, end: t.end, kind: "pronoun", name: t.text, head: t.lower, definite: true };
}

/**
 * The first token of the closing mark whose last token is `close`: a doubled single mark (`''`,
 * wire copy's double quotation mark) is two tokens.
 */
function closeStart(tokens: readonly Token[], close: number): number {
  const t = tokens[close]!;
  const prev = tokens[close - 1];
  return prev !== undefined && !prev.word && prev.text === t.text && prev.end === t.start && DOUBLED_MARKS.has(t.text) ? close - 1 : close;
}

/** Single marks that wire copy doubles for a double one. */
const DOUBLED_MARKS: ReadonlySet<string> = new Set(["'", "\u2018", "\u2019", "`"]);

/**
 * The cue of the quotation whose marks are tokens `open` and `close` (indices into `tokens`;
 * `open` is -1 for a quotation with no opening mark, `close` -1 with no closing mark).
 */
export function findCue(tokens: readonly Token[], open: number, close: number, lex: Lexicon, text: string): Cue | null {
  // The window before: back to the sentence end, not through another quotation's words.
  const before: number[] = [];
  // A quotation that ends its sentence (`… "far from perfect." He cited …`) bounds the sentence:
  // a cue before it is another sentence's (kept as the cue; its speaker yields to the subject of
  // the quotation's own sentence). Not in German copy, where a Konjunktiv sentence after it still
  // reports the cue before.
  let boundary = -1;
  for (let k = open - 1; k >= 0 && open - k <= BEFORE; k--) {
    const t = tokens[k]!;
    if (boundary === -1 && t.quote >= 0 && !VERB_SECOND.has(lex.language) && quotationEndsSentence(tokens, k)) boundary = k;
    if (t.quote !== -1) continue;
    if (SENTENCE_END.test(t.text)) break;
    before.push(k);
  }
  const after: number[] = [];
  // A quotation that ends its own sentence with a period (`… ahead."`) takes no cue after it.
  const lastInside = close > 0 ? tokens[closeStart(tokens, close) - 1] : undefined;
  // (A lower-case word right after it continues the sentence: `„… etabliert.“ erklärte X`.)
  const nextWord = close !== -1 ? tokens[close + 1] : undefined;
  const continues = nextWord !== undefined && nextWord.word && nextWord.quote === -1 && /^\p{Ll}/u.test(nextWord.text);
  const closedSentence = lastInside !== undefined && lastInside.text === "." && lastInside.quote !== -1 && !continues;
  if (close !== -1) {
    for (let k = close + 1; k < tokens.length && k - close <= AFTER; k++) {
      const t = tokens[k]!;
      if (t.quote !== -1) break;
      if (SENTENCE_END.test(t.text)) break;
      after.push(k);
    }
  }

  // 1. A colon right before the quotation. (It yields to a cue right after the quotation:
  // `Roe seemed irritated: "…," she wrote.`, `He said he was busy: "…," he wrote.`)
  const lastBefore = before[0];
  let colonCue: Cue | null = null;
  if (lastBefore !== undefined && tokens[lastBefore]!.text === ":") {
    for (const k of before) {
      if (k === lastBefore) continue;
      if (isCueVerb(tokens, k, lex)) {
        const cue = verbCue(tokens, k, lex, text, false);
        if (cue.speaker) {
          colonCue = { ...cue, adjacent: true };
          break;
        }
      }
      const n = sourceAt(tokens, k, lex);
      if (n) return { ...sourceCue(tokens, k, n, lex, text), adjacent: true };
    }
  }
  if (lastBefore !== undefined && tokens[lastBefore]!.text === ":" && !colonCue) {
    const colon = tokens[lastBefore]!;
    const near = phraseBefore(tokens, lastBefore, lex, text);
    // The phrase before the colon speaks when it is the whole clause (`Peskov: "…"`); after a
    // verb it is an object (`The minister had a message for voters: "…"`, `X weist jeden
    // Vorwurf zum Hafenprojekt zurück: „…“`) and the clause's subject speaks.
    const first = tokens[before[before.length - 1]!]!;
    // (The subject that a verb follows, after an introductory phrase: `At the meeting in
    // Hudson, New Hampshire, the supporter retorted: "…"`.)
    const whole = !near || near.start > first.start;
    const subject = whole ? (VERB_SECOND.has(lex.language) ? null : clauseSubject(tokens, lastBefore, lex, text)) ?? sentenceSubject(tokens, open, lex, text) : null;
    const speaker = subject && (subject.kind === "person" || subject.kind === "nominal" || subject.kind === "pronoun") && subject.end <= (near ?? colon).start ? subject : near;
    if (speaker) colonCue = { start: colon.start, end: colon.end, kind: "colon", speaker, adjacent: true };
  }

  // 2. Right after the quotation: `," said X`, `," X said`, `" according to X`, `" — X`.
  let k0 = 0;
  while (k0 < after.length && tokens[after[k0]!]!.text === ",") k0++;
  // `», — заявил мэр`: a dash before an inverted cue verb is punctuation, not a dash cue.
  if (k0 + 1 < after.length && DASH.test(tokens[after[k0]!]!.text) && isCueVerb(tokens, after[k0 + 1]!, lex)) k0++;
  const firstAfter = after[k0];
  if (firstAfter !== undefined) {
    const t = tokens[firstAfter]!;
    if (DASH.test(t.text)) {
      const speaker = phraseAfter(tokens, firstAfter + 1, lex, text);
      if (speaker && speaker.kind !== "pronoun" && speaker.kind !== "group-pronoun") return { start: t.start, end: t.end, kind: "dash", speaker, adjacent: true };
    }
  }
  // After a quotation that closed its sentence only a dash cue may follow (`…." — Jane Roe`).
  if (firstAfter !== undefined && !closedSentence) {
    const n = sourceAt(tokens, firstAfter, lex);
    const source = n ? sourceCue(tokens, firstAfter, n, lex, text) : null;
    if (source?.speaker) return { ...source, adjacent: true };
    // `„…“, so charakterisierte ihn X`: a source word with no phrase after it leads to the verb.
    const v0 = source ? k0 + n : k0;
    // A verb within the next few tokens, with only a speaker phrase before it.
    for (let i = v0; i < after.length && i - v0 <= 12; i++) {
      const k = after[i]!;
      if (isCueVerb(tokens, k, lex)) {
        // Right after the quotation but for auxiliaries (`», a déclaré le maire`): inverted.
        let inverted = true;
        // (Not after `and`: `"…" and said that …` is a second verb of the sentence.)
        for (let x = v0; x < i; x++) if (!(SKIP_BEFORE_CUE.has(tokens[after[x]!]!.lower) || invertedAuxiliary(tokens[after[x]!]!)) || COORDINATING_AND.has(tokens[after[x]!]!.lower)) inverted = false;
        // (A participle has no subject after it: `"…," saying the city …`.)
        if (participleClause(tokens, k, lex)) inverted = false;
        const cue = verbCue(tokens, k, lex, text, inverted);
        if (cue.speaker && (inverted || cue.speaker.start === tokens[after[v0]!]!.start)) {
          return { ...cue, adjacent: true };
        }
        // `«…», añadió.`: a dropped subject; the speaker before speaks (see `index.ts`).
        if (inverted && lex.proDrop && !cue.speaker && i === after.length - 1) return { ...cue, adjacent: true };
        // `"…," Jane Roe, R-Ohio, said`: the phrase right after the quotation, then an
        // appositive up to the verb.
        // (Or words only up to the verb: `"…," Jane Roe of the Elm Institute for Studies wrote`.)
        const first = inverted ? null : phraseAfter(tokens, after[v0]!, lex, text);
        let words = true;
        for (let x = v0; x < i && words; x++) {
          const w = tokens[after[x]!]!;
          // (Names and their function words only, no verb: not `"…" Roe had answering`.)
          if (!w.word || !(w.cap || DETERMINERS.has(w.lower) || isPreposition(w.lower) || (STOP_WORDS.has(w.lower) && !SKIP_BEFORE_CUE.has(w.lower)))) words = false;
        }
        if (first && opensPhrase(tokens, after[v0]!, first) && first.kind !== "group-pronoun" && (tokens[tokenAt(tokens, first.end)]?.text === "," || (words && first.kind === "person"))) return { ...cue, speaker: first, adjacent: true };
        break;
      }
      if (tokens[k]!.text === "," || !tokens[k]!.word) {
        if (tokens[k]!.text !== ",") break;
      }
    }
    // `«…», — пошутил актер X`: after a comma and a dash, a past-tense verb of any kind.
    if (k0 > 0 && firstAfter !== undefined && DASH.test(tokens[after[k0 - 1]!]!.text)) {
      const cue = dashVerbCue(tokens, firstAfter, lex, text);
      if (cue) return cue;
    } else if (firstAfter !== undefined && DASH.test(tokens[firstAfter]!.text) && tokens[after[0]!]!.text === ",") {
      const cue = dashVerbCue(tokens, firstAfter + 1, lex, text);
      if (cue) return cue;
    }
    // A quotation that ends its clause with a comma, `?` or `!` and a verb of any kind with a
    // speaker next to it (`"…?" Jane Roe pressed.`, `"…!" beamed Jane Roe.`).
    const last = lastInside?.text ?? "";
    if (v0 === k0 && (last === "," || last === "?" || last === "!") && !VERB_SECOND.has(lex.language)) {
      const cue = anyVerbCue(tokens, firstAfter, lex, text);
      if (cue) return cue;
    }
  }

  if (colonCue) return colonCue;

  // 3. The nearest cue before (one whose speaker is missing yields to an earlier one).
  let fallback: Cue | null = null;
  const ownSentence = (cue: Cue, k: number): Cue => {
    if (k > boundary) return cue;
    const subject = sentenceSubject(tokens, open, lex, text);
    return subject && subject.start > tokens[boundary]!.start && (subject.kind === "person" || subject.kind === "pronoun" || subject.kind === "nominal") ? { ...cue, speaker: subject } : cue;
  };
  for (const k of before) {
    const n = sourceAt(tokens, k, lex);
    if (n) {
      const cue = sourceCue(tokens, k, n, lex, text);
      if (cue.speaker) return ownSentence(cue, k);
    }
    if (isCueVerb(tokens, k, lex)) {
      const cue = verbCue(tokens, k, lex, text, false);
      if (cue.speaker) return ownSentence(fallback ? { ...cue, start: fallback.start, end: fallback.end } : cue, k);
      fallback ??= cue;
    }
  }
  // 4. Any cue after, in the same sentence.
  for (const k of closedSentence ? [] : after) {
    const n = sourceAt(tokens, k, lex);
    if (n) return sourceCue(tokens, k, n, lex, text);
    if (isCueVerb(tokens, k, lex)) {
      const cue = verbCue(tokens, k, lex, text, false);
      if (cue.speaker) return cue;
    }
  }
  return fallback;
}

/** Does a word other than a determiner come before the name in the phrase (`der Präsident George Bush`)? */
function titledName(phrase: SpeakerPhrase, text: string): boolean {
  const written = text.slice(phrase.start, phrase.end);
  const at = written.lastIndexOf(phrase.name);
  if (at <= 0) return false;
  return written
    .slice(0, at)
    .split(/\s+/u)
    .some((w) => w !== "" && !DETERMINERS.has(w.toLowerCase()));
}

/**
 * The subject of a cue verb in a verb-second language: the phrase before the verb when it opens
 * the clause or is a full name (`Merkel sagte`); else the phrase after the verb (`Dazu sagte sie`,
 * `Als Begründung sagte ein Wissenschaftler`).
 */
function verbSecondSubject(tokens: readonly Token[], k: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  // A clause-final participle after an auxiliary (`Stoiber hatte die Rolle … betont`): the
  // subject opens the clause, or follows the auxiliary (`Dabei hatte sie … betont`).
  let start = k;
  let aux = -1;
  while (start - 1 >= 0 && k - start < 30) {
    const t = tokens[start - 1]!;
    if (t.quote !== -1 || !t.word) break;
    if (AUXILIARIES.has(t.lower)) aux = start - 1;
    start--;
  }
  if (aux !== -1 && aux < k - 1) {
    const first = start < aux ? phraseAfter(tokens, start, lex, text) : null;
    if (first && first.end <= tokens[aux]!.start) return first;
    const next = phraseAfter(tokens, aux + 1, lex, text);
    if (next && next.end <= tokens[k]!.start) return next;
  }
  // A second verb after a conjunction shares the subject of the sentence (`X dementierte und nannte sie …`).
  if (k > 0 && COORDINATORS.has(tokens[k - 1]!.lower) && tokens[k - 1]!.quote === -1) {
    const shared = sentenceSubject(tokens, k, lex, text);
    if (shared) return shared;
  }
  const after = phraseAfter(tokens, tokens[k + 1]?.lower === "sich" ? k + 2 : k + 1, lex, text);
  const before = phraseBefore(tokens, k, lex, text);
  // One capitalized word before the verb and a full name after it: the word is a fronted
  // adverb (`Ähnlich äußerte sich der Präsident George Bush`).
  const next = tokens[k + 1]?.lower ?? "";
  const fronted = next === "sich" || (DETERMINERS.has(next) && !OBJECT_DETERMINERS.has(next));
  // (Only a name with a title or role before it: in `Brandt nannte die Antwort Hellmanns …` the
  // phrase after the verb is a capitalized object.)
  if (fronted && before && after && !before.name.includes(" ") && after.kind === "person" && after.name.includes(" ") && before.kind !== "pronoun" && titledName(after, text)) return after;
  // A full name right after a verb that takes no person object (`Der Zeitung sagte Jana Roth`).
  if (after && after.kind === "person" && after.name.includes(" ") && after.start === tokens[k + 1]?.start && NO_PERSON_OBJECT_VERBS.has(tokens[k]!.lower) && !(before?.kind === "person" && before.name.includes(" "))) return after;
  // An object fronted before the verb (`Die Pläne bezeichnete er als „…“`).
  if (after && after.kind === "pronoun" && NOMINATIVE_PRONOUNS.has(after.name.toLowerCase())) return after;
  // A clause opened by an object's determiner (`Den Ärger des Vereins brachte die Kassiererin …
  // zum Ausdruck`): the phrase after the verb is the subject.
  if (after && (after.kind === "person" || after.kind === "nominal") && OBJECT_DETERMINERS.has(tokens[start]?.lower ?? "") && tokens[start]!.cap && start < k) return after;
  if (before) {
    let i = k;
    while (i > 0 && tokens[i]!.start > before.start) i--;
    // Determiners and adjectives before the phrase still open the clause (`Die deutsche Regierung`).
    for (let n = 0; n < 3 && i > 0 && tokens[i - 1]!.word && tokens[i - 1]!.quote === -1 && (DETERMINERS.has(tokens[i - 1]!.lower) || (!tokens[i - 1]!.cap && !STOP_WORDS.has(tokens[i - 1]!.lower) && !lex.cueVerbs.has(tokens[i - 1]!.lower))) && (i - 1 === 0 || !tokens[i - 2]!.word || DETERMINERS.has(tokens[i - 1]!.lower) || DETERMINERS.has(tokens[i - 2]!.lower) || !tokens[i - 2]!.cap); n++) i--;
    const prev = tokens[i - 1];
    const opensClause = !prev || !prev.word || prev.quote !== -1;
    // A clause-initial phrase or a full name before the verb is its subject (`Anke Roth nannte sie …`).
    if (opensClause || (before.kind === "person" && before.name.includes(" "))) return before;
  }
  return after ?? before;
}

function isEvidence(t: Token, lex: Lexicon): boolean {
  return t.word && t.quote === -1 && (lex.cueVerbs.has(t.lower) || lex.reported.has(t.lower) || lex.speechEvidence.has(t.lower));
}

/**
 * Is there evidence of speech in the quotation's sentence even without a cue and speaker: a cue
 * verb or a reported-speech marker (`sei`, `habe`, `nach Angaben`) within the sentence window?
 */
export function speechEvidence(tokens: readonly Token[], open: number, close: number, lex: Lexicon): boolean {
  for (let k = open - 1; k >= 0 && open - k <= BEFORE; k--) {
    const t = tokens[k]!;
    if (t.quote === -1 && SENTENCE_END.test(t.text)) break;
    if (isEvidence(t, lex) || sourceEvidence(tokens, k, lex)) return true;
  }
  if (close === -1) return false;
  for (let k = close + 1; k < tokens.length && k - close <= AFTER; k++) {
    const t = tokens[k]!;
    if (t.quote === -1 && SENTENCE_END.test(t.text)) break;
    if (isEvidence(t, lex) || sourceEvidence(tokens, k, lex)) return true;
  }
  return false;
}

/**
 * A source phrase at token k before a name, a determiner or a quotation (`laut der Polizei`,
 * `nach Angaben des Verbands`, `Laut „Heimatblatt“`); not the adjective of `laut geworden`.
 */
function sourceEvidence(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  if (!t.word || t.quote !== -1 || !lex.sourceFirstWords.has(t.lower)) return false;
  const n = sourceAt(tokens, k, lex);
  if (n === 0) return false;
  const next = tokens[k + n];
  if (!next) return false;
  if (next.quote !== -1) return true;
  return next.word && (next.cap || DETERMINERS.has(next.lower));
}
