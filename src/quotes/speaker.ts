/**
 * Speaker phrases around a cue: the noun phrase before a cue verb (`Kremlin spokesman Dmitry
 * Peskov told`), after it (`said Peskov`, `according to its air force`), with an appositive
 * skipped (`Amir Sadeghi, a 34-year-old nurse, told`), and the name read from the phrase:
 * determiners and role or title words stripped (`Dmitry Peskov`), a nominal speaker kept by its
 * head phrase (`US official`, `UAE government statement`).
 *
 * @module
 */
import { ABSOLUTE_PREPOSITIONS, CAPITALIZED_NOUNS, COMPLEMENT_LINKS, PATRONYMIC_OR_INITIAL, COORDINATING_AND, DEPARTMENT_WORDS, DETERMINERS, EXPLETIVE_OPENERS, EXTRAPOSED_CLAUSE_HEADS, EXTRAPOSING_PRONOUNS, EXTRAPOSING_VERBS, FINITE_ENDINGS, GENITIVE_DETERMINERS, INSTITUTIONS, NAME_PARTICLES, NOMINAL_HEADS, OBJECT_DETERMINERS, PARTICIPLE_ENDINGS, POSSESSIVE_PRONOUNS, PROGRESSIVE_AUXILIARIES, PRONOMINAL_DETERMINERS, RELATIVE_WORDS, ROLE_WORDS, SENTENCE_ADVERBS, SKIP_AFTER_CUE, SKIP_BEFORE_CUE, SPEECH_NOUNS, STOP_WORDS, SUBJECT_GERUND_PREPOSITIONS, SUBORDINATORS, TIME_INTRODUCERS, TIME_WORDS, VERB_SECOND } from "./data/words.js";
import type { Lexicon } from "./lexicon.js";
import type { Token } from "./tokens.js";

export type MentionKind = "pronoun" | "group-pronoun" | "person" | "nominal";

/** A speaker mention: its span, what it is, and the name read from it. */
export interface SpeakerPhrase {
  start: number;
  end: number;
  kind: MentionKind;
  /** The name as written, titles and determiners stripped; the pronoun itself for pronouns. */
  name: string;
  /** Lower-cased last word, for matching `the official` to `a US official`. */
  head: string;
  /** Opens with a definite determiner (`the official`): refers back to an earlier speaker. */
  definite: boolean;
}

const MAX_PHRASE = 9;




/** Determiners that make a speaker of a common noun (`one questioner`, `the announcer`). */
const COMMON_NOUN_DETERMINERS = new Set([
  "a", "an", "the", "one", "another", "der", "die", "das", "ein", "eine", "le", "la", "un", "une", "el",
  "l'", "l\u2019", "les", "los", "las", "il", "lo", "gli", "o", "os", "um", "uma", "una", "het", "een",
]);

function possessive(t: Token): boolean {
  return /['\u2019]s$/u.test(t.text) || t.text.endsWith("s'") || t.text.endsWith("s\u2019");
}

/** Can this token be part of a speaker phrase (not counting determiners)? */
function phraseWord(t: Token, text: string): boolean {
  if (!t.word || t.quote !== -1) return false;
  if (STOP_WORDS.has(t.lower)) return false;
  if (t.cap) return true;
  if (ROLE_WORDS.has(t.lower) || NOMINAL_HEADS.has(t.lower)) return true;
  // A noun made of a number and a capitalized word (`der 58-Jährige`).
  if (/^\d+-\p{Lu}\p{Ll}/u.test(t.text)) return true;
  if (/^\d/u.test(t.text)) return false;
  void text;
  return false;
}

function usable(t: Token | undefined): t is Token {
  return t !== undefined && t.quote === -1;
}

/**
 * The speaker phrase that ends right before token `v` (a cue verb), skipping auxiliaries and
 * adverbs (`has also said`) and an appositive between commas.
 */
export function phraseBefore(tokens: readonly Token[], v: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  let j = v - 1;
  let skipped = 0;
  for (;;) {
    const t = tokens[j];
    if (j < 0 || skipped >= 4 || !usable(t) || !t.word) break;
    if (!t.cap && (SKIP_BEFORE_CUE.has(t.lower) || /ly$/u.test(t.lower))) {
      j--;
      skipped++;
      continue;
    }
    // A time phrase: `on Monday`, `last week`, `earlier this month`.
    if (TIME_WORDS.has(t.lower)) {
      j--;
      skipped++;
      while (j >= 0 && usable(tokens[j]) && TIME_INTRODUCERS.has(tokens[j]!.lower)) j--;
      continue;
    }
    break;
  }
  j = skipParenthesis(tokens, j);
  const t = tokens[j];
  if (!usable(t)) return null;
  if (t.word && (lex.personPronouns.has(t.lower) || lex.groupPronouns.has(t.lower))) {
    return pronoun(t, lex);
  }
  if (t.text === "," && skipped === 0) return appositive(tokens, j, lex, text);
  // `with Jane Roe telling reporters "…"`: a participle's subject after `with`.
  const absolute = PARTICIPLE_ENDINGS[lex.language]?.some((e) => tokens[v]!.lower.endsWith(e)) === true;
  return collectBackward(tokens, j, text, absolute ? ABSOLUTE_PREPOSITIONS : undefined);
}

/** Step back over a parenthesis that ends at token j (`Jane Roe (D-Ohio)`); j itself otherwise. */
function skipParenthesis(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== ")") return j;
  for (let k = j - 1; k >= 0 && j - k <= 10; k--) {
    const t = tokens[k]!;
    if (t.quote !== -1) return j;
    if (t.text === "(") return k - 1;
  }
  return j;
}

function pronoun(t: Token, lex: Lexicon): SpeakerPhrase {
  return {
    start: t.start,
    end: t.end,
    kind: lex.personPronouns.has(t.lower) ? "pronoun" : "group-pronoun",
    name: t.text,
    head: t.lower,
    definite: true,
  };
}

