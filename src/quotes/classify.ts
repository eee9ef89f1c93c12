/**
 * What a quotation is: `direct` speech (a clause or sentence) or a `partial` fragment embedded
 * in the reporter's sentence; and whether it is speech at all (a title of a work, a nickname,
 * a `so-called` term or another scare quote with no speaker is not).
 *
 * @module
 */
import { NAMING_VERBS } from "./data/cues.js";
import { CHARACTERIZING, LABELS, NAMING_HEADS, NON_SPEECH_BEFORE, TITLE_FUNCTION_WORDS } from "./data/words.js";
import type { Lexicon } from "./lexicon.js";
import type { Token } from "./tokens.js";

/** What the classifier reads about one quotation. */
export interface QuoteShape {
  /** Word tokens inside the marks. */
  words: number;
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
  /** Nothing but the quotation (and punctuation) in the paragraph. */
  alone: boolean;
  /** Every word starts with a capital or a digit (`Der Spiegel`, `La Gazzetta dello Sport` is not). */
  allCapitalized: boolean;
  /** An attribute value of markup left in the text (`id="…"`). */
  markup: boolean;
  /** One or two words between capitalized words: a nickname (`Robert C. "Bobby" Scott`). */
  nickname: boolean;
  /** Right after a possessive or `on`/`of` (`CNN's "State of the Union"`): a title when title-case. */
  afterOwner: boolean;
  /** After a label and its colon (`Motto: „…“`, `Headline: "…"`). */
  labelled: boolean;
  /** One word that is a web address (`„news.bbc.co.uk“`). */
  address: boolean;
  /** Right after `als`/`von`/`as` (`bezeichnete es als „…“`): what someone calls a thing. */
  characterized: boolean;
}

/** A compound ending in a noun that names a work (`Klima-Dokumentation`, `Debütalbum`). */
function namingCompound(word: string): boolean {
  for (const head of NAMING_HEADS) if (word.length > head.length + 2 && word.endsWith(head)) return true;
  return false;
}

const ADDRESS = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,6}$/u;



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
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (words === 0) upper = t.cap;
    words++;
    if (lex.clauseWords.has(t.lower)) clause = true;
    if (t.cap || /^\d/u.test(t.text)) capitals++;
    else if (!TITLE_FUNCTION_WORDS.has(t.lower)) lowerContent++;
  }
  let sentenceStart = true;
  let namedBefore = false;
  let prevWord: Token | undefined;
  for (let k = open - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.quote !== -1) continue;
    if (t.word) {
      sentenceStart = false;
      if (k === open - 1) prevWord = t;
      namedBefore = NON_SPEECH_BEFORE.has(t.lower) || NAMING_VERBS.has(t.lower) || (k === open - 1 && namingCompound(t.lower));
      // `so-called` may come as `so called` or `so genannten`.
      const prev = tokens[k - 1];
      if (!namedBefore && prev && (prev.lower === "so" || prev.lower === "so-") && /^(called|genannt\w*)$/u.test(t.lower)) namedBefore = true;
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
  const afterOwner = prevWord !== undefined && (/['\u2019]s$/u.test(prevWord.text) || prevWord.lower === "on" || prevWord.lower === "of");
  return {
    words,
    clause,
    upper,
    titleCase: words >= 2 && lowerContent === 0 && capitals >= 2,
    allCapitalized: words >= 1 && capitals === words,
    sentenceStart,
    namedBefore,
    alone,
    markup: before === "=",
    nickname,
    afterOwner,
    labelled,
    address,
    characterized: prevWord !== undefined && CHARACTERIZING.has(prevWord.lower),
  };
}

/** `direct` for a clause or sentence of speech, `partial` for an embedded fragment. */
export function quoteKind(shape: QuoteShape): "direct" | "partial" {
  if (shape.clause && shape.words >= 3) return "direct";
  if (shape.upper && shape.sentenceStart && shape.words >= 4) return "direct";
  if (shape.alone && shape.words >= 3) return "direct";
  return "partial";
}

/**
 * Is the quotation speech? Not markup (`id="…"`), a heading in marks, a quotation announced as
 * a name (`so-called`, `dubbed`, `the film`), a nickname, or a title after its owner (`CNN's
 * "State of the Union"`). Elsewhere quotation marks are taken as speech, except in languages
 * whose press also marks names of things with them (`namesInQuotes`: German „Einmannpackungen“,
 * Russian «Газпром»), where a short fragment needs a cue or other evidence of speech (`evidence`:
 * a cue verb or reported-speech marker in its sentence). `cued` says whether an attribution cue
 * with a speaker was found; `adjacent` whether it touches the quotation.
 */
export function isSpeech(shape: QuoteShape, cued: boolean, adjacent: boolean, namesInQuotes: boolean, evidence = false): boolean {
  const sentence = shape.clause && shape.words >= 3;
  if (shape.markup) return false;
  if (shape.alone && shape.titleCase && !sentence && shape.words <= 8) return false;
  if (shape.namedBefore && !sentence) return false;
  if (shape.nickname && !adjacent) return false;
  if (shape.titleCase && !sentence && shape.afterOwner) return false;
  if (!namesInQuotes) return true;
  // A label's text (`Motto: „…“`) and a web address (`„news.bbc.co.uk“`) name things there.
  if (shape.labelled || shape.address) return false;
  // What a speaker calls something is speech (`er bezeichnete es als „Unsensibilität“`).
  if (shape.characterized && !shape.namedBefore && cued && !shape.titleCase) return true;
  // A short run of capitalized words is a name there (`„Berliner Zeitung“`, `„Ärzte ohne
  // Grenzen“`), cue or not.
  if (!sentence && shape.words <= 4 && shape.allCapitalized) return false;
  // Every word capitalized is a title even with a verb in it (`„This Is It“`, `„She Hate Me“`).
  if (shape.words >= 2 && shape.words <= 6 && shape.allCapitalized && !adjacent) return false;
  // Title case (every content word capitalized) is no sentence there, whatever its pronouns
  // (`„XXXII Championnat du Monde de Pétanque“`: `du` is no clause).
  if (shape.words <= 8 && shape.titleCase && (!sentence || !adjacent)) return false;
  return cued || evidence || shape.alone || sentence;
}
