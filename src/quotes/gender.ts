/**
 * The gender of a pronoun and, from evidence in the text, of a person, so that `she said` skips
 * an earlier man and `he said` an earlier woman. Evidence (`data/gender.ts`): an honorific
 * right before a mention (`Ms Roe`), a gendered role noun next to it (`Jane Roe, a
 * spokeswoman`), a Cyrillic surname ending (`Захарова`), a given name borne by one gender
 * (`data/name-genders.ts`). Conflicting or no evidence: unknown, which agrees with any pronoun.
 *
 * @module
 */
import { FEMALE_SURNAME_ENDINGS, type Gender, HONORIFIC_GENDERS, MALE_SURNAME_ENDINGS, PRONOUN_GENDERS, ROLE_NOUN_GENDERS } from "./data/gender.js";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "./data/name-genders.js";
import { NAME_PARTICLES } from "./data/words.js";

export type { Gender } from "./data/gender.js";

/** The gender of a personal pronoun (`she` f, `er` m), or undefined (`I`, `sie`, `they`). */
export function pronounGender(pronoun: string): Gender | undefined {
  return PRONOUN_GENDERS[pronoun.toLowerCase()];
}

/** Characters read before and after a mention for an honorific or a role noun. */
const READ = 48;
/** Words into an apposition a role noun may be (`Jane Roe, the party's spokeswoman,`). */
const WORDS_AFTER = 4;
const SPLIT = /[\s,;:!?"«»“”„()]+/u;
const CYRILLIC = /\p{Script=Cyrillic}$/u;

/** Evidence as bits: {@link MALE}, {@link FEMALE}, both (a conflict) or none. */
export type GenderEvidence = number;
export const MALE = 1;
export const FEMALE = 2;

function bit(g: Gender | undefined): GenderEvidence {
  return g === "m" ? MALE : g === "f" ? FEMALE : 0;
}

/** What the name itself says: a given name borne by one gender, a Cyrillic surname ending. */
export function nameEvidence(name: string): GenderEvidence {
  let evidence = 0;
  const space = name.indexOf(" ");
  if (space > 0) evidence |= bit(givenNameGender(name.slice(0, space)));
  const last = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
  if (CYRILLIC.test(last)) {
    if (FEMALE_SURNAME_ENDINGS.some((e) => last.endsWith(e))) evidence |= FEMALE;
    else if (MALE_SURNAME_ENDINGS.some((e) => last.endsWith(e))) evidence |= MALE;
  }
  return evidence;
}

/** What the words around one mention say: an honorific or role right before it, a role in its apposition. */
export function mentionEvidence(text: string, m: { start: number; end: number }): GenderEvidence {
  let evidence = 0;
  const before = text.slice(Math.max(0, m.start - READ), m.start).toLowerCase().split(SPLIT).filter(Boolean);
  // The word right before the name: `Ms Roe`, `spokeswoman Jane Roe` (not further: `Queen
  // Mary's son Tom`).
  const previous = before[before.length - 1];
  if (previous !== undefined) evidence |= bit(HONORIFIC_GENDERS[previous] ?? ROLE_NOUN_GENDERS[previous]);
  // An apposition right after it, up to its comma: `Jane Roe, the party's spokeswoman,`.
  const after = text.slice(m.end, m.end + READ);
  if (after.startsWith(",")) for (const w of after.slice(1).split(",")[0]!.toLowerCase().split(SPLIT).filter(Boolean).slice(0, WORDS_AFTER)) evidence |= bit(ROLE_NOUN_GENDERS[w]);
  return evidence;
}

/** The gender evidence tells: "m", "f", or undefined when there is none or it conflicts. */
export function genderOf(evidence: GenderEvidence): Gender | undefined {
  return evidence === MALE ? "m" : evidence === FEMALE ? "f" : undefined;
}

/**
 * The gender the text gives the person `name` at `mentions` (offsets of places it is named):
 * "m", "f", or undefined when there is no evidence or it conflicts.
 */
export function personGender(text: string, name: string, mentions: readonly { start: number; end: number }[]): Gender | undefined {
  let evidence = nameEvidence(name);
  for (const m of mentions) evidence |= mentionEvidence(text, m);
  return genderOf(evidence);
}

let givenNames: Map<string, Gender> | undefined;

/** The gender of a given name of `data/name-genders.ts`, or undefined. */
function givenNameGender(word: string): Gender | undefined {
  if (!givenNames) {
    givenNames = new Map();
    for (const n of MALE_GIVEN_NAMES) givenNames.set(n, "m");
    for (const n of FEMALE_GIVEN_NAMES) givenNames.set(n, "f");
  }
  return givenNames.get(word);
}

/**
 * Where a name starts when the capitalized words that open its sentence stand before a known
 * given name (`Comedian Jane Roe`, `More Jane Roe`: 1), or 0 (also when a particle is among
 * them: `Abu Bakr …`). `words` are the name's words, its sentence's first word first.
 */
export function givenNameStart(words: readonly string[]): number {
  const given = words.findIndex((w, j) => j > 0 && givenNameGender(w) !== undefined);
  return given > 0 && !words.slice(0, given).some((w) => NAME_PARTICLES.has(w.toLowerCase())) ? given : 0;
}
