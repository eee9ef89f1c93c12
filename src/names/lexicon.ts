/**
 * The word sets the mention finder and the typing read, built once from the data lists:
 * role and title words (data/titles.ts, multi-word titles split into words), particles,
 * common words, months, weekdays, demonyms, connectors and type head words.
 *
 * @module
 */
import { GIVEN_NAME_GROUPS } from "./data/given-names.js";
import { GIVEN_NAMES } from "./data/given-names-list.js";
import { LANGUAGE_WORDS } from "./data/languages.js";
import { KNOWN_PLACES } from "./data/places.js";
import {
  COMMON_WORDS,
  CONNECTORS,
  DEMONYMS,
  DEPARTMENT_WORDS,
  MONTHS,
  NOUN_DETERMINERS,
  ORGANIZATION_WORDS,
  PLACE_CUES,
  PARTICLES_NOT_INSIDE_NAMES,
  PLACE_WORDS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  WEEKDAYS,
} from "./data/words.js";
import { ShapeFilter } from "./shape-filter.js";
import type { Token } from "./tokens.js";

export interface Lexicon {
  /** Role and title words and honorifics (`president`, `spokesman`, `sheikh`, `mr`). */
  roles: ReadonlySet<string>;
  /** Role modifiers (`former`, `deputy`), stripped together with a role. */
  modifiers: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  common: ReadonlySet<string>;
  /** Months and weekdays: never names. */
  calendar: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
  /** Single connector words allowed inside organization and place names, and their two-word forms. */
  connectors: ReadonlySet<string>;
  organizationWords: ReadonlySet<string>;
  /** Words of a ministry between a role and a name (`Secretary of State X`). */
  departments: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
  placeCues: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  /** Countries, regions and world cities: places when the alias table does not say otherwise. */
  knownPlaces: ReadonlySet<string>;
  /** Common given names, lower-case: evidence that a capitalized word opens a person's name. */
  givenNames: ReadonlySet<string>;
  /** Per language, the articles and determiners before a noun phrase (`der`, `einer`, `the`), lower-case. */
  determiners: ReadonlyMap<string, ReadonlySet<string>>;
  /** The lowercase words the mention finder reads (the tokenizer keeps only these). */
  keep: ReadonlySet<string>;
  /** Particles capitalized at the head of a surname that stands alone (Dutch `De Vries`), lower-case, multi-word ones joined by a space. */
  capitalizedParticles?: ReadonlySet<string>;
  /** Whether proper nouns take case suffixes after an apostrophe (Turkish `Ankara'da`). */
  apostropheSuffixes?: boolean;
  /** Those of the suffixes that make the name a place (the locative). */
  placeSuffixes?: ReadonlySet<string>;
}

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

/** Add the words of titles to the roles (the last word) and the modifiers (the earlier ones). */
function addTitles(titleWords: readonly string[], roles: Set<string>, modifiers: Set<string>): void {
  for (const title of titleWords) {
    const words = title.toLowerCase().split(/[\s]+/u).filter((w) => w !== "");
    const last = words[words.length - 1];
    if (last) roles.add(last.replace(/\.$/u, ""));
    // Earlier words of a multi-word title strip with it, like modifiers (`prime` in `prime minister`).
    for (const w of words.slice(0, -1)) if (w.length > 2) modifiers.add(w.replace(/\.$/u, ""));
  }
}

/** Build the lexicon from the title words and particles of data/titles.ts. */
export function buildLexicon(titleWords: readonly string[], particles: readonly string[]): Lexicon {
  const roles = new Set<string>();
  const modifiers = lower(ROLE_MODIFIERS);
  addTitles(titleWords, roles, modifiers);
  const lex = {
    roles,
    modifiers,
    particles: new Set([...lower(particles)].filter((p) => !PARTICLES_NOT_INSIDE_NAMES.includes(p))),
    common: lower(COMMON_WORDS),
    calendar: lower([...MONTHS, ...WEEKDAYS]),
    demonyms: lower(DEMONYMS),
    connectors: lower(CONNECTORS),
    organizationWords: lower(ORGANIZATION_WORDS),
    departments: lower(DEPARTMENT_WORDS),
    placeWords: lower(PLACE_WORDS),
    placeCues: lower(PLACE_CUES),
    speechVerbs: lower(SPEECH_VERBS),
  };
  const keep = new Set<string>([...lex.particles, ...lex.roles, ...lex.modifiers, ...lex.placeCues, ...lex.speechVerbs]);
  for (const c of lex.connectors) for (const w of c.split(" ")) keep.add(w);
  return { ...lex, keep, knownPlaces: lower(KNOWN_PLACES), givenNames: lower([...GIVEN_NAMES, ...GIVEN_NAME_GROUPS.flat()]), determiners: new Map(Object.entries(NOUN_DETERMINERS).map(([code, words]) => [code, lower(words)])) };
}

const BY_LANGUAGE = new WeakMap<Lexicon, Map<string, Lexicon>>();

/**
 * The lexicon for an article in one language: the shared one with the words of that language
 * (data/languages.ts) added, and its everyday prepositions taken out of the particles. Built
 * once per lexicon and language; the shared lexicon itself for a language without own words.
 */
