/**
 * Lookups and regex sources built once, at module load, from the word lists in `data/`.
 * Nothing here decides anything; the parsers use these pieces.
 *
 * @module
 */
import { MONTHS } from "./data/months.js";
import { WEEKDAYS } from "./data/weekdays.js";

/** Escape a literal for use inside a RegExp source. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}

/** A phrase as a regex source: spaces match any run of horizontal spaces, apostrophes either form. */
export function phraseSource(phrase: string): string {
  return escapeRegex(phrase)
    .replace(/ /gu, "[ \\t\\u00a0]+")
    .replace(/['’ʼ]/gu, "['’ʼ]");
}

/** Alternation of phrases, longest first (so "September" beats "Sep"). */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map(phraseSource).join("|");
}

/**
 * The phrases as a regex source shaped like a trie ("ma(?:rch|y)"): a scan tries a few first
 * letters at each position instead of every phrase. Spaces and apostrophes as in `phraseSource`.
 * Matches the same set of strings as `alternation`, not always the longest first: use it where
 * a boundary check after the match decides ("\\b").
 */
export function trieSource(phrases: Iterable<string>): string {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const phrase of phrases) {
    let node = root;
    for (const ch of phrase) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.next.entries()].map(([ch, child]) => phraseSource(ch) + emit(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join("|")})`;
    return node.end ? `${body}?` : body;
  };
  return emit(root);
}

/**
 * `alternation(phrases)` in the shape of a trie, for a case-insensitive regex: it matches the
 * same text at the same places and tries the phrases that match at one place in the same order
 * (the longest first), but a scan tries a few first letters at each position instead of every
 * phrase. It falls back to the plain alternation when the trie could prefer a shorter phrase: a
 * phrase not in lower case, two letters that are the same letter in another case (σ, ς), or
 * spaces other than single spaces. `unicode`: for a regex with the `u` flag.
 */
export function longestFirstSource(phrases: Iterable<string>, unicode = false): string {
  const unique = [...new Set([...phrases].map((p) => p.replace(/[’ʼ]/gu, "'")))];
  return trieSafe(unique, unicode) ? trieSource(unique) : alternation(unique);
}

/**
 * Whether the trie of `phrases` never has two branches that match the same character: asked of
 * the regex engine itself, letter against letter, with the flags the regex will have.
 */
function trieSafe(phrases: readonly string[], unicode: boolean): boolean {
  if (phrases.some((p) => p !== p.toLowerCase() || /[\t\u00a0]| {2}/u.test(p))) return false;
  const letters = [...new Set(phrases.flatMap((p) => [...p]))];
  return letters.every((ch, i) => {
    const same = new RegExp(`^${escapeRegex(ch)}$`, unicode ? "iu" : "i");
    return letters.every((other, j) => j === i || !same.test(other));
  });
}

/**
 * The matches of the global regex `re` in `text`, as `text.matchAll(re)` finds them, without
 * the copy of the regex that `matchAll` makes on every call (costly for a long source).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, as in `matchAll`.
    if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return out;
}

/** ECMAScript's AdvanceStringIndex: the next index, past a whole surrogate pair in a `u` regex. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

/** Left and right word boundaries that work for every script (JS `\b` is ASCII-only). */
export const LB = "(?<![\\p{L}\\p{N}\\p{M}_])";
export const RB = "(?![\\p{L}\\p{N}\\p{M}_])";

/** Lower-case, with the apostrophe variants folded, for table lookups. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[’ʼ]/gu, "'").replace(/\s+/gu, " ");
}

export interface MonthInfo {
  /** 1-12 */
  month: number;
  /** Languages that use this form. */
  languages: string[];
}

/** Every month form (folded) to its month and languages. */
export const MONTH_FORMS: ReadonlyMap<string, MonthInfo> = (() => {
  const map = new Map<string, MonthInfo>();
  for (const [language, months] of Object.entries(MONTHS)) {
    months.forEach((forms, index) => {
      for (const form of forms) {
        const key = fold(form);
        const info = map.get(key);
        if (info) info.languages.push(language);
        else map.set(key, { month: index + 1, languages: [language] });
      }
    });
  }
  return map;
})();

/** Month forms that abbreviate a longer form of the same month in the same language ("jan", "sept", "févr"). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const months of Object.values(MONTHS)) {
    for (const forms of months) {
      for (const form of forms) if (forms.some((other) => other !== form && other.startsWith(form))) set.add(fold(form));
    }
  }
  return set;
})();

/** Regex source matching any month form (case-insensitive use). */
export const MONTH_SOURCE = alternation(MONTH_FORMS.keys());

export interface WeekdayInfo {
  /** 0 = Sunday */
  weekday: number;
  language: string;
}

/** Every weekday form (folded) to its weekday and language. */
export const WEEKDAY_FORMS: ReadonlyMap<string, WeekdayInfo> = (() => {
  const map = new Map<string, WeekdayInfo>();
  for (const [language, days] of Object.entries(WEEKDAYS)) {
    days.forEach((forms, index) => {
      for (const form of forms) map.set(fold(form), { weekday: index, language });
    });
  }
  return map;
})();

/** Regex source matching any weekday form (case-insensitive use). */
export const WEEKDAY_SOURCE = alternation(WEEKDAY_FORMS.keys());

/** Map Arabic-Indic and Eastern Arabic-Indic digits to ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}


/** Whether `text` starts with an upper-case letter. */
export function isCapitalized(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** Whether `text[start, end)` is a whole word: no letter, digit or mark right before or after. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return !(start > 0 && WORD_CHAR.test(text.charAt(start - 1))) && !(end < text.length && WORD_CHAR.test(text.charAt(end)));
}

/** A regex that matches `source` at the end of a short slice: for looking back from an anchor. */
export function endingWith(source: string, flags = "iu"): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}\\p{M}_])(?:${source})$`, flags);
}

/** How far back the look-behind regexes read. */
export const LOOK_BACK = 32;
