/**
 * Chinese attribution (`cjk.ts`): a speaker and a cue verb right after the quotation (`“…，”他说。`,
 * `“…”他告诉新华社记者。`), right before it (`毛宁表示：“…”`, `他强调，“…”`), or the nearest cue verb
 * before it in its sentence (`他称这是“…”`); a name alone before a colon (`王毅：“…”`); `据X报道`
 * names the source X; a verb with no subject takes the sentence's first subject. Titles are
 * stripped from the name (`外交部发言人毛宁` is `毛宁`). Words in `data/cjk.ts` (`ZH`).
 *
 * @module
 */
import { type CjkQuote, clauseStart, DIGIT, isBreak, isSentenceEnd, MAX_PHRASE, MAX_SUBJECT, phrase, quoteAt, sentenceStart, SPACE, words } from "./cjk-text.js";
import type { Cue } from "./cues.js";
import { ZH } from "./data/cjk.js";
import type { SpeakerPhrase } from "./speaker.js";

/** Longest phrase read as the speaker before a colon with no verb (`王毅：“…”`). */
const MAX_COLON_SPEAKER = 12;

/** Longest run between a verb of telling and the one told (`告诉新华社记者`). */
const MAX_TOLD = 10;

/** For each Chinese cue verb, the words that hold it but are no cue, with its offset in them. */
const zhNotCues = new Map<string, [string, number][]>();

for (const v of ZH.verbs) {
  const list: [string, number][] = [];
  for (const w of ZH.notCues) for (let x = w.indexOf(v); x !== -1; x = w.indexOf(v, x + 1)) list.push([w, x]);
  zhNotCues.set(v, list);
}

/** A name of a person in Chinese: two to four characters, or a foreign name with a middle dot or in Latin letters. */
function zhNameShape(name: string): boolean {
  if (/[\u00B7\u30FB]/u.test(name)) return name.length <= 16;
  if (/^[A-Za-z][A-Za-z .-]*$/u.test(name)) return name.length <= 30;
  return name.length >= 2 && name.length <= 4 && /^\p{Script=Han}+$/u.test(name);
}

/** A name after a title: up to eight characters of a name. */
const TITLED_NAME = /^[\p{Script=Han}\u00B7\u30FB]{2,8}$/u;

/**
 * The Chinese cue verb that ends at `e` (not part of a word such as `小说`), or a verb of telling
 * whose addressee ends there (`告诉新华社记者`); null when none.
 */
export function zhVerbEndingAt(text: string, e: number, lo: number): { start: number; end: number } | null {
  return zhSayEndingAt(text, e, lo) ?? zhTellEndingAt(text, e, lo);
}

/** `告诉新华社记者`: a verb of telling and the one told, ending at `e`; the verb's span. */
function zhTellEndingAt(text: string, e: number, lo: number): { start: number; end: number } | null {
  const told = words(ZH.addressees).endingAt(text, e, lo);
  if (!told) return null;
  const tell = words(ZH.tellVerbs);
  for (let i = e - told.length - 1; i >= lo && e - i <= MAX_TOLD; i--) {
    if (isBreak(text[i])) return null;
    const v = tell.at(text, i, e);
    if (v) return { start: i, end: i + v.length };
  }
  return null;
}

function zhSayEndingAt(text: string, e: number, lo: number): { start: number; end: number } | null {
  const table = words(ZH.verbs);
  for (let end = e; end > lo && e - end <= 1; end--) {
    // (A particle may follow the verb: `说过`, `表示了`.)
    if (end < e && !ZH.verbParticles.includes(text[end]!)) break;
    const v = table.endingAt(text, end, lo);
    if (v && !zhNotCue(text, end - v.length, v)) return { start: end - v.length, end };
  }
  return null;
}

/** Does a Chinese cue verb start at `i` (not part of a word such as `说明`)? */
function zhVerbAt(text: string, i: number, hi: number): boolean {
  const v = words(ZH.verbs).at(text, i, hi);
  return v !== null && !zhNotCue(text, i, v);
}

function zhNotCue(text: string, at: number, verb: string): boolean {
  for (const [w, x] of zhNotCues.get(verb) ?? []) if (at - x >= 0 && text.startsWith(w, at - x)) return true;
  return false;
}

