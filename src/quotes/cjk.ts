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
 * @module
 */
import type { Cue } from "./cues.js";
import { CJK_CLAUSE_BREAKS, CJK_LANGUAGES, CJK_SENTENCE_ENDS, JA, KO, ZH } from "./data/cjk.js";
import type { SpeakerPhrase } from "./speaker.js";

/** A quotation as read here: its marks, and the other quotations of its paragraph. */
export interface CjkQuote {
  /** Offset of the opening mark (-1 when none). */
  open: number;
  /** Offset right after the closing mark (-1 when none). */
  close: number;
  /** The paragraph's bounds. */
  lo: number;
  hi: number;
  /** The quotations of the paragraph as `[open, close)` (the closing mark included), in order. */
  quotes: readonly (readonly [number, number])[];
}

/** Characters read before and after a quotation. */
const BEFORE = 240;
const AFTER = 60;
/** Longest subject read before a cue verb, in characters. */
const MAX_SUBJECT = 30;
/** Longest phrase read as the speaker before a colon with no verb (`王毅：“…”`). */
const MAX_COLON_SPEAKER = 12;
/** Longest run between a verb of telling and the one told (`告诉新华社记者`). */
const MAX_TOLD = 10;
/** Longest speaker phrase kept. */
const MAX_PHRASE = 24;
/** Characters between a Japanese complementizer and its verb (`と記者団に述べた`). */
const MAX_GAP = 14;
/** Words between a Korean complementizer and its verb. */
const MAX_KO_WORDS = 4;

/** Does the language read attribution here? */
export function isCjk(language: string): boolean {
  return CJK_LANGUAGES.has(language);
}

// ---------------------------------------------------------------------------------------------
// Word tables

/** A word list looked up at a position: by first character (forward) or last (backward). */
class Words {
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();
  constructor(words: readonly string[]) {
    const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      push(this.byFirst, w[0]!, w);
      push(this.byLast, w[w.length - 1]!, w);
    }
  }

  /** The longest word that starts at `i` and ends by `hi`, or null. */
  at(text: string, i: number, hi: number): string | null {
    const list = this.byFirst.get(text[i] ?? "");
    if (list) for (const w of list) if (i + w.length <= hi && text.startsWith(w, i)) return w;
    return null;
  }

  /** The longest word that ends at `e` and starts at `lo` or later, or null. */
  endingAt(text: string, e: number, lo: number): string | null {
    const list = this.byLast.get(text[e - 1] ?? "");
    if (list) for (const w of list) if (e - w.length >= lo && text.startsWith(w, e - w.length)) return w;
    return null;
  }

  /** Does `s` end with one of the words (and hold more before it when `more`)? */
  ends(s: string, more = false): string | null {
    const list = this.byLast.get(s[s.length - 1] ?? "");
    if (list) for (const w of list) if (s.endsWith(w) && (!more || s.length > w.length)) return w;
    return null;
  }
}

function push(map: Map<string, string[]>, key: string, w: string): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}

const tables = new Map<readonly string[], Words>();

function words(list: readonly string[]): Words {
  let t = tables.get(list);
  if (!t) {
    t = new Words(list);
    tables.set(list, t);
  }
  return t;
}

/** For each Chinese cue verb, the words that hold it but are no cue, with its offset in them. */
const zhNotCues = new Map<string, [string, number][]>();
for (const v of ZH.verbs) {
  const list: [string, number][] = [];
  for (const w of ZH.notCues) for (let x = w.indexOf(v); x !== -1; x = w.indexOf(v, x + 1)) list.push([w, x]);
  zhNotCues.set(v, list);
}

// ---------------------------------------------------------------------------------------------
// Characters

function isBreak(ch: string | undefined): boolean {
  return ch === undefined || CJK_CLAUSE_BREAKS.includes(ch);
}

function isSentenceEnd(ch: string | undefined): boolean {
  return ch !== undefined && CJK_SENTENCE_ENDS.includes(ch);
}

/** Does a sentence end at `i`: a full-width end, or a period before a space (Korean: `말했다. 그는`)? */
function endsSentenceAt(text: string, i: number): boolean {
  return isSentenceEnd(text[i]) || (text[i] === "." && (i + 1 >= text.length || SPACE.test(text[i + 1]!)));
}

