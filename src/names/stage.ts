/**
 * The names stage proper, on injected data (see index.ts for the built-in data):
 *
 *   segments -> tokens -> candidate mentions (roles stripped, ordinary words out)
 *   -> spellings (forms) typed by the alias table or local evidence
 *   -> clusters (alias table, transliteration key, similarity, short forms)
 *   -> entities with canonical spellings -> linked speakers -> optional rewritten body
 *
 * @module
 */
import type { Entity, Language, Line, Quote } from "../schema/article.js";
import type { AliasEntry, CanonicalPolicy, EntityType, Merge, NamesOptions, RewrittenBody } from "../schema/names.js";
import type { AliasIndex, AliasRecord } from "./alias-index.js";
import { canonicalOf } from "./canonical.js";
import { clusterForms, type Form } from "./cluster.js";
import { ARABIC_SCRIPT_LANGUAGES, NOUN_CAPITALIZING_LANGUAGES } from "./data/words.js";
import { confirmSingles } from "./confirm.js";
import { findDictionaryNames } from "./dictionary.js";
import { findArabicNames } from "./arabic.js";
import { latinEndingsFor, nameLemmas } from "./inflection.js";
import { inferType, type TypeEvidence } from "./entity-type.js";
import { nameKeys } from "./key.js";
import { isKnownPlace, type Lexicon, lexiconFor } from "./lexicon.js";
import { contentKeys } from "./match.js";
import { type Candidate, determinerBefore, findCandidates } from "./mentions.js";
import { type Rewritable, rewriteBody, selectEdits } from "./rewrite.js";
import { buildSegments } from "./segments.js";
import { linkSpeakers } from "./speakers.js";
import { tokenize } from "./tokens.js";

export interface NameFindings {
  entities: Entity[];
  /** The quotes with `speaker.entity` linked to an entity id where the speaker is one. */
  quotes: Quote[];
  /** With `options.rewriteNames`: the body with variant spellings rewritten to canonical ones. */
  rewritten?: RewrittenBody;
}

/** The data the stage runs on: the lexicon and the alias index (with a user table merged in). */
export interface NameDeps {
  lexicon: Lexicon;
  aliases: (user?: readonly AliasEntry[]) => AliasIndex;
}

/** What the names stage needs from earlier stages. */
export interface NameContext {
  language: Language;
  /** Spans no mention may come from, such as the dateline. */
  exclude: readonly { start: number; end: number }[];
  /** The names options (`canonicalPolicy`, `aliases`, `rewriteNames`), already validated. */
  options?: NamesOptions;
}

function spelling(s: string): string {
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c < 32) plain = false;
  }
  if (plain && !s.includes("  ")) return s;
  return s.normalize("NFC").replace(/\s+/gu, " ").replace(/[‘’]/gu, "'").trim();
}

interface FormBuild {
  form: Form;
  mentions: Candidate[];
  evidence: TypeEvidence;
  dictionary: AliasRecord | null;
}