export function lexiconFor(base: Lexicon, code: string): Lexicon {
  const words = Object.prototype.hasOwnProperty.call(LANGUAGE_WORDS, code) ? LANGUAGE_WORDS[code] : undefined;
  if (!words) return base;
  let byCode = BY_LANGUAGE.get(base);
  if (!byCode) {
    byCode = new Map();
    BY_LANGUAGE.set(base, byCode);
  }
  let lex = byCode.get(code);
  if (lex) return lex;
  const roles = new Set(base.roles);
  const modifiers = new Set(base.modifiers);
  addTitles(words.titles ?? [], roles, modifiers);
  const add = (set: ReadonlySet<string>, list: readonly string[] | undefined) => (list && list.length > 0 ? new Set([...set, ...lower(list)]) : set);
  const notParticles = lower(words.notParticles ?? []);
  const particles = new Set([...base.particles, ...lower(words.particles ?? [])].filter((p) => !notParticles.has(p)));
  const capitalized = lower(words.capitalizedParticles ?? []);
  lex = {
    ...base,
    roles,
    modifiers,
    particles,
    calendar: add(base.calendar, words.calendar),
    demonyms: add(base.demonyms, words.demonyms),
    common: add(base.common, words.common),
    departments: add(base.departments, words.departments),
    placeCues: add(base.placeCues, words.placeCues),
    speechVerbs: add(base.speechVerbs, words.speechVerbs),
    ...(capitalized.size > 0 ? { capitalizedParticles: capitalized } : {}),
    ...(words.apostropheSuffixes ? { apostropheSuffixes: true, placeSuffixes: lower(words.placeSuffixes ?? []) } : {}),
  };
  const keep = new Set<string>([...base.keep, ...particles, ...roles, ...modifiers, ...lex.placeCues, ...lex.speechVerbs]);
  for (const p of notParticles) if (!lex.placeCues.has(p) && !roles.has(p) && !lex.connectors.has(p)) keep.delete(p);
  lex.keep = keep;
  byCode.set(code, lex);
  return lex;
}

/** Word classes ({@link classOf}): which of the lexicon's word sets a lowercase word is in. */
export const COMMON = 1;
export const CALENDAR = 2;
export const ROLE = 4;
export const MODIFIER = 8;
export const DEMONYM = 16;
export const PARTICLE = 32;
export const CONNECTOR = 64;
export const ORGANIZATION_WORD = 128;
export const PLACE_WORD = 256;

interface Classes {
  map: Map<string, number>;
  /** The map's words by shape: most words (names) are ruled out without a lookup. */
  shapes: ShapeFilter;
  /** The known places by shape. */
  places: ShapeFilter;
}

const CLASSES = new WeakMap<Lexicon, Classes>();
let lastLexicon: Lexicon | null = null;
let lastClasses: Classes = { map: new Map(), shapes: new ShapeFilter(), places: new ShapeFilter() };

function buildClasses(lex: Lexicon): Classes {
  const classes = new Map<string, number>();
  const mark = (set: ReadonlySet<string>, bit: number) => {
    for (const w of set) classes.set(w, (classes.get(w) ?? 0) | bit);
  };
  mark(lex.common, COMMON);
  mark(lex.calendar, CALENDAR);
  mark(lex.roles, ROLE);
  mark(lex.modifiers, MODIFIER);
  mark(lex.demonyms, DEMONYM);
  mark(lex.particles, PARTICLE);
  mark(lex.connectors, CONNECTOR);
  mark(lex.organizationWords, ORGANIZATION_WORD);
  mark(lex.placeWords, PLACE_WORD);
  return { map: classes, shapes: new ShapeFilter(classes.keys()), places: new ShapeFilter(lex.knownPlaces) };
}

/**
 * The classes of a lowercase word in one lookup (instead of one per set): bits of COMMON,
 * CALENDAR, ROLE, MODIFIER, DEMONYM, PARTICLE, CONNECTOR, ORGANIZATION_WORD, PLACE_WORD.
 * Built per lexicon on first use (the sets are read-only).
 */
export function classOf(lex: Lexicon, lower: string): number {
  const classes = classesOf(lex);
  return classes.shapes.mayHave(lower) ? (classes.map.get(lower) ?? 0) : 0;
}

/** {@link classOf} of a token's lowercase word, kept on the token: several readers ask for each token. */
export function tokenClasses(lex: Lexicon, t: Token): number {
  let classes = t.classes;
  if (classes === undefined || classes < 0) {
    classes = classOf(lex, t.lower);
    t.classes = classes;
  }
  return classes;
}

/** Whether a lowercase name is one of the lexicon's known places (`lex.knownPlaces.has`), most names ruled out by shape. */
export function isKnownPlace(lex: Lexicon, lower: string): boolean {
  return classesOf(lex).places.mayHave(lower) && lex.knownPlaces.has(lower);
}

function classesOf(lex: Lexicon): Classes {
  if (lex !== lastLexicon) {
    let classes = CLASSES.get(lex);
    if (!classes) {
      classes = buildClasses(lex);
      CLASSES.set(lex, classes);
    }
    lastLexicon = lex;
    lastClasses = classes;
  }
  return lastClasses;
}
