/**
 * What a quotation is: `direct` speech (a clause or sentence) or a `partial` fragment embedded
 * in the reporter's sentence; and whether it is speech at all (a title of a work, a nickname,
 * a `so-called` term or another scare quote with no speaker is not).
 *
 * @module
 */
import { NAMING_VERBS } from "./data/cues.js";
import { AUTHOR_WORDS, CONVERSATIONS, LABEL_HEADS, MEDIUM_BEFORE, SLOGAN_CRIES, SLOGAN_NOUNS, UTTERANCE_NOUNS, UTTERANCE_VERBS, WORK_WORDS } from "./data/attribution.js";
import { APPROXIMATING_SO, CHARACTERIZING, DESCRIBING_ARTICLES, LABELS, NAMES_IN_QUOTES, NAMING_HEADS, NON_SPEECH_BEFORE, TITLE_FUNCTION_WORDS, WORD_NOUN_DETERMINERS, WORD_NOUNS, WORD_USE_VERBS } from "./data/words.js";
import type { Lexicon } from "./lexicon.js";
import type { Token } from "./tokens.js";

/** What the classifier reads about one quotation. */
export interface QuoteShape {
  /** Word tokens inside the marks. */
  words: number;
  /** Fewest words of a capitalized quotation opening its sentence that make it `direct` (4 when absent). */
  sentenceWords?: number;
  /** Holds a finite verb or subject pronoun. */
  clause: boolean;
  /** First letter is upper-case. */
  upper: boolean;
  /** Every word of two or more is capitalized (`Saturday Night Live`). */
  titleCase: boolean;
  /** Starts a sentence: nothing of the reporter's sentence before it, or a colon or comma. */
  sentenceStart: boolean;
  /** The word right before the opening mark announces a name (`so-called`, `dubbed`, `film`). */
  namedBefore: boolean;
  /** The word announcing it is a noun for words (`the term "…"`, `say the words "…"`): a mention of someone's words. */
  wordsNoun: boolean;
  /** The noun for words is the object of a verb of saying or using (`added the words "…"`). */
  spokenWords?: boolean;
  /** Nothing but the quotation (and punctuation) in the paragraph. */
  alone: boolean;
  /** Every word starts with a capital or a digit (`Der Spiegel`, `La Gazzetta dello Sport` is not). */
  allCapitalized: boolean;
  /** An attribute value of markup left in the text (`id="…"`). */
  markup: boolean;
  /** One or two words between capitalized words: a nickname (`Robert C. "Bobby" Scott`). */
  nickname: boolean;
  /** Right after a possessive or `on`/`of`/`in` (`Channel 9's "Morning Harbour Report"`, `starred in "Long Road"`): a title when title-case. */
  afterOwner: boolean;
  /** Right after a possessive (`the network's "Daybreak"`): a title when one capitalized word. */
  afterPossessive: boolean;
  /** Right after a noun of a raised voice and `of` (`chants of "Four More Years"`): what was shouted. */
  shouted: boolean;
  /** Right after a noun of words made to be repeated (`the slogan "…"`, `a rallying cry, "…"`). */
  slogan?: boolean;
  /** Right after a word that names who someone spoke to (`told "Morning Desk"`, `an interview with "…"`). */
  afterMedium: boolean;
  /** After a label and its colon (`Motto: „…“`, `Headline: "…"`). */
  labelled: boolean;
  /** Ends with a colon inside its marks (`"Related:"`, `"Read more:"`): a label itself. */
  colonEnd: boolean;
  /** One word that is a web address (`„news.bbc.co.uk“`). */
  address: boolean;
  /** Right after `als`/`von`/`as` (`bezeichnete es als „…“`): what someone calls a thing. */
  characterized: boolean;
  /** An indefinite or negative article right before it or as its first word (`eine „Farce“`, `„ein Trainer mit Herz“`): a description, not a name (German). */
  described?: boolean;
  /** Joined by a hyphen to the word after it (`„Ampel“-Koalition`): the first part of a compound. */
  compound?: boolean;
  /** Ends its sentence: a sentence end inside before the closing mark, or right after it. */
  closesSentence: boolean;
  /** A word of a work within a few words before or right after it (`the documentary "…"`, `"…" host`). */
  workNear: boolean;
  /** Closed by a comma and followed by an author word (`"Shops to close early," by Jane Roe`). */
  authored: boolean;
  /** No punctuation of its own and right before a noun that bears a name or a text (`a "Girls for Roe" sign`). */
  labelAfter: boolean;
}