/**
 * The speaker phrase of the clause `[a, v)` before a Chinese cue verb: connectives skipped
 * (`但`, `对此`), a pronoun (`他`), a source after `据` (`据新华社报道`), or the words up to the
 * first adverb or adverbial (`毛宁在会上说`, `李强3日表示`); null when there is none.
 */
export function zhSubject(text: string, a: number, v: number): SpeakerPhrase | null {
  let i = a;
  while (i < v && SPACE.test(text[i]!)) i++;
  for (let n = 0; n < 2; n++) {
    const c = words(ZH.connectives).at(text, i, v);
    if (!c) break;
    i += c.length;
  }
  if (i >= v || v - i > MAX_SUBJECT) return null;
  const ends = words(ZH.subjectEnds);
  const source = words(ZH.sourceBefore).at(text, i, v);
  if (source) {
    i += source.length;
    const none = words(ZH.noSource).at(text, i, v);
    if (none && i + none.length === v) return null;
    // `据新华社消息`: the source ends at its verb or `消息`.
    let e = i + 1;
    while (e < v && !words(ZH.sourceVerbs).at(text, e, v)) e++;
    return e > i ? zhPhrase(text, i, e) : null;
  }
  const group = words(ZH.groupPronouns).at(text, i, v);
  const single = group ?? words(ZH.pronouns).at(text, i, v);
  if (single && (i + single.length === v || ends.at(text, i + single.length, v) || DIGIT.test(text[i + single.length]!))) {
    return phrase(i, i + single.length, group ? "group-pronoun" : "pronoun", single);
  }
  // No subject: the clause opens with an adverb (`并强调`, `也表示`).
  const first = ends.at(text, i, v);
  if (first && !(ZH.surnameEnds as readonly string[]).includes(first)) return null;
  // (A verb before the cue verb ends the subject too: `教育部回应称`.)
  let e = i + 1;
  while (e < v && !DIGIT.test(text[e]!) && !ends.at(text, e, v) && !(e - i >= 2 && zhVerbAt(text, e, v))) e++;
  return zhPhrase(text, i, e);
}

/**
 * A Chinese speaker phrase `[a, e)` and the name read from it: the words after the last title
 * (`外交部发言人毛宁` → `毛宁`), or before a title that follows names (`王毅外长` → `王毅`); an
 * institution or a role alone is a nominal speaker (`外交部`, `外交部发言人`).
 */
function zhPhrase(text: string, a: number, e: number): SpeakerPhrase | null {
  if (e - a > MAX_PHRASE || e <= a) return null;
  // (What comes before `的` qualifies the head: `参加会议的代表`.)
  const de = text.lastIndexOf(ZH.modifierParticle, e - 1);
  const s = de >= a ? de + 1 : a;
  if (s >= e) return null;
  const titles = words(ZH.titles);
  let last: { start: number; end: number } | null = null;
  for (let p = s + 1; p <= e; p++) {
    const t = titles.endingAt(text, p, s);
    if (t) last = { start: p - t.length, end: p };
  }
  const whole = text.slice(s, e);
  if ((ZH.notSubjects as readonly string[]).includes(whole)) return null;
  if (last && last.end < e) {
    // (After a title a longer transliterated name is still one: `内塔尼亚胡`.)
    const name = text.slice(last.end, e);
    const person = zhNameShape(name) || TITLED_NAME.test(name);
    return phrase(a, e, person ? "person" : "nominal", person ? name : whole, text.slice(last.start, last.end));
  }
  if (last) {
    // A title after a name (`王毅外长`), the name after any `、`.
    const comma = text.lastIndexOf("\u3001", last.start - 1);
    const before = text.slice(Math.max(s, comma + 1), last.start);
    const title = text.slice(last.start, last.end);
    if ((ZH.titlesAfter as readonly string[]).includes(title) && zhNameShape(before) && !words(ZH.institutions).ends(before)) return phrase(a, e, "person", before, title);
    return phrase(a, e, "nominal", whole, title);
  }
  if (!words(ZH.institutions).ends(whole) && zhNameShape(whole)) return phrase(a, e, "person", whole);
  return phrase(a, e, "nominal", whole);
}

