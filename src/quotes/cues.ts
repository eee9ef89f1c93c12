/**
 * Cue finding: the attribution cue of one quotation, searched in a bounded window of its
 * sentence. In order: a colon right before the quotation (`Peskov: "…"`, `She said: "…"`); a
 * cue right after it (`"…," said Peskov`, `"…," Peskov told reporters`, `"…" according to X`,
 * `"…" — CEO Maria Lopes`); the nearest cue verb before it (`Peskov noted that "…"`); any cue
 * after it in the same sentence.
 *
 * @module
 */
import { DETERMINERS, SKIP_BEFORE_CUE, VERB_SECOND } from "./data/words.js";
import type { Lexicon } from "./lexicon.js";
import { phraseAfter, phraseBefore, sentenceSubject, type SpeakerPhrase } from "./speaker.js";
import type { Token } from "./tokens.js";

/** Tokens searched on each side of a quotation. */
const BEFORE = 60;
const AFTER = 30;

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

const SENTENCE_END = /^[.!?;\u2026\u3002]$/u;
const DASH = /^[\u2012-\u2015-]$/u;

function isCueVerb(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  if (!t.word || t.quote !== -1 || !lex.cueVerbs.has(t.lower)) return false;
  // An infinitive (`uses to describe`) or a noun use (`the tell`, `Trump's remarks`) is no cue.
  return !nounUse(tokens[k - 1], lex);
}

const POSSESSIVE_DETERMINERS = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/**
 * Does the token before a cue word make it an infinitive or a noun (`to describe`, `the tell`,
 * `a claim`, `Trump's remarks`, `his claims`)?
 */
export function nounUse(prev: Token | undefined, lex: Lexicon): boolean {
  if (!prev) return false;
  const w = prev.lower;
  if (w === "to" || w === "the" || (w === "a" && lex.language === "en")) return true;
  return prev.word && (POSSESSIVE_DETERMINERS.has(w) || w.endsWith("'s") || w.endsWith("\u2019s"));
}