/** A compound ending in a noun that names a work (`Klima-Dokumentation`, `Debütalbum`). */
function namingCompound(word: string): boolean {
  for (const head of NAMING_HEADS) if (word.length > head.length + 2 && word.endsWith(head)) return true;
  return false;
}

const ADDRESS = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,6}$/u;

/** Most words of a fragment that needs a cue or attribution in its sentence to be speech. */
const SHORT_FRAGMENT = 6;

const SENTENCE_END = /^[.!?\u2026]$/u;

/** Does the quotation end its sentence (`"Very good."`, `"Bodies everywhere".`)? */
function closesSentence(tokens: readonly Token[], to: number, close: number): boolean {
  const last = tokens[to - 1];
  if (last && !last.word && SENTENCE_END.test(last.text)) return true;
  if (close === -1) return false;
  const next = tokens[close + 1];
  return next === undefined || (!next.word && next.quote === -1 && SENTENCE_END.test(next.text));
}

const labelCache = new Map<string, ReadonlySet<string>>();

export function labelHeads(language: string): ReadonlySet<string> {
  let set = labelCache.get(language);
  if (!set) {
    set = new Set([...(LABEL_HEADS[language] ?? []), ...(LABEL_HEADS.en ?? [])]);
    labelCache.set(language, set);
  }
  return set;
}

/**
 * Does the quotation modify the noun right after it (`a "Girls for Roe" sign`, `the "unity"
 * lunch`, `"Night Desk" star Jane Roe`): its last inner token a word (speech that stops there
 * ends with its own punctuation), and the first word after its closing mark a lower-case noun
 * that bears a name or a text?
 */
function labelAfter(tokens: readonly Token[], to: number, close: number, language: string): boolean {
  if (close === -1) return false;
  const last = tokens[to - 1];
  const next = tokens[close + 1];
  if (!last || !last.word || !next || !next.word || next.quote !== -1 || next.cap) return false;
  // (Right after the mark: not `"…"-style` or `"…" — a sign`.)
  if (next.start !== tokens[close]!.end + 1) return false;
  return labelHeads(language).has(next.lower);
}

/** Words before a quotation read for a word of a work. */
const WORK_REACH = 3;
const workCache = new Map<string, ReadonlySet<string>>();

function workWords(language: string): ReadonlySet<string> {
  let set = workCache.get(language);
  if (!set) {
    set = new Set([...(WORK_WORDS[language] ?? []), ...(WORK_WORDS.en ?? [])]);
    workCache.set(language, set);
  }
  return set;
}

/**
 * Is a word of a work (`film`, `host`, `starred`) among the few words of its sentence before the
 * quotation (other quotations skipped: `roles in "A," "B"`), or the first word after it?
 */
function workNear(tokens: readonly Token[], open: number, close: number, language: string): boolean {
  const works = workWords(language);
  if (close !== -1) {
    const next = tokens[close + 1];
    if (next && next.word && next.quote === -1 && works.has(next.lower)) return true;
  }
  let seen = 0;
  for (let k = open - 1; k >= 0 && seen < WORK_REACH; k--) {
    const t = tokens[k]!;
    if (t.quote !== -1) continue;
    if (!t.word) {
      if (SENTENCE_END.test(t.text) || t.text === ":") return false;
      continue;
    }
    if (works.has(t.lower)) return true;
    seen++;
  }
  return false;
}

/**
 * Is the quotation a headline with its author: a comma right before or after its closing mark,
 * then an author word (`by`) followed by a capitalized word?
 */
function authored(tokens: readonly Token[], to: number, close: number, language: string): boolean {
  if (close === -1) return false;
  const words = AUTHOR_WORDS[language] ?? AUTHOR_WORDS.en!;
  let k = close + 1;
  let comma = tokens[to - 1]?.text === ",";
  if (tokens[k]?.text === "," && tokens[k]!.quote === -1) {
    comma = true;
    k++;
  }
  const by = tokens[k];
  const next = tokens[k + 1];
  return comma && by !== undefined && by.word && by.quote === -1 && words.includes(by.lower) && next !== undefined && next.word && (next.cap || next.lower === "the");
}

/** Is the word before the opening mark who someone spoke to (`told`, `an interview with`)? */
function afterMedium(tokens: readonly Token[], open: number, prevWord: Token | undefined): boolean {
  if (!prevWord) return false;
  if (MEDIUM_BEFORE.has(prevWord.lower)) return true;
  const before = tokens[open - 2];
  return prevWord.lower === "with" && before !== undefined && before.word && before.quote === -1 && CONVERSATIONS.has(before.lower);
}

