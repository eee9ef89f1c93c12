/**
 * Japanese attribution (`cjk.ts`): a complementizer and a cue verb after the quotation (`「…」と
 * 述べた`, `「…」と記者団に語った`), whose speaker is the topic of the sentence (`岸田首相は`), or a
 * subject right before the quotation (`野党が「…」と批判した`); `Xによると` names a source. Dates
 * before and titles after a name are stripped (`10日岸田首相` is `岸田`, `バイデン米大統領` is
 * `バイデン`). Words in `data/cjk.ts` (`JA`).
 *
 * @module
 */
import { AFTER, type CjkQuote, DIGIT, HAN, isBreak, MAX_PHRASE, NAME_CHAR, phrase, quoteAt, sentenceStart, sourceBeforeMarker, words } from "./cjk-text.js";
import type { Cue } from "./cues.js";
import { JA } from "./data/cjk.js";
import type { SpeakerPhrase } from "./speaker.js";

/** Characters between a Japanese complementizer and its verb (`と記者団に述べた`). */
const MAX_GAP = 14;

/**
 * A Japanese speaker phrase `[a, e)` (a run of kanji, katakana and letters) and its name:
 * a date before it and titles after it stripped (`10日岸田首相` → `岸田`); a title or an
 * institution alone is a nominal speaker (`官房長官`, `外務省`).
 */
function jaPhrase(text: string, a: number, e: number): SpeakerPhrase | null {
  if (e <= a || e - a > MAX_PHRASE) return null;
  let s = a;
  // (A date before the name: `10日`, `3月`.)
  while (s < e && DIGIT.test(text[s]!)) s++;
  if (s > a && s < e && JA.dateUnits.includes(text[s]!)) s++;
  else s = a;
  const whole = text.slice(s, e);
  const group = (JA.groupPronouns as readonly string[]).includes(whole);
  if (group || (JA.pronouns as readonly string[]).includes(whole)) return phrase(a, e, group ? "group-pronoun" : "pronoun", whole);
  let name = whole;
  let role = "";
  for (let n = 0; n < 2; n++) {
    const t = words(JA.titles).ends(name);
    if (!t) break;
    name = name.slice(0, name.length - t.length);
    role ||= t;
  }
  // (A country between the name and its title: `バイデン米大統領`, `ゼレンスキー・ウクライナ大統領`.)
  // (A one-character country only after a foreign name: `田中首相` keeps its `中`.)
  for (let n = 0; role && n < 2; n++) {
    const c = words(JA.countries).ends(name, true);
    if (!c || (c.length === 1 && c !== "\u30FB" && HAN.test(name[name.length - 2]!))) break;
    name = name.slice(0, name.length - c.length);
  }
  if (name === "" || words(JA.institutions).ends(name)) return phrase(a, e, "nominal", whole, role);
  return phrase(a, e, "person", name, role);
}

/** The run of name characters (with a kana honorific after it: `鈴木さん`) that ends at `e`; its start. */
function jaRunStart(text: string, e: number, lo: number): number {
  const honorific = words(JA.kanaHonorifics).endingAt(text, e, lo);
  let r = honorific ? e - honorific.length : e;
  const end = r;
  while (r > lo && end - r < MAX_PHRASE && NAME_CHAR.test(text[r - 1]!)) r--;
  return r === end ? e : r;
}

/**
 * The topic of the Japanese sentence `[s, e)`: the first run of name characters before `は` or
 * `が` (`岸田首相は`, `米国務省のミラー報道官は` → `ミラー報道官`); quotations passed over.
 */
export function jaTopic(text: string, s: number, e: number, q: CjkQuote): SpeakerPhrase | null {
  // (The topic `は` first: `政府が発表した計画について、首相は` is the prime minister's.)
  for (const particle of JA.topicParticles) {
    const found = jaMarked(text, s, e, q, particle);
    if (found) return found;
  }
  return null;
}