/** Find people, places and organizations, merge spelling variants, and link quote speakers. */
export function runNames(
  text: string,
  lines: readonly Line[],
  quotes: readonly Quote[],
  context: NameContext,
  deps: NameDeps,
): NameFindings {
  const options = context.options ?? {};
  const policy: CanonicalPolicy = options.canonicalPolicy ?? "official";
  const index = deps.aliases(options.aliases);
  const lex = lexiconFor(deps.lexicon, context.language.code);

  // The keys of each spelling, computed (or read from the large shared cache) once per article.
  const keysBySpelling = new Map<string, string[]>();
  const keysOf = (name: string): string[] => {
    let keys = keysBySpelling.get(name);
    if (keys === undefined) {
      keys = nameKeys(name);
      keysBySpelling.set(name, keys);
    }
    return keys;
  };

  const segments = buildSegments(lines, context.exclude);
  const tokenized = tokenize(text, segments, lex);
  const strict = NOUN_CAPITALIZING_LANGUAGES.includes(context.language.code);
  const determiners = lex.determiners.get(context.language.code);
  // Case forms of Latin-script names in a Polish or Czech article (`Warszawie`), of Cyrillic ones in any.
  const latin = latinEndingsFor(context.language.code);
  const lemmasOf = (name: string) => nameLemmas(name, 24, latin);
  const found = findCandidates(text, tokenized, lex, {
    known: (name) => index.lookup(name) !== null || lemmaLookup(lemmasOf(name), index, "other") !== null,
    placeLike: (name) => {
      const hit = index.lookup(name) ?? lemmaLookup(lemmasOf(name), index, "place");
      return hit ? hit.entry.type === "place" : lex.knownPlaces.has(name.toLowerCase());
    },
  }, strict);
  const confirmed = confirmSingles(found, index, tokenized.lowercase, strict, lex.knownPlaces, keysOf);
  let candidates = tokenized.caseless
    ? [...confirmed, ...findDictionaryNames(text, segments, index)].sort((a, b) => a.start - b.start)
    : confirmed;
  // People's names in Arabic, marked by a role word or a speech verb before them.
  if (tokenized.caseless && ARABIC_SCRIPT_LANGUAGES.includes(context.language.code)) {
    const people = findArabicNames(text, segments, candidates);
    if (people.length > 0) candidates = [...candidates, ...people].sort((a, b) => a.start - b.start);
  }
  if (candidates.length === 0) return { entities: [], quotes: linkSpeakers(quotes, []), ...rewriteIf(options, lines, [], quotes) };

  // Speakers are people (or organizations): evidence for the candidate they point at.
  const spoken = speakerStarts(candidates, quotes);

  const records = new Map<number, AliasRecord>();
  /** The form of each candidate, in candidate order. */
  const formOf: FormBuild[] = [];
  const builds = new Map<string, FormBuild>();
  const order: FormBuild[] = [];
  for (const c of candidates) {
    const surface = spelling(c.text);
    let b = builds.get(surface);
    if (!b) {
      b = {
        form: { index: order.length, surface, words: c.words, keys: keysOf(surface), alias: null, type: "other", count: 0, first: c.start },
        mentions: [],
        evidence: { words: c.words, afterRole: 0, placeCue: 0, speaker: 0, afterDeterminer: 0 },
        dictionary: null,
      };
      builds.set(surface, b);
      order.push(b);
    }
    b.mentions.push(c);
    formOf.push(b);
    b.form.count++;
    if (c.afterRole) b.evidence.afterRole++;
    if (c.placeCue) b.evidence.placeCue++;
    if (determiners && determinerBefore(text, c.start, determiners)) b.evidence.afterDeterminer++;
    if (spoken.has(c.start)) b.evidence.speaker++;
    if (c.dictionary !== undefined && !b.dictionary) b.dictionary = recordOf(index, c, records);
  }
  for (const b of order) {
    const inferred = inferType(b.evidence, b.form.count, lex, strict);
    const lemmas = lemmasOf(b.form.surface);
    if (lemmas.length > 0) b.form.lemmas = lemmas;
    const alias = b.dictionary ?? index.lookup(b.form.surface, inferred, b.form.keys) ?? lemmaLookup(lemmas, index, inferred);
    b.form.alias = alias;
    b.form.type = alias ? alias.entry.type : inferred;
    // A case form of a gazetteer place after a place preposition (`w Warszawie`): that place.
    if (!alias && latin !== null && b.evidence.placeCue > 0 && !isKnownPlace(lex, b.form.surface.toLowerCase())) {
      const place = lemmas.find((l) => isKnownPlace(lex, l.toLowerCase()));
      if (place !== undefined) {
        b.form.placeLemma = place;
        b.form.type = "place";
      }
    }
  }

  const clusters = clusterForms(order.map((b) => b.form));
  const entities: Entity[] = [];
  const entityOfForm: Entity[] = [];
  const wanted: Rewritable[] = [];
  clusters.forEach((cluster, i) => {
    const id = `e${i + 1}`;
    const canonical = canonicalOf(cluster, policy);
    const members = cluster.forms.map((f) => order[f.index] as FormBuild);
    let type: EntityType = cluster.type;
    if (type === "other" && !cluster.alias && members.some((m) => m.evidence.speaker > 0)) type = "person";
    // A lone spelling's mentions are in text order already (candidates are sorted by start).
    const mentions = (members.length === 1 ? (members[0] as FormBuild).mentions : members.flatMap((m) => m.mentions).sort((a, b) => a.start - b.start)).map(
      (m) => ({ text: m.text, start: m.start, end: m.end, line: m.line }),
    );
    const variants = cluster.forms.length === 1 ? [(cluster.forms[0] as Form).surface] : [...cluster.forms].sort((a, b) => a.first - b.first).map((f) => f.surface);
    const merges: Merge[] = cluster.edges.map((e) => ({
      variant: order[e.from]?.form.surface ?? "",
      into: order[e.to]?.form.surface ?? "",
      how: e.how,
    }));
    // A lone spelling the alias table renames (`Kiev` -> `Kyiv`) is a merge too.
    for (const f of cluster.forms) {
      if ((!f.alias && f.placeLemma === undefined) || f.surface === canonical || merges.some((m) => m.variant === f.surface)) continue;
      merges.push({ variant: f.surface, into: canonical, how: f.alias ? (f.alias.user ? "user-alias" : "alias-table") : "inflection" });
    }
    const entity: Entity = { id, canonical, type, mentions, variants, merges };
    entities.push(entity);
    for (const f of cluster.forms) entityOfForm[f.index] = entity;
    if (options.rewriteNames) {
      for (const m of members) {
        const replacement = rewriteTo(m.form, canonical, type);
        if (replacement === null) continue;
        for (const c of m.mentions) wanted.push({ start: c.start, end: c.end, text: c.text, replacement, entity: id });
      }
    }
  });

  // Candidates are sorted by start: they place every mention for the speaker lookup.
  const placed = quotes.length === 0 ? [] : candidates.map((c, i) => ({ start: c.start, end: c.end, entity: entityOfForm[formOf[i]?.form.index ?? -1] as Entity }));
  const keysOfVariant = (name: string) => builds.get(name)?.form.keys ?? keysOf(name);
  return { entities, quotes: linkSpeakers(quotes, entities, placed, keysOfVariant), ...rewriteIf(options, lines, wanted, quotes) };
}

