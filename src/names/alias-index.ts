/**
 * The alias index: every spelling of every alias-table entry, keyed by its matching key
 * (key.ts), plus a dictionary of the spellings in scripts without capital letters (Arabic,
 * Chinese, Devanagari, ...) for the mention finder. The built-in table is indexed once, on the
 * first call; a user table is merged over it (its entries replace built-in ones with the same
 * canonical name, and win on shared spellings) and cached per table.
 *
 * @module
 */
import { detach } from "../util/detach.js";
import type { AliasEntry, EntityType } from "../schema/names.js";
import { nameKey, nameKeys } from "./key.js";
import { isCaselessScript } from "./script.js";
import { ShapeFilter } from "./shape-filter.js";

/** One indexed entry. */
export interface AliasRecord {
  /** Position of this entry within the merged table, unique per index. */
  id: number;
  entry: AliasEntry;
  /** True when the entry comes from the user's table. */
  user: boolean;
}

/** A spelling in a caseless script, for dictionary lookup in running text. */
export interface CaselessSpelling {
  text: string;
  record: AliasRecord;
}

export interface AliasIndex {
  /**
   * The record a name resolves to, or null when none or when ambiguous (`Georgia`). `keys`:
   * the name's {@link nameKeys}, when the caller has them at hand.
   */
  lookup(name: string, type?: EntityType, keys?: readonly string[]): AliasRecord | null;
  /** Spellings in caseless scripts, by first character, longest first. */
  caseless: ReadonlyMap<string, readonly CaselessSpelling[]>;
  size: number;
}

function spellingsOf(entry: AliasEntry): string[] {
  return [entry.canonical, ...entry.variants, ...Object.values(entry.spellings ?? {}).filter((s): s is string => typeof s === "string")];
}

/** Shortest key matched loosely (by key rather than by spelling): shorter keys collide (`Look` / `Łuck`). */
const MIN_LOOSE_KEY = 5;

function isAcronym(name: string): boolean {
  return name.length <= 6 && name === name.toUpperCase() && name !== name.toLowerCase();
}

function exactForm(name: string): string {
  // Printable ASCII without doubled, leading or trailing spaces: only the case to fold.
  let plain = name.length > 0 && name.charCodeAt(0) !== 32 && name.charCodeAt(name.length - 1) !== 32;
  for (let i = 0; i < name.length && plain; i++) {
    const c = name.charCodeAt(i);
    if (c > 126 || c < 32 || (c === 32 && name.charCodeAt(i - 1) === 32)) plain = false;
  }
  if (plain) return name.toLowerCase();
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) if (name.charCodeAt(i) >= 0x80) ascii = false;
  return (ascii ? name : name.normalize("NFC")).replace(/\s+/gu, " ").replace(/[’‘]/gu, "'").trim().toLowerCase();
}

/** Build an index over `builtIn` with `user` entries merged over it. */
export function buildAliasIndex(builtIn: readonly AliasEntry[], user: readonly AliasEntry[] = []): AliasIndex {
  const userKeys = new Set<string>();
  for (const entry of user) userKeys.add(nameKey(entry.canonical));
  const records: AliasRecord[] = [];
  for (const entry of user) records.push({ id: records.length, entry, user: true });
  for (const entry of builtIn) {
    if (userKeys.has(nameKey(entry.canonical))) continue;
    records.push({ id: records.length, entry, user: false });
  }
  const byKey = new Map<string, AliasRecord[]>();
  /** Keys of every word of every spelling: a name whose last word is not among them is in no entry. */
  const vocabulary = new Set<string>();
  const byExact = new Map<string, AliasRecord[]>();
  const caseless = new Map<string, CaselessSpelling[]>();
  const add = (map: Map<string, AliasRecord[]>, key: string, record: AliasRecord) => {
    if (key === "") return;
    const list = map.get(key);
    if (!list) map.set(key, [record]);
    else if (!list.includes(record)) list.push(record);
  };
  for (const record of records) {
    for (const spelling of spellingsOf(record.entry)) {
      // Acronyms (`ЗСУ`, `ZSU`) match by exact spelling only: their keys are too short to trust.
      if (!isAcronym(spelling)) add(byKey, nameKey(spelling), record);
      for (const k of nameKeys(spelling)) vocabulary.add(k);
      add(byExact, exactForm(spelling), record);
      const first = spelling.codePointAt(0);
      if (first !== undefined && isCaselessScript(first)) {
        const head = String.fromCodePoint(first);
        const list = caseless.get(head) ?? [];
        if (!list.some((s) => s.text === spelling)) list.push({ text: spelling, record });
        caseless.set(head, list);
      }
    }
  }
  for (const list of caseless.values()) list.sort((a, b) => b.text.length - a.text.length);
  const vocabularyShapes = new ShapeFilter([...vocabulary].filter((k) => typeof k === "string"));

  const choose = (candidates: readonly AliasRecord[] | undefined, type?: EntityType): AliasRecord | null | undefined => {
    if (!candidates || candidates.length === 0) return undefined;
    let list = candidates;
    if (list.some((r) => r.user)) list = list.filter((r) => r.user);
    if (type && type !== "other") {
      const typed = list.filter((r) => r.entry.type === type);
      if (typed.length > 0) list = typed;
    }
    return list.length === 1 ? (list[0] ?? null) : null;
  };

  // Lookups recur from article to article: cached per type and name, cleared when full.
  const caches = new Map<string, Map<string, AliasRecord | null>>();
  return {
    lookup(name, type, known) {
      // A name whose last word is in no spelling of the table resolves to nothing: most names, found without the cache.
      const keys = known ?? nameKeys(name);
      const last = keys[keys.length - 1] ?? "";
      if (!vocabularyShapes.mayHave(last) || !vocabulary.has(last)) return null;
      const typeKey = type ?? "";
      let cache = caches.get(typeKey);
      if (!cache) {
        cache = new Map();
        caches.set(typeKey, cache);
      }
      const hit = cache.get(name);
      if (hit !== undefined) return hit;
      const exact = choose(byExact.get(exactForm(name)), type);
      // A very short key or an acronym says too little: those match by exact spelling only (`Soo` is not `ЗСУ`).
      const key = keys.join(" ");
      const loose = key.length >= MIN_LOOSE_KEY && !isAcronym(name);
      const found = exact !== undefined ? exact : loose ? (choose(byKey.get(key), type) ?? null) : null;
      if (cache.size >= 50_000) cache.clear();
      cache.set(detach(name), found);
      return found;
    },
    caseless,
    size: records.length,
  };
}