/** `Name, appositive, said` or `the chairman, Name, said`: the phrase before the appositive. */
function appositive(tokens: readonly Token[], comma: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  // Find the opening comma of the appositive, at most 14 tokens back.
  let k = comma - 1;
  while (k >= 0 && comma - k <= 14 && usable(tokens[k]) && tokens[k]!.text !== "," && !/[.!?;:]/u.test(tokens[k]!.text)) k--;
  const open = tokens[k];
  if (!usable(open) || open.text !== "," || k === comma - 1) return relativeAppositive(tokens, comma, text);
  const inner = collectBackward(tokens, comma - 1, text);
  // `the party's leader, Jane Roe, said`: the appositive itself is the name.
  if (inner && inner.kind === "person" && inner.start === tokens[k + 1]!.start) return inner;
  const first = tokens[k + 1]!;
  // (A capitalized role opens one where every noun is capitalized: `Karl Weber, Präsident der
  // Universität, begrüßte …`; the phrase before it then has to be a person.)
  const role = first.cap && (ROLE_WORDS.has(first.lower) || NOMINAL_HEADS.has(first.lower));
  if (!(DETERMINERS.has(first.lower) || !first.cap || /^\d/u.test(first.text) || role)) return null;
  const outer = collectBackward(tokens, k - 1, text);
  if (role && !DETERMINERS.has(first.lower) && outer?.kind !== "person") return null;
  if (outer && outer.kind !== "pronoun" && outer.kind !== "group-pronoun") return outer;
  // `he, once again, pledged`: an adverbial aside after a pronoun.
  const before = tokens[k - 1];
  if (before && before.word && before.quote === -1 && lex.personPronouns.has(before.lower) && !first.cap) return pronoun(before, lex);
  return null;
}

/** Tokens a relative clause between commas may span (`Jane Roe, who …, said`). */
const MAX_RELATIVE_CLAUSE = 40;

/**
 * `Jane Roe, who has long questioned the plan, said`: the phrase before a non-restrictive
 * relative clause that ends at the comma before the verb.
 */
function relativeAppositive(tokens: readonly Token[], comma: number, text: string): SpeakerPhrase | null {
  for (let k = comma - 1; k > 0 && comma - k <= MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k]!;
    if (t.quote === -2 || (t.quote === -1 && /^[.!?;:]$/u.test(t.text))) return null;
    if (t.quote !== -1 || !t.word || !RELATIVE_WORDS.has(t.lower)) continue;
    if (tokens[k - 1]!.text !== "," || tokens[k - 1]!.quote !== -1) return null;
    const outer = collectBackward(tokens, k - 2, text);
    return outer && outer.kind !== "pronoun" && outer.kind !== "group-pronoun" ? outer : null;
  }
  return null;
}

/** Collect a speaker phrase ending at token `j` (inclusive), walking back. */
export function collectBackward(tokens: readonly Token[], j: number, text: string, subjectAfter?: ReadonlySet<string>): SpeakerPhrase | null {
  j = skipParenthesis(tokens, j);
  const last = tokens[j];
  if (!usable(last) || !last.word) return null;
  let a = j;
  let modifiers = 0;
  let headNominal = NOMINAL_HEADS.has(last.lower) || ROLE_WORDS.has(last.lower);
  if (!phraseWord(last, text)) {
    // A common noun with its determiner or owner: `one questioner`, `the ad's narrator`.
    if (!/^\p{Ll}+$/u.test(last.text) || STOP_WORDS.has(last.lower) || /(ly|ing|ed|ic|al|ous|ive|ful|less|able)$/u.test(last.lower)) return null;
    if (TIME_WORDS.has(last.lower) || /^(hours|days|weeks|months|years|minutes|times)$/u.test(last.lower)) return null;
    let k = j - 1;
    while (k >= 0 && j - k <= 3 && usable(tokens[k]) && tokens[k]!.word && /^\p{Ll}/u.test(tokens[k]!.text) && !DETERMINERS.has(tokens[k]!.lower) && !STOP_WORDS.has(tokens[k]!.lower)) k--;
    const owner = tokens[k];
    if (!usable(owner) || !owner.word || !COMMON_NOUN_DETERMINERS.has(owner.lower)) return null;
    headNominal = true;
    modifiers = 2;
    a = DETERMINERS.has(owner.lower) ? k : k;
    if (DETERMINERS.has(owner.lower)) return describe(tokens, a, j, text);
  }
  while (a - 1 >= 0 && j - a < MAX_PHRASE) {
    const t = tokens[a - 1]!;
    if (!usable(t) || !t.word) break;
    if (DETERMINERS.has(t.lower) && !(t.lower === "de" || t.lower === "la" || t.lower === "le")) {
      a--;
      // A role's or body's complement goes on (`le ministère de l'Intérieur`).
      const link = tokens[a - 1];
      const owner = tokens[a - 2];
      if (usable(link) && link.word && !link.cap && COMPLEMENT_LINKS.has(link.lower) && usable(owner) && (ROLE_WORDS.has(owner.lower) || NOMINAL_HEADS.has(owner.lower)) && j - a < MAX_PHRASE) continue;
      // A genitive after a noun continues its phrase (`der Hauptgeschäftsführer des Verbands`).
      const head = tokens[a - 1];
      if (GENITIVE_DETERMINERS.has(t.lower) && usable(head) && head.word && head.cap && !STOP_WORDS.has(head.lower) && j - a < MAX_PHRASE) continue;
      break;
    }
    if (phraseWord(t, text)) {
      a--;
      continue;
    }
    if (NAME_PARTICLES.has(t.lower) && a - 2 >= 0 && tokens[a - 2]!.cap) {
      a--;
      continue;
    }
    if ((t.lower === "for" || (COMPLEMENT_LINKS.has(t.lower) && !t.cap)) && a - 2 >= 0 && usable(tokens[a - 2]) && (ROLE_WORDS.has(tokens[a - 2]!.lower) || NOMINAL_HEADS.has(tokens[a - 2]!.lower))) {
      a--;
      continue;
    }
    if (headNominal && modifiers < 2 && !STOP_WORDS.has(t.lower) && /^\p{Ll}+$/u.test(t.text) && !/(ly|ed|ing)$/u.test(t.lower)) {
      a--;
      modifiers++;
      continue;
    }
    break;
  }
  // A phrase right after a preposition is an object (`in Moscow said`), not a subject.
  const before = tokens[a - 1];
  // A capitalized particle opening the clause before `der X` is a surname's (`Von der Leyen sagte`).
  const opener = tokens[a - 2];
  const particleName = before !== undefined && before.cap && NAME_PARTICLES.has(before.lower) && j - a === 1 && DETERMINERS.has(tokens[a]!.lower) && (!opener || !opener.word);
  if (particleName) return describe(tokens, a - 1, j, text);
  if (before && before.word && STOP_WORDS.has(before.lower) && !DETERMINERS.has(before.lower) && isPreposition(before.lower) && !subjectAfter?.has(before.lower)) return null;
  return describe(tokens, a, j, text);
}