/** The first run of name characters before the particle in `[s, e)`, read as a speaker phrase. */
function jaMarked(text: string, s: number, e: number, q: CjkQuote, particle: string): SpeakerPhrase | null {
  for (let i = s; i < e; i++) {
    const inside = quoteAt(q, i);
    if (inside) {
      i = inside[1] - 1;
      continue;
    }
    if (i === s || !text.startsWith(particle, i)) continue;
    const r = jaRunStart(text, i, s);
    if (r === i || (JA.notTopics as readonly string[]).includes(text.slice(r, i))) continue;
    const found = jaPhrase(text, r, i);
    if (found) return found;
  }
  return null;
}

/** `「…」と述べた`, `「…」と記者団に語った`: the cue verb after a complementizer at `i`, and a topic in the gap. */
export function jaVerbAfter(text: string, i: number, hi: number): { cue: { start: number; end: number }; topic: SpeakerPhrase | null } | null {
  const comp = words(JA.complementizers).at(text, i, hi);
  if (!comp) return null;
  const from = i + comp.length;
  const verbs = words(JA.verbs);
  const direct = verbs.at(text, from, hi);
  if (direct) return { cue: { start: from, end: verbEnd(text, from + direct.length, hi) }, topic: null };
  // A short object or place, or the topic, between (`と記者団に述べた`, `と首相は述べた`).
  let topic: SpeakerPhrase | null = null;
  for (let j = from; j < hi && j - from <= MAX_GAP && !isBreak(text[j]) && text[j] !== "\u3001"; j++) {
    const particle = words(JA.gapParticles).at(text, j, hi) ?? words(JA.topicParticles).at(text, j, hi);
    if (!particle) continue;
    const after = j + particle.length;
    if ((JA.topicParticles as readonly string[]).includes(particle)) {
      const r = jaRunStart(text, j, from);
      if (r < j) topic = jaPhrase(text, r, j) ?? topic;
    }
    const v = verbs.at(text, after, hi);
    if (v) return { cue: { start: after, end: verbEnd(text, after + v.length, hi) }, topic };
  }
  return null;
}

/** The end of a Japanese verb's inflection: the kana after its stem (`述べ` + `た`), a few at most. */
function verbEnd(text: string, e: number, hi: number): number {
  let i = e;
  while (i < hi && i - e < 4 && JA.inflection.includes(text[i]!)) i++;
  return i;
}

/** A run marked by the subject particle right before the opening mark `o` (`野党が「`, `野党が、「`). */
function jaSubjectBefore(text: string, s: number, o: number): SpeakerPhrase | null {
  let p = o;
  if (p > s && text[p - 1] === "\u3001") p--;
  const particle = JA.subjectParticle;
  if (p - particle.length <= s || !text.startsWith(particle, p - particle.length)) return null;
  const e = p - particle.length;
  const r = jaRunStart(text, e, s);
  return r < e && !(JA.notTopics as readonly string[]).includes(text.slice(r, e)) ? jaPhrase(text, r, e) : null;
}

export function jaCue(text: string, q: CjkQuote): Cue | null {
  const anchor = q.open !== -1 ? q.open : q.close;
  const s = sentenceStart(text, anchor, q);
  const after = q.close !== -1 ? jaVerbAfter(text, q.close, Math.min(q.hi, q.close + AFTER)) : null;
  const topic = q.open !== -1 ? jaTopic(text, s, q.open, q) : null;
  // (A subject right before the quotation speaks in a clause of its own: `首相は、野党が「…」と
  // 批判したことについて`.)
  const subject = after && q.open !== -1 ? jaSubjectBefore(text, s, q.open) : null;
  const speaker = after?.topic ?? subject ?? topic;
  if (after && speaker) return { ...after.cue, kind: "verb", speaker, adjacent: true };
  const source = q.open === -1 ? null : sourceBeforeMarker(text, s, q.open, words(JA.sourceAfter), (a, b) => jaPhrase(text, a, b), (b) => jaRunStart(text, b, s));
  return source ?? (after ? { ...after.cue, kind: "verb", speaker: null, adjacent: true } : null);
}
