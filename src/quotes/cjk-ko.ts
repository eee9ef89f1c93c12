/**
 * Korean attribution (`cjk.ts`): the Japanese order with spaces between words (`윤 대통령은 “…”라고
 * 말했다`, `“…”고 김 장관은 밝혔다`), the topic or a titled subject of the sentence for speaker,
 * `X에 따르면` for a source; titles after the name stripped (`윤석열 대통령` is `윤석열`). Words in
 * `data/cjk.ts` (`KO`).
 *
 * @module
 */
import { AFTER, type CjkQuote, HANGUL, isBreak, isSentenceEnd, NAME_CHAR, phrase, quoteAt, sentenceStart, sourceBeforeMarker, SPACE, words } from "./cjk-text.js";
import type { Cue } from "./cues.js";
import { KO } from "./data/cjk.js";
import type { SpeakerPhrase } from "./speaker.js";

/** Words between a Korean complementizer and its verb. */
const MAX_KO_WORDS = 4;

/** The words (space-separated, punctuation at their ends dropped) of `[s, e)`, as offsets. */
export function koWords(text: string, s: number, e: number, q: CjkQuote): [number, number][] {
  const out: [number, number][] = [];
  let i = s;
  while (i < e) {
    const inside = quoteAt(q, i);
    if (inside) {
      out.push([-1, -1]);
      i = inside[1];
      continue;
    }
    if (SPACE.test(text[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < e && !SPACE.test(text[j]!) && !quoteAt(q, j)) j++;
    let w = j;
    while (w > i && !HANGUL.test(text[w - 1]!) && !NAME_CHAR.test(text[w - 1]!)) w--;
    // (A word followed by punctuation ends its clause: a marker between words.)
    if (w > i) out.push([i, w]);
    if (w < j) out.push([-1, -1]);
    i = j;
  }
  return out;
}

/**
 * A Korean speaker phrase from its words (the last one without its particle) and its name:
 * titles after the name stripped (`윤석열 대통령` → `윤석열`, `김철수씨` → `김철수`), the last
 * remaining word the name; a title or an institution alone is a nominal speaker.
 */
function koPhrase(text: string, list: readonly [number, number][], stemEnd: number): SpeakerPhrase | null {
  const a = list[0]![0];
  const parts = list.map(([s, e], k) => text.slice(s, k === list.length - 1 ? stemEnd : e));
  if (parts.length === 1) {
    const group = (KO.groupPronouns as readonly string[]).includes(parts[0]!);
    if (group || (KO.pronouns as readonly string[]).includes(parts[0]!)) return phrase(a, stemEnd, group ? "group-pronoun" : "pronoun", parts[0]!);
  }
  const whole = text.slice(a, stemEnd);
  const titles = KO.titles as readonly string[];
  let titled = false;
  let role = "";
  while (parts.length > 0 && titles.includes(parts[parts.length - 1]!)) {
    role ||= parts.pop()!;
    titled = true;
  }
  const suffix = parts.length > 0 ? words(KO.titles).ends(parts[parts.length - 1]!, true) : null;
  if (suffix && parts[parts.length - 1]!.length - suffix.length >= 2) {
    parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -suffix.length);
    role ||= suffix;
    titled = true;
  }
  while (parts.length > 0 && (KO.titleModifiers as readonly string[]).includes(parts[parts.length - 1]!)) parts.pop();
  // (The name is the last word that is no institution: `이재명 더불어민주당 대표` → `이재명`.)
  let n = parts.length - 1;
  while (titled && n > 0 && (words(KO.institutions).ends(parts[n]!, true) || (KO.countries as readonly string[]).includes(parts[n]!))) n--;
  const name = parts[n];
  if (!name || (!titled && words(KO.institutions).ends(name))) return phrase(a, stemEnd, "nominal", whole, role);
  return phrase(a, stemEnd, "person", name, role);
}

/**
 * The topic of the Korean words `list` (`윤 대통령은`, `그는`; `장관이` after a title): the phrase of
 * the first such word and the words before it in its clause.
 */
export function koTopic(text: string, list: readonly [number, number][]): SpeakerPhrase | null {
  const topics = words(KO.topicParticles);
  const subjects = words(KO.subjectParticles);
  for (let k = 0; k < list.length; k++) {
    const [s, e] = list[k]!;
    if (s === -1) continue;
    const w = text.slice(s, e);
    if ((KO.notTopics as readonly string[]).includes(w) || words(KO.notTopicEnds).ends(w)) continue;
    const t = topics.ends(w, true);
    const subject = t ? null : subjects.ends(w, true);
    if (!t && !subject) continue;
    const stem = w.slice(0, w.length - (t ?? subject)!.length);
    // (A subject particle only after a title or a pronoun: `장관이`, `그가`; a one-syllable stem is
    // a pronoun or an adjective: `그는`, `많은`.)
    const pronoun = (KO.pronouns as readonly string[]).includes(stem);
    if (subject && !words(KO.titles).ends(stem) && !pronoun) continue;
    if (stem.length < 2 && !pronoun) continue;
    let b = k;
    while (b > 0 && k - b < 3) {
      const [ps, pe] = list[b - 1]!;
      if (ps === -1) break;
      const prev = text.slice(ps, pe);
      if ((KO.adverbs as readonly string[]).includes(prev) || (!HANGUL.test(prev[prev.length - 1]!) && !NAME_CHAR.test(prev[prev.length - 1]!))) break;
      if (KO.phraseEnds.includes(prev[prev.length - 1]!) && prev.length > 1) break;
      b--;
    }
    const found = koPhrase(text, list.slice(b, k + 1), e - (t ?? subject)!.length);
    if (found) return found;
  }
  return null;
}

/** `“…”라고 말했다`, `“…”고 김 장관은 밝혔다`: the cue verb after a complementizer, and a topic between. */
function koVerbAfter(text: string, q: CjkQuote): { cue: { start: number; end: number }; topic: SpeakerPhrase | null } | null {
  const hi = Math.min(q.hi, q.close + AFTER);
  const comp = words(KO.complementizers).at(text, q.close, hi);
  if (!comp) return null;
  const from = q.close + comp.length;
  let e = from;
  while (e < hi && !isSentenceEnd(text[e]) && text[e] !== "." && !quoteAt(q, e)) e++;
  const list = koWords(text, from, e, q);
  const verbs = words(KO.verbs);
  for (let k = 0; k < list.length && k < MAX_KO_WORDS; k++) {
    const [s, we] = list[k]!;
    if (s === -1) break;
    if (verbs.at(text, s, we)) return { cue: { start: s, end: we }, topic: koTopic(text, list.slice(0, k)) };
  }
  // `“A”며 “B”고 말했다`: a continuing complementizer before another quotation shares its cue.
  let n = from;
  while (n < hi && SPACE.test(text[n]!)) n++;
  if (quoteAt(q, n) && (KO.continuing as readonly string[]).includes(comp)) return { cue: { start: q.close, end: from }, topic: null };
  return null;
}

export function koCue(text: string, q: CjkQuote): Cue | null {
  const anchor = q.open !== -1 ? q.open : q.close;
  const s = sentenceStart(text, anchor, q);
  const after = q.close !== -1 ? koVerbAfter(text, q) : null;
  const topic = q.open !== -1 ? koTopic(text, koWords(text, s, q.open, q)) : null;
  const speaker = after?.topic ?? topic;
  if (after && speaker) return { ...after.cue, kind: "verb", speaker, adjacent: true };
  const source = q.open === -1 ? null : sourceBeforeMarker(text, s, q.open, words(KO.sourceAfter), (a, b) => koSource(text, a, b), (b) => koWordStart(text, b, s));
  return source ?? (after ? { ...after.cue, kind: "verb", speaker: null, adjacent: true } : null);
}

/** The start of the word that ends at `e` (`국방부에 따르면`: `국방부`). */
function koWordStart(text: string, e: number, lo: number): number {
  let r = e;
  while (r > lo && !SPACE.test(text[r - 1]!) && !isBreak(text[r - 1])) r--;
  return r;
}

function koSource(text: string, a: number, b: number): SpeakerPhrase | null {
  return koPhrase(text, [[a, b]], b);
}
