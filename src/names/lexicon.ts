/**
 * The word sets the mention finder and the typing read, built once from the data lists:
 * role and title words (data/titles.ts, multi-word titles split into words), particles,
 * common words, months, weekdays, demonyms, connectors and type head words.
 *
 * @module
 */
import { KNOWN_PLACES } from "./data/places.js";
import {
  COMMON_WORDS,
  CONNECTORS,
  DEMONYMS,
  MONTHS,
  ORGANIZATION_WORDS,
  PLACE_CUES,
  PARTICLES_NOT_INSIDE_NAMES,
  PLACE_WORDS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  WEEKDAYS,
} from "./data/words.js";

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
  placeWords: ReadonlySet<string>;
  placeCues: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  /** Countries, regions and world cities: places when the alias table does not say otherwise. */
  knownPlaces: ReadonlySet<string>;
  /** The lowercase words the mention finder reads (the tokenizer keeps only these). */
  keep: ReadonlySet<string>;
}

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

/** Build the lexicon from the title words and particles of data/titles.ts. */
export function buildLexicon(titleWords: readonly string[], particles: readonly string[]): Lexicon {
  const roles = new Set<string>();
  const modifiers = lower(ROLE_MODIFIERS);
  for (const title of titleWords) {
    const words = title.toLowerCase().split(/[\s]+/u).filter((w) => w !== "");
    const last = words[words.length - 1];
    if (last) roles.add(last.replace(/\.$/u, ""));
    // Earlier words of a multi-word title strip with it, like modifiers (`prime` in `prime minister`).
    for (const w of words.slice(0, -1)) if (w.length > 2) modifiers.add(w.replace(/\.$/u, ""));
  }
  const lex = {
    roles,
    modifiers,
    particles: new Set([...lower(particles)].filter((p) => !PARTICLES_NOT_INSIDE_NAMES.includes(p))),
    common: lower(COMMON_WORDS),
    calendar: lower([...MONTHS, ...WEEKDAYS]),
    demonyms: lower(DEMONYMS),
    connectors: lower(CONNECTORS),
    organizationWords: lower(ORGANIZATION_WORDS),
    placeWords: lower(PLACE_WORDS),
    placeCues: lower(PLACE_CUES),
    speechVerbs: lower(SPEECH_VERBS),
  };
  const keep = new Set<string>([...lex.particles, ...lex.roles, ...lex.modifiers, ...lex.placeCues, ...lex.speechVerbs]);
  for (const c of lex.connectors) for (const w of c.split(" ")) keep.add(w);
  return { ...lex, keep, knownPlaces: lower(KNOWN_PLACES) };
}
