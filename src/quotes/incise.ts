/**
 * Attribution incises inside one pair of marks. French, Spanish, Portuguese, Italian, Polish,
 * Russian and Ukrainian copy prints the attribution of a split quotation inside the marks:
 * `« Nous sommes prêts, a-t-il dit, mais … »`, `«Estamos listos —dijo X—, pero …»`,
 * `«Решение принято, — сказал X, — и …»`. Such a quotation is cut in two around the incise, so
 * that the cue search reads the incise as it reads `"…," he said, "…"` in English copy.
 *
 * @module
 */
import { SKIP_BEFORE_CUE } from "./data/words.js";
import type { Lexicon } from "./lexicon.js";
import { describedName, nounPhraseAfter, phraseAfter } from "./speaker.js";
import type { QuoteSpan } from "./spans.js";
import { type Token, tokenize } from "./tokens.js";

/** Longest quotation read for an incise (characters), and most words of an incise. */
const MAX_SPAN = 4000;
const MAX_INCISE_WORDS = 8;

const DASH = /^[\u2012-\u2015]$/u;

/** Is the token a separator that may open or close an incise (a comma or a dash)? */
function separator(t: Token | undefined): boolean {
  return t !== undefined && !t.word && (t.text === "," || DASH.test(t.text));
}

/**
 * A French verb with its subject clitic written after it (`dit-il`, `a-t-elle`, `poursuit-on`):
 * the verb part, or null.
 */
export function invertedVerb(word: string): string | null {
  const m = /^(\p{L}+)(?:-t)?-(?:il|elle|ils|elles|on)$/u.exec(word);
  return m ? m[1]! : null;
}

/** Does a cue verb (or an auxiliary and one) open the incise at token k? Index after the verb, or -1. */
function cueAt(tokens: readonly Token[], k: number, lex: Lexicon): number {
  for (let n = 0; n < 3; n++) {
    const t = tokens[k + n];
    if (!t || !t.word || t.cap) return -1;
    // (A source phrase is no incise: `« La croissance, selon nous, reste faible »`.)
    if (lex.sourceFirstWords.has(t.lower)) return -1;
    const inverted = invertedVerb(t.lower);
    if (lex.cueVerbs.has(t.lower) && !inverted) return k + n + 1;
    // `a-t-il expliqué`, `dit-elle`: the clitic is the incise's subject.
    if (inverted !== null) return lex.cueVerbs.has(inverted) || lex.cueVerbs.has(tokens[k + n + 1]?.lower ?? "") ? k + n + 1 : -1;
    if (!SKIP_BEFORE_CUE.has(t.lower)) return -1;
  }
  return -1;
}

/** Does a speaker phrase start at token i and end before token m (the incise's close)? */
function speakerAt(tokens: readonly Token[], i: number, m: number, lex: Lexicon, text: string): boolean {
  const phrase = phraseAfter(tokens, i, lex, text) ?? describedName(tokens, i, lex, text) ?? nounPhraseAfter(tokens, i, text);
  return phrase !== null && phrase.end <= tokens[m]!.start;
}

/**
 * The incise of a quotation's tokens: [first token of the incise's opening separators, index
 * of its last closing separator], or null. The words between are a cue verb and its speaker
 * (at most {@link MAX_INCISE_WORDS}); words must stand on both sides.
 */
function findIncise(tokens: readonly Token[], lex: Lexicon, text: string): [number, number] | null {
  let wordsBefore = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.word) {
      wordsBefore++;
      continue;
    }
    if (!separator(t) || wordsBefore === 0) continue;
    let j = i + 1;
    while (separator(tokens[j])) j++;
    const verbEnd = cueAt(tokens, j, lex);
    if (verbEnd === -1) continue;
    // The words of the incise, then its closing separators.
    let m = verbEnd;
    while (m < tokens.length && tokens[m]!.word && m - j <= MAX_INCISE_WORDS) m++;
    // (Or a period and a dash: `«…, — подчеркнула она. — …»`.)
    const period = tokens[m]?.text === "." && DASH.test(tokens[m + 1]?.text ?? "");
    if (!separator(tokens[m]) && !period) continue;
    // (A speaker in the verb, `dit-il`, or after it, `dijo Pablo Serrano`, `indique le rapport`;
    // not `…, martelé, …` nor `…, se dijo entonces, …`.)
    const clitic = invertedVerb(tokens[verbEnd - 1]!.lower) !== null || (verbEnd - 1 > j && invertedVerb(tokens[verbEnd - 2]!.lower) !== null);
    if (!clitic && !speakerAt(tokens, verbEnd, m, lex, text)) continue;
    let close = m;
    while (separator(tokens[close + 1])) close++;
    if (!tokens[close + 1]?.word) continue;
    return [i, close];
  }
  return null;
}

/**
 * Cut each paired quotation with an incise inside in two (languages of
 * `data/cues.ts` `INCISE_LANGUAGES`: `lex.incise`). The first piece closes at the incise's first separator,
 * the second opens at its last one; `continues` indices are renumbered.
 */
export function splitIncises(text: string, spans: readonly QuoteSpan[], lex: Lexicon): QuoteSpan[] {
  if (!lex.incise) return spans as QuoteSpan[];
  const out: QuoteSpan[] = [];
  const index: number[] = [];
  for (let n = 0; n < spans.length; n++) {
    const s = spans[n]!;
    index.push(out.length);
    const tokens = s.kind === "paired" && s.end - s.start <= MAX_SPAN ? tokenize(text, s.start, s.end) : null;
    const incise = tokens ? findIncise(tokens, lex, text) : null;
    if (!tokens || !incise) {
      out.push({ ...s, continues: s.continues === -1 ? -1 : index[s.continues]! });
      continue;
    }
    const [i, close] = incise;
    const sep = tokens[i]!;
    const reopen = tokens[close]!;
    out.push({ ...s, end: tokens[i - 1]!.end, closeMark: sep.start, closeLength: sep.end - sep.start, continues: -1 });
    out.push({ ...s, start: tokens[close + 1]!.start, openMark: reopen.start, continues: -1, afterIncise: true });
  }
  return out;
}
