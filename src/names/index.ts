/**
 * Names stage: people, places and organizations in the content lines, spelling variants
 * merged under one canonical name, and quote speakers linked to them (stage.ts), on the
 * built-in alias table and title words. The alias table is indexed once, lazily, on the first
 * call; a user table (`options.aliases`) is merged over it and cached per table.
 *
 * @module
 */
import type { Line, Quote } from "../schema/article.js";
import type { AliasEntry } from "../schema/names.js";
import { type AliasIndex, buildAliasIndex } from "./alias-index.js";
import { ALIASES } from "./data/aliases.js";
import { NAME_PARTICLES, TITLE_WORDS } from "./data/titles.js";
import { buildLexicon, type Lexicon } from "./lexicon.js";
import { type NameContext, type NameDeps, type NameFindings, runNames } from "./stage.js";

export { ALIAS_TABLE_VERSION } from "./data/aliases.js";
export type { NameContext, NameFindings } from "./stage.js";

let lexicon: Lexicon | null = null;
let builtIn: AliasIndex | null = null;
const withUser = new WeakMap<readonly AliasEntry[], AliasIndex>();

/** The alias index: the built-in table (built on first use), with a user table merged over it. */
export function aliasIndex(user?: readonly AliasEntry[]): AliasIndex {
  if (!user || user.length === 0) {
    builtIn ??= buildAliasIndex(ALIASES);
    return builtIn;
  }
  let index = withUser.get(user);
  if (!index) {
    index = buildAliasIndex(ALIASES, user);
    withUser.set(user, index);
  }
  return index;
}

/** The lexicon of role words, particles and word lists (built on first use). */
export function nameLexicon(): Lexicon {
  lexicon ??= buildLexicon(TITLE_WORDS, NAME_PARTICLES);
  return lexicon;
}

const DEPS: NameDeps = {
  get lexicon() {
    return nameLexicon();
  },
  aliases: aliasIndex,
};

/** Find people, places and organizations, merge spelling variants, and link quote speakers. */
export function extractEntities(text: string, lines: readonly Line[], quotes: readonly Quote[], context: NameContext): NameFindings {
  return runNames(text, lines, quotes, context, DEPS);
}