const PREPOSITIONS = new Set(["als", "wie", "laut", "durch", "gegen", "ohne", "um", "aus", "in", "on", "at", "by", "for", "from", "with", "to", "into", "of", "about", "over", "under", "between", "against", "among", "after", "before", "during", "since", "until", "than", "nach", "vor", "mit", "bei", "beim", "für", "von", "vom", "zu", "zum", "zur", "im", "am", "an", "auf", "über", "unter", "dans", "sur", "avec", "pour", "en", "con", "para"]);

export function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(word);
}

/**
 * The speaker phrase starting at token `i` (a cue's object side: `said Peskov`, `according to
 * the ministry`, `sagte der Vorsitzende des Verbandes, Elmar Gesse`).
 */
export function phraseAfter(tokens: readonly Token[], i: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  // Skip a reflexive and adverbs after the verb (`äußerte sich jedoch der Minister`).
  // (And a time word with its article or preposition: `a affirmé mardi la porte-parole`,
  // `afirmó el jueves la vicepresidenta`, `заявил в понедельник министр`.)
  for (let n = 0; n < 3 && usable(tokens[i]) && tokens[i]!.word && !tokens[i]!.cap; n++) {
    const w = tokens[i]!.lower;
    if (TIME_INTRODUCERS.has(w) && TIME_WORDS.has(tokens[i + 1]?.lower ?? "") && usable(tokens[i + 1])) i += 2;
    else if ((SKIP_AFTER_CUE.has(w) || SKIP_BEFORE_CUE.has(w) || TIME_WORDS.has(w)) && !DETERMINERS.has(w)) i++;
    else break;
  }
  const first = tokens[i];
  if (!usable(first) || !first.word) return null;
  const following = tokens[i + 1];
  // `diese Zahlen`: a demonstrative before a noun is a determiner, not a pronoun.
  const determinerUse = following !== undefined && following.word && following.cap && lex.language === "de" && first.lower !== "er" && first.lower !== "sie";
  if ((lex.personPronouns.has(first.lower) || lex.groupPronouns.has(first.lower)) && !determinerUse) return pronoun(first, lex);
  let b = i;
  if (DETERMINERS.has(first.lower)) b++;
  let startWord = tokens[b];
  if (!usable(startWord)) return null;
  let e = b;
  if (!phraseWord(startWord, text)) {
    // Lower-case modifiers before a nominal head: `its air force`, `the state news agency`.
    let h = b;
    while (h < tokens.length && h - b < 3 && usable(tokens[h]) && tokens[h]!.word && /^\p{Ll}/u.test(tokens[h]!.text) && !NOMINAL_HEADS.has(tokens[h]!.lower) && !STOP_WORDS.has(tokens[h]!.lower)) h++;
    const head = tokens[h];
    // Where every noun is capitalized, a capitalized word after a determiner and adjectives heads
    // the phrase (`der brasilianische Präsident`).
    const noun = CAPITALIZED_NOUNS.has(lex.language) && b > i && h > b && usable(head) && head.word && head.cap && !STOP_WORDS.has(head.lower);
    if (!usable(head) || !(NOMINAL_HEADS.has(head.lower) || noun)) return null;
    startWord = head;
    e = h;
  }
  while (e + 1 < tokens.length && e - i < MAX_PHRASE) {
    const t = tokens[e + 1]!;
    if (!usable(t) || !t.word) break;
    if (phraseWord(t, text)) {
      e++;
      continue;
    }
    const after = tokens[e + 2];
    // (`von der` continues only before a capitalized word: not `von der „Katastrophe“`.)
    const afterNext = tokens[e + 3];
    const determinerThenName = DETERMINERS.has(after?.lower ?? "") && usable(afterNext) && afterNext.word && afterNext.cap;
    if ((NAME_PARTICLES.has(t.lower) || t.lower === "of" || t.lower === "des" || t.lower === "der") && usable(after) && after.word && (after.cap || determinerThenName)) {
      e += DETERMINERS.has(after.lower) && !after.cap ? 2 : 1;
      continue;
    }
    break;
  }
  const phrase = describe(tokens, i, e, text);
  // A role with a genitive complement, then the name (`министр финансов Антон Силуанов`,
  // `minister finansów Jan Nowak`): a full name after one or two lower-case words.
  if (phrase && phrase.kind === "nominal" && ROLE_WORDS.has(tokens[e]!.lower)) {
    let g = e + 1;
    while (g <= e + 2 && usable(tokens[g]) && tokens[g]!.word && !tokens[g]!.cap && !STOP_WORDS.has(tokens[g]!.lower) && !DETERMINERS.has(tokens[g]!.lower)) g++;
    let n = g;
    while (n < tokens.length && n - g < 4 && usable(tokens[n]) && tokens[n]!.word && tokens[n]!.cap && !STOP_WORDS.has(tokens[n]!.lower)) n++;
    if (g > e + 1 && n - g >= 2) {
      // (A department after an elided article is the complement: `ministro dell'Economia Giancarlo Ferri`.)
      const from = n - g >= 3 && linkingWord(tokens[g - 1]!) && !PATRONYMIC_OR_INITIAL.test(tokens[g + 1]!.text) ? g + 1 : g;
      const name = describe(tokens, from, n - 1, text);
      if (name && name.kind === "person") return { ...name, start: phrase.start };
    }
  }
  // `the chairman of the board, Jane Roe`: a name in apposition after a role (and its
  // complement: `la presidenta del banco, Lucía Ferrer`).
  const comma = tokens[complementEnd(tokens, e) + 1];
  if (comma !== tokens[e + 1]) e = complementEnd(tokens, e);
  if (phrase && phrase.kind === "nominal" && usable(comma) && comma.text === ",") {
    let n = e + 2;
    while (n < tokens.length && n - (e + 2) < 5 && usable(tokens[n]) && tokens[n]!.word && (tokens[n]!.cap || NAME_PARTICLES.has(tokens[n]!.lower)) && !STOP_WORDS.has(tokens[n]!.lower)) n++;
    const endTok = tokens[n];
    if (n > e + 2 && (!endTok || !endTok.word || !endTok.cap)) {
      const name = describe(tokens, e + 2, n - 1, text);
      if (name && name.kind === "person") return { ...name, start: phrase.start };
    }
  }
  return phrase;
}