/**
 * Read the shape of the quotation made of `tokens[from, to)`; `open` and `close` are its mark
 * tokens (or -1), `before` the character before the opening mark.
 */
export function shapeOf(tokens: readonly Token[], from: number, to: number, open: number, close: number, before: string, lex: Lexicon, alone: boolean): QuoteShape {
  let words = 0;
  let clause = false;
  let capitals = 0;
  let lowerContent = 0;
  let upper = false;
  let firstWord: Token | undefined;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (words === 0) {
      upper = t.cap;
      firstWord = t;
    }
    words++;
    if (lex.clauseWords.has(t.lower)) clause = true;
    if (t.cap || /^\d/u.test(t.text)) capitals++;
    else if (!TITLE_FUNCTION_WORDS.has(t.lower)) lowerContent++;
  }
  let sentenceStart = true;
  let namedBefore = false;
  let wordsNoun = false;
  let spokenWords = false;
  /** The nearest word before the opening mark in its sentence (commas passed over), or -1. */
  let nearest = -1;
  let prevWord: Token | undefined;
  for (let k = open - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.quote !== -1) continue;
    if (t.word) {
      sentenceStart = false;
      nearest = k;
      if (k === open - 1) prevWord = t;
      namedBefore = NON_SPEECH_BEFORE.has(t.lower) || NAMING_VERBS.has(t.lower) || (k === open - 1 && namingCompound(t.lower));
      // (A work's title is capitalized where names are not put in marks: lower-case words after
      // a word of a work are its complement, `getting the program "back on track."`.)
      if (namedBefore && !upper && !NAMES_IN_QUOTES.has(lex.language) && workWords(lex.language).has(t.lower)) namedBefore = false;
      wordsNoun = WORD_NOUNS.has(t.lower);
      if (wordsNoun) spokenWords = wordsSpoken(tokens, k, lex);
      // `so-called` may come as `so called` or `so genannten`.
      const prev = tokens[k - 1];
      if (!namedBefore && prev && (prev.lower === "so" || prev.lower === "so-") && /^(called|genannt\w*)$/u.test(t.lower)) namedBefore = true;
      // (`40 or so "loose" votes`: an approximation.)
      if (t.lower === "so" && prev && prev.word && prev.quote === -1 && APPROXIMATING_SO.has(prev.lower)) namedBefore = false;
      break;
    }
    if (/^[.!?:\u2026]$/u.test(t.text)) break;
    if (t.text === ",") continue;
  }
  const colon = open > 0 ? tokens[open - 1] : undefined;
  const label = open > 1 ? tokens[open - 2] : undefined;
  const labelled = colon !== undefined && colon.text === ":" && colon.quote === -1 && label !== undefined && label.word && LABELS.has(label.lower);
  let address = false;
  if (words === 1) for (let k = from; k < to; k++) if (tokens[k]!.word) address = ADDRESS.test(tokens[k]!.text) && /\p{L}\.\p{L}/u.test(tokens[k]!.text);
  const next = close === -1 ? undefined : tokens[close + 1];
  const nextCap = next !== undefined && next.word && next.cap && next.quote === -1;
  const nickname = words <= 2 && upper && prevWord !== undefined && prevWord.cap && nextCap;
  // (A plural possessive's apostrophe is a token of its own: `CBS' "Night Desk"`.)
  const apostrophe = open > 1 ? tokens[open - 1] : undefined;
  const owner = open > 1 ? tokens[open - 2] : undefined;
  const pluralOwner = apostrophe !== undefined && owner !== undefined && !apostrophe.word && apostrophe.quote === -1 && /^['\u2019]$/u.test(apostrophe.text) && owner.word && owner.end === apostrophe.start && /s$/iu.test(owner.text);
  if (pluralOwner) prevWord = owner;
  const afterPossessive = pluralOwner || (prevWord !== undefined && /['\u2019]s$/u.test(prevWord.text));
  const beforePrev = prevWord ? tokens[open - 2] : undefined;
  // (Or right after a verb of a raised voice: `marchers chanting "…"`.)
  const shouted = (prevWord?.lower === "of" && beforePrev !== undefined && beforePrev.word && beforePrev.quote === -1 && UTTERANCE_NOUNS.has(beforePrev.lower)) || (prevWord !== undefined && prevWord.quote === -1 && !prevWord.cap && UTTERANCE_VERBS.has(prevWord.lower));
  // (English only: elsewhere the press marks names of things with quotation marks.)
  const slogan = !NAMES_IN_QUOTES.has(lex.language) && nearest !== -1 && sloganAt(tokens, nearest);
  const afterOwner = afterPossessive || (prevWord !== undefined && !shouted && (prevWord.lower === "on" || prevWord.lower === "of" || prevWord.lower === "in"));
  return {
    words,
    // (Clause words are listed fully for English only: elsewhere a capitalized quotation of
    // three words that opens its sentence is one, `«Ситуация под контролем», — сказала X`.)
    sentenceWords: lex.language === "en" ? 4 : 3,
    clause,
    upper,
    titleCase: words >= 2 && lowerContent === 0 && capitals >= 2,
    allCapitalized: words >= 1 && capitals === words,
    sentenceStart,
    namedBefore,
    wordsNoun,
    spokenWords,
    alone,
    markup: before === "=",
    nickname,
    afterOwner,
    afterPossessive,
    shouted,
    slogan,
    afterMedium: afterMedium(tokens, open, prevWord),
    labelled,
    colonEnd: tokens[to - 1]?.text === ":",
    address,
    characterized: prevWord !== undefined && CHARACTERIZING.has(prevWord.lower),
    compound: next !== undefined && next.start === tokens[close]!.end && /^[-\u2010\u2011]/u.test(next.text),
    described: (prevWord !== undefined && DESCRIBING_ARTICLES.has(prevWord.lower)) || (firstWord !== undefined && !firstWord.cap && words >= 2 && DESCRIBING_ARTICLES.has(firstWord.lower)),
    closesSentence: closesSentence(tokens, to, close),
    workNear: workNear(tokens, open, close, lex.language),
    authored: authored(tokens, to, close, lex.language),
    labelAfter: labelAfter(tokens, to, close, lex.language),
  };
}

/** Is the word at token k a noun of a slogan (`slogan`, `motto`, `rallying cry`)? */
function sloganAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (SLOGAN_NOUNS.has(t.lower)) return true;
  const before = tokens[k - 1];
  return (t.lower === "cry" || t.lower === "cries") && before !== undefined && before.word && before.quote === -1 && SLOGAN_CRIES.has(before.lower);
}

/**
 * Is the noun for words at token k the object of a verb of saying or using, with a determiner
 * between (`added the words`, `to use the phrase`)?
 */
function wordsSpoken(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const det = tokens[k - 1];
  const verb = tokens[k - 2];
  if (!det || !verb || !det.word || !verb.word || det.quote !== -1 || verb.quote !== -1) return false;
  return WORD_NOUN_DETERMINERS.has(det.lower) && (WORD_USE_VERBS.has(verb.lower) || lex.cueVerbs.has(verb.lower));
}

/** `direct` for a clause or sentence of speech, `partial` for an embedded fragment. */
export function quoteKind(shape: QuoteShape): "direct" | "partial" {
  if (shape.clause && shape.words >= 3) return "direct";
  if (shape.upper && shape.sentenceStart && shape.words >= (shape.sentenceWords ?? 4)) return "direct";
  if (shape.alone && shape.words >= 3) return "direct";
  return "partial";
}

/**
 * Is the quotation speech? Not markup (`id="…"`), a heading in marks, a quotation announced as
 * a name (`so-called`, `dubbed`, `the film`), a nickname, a title after its owner (`the network's
 * "Night Desk"`), a title next to a word of a work (`the documentary "…"`, `"…" host`) or after
 * the programme someone spoke to (`told "Daybreak"`). Elsewhere a short fragment with no cue needs
 * evidence of speech (`evidence`): an attribution anywhere in its sentence (see `evidence.ts`;
 * always given in a language with no attribution words), unless it is its own sentence; and a
 * title-case run inside the reporter's sentence is a title. In languages whose press also marks
 * names of things with them (`namesInQuotes`: German „Einmannpackungen“, Russian «Газпром») the
 * evidence is a cue verb or reported-speech marker in the sentence, and capitalized runs are
 * names. `cued` says whether an attribution cue with a speaker was found; `adjacent` whether it
 * touches the quotation.
 */
export function isSpeech(shape: QuoteShape, cued: boolean, adjacent: boolean, namesInQuotes: boolean, evidence = false): boolean {
  const sentence = shape.clause && shape.words >= 3;
  if (shape.markup) return false;
  // A linked headline and its author (`"Shops to close early," by Jane Roe`), with no cue.
  if (shape.authored && !cued) return false;
  if (shape.alone && shape.titleCase && !sentence && shape.words <= 8) return false;
  // A label alone in its paragraph (`"Related:"` before a list of links).
  if (shape.alone && shape.colonEnd && shape.words <= 2) return false;
  // (A mention of someone's words, `declined to utter the words "bold renewal"`, is speech when
  // its sentence attributes it; `the charged term "…"` with no attribution is not, nor a name in
  // title case, `the words "Jane Roe"`.)
  // (A name in title case is a mention too when a verb of saying or using takes the noun:
  // `she added the words, "Jane Roe."`.)
  // (So is a slogan, `ran under the slogan "Cut the Levy"`, however capitalized.)
  const mention = (shape.wordsNoun && (!shape.titleCase || shape.spokenWords === true) && !namesInQuotes && (cued || evidence)) || shape.slogan === true;
  if (shape.namedBefore && !sentence && !mention) return false;
  if (shape.nickname && !adjacent) return false;
  // The name or the printed text of a thing (`a "Girls for Roe" sign`), unless a cue next to it
  // attributes it.
  if (shape.labelAfter && !adjacent) return false;
  if (shape.titleCase && !sentence && shape.afterOwner) return false;
  // One capitalized word inside the reporter's sentence may be a title as well (`told "Daybreak"`).
  const titleLike = shape.titleCase || (shape.words === 1 && shape.upper && !shape.sentenceStart);
  // A cue right after a title inside the reporter's clause is the clause's verb, not the title's
  // attribution (`In an interview with "Morning Desk," Roe pointed to …`): only a quotation that
  // opens its clause is attributed by a cue next to it.
  const attributedNext = adjacent && shape.sentenceStart;
  // A title next to a word of a work (`the documentary "Long Road"`, `"Night Desk" host X`).
  // (A title in title case stays one with a verb in it: `the anthem "Rivers Run Here,"`.)
  if (shape.workNear && (!sentence || shape.titleCase) && !attributedNext && titleLike) return false;
  // A title after its owner or the programme someone spoke to (`the network's "Daybreak"`, `told
  // "Daybreak"`, `an interview with "The Weekly"`); a title-case one after `of`/`on` is out
  // already, above (one word there is often a cry: `chants of "Encore!"`).
  if (!sentence && !attributedNext && titleLike && (shape.afterMedium || shape.afterPossessive)) return false;
  if (!namesInQuotes) {
    // Every word capitalized inside the reporter's sentence is a title, not speech, whatever its
    // verbs (`the "Keep It Simple" tour`), unless a cue attributes it.
    if (shape.titleCase && shape.words >= 3 && !cued && !shape.shouted && !shape.slogan && !(evidence && shape.characterized) && !(shape.sentenceStart && shape.closesSentence)) return false;
    // A short fragment with no cue and no attribution in its sentence (`evidence`) is a term, a
    // title or a scare quote (`the "rainy day" fund`); one that is its own sentence is speech.
    const ownSentence = shape.sentenceStart && shape.upper && shape.closesSentence;
    return cued || evidence || sentence || shape.alone || ownSentence || shape.words > SHORT_FRAGMENT;
  }
  // A label's text (`Motto: „…“`) and a web address (`„news.bbc.co.uk“`) name things there.
  if (shape.labelled || shape.address) return false;
  // The first part of a hyphenated compound (`die „Ampel“-Koalition`) names a thing.
  if (shape.compound) return false;
  // What a speaker calls something is speech (`er bezeichnete es als „Unsensibilität“`).
  if (shape.characterized && !shape.namedBefore && cued && !shape.titleCase) return true;
  // A description with an indefinite article (`nannte den Plan eine „Farce“`) is no name: with
  // a cue it is speech, its one noun capitalized or not (two capitalized words stay a name).
  if (shape.described && !shape.namedBefore && !shape.labelAfter && cued && !(shape.words >= 2 && shape.allCapitalized)) return true;
  // A short run of capitalized words is a name there (`„Berliner Zeitung“`, `„Ärzte ohne
  // Grenzen“`), cue or not.
  if (!sentence && shape.words <= 4 && shape.allCapitalized) return false;
  // Every word capitalized is a title even with a verb in it (`„This Is It“`, `„She Hate Me“`).
  if (shape.words >= 2 && shape.words <= 6 && shape.allCapitalized && !adjacent) return false;
  // Title case (every content word capitalized) is no sentence there, whatever its pronouns
  // (`„Grand Tournoi du Lac de Pontvert“`: `du` is no clause).
  if (shape.words <= 8 && shape.titleCase && (!sentence || !adjacent)) return false;
  return cued || evidence || shape.alone || sentence;
}
