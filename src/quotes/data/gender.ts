/**
 * Grammatical gender evidence for resolving `he said` / `she said` to the right earlier person:
 * the gender of each personal pronoun, and the words next to a name that tell a person's gender
 * (honorifics, gendered role nouns, Slavic surname endings). Lower case. A person with no
 * evidence has no gender and agrees with any pronoun. Data only.
 *
 * @module
 */

export type Gender = "m" | "f";

/** Personal pronouns (subject forms the quotes stage reads as speakers) with one gender. */
export const PRONOUN_GENDERS: Readonly<Record<string, Gender>> = {
  he: "m", she: "f",
  er: "m",
  il: "m", elle: "f",
  él: "m", ella: "f",
  lui: "m", lei: "f",
  ele: "m", ela: "f",
  hij: "m", zij: "f",
  on: "m", ona: "f",
  han: "m", hon: "f",
  ea: "f",
  он: "m", она: "f",
  він: "m", вона: "f",
};

/** Honorifics right before a name (`Mr Roe`, `Frau Roth`, `Mme Roux`, `пан Коваль`). */
export const HONORIFIC_GENDERS: Readonly<Record<string, Gender>> = {
  mr: "m", "mr.": "m", sir: "m", lord: "m", herr: "m", "m.": "m", monsieur: "m", señor: "m", "sr.": "m", signor: "m",
  "sig.": "m", senhor: "m", господин: "m", пан: "m", pan: "m", meneer: "m", dhr: "m", "dhr.": "m",
  mrs: "f", "mrs.": "f", ms: "f", "ms.": "f", miss: "f", dame: "f", lady: "f", frau: "f", mme: "f", "mme.": "f",
  madame: "f", mlle: "f", señora: "f", "sra.": "f", signora: "f", "sig.ra": "f", senhora: "f", госпожа: "f", пані: "f",
  pani: "f", mevrouw: "f", mevr: "f", "mevr.": "f",
};

/**
 * Role nouns with one gender, read right before a name or in an apposition after it (`spokeswoman
 * Jane Roe`, `Jane Roe, a spokeswoman,`). Kinship nouns are left out: they relate the name to
 * someone else as often as they describe it (`the wife of Tom Roe`).
 */
export const ROLE_NOUN_GENDERS: Readonly<Record<string, Gender>> = {
  spokesman: "m", chairman: "m", congressman: "m", businessman: "m", councilman: "m", assemblyman: "m", king: "m",
  prince: "m", duke: "m", actor: "m", waiter: "m", monk: "m", emperor: "m", sultan: "m",
  spokeswoman: "f", chairwoman: "f", congresswoman: "f", businesswoman: "f", councilwoman: "f", assemblywoman: "f",
  queen: "f", princess: "f", duchess: "f", actress: "f", waitress: "f", nun: "f", empress: "f", sheikha: "f",
  // de: the feminine -in forms (the masculine ones also name mixed groups: not listed)
  sprecherin: "f", ministerin: "f", präsidentin: "f", kanzlerin: "f", bürgermeisterin: "f", chefin: "f",
  direktorin: "f", leiterin: "f", senatorin: "f", botschafterin: "f",
  // fr / es / it / pt: feminine forms (masculine ones also name women in some copy: not listed)
  présidente: "f", directrice: "f", députée: "f", sénatrice: "f", ambassadrice: "f",
  presidenta: "f", ministra: "f", diputada: "f", senadora: "f", alcaldesa: "f", gobernadora: "f", embajadora: "f",
  sindaca: "f", deputata: "f", senatrice: "f", prefeita: "f", governadora: "f",
};

/**
 * Surname endings of Russian, Ukrainian, Belarusian and Bulgarian women and men, read in
 * Cyrillic only (romanized, `-ina` or `-in` end many names that are not Slavic: `Medina`, `Martin`).
 */
export const FEMALE_SURNAME_ENDINGS: readonly string[] = ["ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ська", "цька"];
export const MALE_SURNAME_ENDINGS: readonly string[] = ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ський", "цький"];