/** `“…，”他说。`: a speaker and a cue verb that ends the clause right after the quotation. */
function zhCueAfter(text: string, q: CjkQuote, next: number): Cue | null {
  let i = q.close;
  while (i < next && (text[i] === "\uFF0C" || text[i] === "," || SPACE.test(text[i]!))) i++;
  let j = i;
  while (j < next && j - i <= MAX_SUBJECT && !isBreak(text[j])) j++;
  if (j === i || j - i > MAX_SUBJECT) return null;
  // (A colon after the verb announces what follows, not this quotation.)
  if (text[j] === "\uFF1A" || text[j] === ":") return null;
  // A quotation that closed its sentence (`“…。”`) takes a verb that ends the sentence too
  // (`“…。”他说。`, not `“…。”他说，…`).
  const closed = isSentenceEnd(text[q.close - 2]);
  if (closed && j < q.hi && !isSentenceEnd(text[j])) return null;
  const v = zhVerbEndingAt(text, j, i);
  if (!v || v.start === i) return v ? { start: v.start, end: v.end, kind: "verb", speaker: null, adjacent: true } : null;
  return { start: v.start, end: v.end, kind: "verb", speaker: zhSubject(text, i, v.start), adjacent: true };
}

/** `毛宁表示：“…”`, `他强调，“…”` (adjacent), or the nearest cue verb before in the sentence. */
function zhCueBefore(text: string, q: CjkQuote): Cue | null {
  const s = sentenceStart(text, q.open, q);
  let k = q.open;
  let colon = -1;
  while (k > s && (text[k - 1] === "\uFF1A" || text[k - 1] === ":" || text[k - 1] === "\uFF0C" || text[k - 1] === "," || SPACE.test(text[k - 1]!))) {
    if (text[k - 1] === "\uFF1A" || text[k - 1] === ":") colon = k - 1;
    k--;
  }
  let v = quoteAt(q, k - 1) ? null : zhVerbEndingAt(text, k, s);
  const adjacent = v !== null;
  // `王毅：“…”`: a name or an institution alone before a colon speaks.
  if (!v && colon !== -1 && k > s) {
    const a = clauseStart(text, k, s);
    const named = a > s || !quoteAt(q, a - 1) ? zhSubject(text, a, k) : null;
    const label = (ZH.labels as readonly string[]).includes(text.slice(a, k));
    if (named && named.end === k && !label && (named.kind === "person" || named.kind === "nominal") && k - a <= MAX_COLON_SPEAKER) {
      return { start: colon, end: colon + 1, kind: "colon", speaker: named, adjacent: true };
    }
  }
  for (let e = k - 1; !v && e > s; e--) {
    const inside = quoteAt(q, e - 1);
    if (inside) {
      e = inside[0] + 1;
      continue;
    }
    v = zhVerbEndingAt(text, e, s);
  }
  if (!v) return null;
  const a = clauseStart(text, v.start, s);
  let speaker = zhSubject(text, a, v.start);
  // A verb after a comma with no subject (`…，并强调“…”`): the subject of the sentence's first
  // clause, when a cue verb ends that clause or a preposition follows the subject there
  // (`王毅说，…`, `王毅在会见时，就…表示`).
  if (!speaker && a > s) {
    let fe = s;
    while (fe < a && !isBreak(text[fe])) fe++;
    const verb = zhVerbEndingAt(text, fe, s);
    const first = zhSubject(text, s, verb ? verb.start : fe);
    const placed = first !== null && (verb !== null || words(ZH.prepositions).at(text, first.end, fe) !== null);
    if (placed && (first.kind === "person" || first.kind === "pronoun")) speaker = first;
  }
  return { start: v.start, end: v.end, kind: "verb", speaker, adjacent };
}

export function zhCue(text: string, q: CjkQuote): Cue | null {
  const next = nextQuoteStart(q);
  const after = q.close !== -1 ? zhCueAfter(text, q, next) : null;
  if (after?.speaker) return after;
  const before = q.open !== -1 ? zhCueBefore(text, q) : null;
  if (before?.speaker || !after) return before ?? after;
  return after;
}

function nextQuoteStart(q: CjkQuote): number {
  for (const r of q.quotes) if (r[0] >= Math.max(q.close, q.open + 1)) return r[0];
  return q.hi;
}