/** The alias record of the first dictionary form the table knows (`России` -> `Россия`). */
function lemmaLookup(lemmas: readonly string[], index: AliasIndex, type: EntityType): AliasRecord | null {
  for (const lemma of lemmas) {
    const hit = index.lookup(lemma, type);
    if (hit) return hit;
  }
  return null;
}

function recordOf(index: AliasIndex, c: Candidate, cache: Map<number, AliasRecord>): AliasRecord | null {
  const hit = cache.get(c.dictionary ?? -1);
  if (hit) return hit;
  for (const list of index.caseless.values()) {
    for (const s of list) {
      if (s.record.id === c.dictionary) {
        cache.set(s.record.id, s.record);
        return s.record;
      }
    }
  }
  return null;
}

/** Starts of the candidates that quote speakers point at. */
function speakerStarts(candidates: readonly Candidate[], quotes: readonly Quote[]): Set<number> {
  const starts = new Set<number>();
  for (const q of quotes) {
    const m = q.speaker?.mention;
    if (!m) continue;
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((candidates[mid]?.start ?? 0) < m.end) lo = mid + 1;
      else hi = mid;
    }
    const c = candidates[lo - 1];
    if (c && c.start < m.end && m.start < c.end) starts.add(c.start);
  }
  return starts;
}

/** What a spelling reads as in the rewritten body, or null to leave it. */
function rewriteTo(form: Form, canonical: string, type: EntityType): string | null {
  if (form.surface === canonical) return null;
  const own = contentKeys(form.keys).length;
  const canonicalWords = canonical.split(" ");
  const target = contentKeys(nameKeys(canonical)).length;
  if (own === target) return canonical;
  if (own === 1 && type === "person" && target >= 2) {
    const surname = canonicalWords[canonicalWords.length - 1] ?? "";
    return surname !== form.surface ? surname : null;
  }
  return null;
}

function rewriteIf(
  options: NamesOptions,
  lines: readonly Line[],
  wanted: readonly Rewritable[],
  quotes: readonly Quote[],
): { rewritten?: RewrittenBody } {
  if (!options.rewriteNames) return {};
  return { rewritten: rewriteBody(lines, selectEdits(wanted, quotes)) };
}