/** Match a source-follows phrase (`according to`) starting at token k; its length or 0. */
function sourceAt(tokens: readonly Token[], k: number, lex: Lexicon): number {
  if (!lex.sourceFirstWords.has(tokens[k]?.lower ?? "")) return 0;
  for (const phrase of lex.sourceFollows) {
    let ok = true;
    for (let i = 0; i < phrase.length; i++) {
      const t = tokens[k + i];
      if (!t || t.quote !== -1 || t.lower !== phrase[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return phrase.length;
  }
  return 0;
}

function verbCue(tokens: readonly Token[], k: number, lex: Lexicon, text: string, afterQuote: boolean): Cue {
  const t = tokens[k]!;
  let speaker: SpeakerPhrase | null = null;
  if (afterQuote) speaker = phraseAfter(tokens, k + 1, lex, text) ?? phraseBefore(tokens, k, lex, text);
  else if (VERB_SECOND.has(lex.language)) speaker = verbSecondSubject(tokens, k, lex, text);
  else {
    speaker = phraseBefore(tokens, k, lex, text);
    // The subject follows the verb in verb-second languages (`Dazu sagte Merkel`) and in
    // inversions after a comma (`…, said Peskov`), not after a participle (`calling it`).
    const prev = tokens[k - 1];
    const inverted = VERB_SECOND.has(lex.language) || !prev || !prev.word;
    if (!speaker && inverted && !/ing$/u.test(t.lower)) speaker = phraseAfter(tokens, k + 1, lex, text);
  }
  return { start: t.start, end: t.end, kind: "verb", speaker, adjacent: false };
}

function sourceCue(tokens: readonly Token[], k: number, n: number, lex: Lexicon, text: string): Cue {
  return {
    start: tokens[k]!.start,
    end: tokens[k + n - 1]!.end,
    kind: "source",
    speaker: phraseAfter(tokens, k + n, lex, text),
    adjacent: false,
  };
}

/**
 * The cue of the quotation whose marks are tokens `open` and `close` (indices into `tokens`;
 * `open` is -1 for a quotation with no opening mark, `close` -1 with no closing mark).
 */
export function findCue(tokens: readonly Token[], open: number, close: number, lex: Lexicon, text: string): Cue | null {
  // The window before: back to the sentence end, not through another quotation's words.
  const before: number[] = [];
  for (let k = open - 1; k >= 0 && open - k <= BEFORE; k--) {
    const t = tokens[k]!;
    if (t.quote !== -1) continue;
    if (SENTENCE_END.test(t.text)) break;
    before.push(k);
  }
  const after: number[] = [];
  // A quotation that ends its own sentence with a period (`… ahead."`) takes no cue after it.
  const lastInside = close > 0 ? tokens[close - 1] : undefined;
  const closedSentence = lastInside !== undefined && lastInside.text === "." && lastInside.quote !== -1;
  if (close !== -1) {
    for (let k = close + 1; k < tokens.length && k - close <= AFTER; k++) {
      const t = tokens[k]!;
      if (t.quote !== -1) break;
      if (SENTENCE_END.test(t.text)) break;
      after.push(k);
    }
  }

  // 1. A colon right before the quotation.
  const lastBefore = before[0];
  if (lastBefore !== undefined && tokens[lastBefore]!.text === ":") {
    for (const k of before) {
      if (k === lastBefore) continue;
      if (isCueVerb(tokens, k, lex)) {
        const cue = verbCue(tokens, k, lex, text, false);
        if (cue.speaker) return { ...cue, adjacent: true };
      }
      const n = sourceAt(tokens, k, lex);
      if (n) return { ...sourceCue(tokens, k, n, lex, text), adjacent: true };
    }
    const colon = tokens[lastBefore]!;
    const near = phraseBefore(tokens, lastBefore, lex, text);
    // The phrase before the colon speaks when it is the whole clause (`Peskov: "…"`); after a
    // verb it is an object (`The minister had a message for voters: "…"`, `X bestreitet jede
    // Kenntnis von den Vorgängen: „…“`) and the clause's subject speaks.
    const first = tokens[before[before.length - 1]!]!;
    const subject = !near || near.start > first.start ? sentenceSubject(tokens, open, lex, text) : null;
    const speaker = subject && (subject.kind === "person" || subject.kind === "nominal") && subject.end <= (near ?? colon).start ? subject : near;
    if (speaker) return { start: colon.start, end: colon.end, kind: "colon", speaker, adjacent: true };
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
    if (n) return { ...sourceCue(tokens, firstAfter, n, lex, text), adjacent: true };
    // A verb within the next few tokens, with only a speaker phrase before it.
    for (let i = k0; i < after.length && i - k0 <= 12; i++) {
      const k = after[i]!;
      if (isCueVerb(tokens, k, lex)) {
        // Right after the quotation but for auxiliaries (`», a déclaré le maire`): inverted.
        let inverted = true;
        for (let x = k0; x < i; x++) if (!SKIP_BEFORE_CUE.has(tokens[after[x]!]!.lower)) inverted = false;
        const cue = verbCue(tokens, k, lex, text, inverted);
        if (cue.speaker && (inverted || cue.speaker.start === tokens[firstAfter]!.start)) {
          return { ...cue, adjacent: true };
        }
        break;
      }
      if (tokens[k]!.text === "," || !tokens[k]!.word) {
        if (tokens[k]!.text !== ",") break;
      }
    }
  }

  // 3. The nearest cue before (one whose speaker is missing yields to an earlier one).
  let fallback: Cue | null = null;
  for (const k of before) {
    const n = sourceAt(tokens, k, lex);
    if (n) {
      const cue = sourceCue(tokens, k, n, lex, text);
      if (cue.speaker) return cue;
    }
    if (isCueVerb(tokens, k, lex)) {
      const cue = verbCue(tokens, k, lex, text, false);
      if (cue.speaker) return fallback ? { ...cue, start: fallback.start, end: fallback.end } : cue;
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
  const after = phraseAfter(tokens, tokens[k + 1]?.lower === "sich" ? k + 2 : k + 1, lex, text);
  const before = phraseBefore(tokens, k, lex, text);
  // One capitalized word before the verb and a full name after it: the word is a fronted
  // adverb (`Ähnlich äußerte sich der Präsident George Bush`).
  const next = tokens[k + 1]?.lower ?? "";
  const fronted = next === "sich" || DETERMINERS.has(next);
  if (fronted && before && after && !before.name.includes(" ") && after.kind === "person" && after.name.includes(" ") && before.kind !== "pronoun") return after;
  if (before) {
    let i = k;
    while (i > 0 && tokens[i]!.start > before.start) i--;
    const prev = tokens[i - 1];
    const opensClause = !prev || !prev.word || prev.quote !== -1;
    // A clause-initial phrase or a full name before the verb is its subject (`Anke Roth nannte sie …`).
    if (opensClause || (before.kind === "person" && before.name.includes(" "))) return before;
  }
  return after ?? before;
}

function isEvidence(t: Token, lex: Lexicon): boolean {
  return t.word && t.quote === -1 && (lex.cueVerbs.has(t.lower) || lex.reported.has(t.lower));
}

/**
 * Is there evidence of speech in the quotation's sentence even without a cue and speaker: a cue
 * verb or a reported-speech marker (`sei`, `habe`, `nach Angaben`) within the sentence window?
 */
export function speechEvidence(tokens: readonly Token[], open: number, close: number, lex: Lexicon): boolean {
  for (let k = open - 1; k >= 0 && open - k <= BEFORE; k--) {
    const t = tokens[k]!;
    if (t.quote === -1 && SENTENCE_END.test(t.text)) break;
    if (isEvidence(t, lex)) return true;
  }
  if (close === -1) return false;
  for (let k = close + 1; k < tokens.length && k - close <= AFTER; k++) {
    const t = tokens[k]!;
    if (t.quote === -1 && SENTENCE_END.test(t.text)) break;
    if (isEvidence(t, lex)) return true;
  }
  return false;
}