/**
 * The last token of a role's lower-case complement after token e that ends at a comma (`del
 * banco`, `du gouvernement`, `de la empresa`), at most four words opened by a linking word
 * (`data/words.ts` `COMPLEMENT_LINKS`); e itself when there is none.
 */
function complementEnd(tokens: readonly Token[], e: number): number {
  const link = tokens[e + 1];
  if (!usable(link) || !link.word || !COMPLEMENT_LINKS.has(link.lower) || !ROLE_WORDS.has(tokens[e]!.lower)) return e;
  let k = e + 2;
  while (k < tokens.length && k - e <= 5 && usable(tokens[k]) && tokens[k]!.word && !tokens[k]!.cap) k++;
  return k > e + 2 && tokens[k]?.text === "," ? k - 1 : e;
}

/** A lower-case linking word or elided article before a complement (`de`, `du`, `l'`, `dell'`). */
function linkingWord(t: Token): boolean {
  return t.word && !t.cap && (COMPLEMENT_LINKS.has(t.lower) || /['\u2019]$/u.test(t.text));
}

/**
 * Where the person's name starts in the capitalized run `[n, b]` after a role, when the run
 * opens with the role's complement (`porte-parole du Kremlin Dmitri Peskov`, `пресс-секретарь
 * Кремля Дмитрий Песков`, `депутат Верховної Ради Іван Петренко`); null when it does not. After
 * a linking word one word is the complement, with no initial or patronymic after it (`George W.
 * Bush` keeps its first word); in Cyrillic copy a genitive right after the role, the name its
 * last two words (three with a patronymic: `Сергей Кужугетович Шойгу`).
 */
function nameAfterComplement(tokens: readonly Token[], n: number, b: number): number | null {
  const word = tokens[n]!;
  const prev = tokens[n - 1]!;
  if (!word.cap) return null;
  if (linkingWord(prev) && !PATRONYMIC_OR_INITIAL.test(tokens[n + 1]!.text) && !PATRONYMIC_OR_INITIAL.test(tokens[n + 2]?.text ?? "")) return n + 1;
  if (!ROLE_WORDS.has(prev.lower) || !/^\p{Script=Cyrillic}/u.test(word.text)) return null;
  const keep = PATRONYMIC_OR_INITIAL.test(tokens[b - 1]!.text) ? 3 : 2;
  return b - n + 1 > keep ? b - keep + 1 : null;
}

function allCapitals(tokens: readonly Token[], s: number, b: number): boolean {
  for (let k = s; k <= b; k++) {
    const t = tokens[k]!.text;
    if (t.length < 2 || t !== t.toUpperCase() || !/\p{Lu}{2}/u.test(t)) return false;
  }
  return true;
}

function hasRole(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ROLE_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Read the name out of tokens `[a, b]`. */
export function describe(tokens: readonly Token[], a: number, b: number, text: string): SpeakerPhrase | null {
  const lastToken = tokens[b]!;
  // A phrase cannot end in a function word (`the former secretary of`).
  if (STOP_WORDS.has(lastToken.lower) || NAME_PARTICLES.has(lastToken.lower)) return null;
  const commonHead = !lastToken.cap && !ROLE_WORDS.has(lastToken.lower) && !NOMINAL_HEADS.has(lastToken.lower);
  let s = a;
  let definite = false;
  while (s <= b && DETERMINERS.has(tokens[s]!.lower) && !(tokens[s]!.cap && s > a)) {
    if (tokens[s]!.lower === "the" || tokens[s]!.lower === "der" || tokens[s]!.lower === "die" || tokens[s]!.lower === "das" || tokens[s]!.lower === "le" || tokens[s]!.lower === "la" || tokens[s]!.lower === "el") definite = true;
    s++;
  }
  if (s > b) return null;
  const last = tokens[b]!;
  // The person's name is what follows the last role word or lower-case word.
  let r = s - 1;
  for (let k = s; k <= b; k++) {
    const t = tokens[k]!;
    if (ROLE_WORDS.has(t.lower) || (!t.cap && !NAME_PARTICLES.has(t.lower)) || possessive(t)) r = k;
  }
  // `Jane Roe of the Elm Institute`: a name of two or more words before `of` is the person's;
  // what follows is where they come from.
  // (The first `of` after the name: `Jane Roe of the University of Elm`.)
  for (let of = s + 2; of < b; of++) {
    if (tokens[of]!.lower !== "of") continue;
    let q = of - 1;
    while (q >= s && tokens[q]!.cap && !ROLE_WORDS.has(tokens[q]!.lower) && !possessive(tokens[q]!) && !STOP_WORDS.has(tokens[q]!.lower)) q--;
    if (of - 1 - q >= 2 && (q < s || ROLE_WORDS.has(tokens[q]!.lower) || (!tokens[q]!.cap && !STOP_WORDS.has(tokens[q]!.lower)))) {
      const first = tokens[q + 1]!;
      return { start: first.start, end: last.end, kind: "person", name: text.slice(first.start, tokens[of - 1]!.end), head: tokens[of - 1]!.lower, definite: false };
    }
    break;
  }
  let nameStart = r + 1;
  // After a role, a department before the name is not part of it (`Secretary of State Antony
  // Blinken`, `ministro dell'Economia Giancarlo Giorgetti`), when a name of two words or more follows.
  if (r >= s && hasRole(tokens, s, r)) {
    let d = nameStart;
    while (d <= b && DEPARTMENT_WORDS.has(tokens[d]!.lower) && tokens[d]!.cap) d++;
    if (d > nameStart && b - d >= 1) nameStart = d;
  }
  // After a role and its complement, the complement's capitalized head before a full name is not
  // part of it (`porte-parole du Kremlin Dmitri Peskov`, `пресс-секретарь Кремля Дмитрий Песков`).
  if (r >= s && hasRole(tokens, s, r)) {
    const n = nameStart <= b && !tokens[nameStart]!.cap && COMPLEMENT_LINKS.has(tokens[nameStart]!.lower) ? nameStart + 1 : nameStart;
    if (b - n >= 2) nameStart = nameAfterComplement(tokens, n, b) ?? nameStart;
  }
  // One capitalized word after a role's or body's linking word is its complement, not a
  // person (`le ministère de l'Intérieur`, `le maire de Lyon`).
  if (r >= s && b === nameStart && b > s && linkingWord(tokens[b - 1]!) && (ROLE_WORDS.has(tokens[s]!.lower) || NOMINAL_HEADS.has(tokens[s]!.lower))) {
    return { start: tokens[a]!.start, end: last.end, kind: "nominal", name: text.slice(tokens[s]!.start, last.end), head: tokens[s]!.lower, definite };
  }
  // A noun with a genitive owner speaks as a nominal (`der Hauptgeschäftsführer des Verbands`).
  for (let g = s + 1; g < b; g++) {
    const t = tokens[g]!;
    if (GENITIVE_DETERMINERS.has(t.lower) && !t.cap && tokens[g - 1]!.cap && tokens[s]!.cap) {
      return { start: tokens[a]!.start, end: last.end, kind: "nominal", name: text.slice(tokens[s]!.start, last.end), head: tokens[g - 1]!.lower, definite };
    }
  }
  // A run of capitals (`CONGRESS HAS INVESTIGATED`) is a heading, not a speaker.
  if (b - s >= 1 && allCapitals(tokens, s, b)) return null;
  const institution = INSTITUTIONS.has(text.slice(tokens[s]!.start, last.end).toLowerCase());
  const nominalHead = NOMINAL_HEADS.has(last.lower) || ROLE_WORDS.has(last.lower) || commonHead;
  if (nameStart <= b && !institution && !nominalHead && tokens[nameStart]!.cap) {
    const first = tokens[nameStart]!;
    return { start: first.start, end: last.end, kind: "person", name: text.slice(first.start, last.end), head: last.lower, definite: false };
  }
  const start = tokens[s]!.start;
  return { start: tokens[a]!.start, end: last.end, kind: "nominal", name: text.slice(start, last.end), head: last.lower, definite };
}

/**
 * The subject of the sentence a quotation lies in, for a quotation with no cue (`Trump took to
 * Twitter to accuse them of being "duped"`): the phrase that opens the sentence, after an
 * introductory phrase up to its comma (`At Thursday's town hall, Marlow cited …`).
 */
export function sentenceSubject(tokens: readonly Token[], open: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  let k = open - 1;
  while (k >= 0 && open - k <= 60) {
    const t = tokens[k]!;
    if (t.quote === -1 && /^[.!?;\u2026]$/u.test(t.text)) break;
    if (t.quote !== -1 && t.quote !== tokens[open]?.quote) break;
    k--;
  }
  let i = k + 1;
  const first = tokens[i];
  if (!usable(first) || !first.word || i >= open) return null;
  if (VERB_SECOND.has(lex.language) && (isPreposition(first.lower) || OBJECT_DETERMINERS.has(first.lower))) {
    // Verb second after a fronted prepositional phrase or object: the verb is the first
    // lower-case word after its noun (`In ihrer jährlichen Hafenrede begründete die
    // Bürgermeisterin …`, `Den Ärger des Vereins brachte die Kassiererin … zum Ausdruck: „…“`).
    for (let j = i + 2; j + 1 < open; j++) {
      const t = tokens[j]!;
      const prev = tokens[j - 1]!;
      if (!t.word || t.quote !== -1) break;
      if (t.cap || !prev.cap || !prev.word || DETERMINERS.has(t.lower) || STOP_WORDS.has(t.lower)) continue;
      const phrase = phraseAfter(tokens, tokens[j + 1]!.lower === "sich" ? j + 2 : j + 1, lex, text);
      return phrase && phrase.end <= tokens[open]!.start ? phrase : null;
    }
  }
  if (VERB_SECOND.has(lex.language) && STOP_WORDS.has(first.lower) && !isPreposition(first.lower) && i + 2 < open) {
    // Verb second: an adverb, the verb, then the subject (`Hier sparte der Bundespräsident`).
    const phrase = phraseAfter(tokens, i + 2, lex, text);
    return phrase && phrase.end <= tokens[open]!.start ? phrase : null;
  }
  // A sentence-initial conjunction or adverb alone (`But he wanted to know, "…"`).
  if (SENTENCE_ADVERBS.has(first.lower) && i + 1 < open && tokens[i + 1]!.word && tokens[i + 1]!.quote === -1) {
    const phrase = phraseAfter(tokens, i + 1, lex, text);
    if (phrase && phrase.end <= tokens[open]!.start) return phrase;
  }
  // A participle opening the sentence is an introductory phrase too (`Reprising a line, the
  // senator …`).
  const participle = PARTICIPLE_ENDINGS[lex.language]?.some((e) => first.lower.endsWith(e)) === true && tokens[i + 1]?.word === true && !tokens[i + 1]!.cap;
  if ((STOP_WORDS.has(first.lower) && !DETERMINERS.has(first.lower)) || participle) {
    // Skip an introductory phrase to its comma.
    while (i < open && tokens[i]!.text !== ",") i++;
    i++;
    if (i >= open) return null;
  }
  // A time phrase opening the sentence is introductory too (`Twenty years ago, a local paper
  // hailed …`, `Two days later, …`).
  for (let j = i + 1; j < open && j - i <= 5; j++) {
    const t = tokens[j]!;
    if (t.quote !== -1) break;
    if (t.text !== ",") continue;
    if (TIME_WORDS.has(tokens[j - 1]!.lower) && j + 1 < open) i = j + 1;
    break;
  }
  // An extraposed subject: the subject of the clause after `that`/`whether` (`It is strange
  // that Roe would denounce "…"`, `It's unclear whether the voters will …`).
  const copula = tokens[i + 1];
  if (EXPLETIVE_OPENERS.has(tokens[i]!.lower) || (EXTRAPOSING_PRONOUNS.has(tokens[i]!.lower) && copula !== undefined && EXTRAPOSING_VERBS.has(copula.lower))) {
    for (let j = i + 1; j + 1 < open && j - i <= 8; j++) {
      const t = tokens[j]!;
      if (!t.word || t.quote !== -1) break;
      if (!EXTRAPOSED_CLAUSE_HEADS.has(t.lower)) continue;
      const phrase = phraseAfter(tokens, j + 1, lex, text) ?? subjectNounPhrase(tokens, j + 1, lex, text);
      return phrase && phrase.end <= tokens[open]!.start && phrase.kind !== "group-pronoun" ? phrase : null;
    }
  }
  // (An expletive opens no phrase: `It's been common for …`.)
  if (EXPLETIVE_OPENERS.has(tokens[i]!.lower)) return null;
  // (A phrase of any head that a verb follows: `The ad targets "…"`.)
  const phrase = phraseAfter(tokens, i, lex, text) ?? (VERB_SECOND.has(lex.language) ? null : subjectNounPhrase(tokens, i, lex, text));
  return phrase && phrase.end <= tokens[open]!.start ? phrase : null;
}

/**
 * The nearest person named before token `open` in the tokens at hand (a run of two or more
 * capitalized words, or a role word and a capitalized word: `Präsident Gusmão`): the last resort
 * for a quotation with no cue, no sentence subject and no earlier speaker.
 */
export function nearestPerson(tokens: readonly Token[], open: number, text: string): SpeakerPhrase | null {
  for (let k = open - 1; k > 0 && open - k <= 120; k--) {
    const t = tokens[k]!;
    if (!usable(t) || !t.word || !t.cap || STOP_WORDS.has(t.lower) || DETERMINERS.has(t.lower)) continue;
    const prev = tokens[k - 1]!;
    if (!usable(prev) || !prev.word || STOP_WORDS.has(prev.lower)) continue;
    if (!(prev.cap || ROLE_WORDS.has(prev.lower)) || DETERMINERS.has(prev.lower)) continue;
    const phrase = collectBackward(tokens, k, text);
    if (phrase && phrase.kind === "person" && phrase.name.includes(" ")) return phrase;
    if (phrase && phrase.kind === "person" && ROLE_WORDS.has(prev.lower)) return phrase;
  }
  return null;
}


/**
 * Is token `k` a participle heading a clause of its own (`…, calling him "…"`, `issued a
 * statement saying "…"`, `after telling reporters`), not a progressive (`she was saying`)?
 * Only for languages with a participle ending in the data.
 */
export function participleClause(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const endings = PARTICIPLE_ENDINGS[lex.language];
  if (!endings || !endings.some((e) => t.lower.endsWith(e))) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && tokens[j]!.word && tokens[j]!.quote === -1 && (/ly$/u.test(tokens[j]!.lower) || tokens[j]!.lower === "not" || tokens[j]!.lower === "also")) j--;
  // (A time phrase after the object: `released a statement Wednesday saying`.)
  if (j > 0 && tokens[j]!.word && tokens[j]!.quote === -1 && TIME_WORDS.has(tokens[j]!.lower)) {
    j--;
    while (j >= 0 && k - j <= 5 && tokens[j]!.word && tokens[j]!.quote === -1 && TIME_INTRODUCERS.has(tokens[j]!.lower)) j--;
  }
  const prev = tokens[j];
  if (!prev || prev.quote === -2) return false;
  // (After a quotation: `defended "New York values," saying …`.)
  if (prev.quote !== -1) return true;
  if (!prev.word) return prev.text === "," || /^[\u2012-\u2015-]$/u.test(prev.text);
  if (PROGRESSIVE_AUXILIARIES.has(prev.lower) || lex.personPronouns.has(prev.lower) || lex.groupPronouns.has(prev.lower)) return false;
  // A gerund after `for`/`of`/`about` has its own subject (`praised X for calling it`).
  if (isPreposition(prev.lower) || STOP_WORDS.has(prev.lower)) return SUBJECT_GERUND_PREPOSITIONS.has(prev.lower) || prev.lower === "and";
  // After a common noun, an object (`issued a statement calling …`); after a name, its own
  // subject (`with Roe calling it …`).
  return !prev.cap;
}

/**
 * The subject of the clause that token `k` (a verb) lies in, read from the start of its sentence
 * (quotations inside the sentence are passed over): the first phrase, at the sentence start or
 * after a comma, that a verb follows (`Speaking in Ohio, Jane Roe went after him, calling him
 * "…"`, `Roe clinched the nomination and said …`). Null when there is none.
 */
export function clauseSubject(tokens: readonly Token[], k: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  let s = k - 1;
  while (s >= 0 && k - s <= 80) {
    const t = tokens[s]!;
    if (t.quote === -2 || (t.quote === -1 && /^[.!?;:\u2026]$/u.test(t.text))) break;
    // A quotation that ends its sentence (`… pen." And he added`) ends the search too.
    if (t.quote >= 0 && /^[.!?]$/u.test(t.text) && quotationEndsSentence(tokens, s)) break;
    s--;
  }
  // The last clause before the verb that has a subject (`X said A, and Y called it …`).
  let found: SpeakerPhrase | null = null;
  for (let i = s + 1; i < k; i++) {
    const t = tokens[i]!;
    if (t.quote !== -1 || !t.word) continue;
    const prev = tokens[i - 1];
    const afterComma = (p: Token | undefined) => p !== undefined && p.quote === -1 && (p.text === "," || /^[\u2012-\u2015-]$/u.test(p.text));
    const adverb = prev !== undefined && prev.quote === -1 && SENTENCE_ADVERBS.has(prev.lower);
    // (Or right after a quotation: `"…," Roe said, suggesting …`.)
    const afterQuotation = prev !== undefined && prev.quote >= 0 && !prev.word && i >= 2 && /^[,?!]$/u.test(tokens[i - 2]!.text);
    // (Or after a subordinating conjunction: `…, when protesters interrupted her, shouting "…"`.)
    const subordinate = prev !== undefined && prev.quote === -1 && prev.word && SUBORDINATORS.has(prev.lower);
    const opensClause = i === s + 1 || afterComma(prev) || afterQuotation || subordinate || (adverb && (i - 1 === s + 1 || afterComma(tokens[i - 2])));
    if (!opensClause) continue;
    const phrase = phraseAfter(tokens, i, lex, text) ?? (VERB_SECOND.has(lex.language) ? null : subjectNounPhrase(tokens, i, lex, text));
    if (!phrase || phrase.end > tokens[k]!.start || (phrase.kind === "group-pronoun" && phrase.head === "it")) continue;
    let n = i;
    while (n < k && tokens[n]!.start < phrase.end) n++;
    if (n < k && verbFollows(tokens, n, k, lex)) found = phrase;
  }
  return found;
}

/** Is token `s` (a period inside a quotation) followed by the closing mark and a capitalized word? */
export function quotationEndsSentence(tokens: readonly Token[], s: number): boolean {
  if (!/^[.!?]$/u.test(tokens[s]!.text)) return false;
  const close = tokens[s + 1];
  const next = tokens[s + 2];
  return close !== undefined && !close.word && close.quote === tokens[s]!.quote && next !== undefined && next.quote === -1 && next.word && next.cap;
}

/** Does a verb start at token `n` (before `k`), after auxiliaries, adverbs and a time phrase? */
function verbFollows(tokens: readonly Token[], n: number, k: number, lex: Lexicon): boolean {
  for (let skipped = 0; n <= k && skipped < 4; skipped++) {
    let t = tokens[n]!;
    // A parenthesis after a name (`Jane Roe (D-Ohio) said`).
    if (t.text === "(" && t.quote === -1) {
      let c = n + 1;
      while (c <= k && c - n <= 8 && tokens[c]!.text !== ")") c++;
      if (c > k || tokens[c]!.text !== ")") return false;
      n = c + 1;
      if (n > k) return false;
      t = tokens[n]!;
    }
    // A place or a second name after the phrase (`The Elm Museum in Washington issued`, `Roe
    // and Doe issued`): a preposition or `and`, a determiner, then capitalized words only.
    if (skipped === 0 && t.word && t.quote === -1 && !t.cap && (isPreposition(t.lower) || COORDINATING_AND.has(t.lower))) {
      let c = n + 1;
      if (DETERMINERS.has(tokens[c]?.lower ?? "")) c++;
      const from = c;
      while (c < k && c - from < 4 && usable(tokens[c]) && tokens[c]!.word && tokens[c]!.cap && !STOP_WORDS.has(tokens[c]!.lower)) c++;
      const v = tokens[c];
      if (c > from && c < k && v !== undefined && finiteWord(v, lex)) {
        n = c;
        continue;
      }
    }
    if (!t.word || t.quote !== -1 || t.cap || COORDINATING_AND.has(t.lower)) return false;
    if (lex.cueVerbs.has(t.lower)) return true;
    if (SKIP_BEFORE_CUE.has(t.lower) || /ly$/u.test(t.lower)) {
      n++;
      continue;
    }
    if (TIME_INTRODUCERS.has(t.lower) && TIME_WORDS.has(tokens[n + 1]?.lower ?? "")) {
      n += 2;
      continue;
    }
    return !STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !isPreposition(t.lower) && !/^\d/u.test(t.text);
  }
  return false;
}

/**
 * A noun phrase of any head opened by a determiner at token `i` (`one district party leader`,
 * `the 46-year-old`), up to a punctuation mark or a function word: for a subject inverted after
 * a verb next to a quotation, where the head need not be a known speaker noun.
 */
export function nounPhraseAfter(tokens: readonly Token[], i: number, text: string): SpeakerPhrase | null {
  const first = tokens[i];
  if (!usable(first) || !first.word || !COMMON_NOUN_DETERMINERS.has(first.lower)) return null;
  let e = i;
  while (e + 1 < tokens.length && e - i < MAX_PHRASE) {
    const t = tokens[e + 1]!;
    if (!usable(t) || !t.word || STOP_WORDS.has(t.lower) || DETERMINERS.has(t.lower)) break;
    e++;
  }
  // (A phrase ends in no linking word: `el instructor del ‘caso’` is `el instructor`.)
  while (e > i + 1 && COMPLEMENT_LINKS.has(tokens[e]!.lower)) e--;
  if (e === i) {
    // A determiner that is a subject on its own, ending the clause (`"…," read one.`).
    const next = tokens[i + 1];
    if (!PRONOMINAL_DETERMINERS.has(first.lower) || (next !== undefined && next.word && next.quote === -1)) return null;
    return { start: first.start, end: first.end, kind: "nominal", name: first.text, head: first.lower, definite: false };
  }
  const last = tokens[e]!;
  return { start: first.start, end: last.end, kind: "nominal", name: text.slice(tokens[i + 1]!.start, last.end), head: last.lower, definite: first.lower === "the" };
}


/** A lower-case word that is surely a verb: a cue verb, an auxiliary, a finite form. */
function finiteWord(t: Token, lex: Lexicon): boolean {
  return t.word && t.quote === -1 && !t.cap && (lex.cueVerbs.has(t.lower) || SKIP_BEFORE_CUE.has(t.lower) || pastForm(t.lower, lex) || presentForm(t.lower, lex)) && !COORDINATING_AND.has(t.lower);
}

/** A word with the language's first finite ending (`pressed`): a past form, no noun. */
function pastForm(word: string, lex: Lexicon): boolean {
  const e = FINITE_ENDINGS[lex.language]?.[0];
  return e !== undefined && word.length > e.length + 1 && word.endsWith(e);
}

/** A word with another finite ending (`targets`): a present form, or a plural. */
function presentForm(word: string, lex: Lexicon): boolean {
  const endings = FINITE_ENDINGS[lex.language] ?? [];
  for (let k = 1; k < endings.length; k++) if (word.length > endings[k]!.length + 1 && word.endsWith(endings[k]!)) return true;
  return false;
}

/**
 * A subject noun phrase of any head at token `i` (`The ad targets …`, `A table in the annex
 * shows …`, `Her economic plan promises …`, `21 percent said`): opened by a determiner, an owner
 * or a number, and followed by a verb. For subjects whose head is no known speaker noun.
 */
export function subjectNounPhrase(tokens: readonly Token[], i: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  const first = tokens[i];
  if (!usable(first) || !first.word) return null;
  // (Not `that`, which opens clauses as often as phrases: `told him that he …`.)
  if (first.lower === "that" || !(DETERMINERS.has(first.lower) || COMMON_NOUN_DETERMINERS.has(first.lower) || /^\d/u.test(first.text) || possessive(first))) return null;
  let e = i;
  while (e + 1 < tokens.length && e - i < 5) {
    const t = tokens[e + 1]!;
    if (!usable(t) || !t.word || STOP_WORDS.has(t.lower) || DETERMINERS.has(t.lower) || SKIP_BEFORE_CUE.has(t.lower) || lex.cueVerbs.has(t.lower) || pastForm(t.lower, lex)) break;
    e++;
  }
  // A last word in -s before a lower-case word is the verb (`The ad targets a …`).
  const next = tokens[e + 1];
  if (e - i >= 2 && presentForm(tokens[e]!.lower, lex) && !tokens[e]!.cap && next !== undefined && next.word && !next.cap) e--;
  if (e === i && !PRONOMINAL_DETERMINERS.has(first.lower)) return null;
  if (e + 1 >= tokens.length) return null;
  if (!verbFollows(tokens, e + 1, tokens.length - 1, lex)) {
    // One prepositional phrase after the head (`A table in the annex shows …`).
    const prep = tokens[e + 1]!;
    if (!prep.word || prep.quote !== -1 || !isPreposition(prep.lower)) return null;
    let f = e + 2;
    if (DETERMINERS.has(tokens[f]?.lower ?? "")) f++;
    const head = f;
    let found = -1;
    for (; f < tokens.length && f - e <= 5 && usable(tokens[f]) && tokens[f]!.word && !STOP_WORDS.has(tokens[f]!.lower) && !DETERMINERS.has(tokens[f]!.lower); f++) {
      if (f > head && finiteWord(tokens[f]!, lex)) {
        found = f;
        break;
      }
    }
    if (found === -1) return null;
    e = found - 1;
  }
  const described = describe(tokens, i, e, text);
  if (described) return described;
  const last = tokens[e]!;
  return { start: first.start, end: last.end, kind: "nominal", name: text.slice(first.start, last.end), head: last.lower, definite: first.lower === "the" };
}

/**
 * The subject noun phrase of any head that ends right before the cue verb at token `v`
 * (`Several said`, `21 percent said`, `A federal lawsuit … alleged`), after auxiliaries and adverbs.
 */
export function subjectNounPhraseBefore(tokens: readonly Token[], v: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  let j = v - 1;
  while (j >= 0 && v - j <= 4 && usable(tokens[j]) && tokens[j]!.word && !tokens[j]!.cap && (SKIP_BEFORE_CUE.has(tokens[j]!.lower) || /ly$/u.test(tokens[j]!.lower)) && tokens[j]!.lower !== "and") j--;
  const end = tokens[j];
  if (!usable(end) || !end.word) return null;
  for (let a = j; a >= 0 && j - a <= 5; a--) {
    const t = tokens[a]!;
    if (!usable(t) || !t.word) return null;
    const before = tokens[a - 1];
    if (before && before.word && before.quote === -1 && isPreposition(before.lower)) continue;
    const phrase = subjectNounPhrase(tokens, a, lex, text);
    if (phrase && phrase.end === end.end) return phrase;
  }
  return null;
}

/** Tokens between a noun of saying and the quotation it owns (`his warning that Britain would "…"`). */
const SPEECH_NOUN_REACH = 10;

/**
 * The owner of a noun of saying shortly before the quotation at token `open` (`her pledge to stay
 * "impartial"`, `Roe's loud plea for a "fresh start"`): the owner's mention (the possessive
 * pronoun or the name) as the speaker phrase; null when there is none.
 */
export function speechNounOwner(tokens: readonly Token[], open: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  const possessives = POSSESSIVE_PRONOUNS[lex.language];
  if (!possessives) return null;
  for (let k = open - 1; k > 0 && open - k <= SPEECH_NOUN_REACH; k--) {
    const t = tokens[k]!;
    if (t.quote !== -1 || /^[.!?;:]$/u.test(t.text) || (t.word && lex.cueVerbs.has(t.lower) && !SPEECH_NOUNS.has(t.lower))) return null;
    if (!t.word || !SPEECH_NOUNS.has(t.lower)) continue;
    // The owner, before up to three modifiers (`his past comments`, `Roe's clarion call`).
    for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
      const o = tokens[j]!;
      if (!o.word || o.quote !== -1) return null;
      if (possessives.includes(o.lower)) return { start: o.start, end: o.end, kind: "pronoun", name: o.text, head: o.lower, definite: true };
      if (possessive(o) && o.cap) {
        const owner = collectBackward(tokens, j, text);
        if (owner && owner.kind === "person") return owner;
        const name = o.text.replace(/['\u2019]s?$/u, "");
        return { start: o.start, end: o.end, kind: "person", name, head: name.toLowerCase(), definite: false };
      }
      if (o.cap || STOP_WORDS.has(o.lower) || DETERMINERS.has(o.lower)) return null;
    }
    return null;
  }
  return null;
}

/**
 * A name after lower-case descriptors at token `i` (`election lawyer Jane Roe`, `9/11 widow Jane
 * Roe`, `undecided voter Jane Roe of Elm`): the person, its mention from the first descriptor.
 */
export function describedName(tokens: readonly Token[], i: number, lex: Lexicon, text: string): SpeakerPhrase | null {
  // (Where every noun is capitalized, the descriptor is part of the name phrase already.)
  if (CAPITALIZED_NOUNS.has(lex.language)) return null;
  for (let j = i; j < tokens.length && j - i <= 5; j++) {
    const t = tokens[j]!;
    if (!usable(t) || STOP_WORDS.has(t.lower) || DETERMINERS.has(t.lower)) return null;
    if (!t.word) {
      if (t.text !== "/") return null;
      continue;
    }
    if (!t.cap) continue;
    if (j === i) return null;
    const name = phraseAfter(tokens, j, lex, text);
    return name && name.kind === "person" ? { ...name, start: tokens[i]!.start } : null;
  }
  return null;
}
