/**
 * Coreference of speakers, after CoreNLP's quote attribution sieves in miniature: a surname
 * resolves to the fullest form of the name in the article (`Peskov` to `Dmitry Peskov`), a
 * pronoun to the most recent fitting speaker (`he` to the last person, `they` to the last
 * group), a definite nominal to the earlier nominal with the same head (`the official` to
 * `a US official`). Recency is kept over every cue of the article, with or without a quote.
 *
 * @module
 */
import { detach } from "../util/detach.js";
import { cjkFullName } from "./cjk.js";
import { COMPLEMENT_LINKS, DEPARTMENT_WORDS, DETERMINERS, NAME_PARTICLES, PATRONYMIC_OR_INITIAL, ROLE_WORDS, STOP_WORDS } from "./data/words.js";
import { type GenderEvidence, genderOf, givenNameStart, mentionEvidence, nameEvidence, pronounGender } from "./gender.js";
import type { SpeakerPhrase } from "./speaker.js";

/** A resolved speaker. */
export interface Resolved {
  name: string;
  person: boolean;
  head: string;
  mention: { start: number; end: number };
}

/**
 * A loose key for spellings of one surname (`Zelensky`, `Zelenskyy`, `Zelenskiy`): lower case,
 * possessive and doubled letters dropped, a final -iy/-yy/-yi as -y.
 */
export function spellingKey(word: string): string {
  const hit = keys.get(word);
  if (hit !== undefined) return hit;
  // (The cache outlives the article: it keeps copies, not slices that would hold the article.)
  const key = detach(computeKey(word));
  if (keys.size > 10_000) keys.clear();
  keys.set(detach(word), key);
  return key;
}

const keys = new Map<string, string>();

function computeKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/['\u2019]s$/u, "")
    .replace(/[.]$/u, "")
    .replace(/(\p{L})\1+/gu, "$1")
    .replace(/(?:iy|yi|ij|ii)$/u, "y");
}

const LETTER = /[\p{L}\p{M}]/u;
/** A letter of a script with case. */
const CASED = /[\p{Lu}\p{Ll}]/u;
/** Characters around a mention searched for the fuller form of a name (keeps long inputs linear). */
const NAME_WINDOW = 12_000;
const MAX_OCCURRENCES = 200;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * The fullest form of a name in the text, found on demand: every occurrence of the word (any
 * spelling with the same {@link spellingKey}), with the capitalized words before it on its line
 * (name particles allowed, role and title words stripped). Bounded: at most
 * {@link MAX_OCCURRENCES} occurrences are read.
 */