const NAME_CHAR = /[\p{Script=Han}\p{Script=Katakana}\u30FC\u30FB\u00B7\u3005A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
const DIGIT = /[0-9\uFF10-\uFF19]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;

/** A name of a person in Chinese: two to four characters, or a foreign name with a middle dot or in Latin letters. */
function zhNameShape(name: string): boolean {
  if (/[\u00B7\u30FB]/u.test(name)) return name.length <= 16;
  if (/^[A-Za-z][A-Za-z .-]*$/u.test(name)) return name.length <= 30;
  return name.length >= 2 && name.length <= 4 && /^\p{Script=Han}+$/u.test(name);
}

/** A name after a title: up to eight characters of a name. */
const TITLED_NAME = /^[\p{Script=Han}\u00B7\u30FB]{2,8}$/u;

/**
 * A speaker phrase. `role`: the title read with the name (its head, so that the role alone later
 * refers back to the person: `官房長官は` after `林芳正官房長官は`); a role alone is definite.
 */
function phrase(start: number, end: number, kind: SpeakerPhrase["kind"], name: string, role = ""): SpeakerPhrase {
  const alone = kind === "nominal" && role !== "" && role === name;
  return { start, end, kind, name, head: role || name, definite: kind === "pronoun" || kind === "group-pronoun" || alone };
}

/**
 * The start of the sentence that holds offset `at`: after the last sentence end before it, other
 * quotations passed over (`他说，“A。”并强调“B”` reads back to `他`), at most {@link BEFORE}
 * characters back.
 */
function sentenceStart(text: string, at: number, q: CjkQuote): number {
  const floor = Math.max(q.lo, at - BEFORE);
  let qi = q.quotes.length - 1;
  let i = at;
  while (i > floor) {
    while (qi >= 0 && q.quotes[qi]![0] >= i) qi--;
    const inside = qi >= 0 ? q.quotes[qi]! : null;
    if (inside && inside[1] >= i && inside[0] < i) {
      i = inside[0];
      continue;
    }
    if (endsSentenceAt(text, i - 1)) break;
    i--;
  }
  return Math.max(i, floor);
}

/** The quotation `[open, close)` that holds offset i, if any. */
function quoteAt(q: CjkQuote, i: number): readonly [number, number] | null {
  for (const r of q.quotes) if (r[0] <= i && i < r[1]) return r;
  return null;
}

/** The start of the clause that ends at `v`: after the last clause break, at `lo` at the earliest. */
function clauseStart(text: string, v: number, lo: number): number {
  let i = v;
  while (i > lo && v - i < MAX_SUBJECT + 8 && !isBreak(text[i - 1])) i--;
  return i;
}

// ---------------------------------------------------------------------------------------------
// Chinese

/**
 * The Chinese cue verb that ends at `e` (not part of a word such as `小说`), or a verb of telling
 * whose addressee ends there (`告诉新华社记者`); null when none.
 */
function zhVerbEndingAt(text: string, e: number, lo: number): { start: number; end: number } | null {
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
function zhSubject(text: string, a: number, v: number): SpeakerPhrase | null {
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

function zhCue(text: string, q: CjkQuote): Cue | null {
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

// ---------------------------------------------------------------------------------------------
// Japanese

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
function jaTopic(text: string, s: number, e: number, q: CjkQuote): SpeakerPhrase | null {
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
function jaVerbAfter(text: string, i: number, hi: number): { cue: { start: number; end: number }; topic: SpeakerPhrase | null } | null {
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

/** `共同通信によると、`: the source before a source marker in `[s, e)`. */
function sourceBeforeMarker(text: string, s: number, e: number, markers: Words, read: (a: number, b: number) => SpeakerPhrase | null, runStart: (b: number) => number): Cue | null {
  for (let i = s; i < e; i++) {
    const m = markers.at(text, i, e);
    if (!m) continue;
    const r = runStart(i);
    const source = r < i ? read(r, i) : null;
    if (source) return { start: i, end: i + m.length, kind: "source", speaker: source, adjacent: false };
  }
  return null;
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

function jaCue(text: string, q: CjkQuote): Cue | null {
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

// ---------------------------------------------------------------------------------------------
// Korean

/** The words (space-separated, punctuation at their ends dropped) of `[s, e)`, as offsets. */
function koWords(text: string, s: number, e: number, q: CjkQuote): [number, number][] {
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
function koTopic(text: string, list: readonly [number, number][]): SpeakerPhrase | null {
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

function koCue(text: string, q: CjkQuote): Cue | null {
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

// ---------------------------------------------------------------------------------------------
// Entry points

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

/** Occurrences of a name read for its fuller form, and characters of a given name after a surname. */
const MAX_OCCURRENCES = 200;
const MAX_GIVEN = 3;

/**
 * The fuller form of a Japanese or Korean surname in `text[lo, hi)`: the surname and a given name
 * right before a title (`岸田` → `岸田文雄` from `岸田文雄首相`, `추` → `추경호` from `추경호
 * 경제부총리`); null when there is none. Bounded: at most {@link MAX_OCCURRENCES} occurrences.
 */
export function cjkFullName(text: string, name: string, lo: number, hi: number): string | null {
  if (name.length === 0 || name.length > 3) return null;
  const korean = HANGUL.test(name);
  const given = korean ? HANGUL : /\p{Script=Han}/u;
  const titles = words(korean ? KO.titles : JA.titles);
  let best: string | null = null;
  let n = 0;
  for (let at = text.indexOf(name, lo); at !== -1 && at < hi && n < MAX_OCCURRENCES; at = text.indexOf(name, at + 1)) {
    n++;
    const from = at + name.length;
    let e = from;
    while (e < hi && e - from < MAX_GIVEN && given.test(text[e]!)) e++;
    // The title right after the given name, the shortest that one follows (`林芳正官房長官` is
    // `林芳正`, not `林芳正官房`); in Korean, after a space.
    for (let g = from; g <= e; g++) {
      let t = g;
      if (korean) {
        if (!SPACE.test(text[t] ?? "")) continue;
        t++;
        let w = t;
        while (w < hi && HANGUL.test(text[w]!)) w++;
        // (The title's word may carry a particle: `경제부총리는`.)
        const word = text.slice(t, w);
        if (!titles.ends(word) && !titles.ends(word.slice(0, -1))) continue;
      } else if (!titles.at(text, t, hi)) continue;
      // (A country before the title is no part of the name: `習近平中国国家主席`.)
      const extension = text.slice(from, g);
      const found = words(korean ? KO.countries : JA.countries).ends(extension);
      const country = found && (found.length > 1 || !HAN.test(extension[extension.length - 2] ?? "")) ? found : null;
      const full = text.slice(at, country ? g - country.length : g);
      if (!best || full.length > best.length) best = full;
      break;
    }
  }
  return best !== null && best.length > name.length ? best : null;
}
