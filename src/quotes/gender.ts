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

/**
 * The gender the text gives the person `name` at `mentions` (offsets of places it is named):
 * "m", "f", or undefined when there is no evidence or it conflicts.
 */
export function personGender(text: string, name: string, mentions: readonly { start: number; end: number }[]): Gender | undefined {
  let male = false;
  let female = false;
  const note = (g: Gender | undefined): void => {
    if (g === "m") male = true;
    else if (g === "f") female = true;
  };
  const space = name.indexOf(" ");
  if (space > 0) note(givenNameGender(name.slice(0, space)));
  const last = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
  if (CYRILLIC.test(last)) {
    if (FEMALE_SURNAME_ENDINGS.some((e) => last.endsWith(e))) note("f");
    else if (MALE_SURNAME_ENDINGS.some((e) => last.endsWith(e))) note("m");
  }
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.start - READ), m.start).toLowerCase().split(SPLIT).filter(Boolean);
    // The word right before the name: `Ms Roe`, `spokeswoman Jane Roe` (not further: `Queen
    // Mary's son Tom`).
    const previous = before[before.length - 1];
    if (previous !== undefined) note(HONORIFIC_GENDERS[previous] ?? ROLE_NOUN_GENDERS[previous]);
    // An apposition right after it, up to its comma: `Jane Roe, the party's spokeswoman,`.
    const after = text.slice(m.end, m.end + READ);
    if (after.startsWith(",")) for (const w of after.slice(1).split(",")[0]!.toLowerCase().split(SPLIT).filter(Boolean).slice(0, WORDS_AFTER)) note(ROLE_NOUN_GENDERS[w]);
  }
  return male === female ? undefined : male ? "m" : "f";
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