export function findFullName(text: string, word: string, lo = 0, hi = text.length): string | null {
  const bare = word.replace(/['\u2019]s$/u, "");
  const key = spellingKey(bare);
  // A prefix finds every spelling (`Kovalenko`, `Kovalenkko`); the key decides.
  const stem = bare.slice(0, Math.max(4, Math.min(6, bare.length - 3)));
  if (stem.length < 3 || !/^\p{Lu}/u.test(stem)) return null;
  let best: string | null = null;
  let n = 0;
  // Searched in the window only (a slice shares the text's characters), so that each search
  // stops at `hi` instead of running on to the end of a long text.
  const hay = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  for (let found = hay.indexOf(stem); found !== -1 && n < MAX_OCCURRENCES; found = hay.indexOf(stem, found + 1)) {
    const at = lo + found;
    n++;
    if (isLetter(text[at - 1])) continue;
    let end = at + stem.length;
    while (end < text.length && end - at <= bare.length + 3 && isLetter(text[end])) end++;
    if (Math.abs(end - at - bare.length) > 2 || isLetter(text[end])) continue;
    if (spellingKey(text.slice(at, end)) !== key) continue;
    // The capitalized words before it, on the same line.
    const words: string[] = [];
    let i = at;
    let stop = "";
    while (words.length < 4) {
      let j = i;
      while (j > 0 && (text[j - 1] === " " || text[j - 1] === "\u00A0")) j--;
      if (j === i) break;
      let k = j;
      while (k > 0 && (isLetter(text[k - 1]) || text[k - 1] === "." || text[k - 1] === "-")) k--;
      const w = text.slice(k, j);
      const lw = w.toLowerCase();
      // (A word with its sentence's period is another sentence's: `… Rosa Vega. Pidió …`.)
      if (w.length > 2 && w.endsWith(".") && !ROLE_WORDS.has(lw) && !NAME_PARTICLES.has(lw) && !/\.\p{L}/u.test(w)) break;
      // (A department after a role is no part of the name: `Minister of Foreign Affairs Sergei Lavrov`.)
      if (w === "" || !/^\p{Lu}/u.test(w) ? !NAME_PARTICLES.has(lw) : ROLE_WORDS.has(lw) || STOP_WORDS.has(lw) || DETERMINERS.has(lw) || (DEPARTMENT_WORDS.has(lw) && words.length > 0)) {
        stop = lw;
        break;
      }
      words.unshift(w);
      i = k;
    }
    // (A role's complement before a full name is no part of it: `porte-parole du Kremlin Dmitri
    // Peskov`, `пресс-секретарь Кремля Дмитрий Песков`; see `speaker.ts`.)
    const linked = words.length >= 3 && COMPLEMENT_LINKS.has(words[0]!) && ROLE_WORDS.has(stop);
    while (words.length > 0 && NAME_PARTICLES.has(words[0]!.toLowerCase())) words.shift();
    if (words.length >= 2 && ROLE_WORDS.has(stop) && linked && !PATRONYMIC_OR_INITIAL.test(words[1]!)) words.shift();
    // (In Cyrillic copy the name after a role is its last two words, three with a patronymic.)
    const keep = PATRONYMIC_OR_INITIAL.test(words[words.length - 1] ?? "") ? 2 : 1;
    if (words.length > keep && ROLE_WORDS.has(stop) && /^\p{Script=Cyrillic}/u.test(words[0]!)) words.splice(0, words.length - keep);
    // (A capitalized word opening the sentence before a known given name is no part of the name:
    // `Comedian Jane Roe`, `More Jane Roe supporters`.)
    const given = givenNameStart(words);
    if (given > 0 && opensSentence(text, i)) words.splice(0, given);
    if (words.length === 0) continue;
    const name = `${words.join(" ")} ${text.slice(at, end)}`;
    if (!best || name.length > best.length) best = name;
  }
  return best;
}

/** Does a sentence open at `at` (the text before it, spaces skipped, is its start, a line break or a sentence end)? */
function opensSentence(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && (text[j - 1] === " " || text[j - 1] === "\u00A0")) j--;
  return j === 0 || /[\n.!?"“”»]/u.test(text[j - 1]!);
}

const MAX_RECENT = 24;
const CYRILLIC = /^\p{Script=Cyrillic}/u;
/** Characters read before a remembered mention for the role that introduced it. */
const ROLE_REACH = 60;

/** Words read after a name for the role given it in apposition (`Jane Roe, the finance minister`). */
const ROLE_AFTER_WORDS = 4;

/**
 * Is the role word `head` in the mention, in the three words right before it (`министр финансов
 * Антон Громов`, `Senator Jane Roe`, whose later mentions may be the name alone), or in the
 * few words right after it (`Jane Roe, the finance minister,`)?
 */
export function namedWithRole(text: string, mention: { start: number; end: number }, head: string): boolean {
  const words = text.slice(Math.max(0, mention.start - ROLE_REACH), mention.end).toLowerCase().split(ROLE_SPLIT);
  const name = text.slice(mention.start, mention.end).split(/\s+/u).length;
  if (words.slice(-(name + 3)).includes(head)) return true;
  return text.slice(mention.end, mention.end + ROLE_REACH).toLowerCase().split(ROLE_SPLIT).filter(Boolean).slice(0, ROLE_AFTER_WORDS).includes(head);
}

const ROLE_SPLIT = /[\s,.:;!?"«»“”„]+/u;

/** Running state of the speakers seen so far in an article. */
export class SpeakerMemory {
  private readonly recent: Resolved[] = [];
  private readonly found = new Map<string, string | null>();
  /** Gender evidence of names and of the words around mentions, read once each. */
  private readonly byName = new Map<string, GenderEvidence>();
  private readonly byMention = new Map<number, GenderEvidence>();
  constructor(private readonly text: string) {}

  /** The fullest form of the name ending with `word` in the article near `at` (cached). */
  private fullName(word: string, at: number): string | undefined {
    const key = spellingKey(word);
    if (!this.found.has(key)) {
      this.found.set(key, findFullName(this.text, word, Math.max(0, at - NAME_WINDOW), Math.min(this.text.length, at + NAME_WINDOW)));
    }
    return this.found.get(key) ?? undefined;
  }

  /** The fuller form of a Japanese or Korean surname near `at` (cached). */
  private cjkFullName(name: string, at: number): string | undefined {
    const key = `\u0000${name}`;
    if (!this.found.has(key)) this.found.set(key, cjkFullName(this.text, name, Math.max(0, at - NAME_WINDOW), Math.min(this.text.length, at + NAME_WINDOW)));
    return this.found.get(key) ?? undefined;
  }

  /** The speaker most recently named, if any. */
  last(): Resolved | null {
    return this.recent[this.recent.length - 1] ?? null;
  }

  /** Resolve a phrase to a speaker and remember it. `since` limits same-paragraph candidates. */
  resolve(phrase: SpeakerPhrase, paragraphStart: number): Resolved | null {
    const mention = { start: phrase.start, end: phrase.end };
    let resolved: Resolved | null = null;
    if (phrase.kind === "pronoun") {
      // (A gendered pronoun skips a person the text gives the other gender: `she` after `Mr Roe`.)
      const fits = (r: Resolved): boolean => r.person && this.agrees(r.name, phrase.name);
      const inParagraph = this.findLast((r) => fits(r) && r.mention.start >= paragraphStart && r.mention.start < phrase.start);
      const any = inParagraph ?? this.findLast(fits);
      // An unresolved pronoun still names the speaker's mention.
      resolved = any ? { ...any, mention } : { name: phrase.name, person: true, head: phrase.head, mention };
      if (!any) return resolved;
    } else if (phrase.kind === "group-pronoun") {
      const any = this.findLast((r) => !r.person) ?? this.last();
      resolved = any ? { ...any, mention } : { name: phrase.name, person: false, head: phrase.head, mention };
      if (!any) return resolved;
    } else if (phrase.kind === "nominal") {
      const bare = !phrase.name.includes(" ");
      // (A role alone in a script without case refers back to the person who held it too:
      // `官房長官は` after `林芳正官房長官は`.)
      const caseless = !CASED.test(phrase.name);
      const earlier = phrase.definite && bare ? this.findLast((r) => (!r.person || caseless) && r.head === phrase.head) : null;
      // A role alone refers back to the last person named with it (`— пояснил министр` after
      // `министр финансов Антон Громов`): a definite one, or any in Cyrillic copy (no articles).
      const holder = !earlier && bare && ROLE_WORDS.has(phrase.head) && (phrase.definite || CYRILLIC.test(phrase.name)) ? this.findLast((r) => r.person && namedWithRole(this.text, r.mention, phrase.head)) : null;
      const back = earlier ?? holder;
      resolved = back ? { ...back, mention } : { name: phrase.name, person: false, head: phrase.head, mention };
    } else {
      const words = phrase.name.split(/\s+/u);
      // A name in a script without case (Chinese, Japanese, Korean) is a person when the quotes
      // stage read it as one; a surname alone is the full name it opens (`岸田`, `岸田文雄`).
      const caseless = !CASED.test(phrase.name);
      const fuller = caseless ? this.cjkFullName(phrase.name, phrase.start) : this.fullName(words[words.length - 1]!, phrase.start);
      const earlier = words.length === 1 && !fuller ? this.findLast((r) => r.person && (r.name.endsWith(` ${phrase.name}`) || (caseless && r.name.length > phrase.name.length && r.name.startsWith(phrase.name)))) : null;
      // The fullest spelling in the article, when it ends with this name (`Peskov`, `Zelenskyy`).
      const name = fuller && fuller.split(" ").length >= words.length ? fuller : (earlier?.name ?? phrase.name);
      resolved = { name, person: words.length > 1 || name !== phrase.name || caseless, head: phrase.head, mention };
    }
    if (resolved) this.remember(resolved);
    return resolved;
  }

  /**
   * Does the person `name` agree with `pronoun` in gender (unknown agrees with anything)? Read
   * at every remembered mention of the name, and at `also` (a mention not remembered yet).
   */
  agrees(name: string, pronoun: string, also?: { start: number; end: number }): boolean {
    const wanted = pronounGender(pronoun);
    if (wanted === undefined) return true;
    let evidence = this.byName.get(name);
    if (evidence === undefined) {
      evidence = nameEvidence(name);
      this.byName.set(name, evidence);
    }
    for (const r of this.recent) if (r.name === name) evidence |= this.atMention(r.mention);
    if (also) evidence |= this.atMention(also);
    const gender = genderOf(evidence);
    return gender === undefined || gender === wanted;
  }

  /** The gender evidence around a mention (cached by its offset). */
  private atMention(m: { start: number; end: number }): GenderEvidence {
    let evidence = this.byMention.get(m.start);
    if (evidence === undefined) {
      evidence = mentionEvidence(this.text, m);
      this.byMention.set(m.start, evidence);
    }
    return evidence;
  }

  /** Is `name` (one word) a person already seen as a speaker, by itself or as a surname? */
  knows(name: string): boolean {
    return this.findLast((r) => r.person && (r.name === name || r.name.endsWith(` ${name}`))) !== null;
  }

  /** Remember a speaker as the most recent. */
  remember(r: Resolved): void {
    this.recent.push(r);
    if (this.recent.length > MAX_RECENT) this.recent.shift();
  }

  private findLast(test: (r: Resolved) => boolean): Resolved | null {
    for (let i = this.recent.length - 1; i >= 0; i--) if (test(this.recent[i]!)) return this.recent[i]!;
    return null;
  }

  /** The text of a mention. */
  textOf(m: { start: number; end: number }): string {
    return this.text.slice(m.start, m.end);
  }
}
