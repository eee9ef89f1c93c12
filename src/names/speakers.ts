/**
 * Linking quote speakers to entities: by the speaker's mention (the entity with a mention
 * overlapping it), else by name (same spelling, same key, or the surname of exactly one
 * person). A speaker that is a person or organization entity gets the entity id and its
 * canonical name; nominal speakers (`US official`) keep their name and `entity: null`.
 *
 * @module
 */
import type { Entity, Quote } from "../schema/article.js";
import { nameKeys } from "./key.js";
import { contentKeys } from "./match.js";

export interface SpeakerIndex {
  /** Entity ids by exact normalized spelling. */
  bySpelling: Map<string, string>;
  /** Entity ids by content key, and person entity ids by surname key (null when two people share it): built on first need. */
  keyed(): KeyedIndex;
}

export interface KeyedIndex {
  byKey: Map<string, string>;
  bySurname: Map<string, string | null>;
}

function spelling(s: string): string {
  // Printable ASCII without doubled, leading or trailing spaces: only the case to fold.
  let plain = s.length > 0 && s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    if (c > 126 || c < 32 || (c === 32 && s.charCodeAt(i - 1) === 32)) plain = false;
  }
  if (plain) return s.toLowerCase();
  return s.normalize("NFC").replace(/\s+/gu, " ").replace(/[’‘]/gu, "'").trim().toLowerCase();
}

/** The keys of a spelling ({@link nameKeys}), or of the spellings a caller has keys for already. */
export type KeysOf = (name: string) => readonly string[];

/** Index entities for speaker resolution. */
export function indexEntities(entities: readonly Entity[], keysOf: KeysOf = nameKeys): SpeakerIndex {
  const bySpelling = new Map<string, string>();
  for (const e of entities) {
    for (const v of [e.canonical, ...(e.variants ?? [])]) {
      const sv = spelling(v);
      if (!bySpelling.has(sv)) bySpelling.set(sv, e.id);
    }
  }
  let keyed: KeyedIndex | null = null;
  return { bySpelling, keyed: () => (keyed ??= indexKeys(entities, keysOf)) };
}

function indexKeys(entities: readonly Entity[], keysOf: KeysOf): KeyedIndex {
  const byKey = new Map<string, string>();
  const bySurname = new Map<string, string | null>();
  for (const e of entities) {
    for (const v of [e.canonical, ...(e.variants ?? [])]) {
      const ck = contentKeys(keysOf(v));
      const key = ck.length === 1 ? (ck[0] as string) : ck.join(" ");
      if (key !== "" && !byKey.has(key)) byKey.set(key, e.id);
      if (e.type === "person" && ck.length >= 2) {
        const surname = ck[ck.length - 1] ?? "";
        const seen = bySurname.get(surname);
        if (seen === undefined) bySurname.set(surname, e.id);
        else if (seen !== e.id) bySurname.set(surname, null);
      }
    }
  }
  return { byKey, bySurname };
}

/** The entity a speaker name resolves to, or null. */
export function resolveSpeakerName(name: string, index: SpeakerIndex): string | null {
  const exact = index.bySpelling.get(spelling(name));
  if (exact) return exact;
  const { byKey, bySurname } = index.keyed();
  const ck = contentKeys(nameKeys(name));
  const found = byKey.get(ck.join(" "));
  if (found) return found;
  const surname = ck.length > 0 ? bySurname.get(ck[ck.length - 1] ?? "") : undefined;
  return surname ?? null;
}

/** A mention and its entity, for lookup by offset. */
export interface Placed {
  start: number;
  end: number;
  entity: Entity;
}

/** The entity with a mention overlapping [start, end), by binary search over mentions sorted by start. */
export function entityAt(placed: readonly Placed[], start: number, end: number): Entity | null {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((placed[mid]?.start ?? 0) < end) lo = mid + 1;
    else hi = mid;
  }
  // Mentions never nest, so the few before `lo` are the only candidates.
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
    const m = placed[k];
    if (m && m.start < end && start < m.end) return m.entity;
  }
  return null;
}

/**
 * Link each quote's speaker to its entity. `placed`: the mentions with their entities sorted
 * by start, when the caller has them (else they are gathered here).
 */
export function linkSpeakers(quotes: readonly Quote[], entities: readonly Entity[], placed?: readonly Placed[], keysOf?: KeysOf): Quote[] {
  if (quotes.length === 0) return [];
  let index: SpeakerIndex | null = null;
  let byId: Map<string, Entity> | null = null;
  if (!placed) {
    const all = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e })));
    placed = all.sort((a, b) => a.start - b.start);
  }
  return quotes.map((q) => {
    const speaker = q.speaker;
    if (!speaker) return q;
    let entity: Entity | null = null;
    if (speaker.mention) {
      const at = entityAt(placed, speaker.mention.start, speaker.mention.end);
      // A pronoun mention (`he`) overlaps nothing; then the name decides.
      if (at) entity = at;
    }
    if (!entity) {
      index ??= indexEntities(entities, keysOf);
      const id = resolveSpeakerName(speaker.name, index);
      byId ??= new Map(entities.map((e) => [e.id, e]));
      entity = id ? (byId.get(id) ?? null) : null;
    }
    if (!entity || (entity.type !== "person" && entity.type !== "organization")) return { ...q, speaker: { ...speaker, entity: null } };
    return { ...q, speaker: { ...speaker, name: entity.canonical, entity: entity.id } };
  });
}
