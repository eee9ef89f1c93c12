/**
 * Attribution in Chinese, Japanese and Korean copy, read from the characters around a quotation
 * (Chinese and Japanese put no spaces between words, so the word-based cue search of `cues.ts`
 * finds nothing there):
 *
 * - Chinese: a speaker and a cue verb right after the quotation (`“…，”他说。`, `“…”李强指出。`,
 *   `“…”他告诉新华社记者。`), right before it (`毛宁表示：“…”`, `他强调，“…”`), or the nearest cue
 *   verb before it in its sentence (`他称这是“…”`); a name alone before a colon (`王毅：“…”`);
 *   `据X报道` names the source X; a verb with no subject takes the sentence's first subject.
 * - Japanese: a complementizer and a cue verb after the quotation (`「…」と述べた`, `「…」と記者団に
 *   語った`), whose speaker is the topic of the sentence (`岸田首相は`), or a subject right before
 *   the quotation (`野党が「…」と批判した`); `Xによると` names a source.
 * - Korean: the same order with spaces (`윤 대통령은 “…”라고 말했다`), `X에 따르면`.
 *
 * Titles are stripped from the name (`外交部发言人毛宁` is `毛宁`, `林官房長官` is `林`, `バイデン米
 * 大統領` is `バイデン`); the mention keeps them, and the title is the phrase's head, so that the
 * role alone later refers back to the person (`官房長官は`). Every word list is in `data/cjk.ts`.
 * Each search reads a bounded window of characters around the quotation (quotations of the
 * paragraph, at most 64, are passed over), and each word list is looked up through a table keyed
 * by a word's first or last character, so the work is linear in the text read.
 *
 * This module picks the reader of the language: `cjk-zh.ts`, `cjk-ja.ts`, `cjk-ko.ts`, with what
 * they share in `cjk-text.ts`; `cjk-names.ts` finds the fuller form of a surname for coreference.
 *
 * @module
 */
import { jaCue, jaTopic, jaVerbAfter } from "./cjk-ja.js";
import { koCue, koTopic, koWords } from "./cjk-ko.js";
import { type CjkQuote, clauseStart, endsSentenceAt, isBreak, isSentenceEnd, quoteAt, sentenceStart, words } from "./cjk-text.js";
import { zhCue, zhSubject, zhVerbEndingAt } from "./cjk-zh.js";
import type { Cue } from "./cues.js";
import { CJK_LANGUAGES, KO } from "./data/cjk.js";
import type { SpeakerPhrase } from "./speaker.js";

export type { CjkQuote } from "./cjk-text.js";
export { cjkFullName } from "./cjk-names.js";

/** Does the language read attribution here? */
export function isCjk(language: string): boolean {
  return CJK_LANGUAGES.has(language);
}

/** The cue of a quotation in Chinese, Japanese or Korean copy (null when none is found). */
export function cjkCue(text: string, q: CjkQuote, language: string): Cue | null {
  if (language === "zh") return zhCue(text, q);
  if (language === "ja") return jaCue(text, q);
  if (language === "ko") return koCue(text, q);
  return null;
}

/**
 * With no cue, the topic of the quotation's sentence speaks (`首相は「…」を掲げた`); in Chinese,
 * where no particle marks a topic, nobody.
 */
export function cjkSubject(text: string, q: CjkQuote, language: string): SpeakerPhrase | null {
  if (q.open === -1) return null;
  const s = sentenceStart(text, q.open, q);
  if (language === "ja") return jaTopic(text, s, q.open, q);
  if (language === "ko") return koTopic(text, koWords(text, s, q.open, q));
  return null;
}

/**
 * The speakers of the cues outside quotations in `[lo, hi)` (`王毅表示，…`, `…と述べた`,
 * `…고 말했다`), with the offset of each cue, in text order: remembered for the pronouns after
 * them. `quotes` are the quotations of the range.
 */
export function cjkCuePhrases(text: string, lo: number, hi: number, quotes: readonly (readonly [number, number])[], language: string): { cue: number; phrase: SpeakerPhrase }[] {
  const out: { cue: number; phrase: SpeakerPhrase }[] = [];
  const q: CjkQuote = { open: -1, close: -1, lo, hi, quotes };
  if (language === "zh") {
    for (let e = lo + 1; e <= hi; e++) {
      const inside = quoteAt(q, e - 1);
      if (inside) {
        e = inside[1];
        continue;
      }
      if (!isBreak(text[e]) && e !== hi) continue;
      // A verb that ends its clause (`王毅表示，`), or that an object follows within it.
      const a = clauseStart(text, e, lo);
      for (let v = a + 1; v <= e; v++) {
        const verb = zhVerbEndingAt(text, v, a);
        if (!verb || verb.end !== v) continue;
        const speaker = zhSubject(text, a, verb.start);
        if (speaker) out.push({ cue: verb.start, phrase: speaker });
        break;
      }
    }
    return out;
  }
  if (language !== "ja" && language !== "ko") return out;
  // A sentence with a complementizer and a cue verb (`…と述べた`, `…고 말했다`): its topic.
  let s = lo;
  for (let e = lo; e <= hi; e++) {
    const inside = e < hi ? quoteAt(q, e) : null;
    if (inside) {
      e = inside[1] - 1;
      continue;
    }
    if (e < hi && !endsSentenceAt(text, e)) continue;
    const cue = sentenceCue(text, s, e, q, language);
    if (cue !== -1) {
      const topic = language === "ja" ? jaTopic(text, s, e, q) : koTopic(text, koWords(text, s, e, q));
      if (topic) out.push({ cue, phrase: topic });
    }
    s = e + 1;
  }
  return out;
}

/** The offset of a complementizer and cue verb in the sentence `[s, e)` outside quotations, or -1. */
function sentenceCue(text: string, s: number, e: number, q: CjkQuote, language: string): number {
  if (language === "ja") {
    for (let i = s; i < e; i++) {
      if (quoteAt(q, i)) continue;
      const found = jaVerbAfter(text, i, e);
      if (found) return found.cue.start;
    }
    return -1;
  }
  const list = koWords(text, s, e, q);
  for (let k = 1; k < list.length; k++) {
    const [ps, pe] = list[k - 1]!;
    const [vs, ve] = list[k]!;
    if (ps === -1 || vs === -1) continue;
    if (words(KO.complementizers).ends(text.slice(ps, pe), true) && words(KO.verbs).at(text, vs, ve)) return vs;
  }
  return -1;
}

/**
 * Shortest quotation, in characters, that a cue next to it makes a direct one (a Japanese or
 * Korean complementizer takes a clause: `「遺憾だ」と述べた`).
 */
const DIRECT_LENGTH: Readonly<Record<string, number>> = { zh: 6, ja: 3, ko: 3 };

/**
 * `direct` for a sentence or clause of speech (it ends with a sentence end, holds clause
 * punctuation, or is a longer run with a cue right next to it), `partial` for a fragment
 * (`他称这是“严重错误”`).
 */
export function cjkKind(inner: string, cue: Cue | null, language: string): "direct" | "partial" {
  if (isSentenceEnd(inner[inner.length - 1]) || inner.endsWith("\u2026")) return "direct";
  for (const ch of inner) if (ch === "\uFF0C" || ch === "," || ch === "\uFF1B" || ch === "\u3001" || ch === "\uFF1A") return "direct";
  return cue !== null && cue.adjacent && cue.kind !== "source" && inner.length >= (DIRECT_LENGTH[language] ?? 8) ? "direct" : "partial";
}
