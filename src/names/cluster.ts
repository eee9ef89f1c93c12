/**
 * Clustering of spellings into entities, in four passes, each recording how a spelling joined:
 * 1. alias table: spellings that resolve to one alias entry;
 * 2. transliteration key: equal keys (types agreeing);
 * 3. similarity / given name: same-length spellings whose words match (match.ts);
 * 4. short form: a surname or leading part joins the one person of the article whose full
 *    name ends (or starts) with it, unless two people share it.
 * Candidate pairs for pass 3 come from buckets on the surname key's first and last letters,
 * capped per bucket, so the work stays linear in the number of spellings.
 *
 * @module
 */
import type { EntityType, MergeMethod } from "../schema/names.js";
import type { AliasRecord } from "./alias-index.js";
import { nameKeys } from "./key.js";
import { contentKeys, isShortForm, matchShapes, opensWithParticle, opensWithSurname, typesAgree } from "./match.js";

/** One distinct spelling of the article and its mentions. */
export interface Form {
  index: number;
  surface: string;
  words: readonly string[];
  keys: readonly string[];
  alias: AliasRecord | null;
  type: EntityType;
  /** Number of mentions. */
  count: number;
  /** Offset of the first mention. */
  first: number;
  /** Possible dictionary forms of an inflected Cyrillic spelling (`Пескова` -> `Песков`), most likely first. */
  lemmas?: readonly string[];
  /**
   * The gazetteer's dictionary form of an inflected place after a place preposition (Polish
   * `w Warszawie` -> `Warszawa`): the cluster's canonical spelling, and the forms sharing it join.
   */
  placeLemma?: string;
}

export interface Edge {
  /** The form that joined. */
  from: number;
  /** The form it joined. */
  to: number;
  how: MergeMethod;
}

export interface Cluster {
  forms: Form[];
  edges: Edge[];
  alias: AliasRecord | null;
  type: EntityType;
}

const BUCKET_CAP = 64;

class Clusters {
  readonly parent: number[];
  readonly alias: (AliasRecord | null)[];
  readonly types: EntityType[];
  readonly edges: Edge[] = [];

  constructor(readonly forms: readonly Form[]) {
    this.parent = forms.map((_f, i) => i);
    this.alias = forms.map((f) => f.alias);
    this.types = forms.map((f) => f.type);
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    let k = i;
    while (this.parent[k] !== r) {
      const next = this.parent[k] ?? r;
      this.parent[k] = r;
      k = next;
    }
    return r;
  }

  /** Whether the clusters of i and j may join (alias entries and types agree). */
  compatible(i: number, j: number, strictTypes: boolean): boolean {
    const a = this.find(i);
    const b = this.find(j);
    if (a === b) return false;
    const x = this.alias[a];
    const y = this.alias[b];
    if (x && y && x.id !== y.id) return false;
    return typesAgree(this.types[a] ?? "other", this.types[b] ?? "other", strictTypes);
  }

  union(from: number, to: number, how: MergeMethod): void {
    const a = this.find(from);
    const b = this.find(to);
    if (a === b) return;
    this.parent[a] = b;
    this.alias[b] = this.alias[b] ?? this.alias[a] ?? null;
    const ta = this.types[a] ?? "other";
    const tb = this.types[b] ?? "other";
    this.types[b] = tb === "other" ? ta : tb;
    this.edges.push({ from, to, how });
  }
}

/** Cluster the forms; clusters come out in order of first mention. */
export function clusterForms(forms: readonly Form[]): Cluster[] {
  const c = new Clusters(forms);
  /** Form index by spelling, built only when an inflected spelling needs it. */
  let bySurface: Map<string, number> | null = null;
  /** Content keys of each form (by index), computed once. */
  const cks: (readonly string[])[] = forms.map((f) => contentKeys(f.keys));

  // 1. Alias table.
  const byAlias = new Map<number, number>();
  for (const f of forms) {
    if (!f.alias) continue;
    const seen = byAlias.get(f.alias.id);
    if (seen === undefined) byAlias.set(f.alias.id, f.index);
    else c.union(f.index, seen, f.alias.user ? "user-alias" : "alias-table");
  }

  // 2. Equal transliteration keys.
  const byKey = new Map<string, number[]>();
  for (const f of forms) {
    const ck = cks[f.index] as readonly string[];
    const key = ck.length === 1 ? (ck[0] as string) : ck.join(" ");
    // Keys under three letters say too little (`Hz` / `GHz`).
    if (key.length < 3) continue;
    const list = byKey.get(key);
    if (!list) {
      byKey.set(key, [f.index]);
      continue;
    }
    for (const other of list) {
      if (c.compatible(f.index, other, false)) {
        c.union(f.index, other, "translit-key");
        break;
      }
    }
    list.push(f.index);
  }

  // 3. Word-by-word similarity, within buckets (surname key's first and last letters, word count).
  const buckets = new Map<string, number[]>();
  for (const f of forms) {
    const ck = cks[f.index] as readonly string[];
    const last = ck[ck.length - 1];
    if (!last) continue;
    const bucket = `${ck.length}|${last[0]}|${last[last.length - 1]}`;
    const list = buckets.get(bucket);
    if (!list) {
      buckets.set(bucket, [f.index]);
      continue;
    }
    for (const other of list) {
      const o = forms[other] as Form;
      if (!c.compatible(f.index, other, true)) continue;
      const how = matchShapes({ keys: f.keys, type: f.type }, { keys: o.keys, type: o.type });
      if (how) {
        c.union(f.index, other, how);
        break;
      }
    }
    if (list.length < BUCKET_CAP) list.push(f.index);
  }

  // 3b. Inflected spellings join their dictionary form when the article has it, and the other
  // case forms of the same gazetteer place (`Warszawie`, `Warszawy`).
  let byPlaceLemma: Map<string, number> | undefined;
  for (const f of forms) {
    if (f.placeLemma !== undefined) {
      byPlaceLemma ??= new Map();
      const target = byPlaceLemma.get(f.placeLemma);
      if (target === undefined) byPlaceLemma.set(f.placeLemma, f.index);
      else if (c.compatible(f.index, target, false)) c.union(f.index, target, "inflection");
    }
    if (!f.lemmas) continue;
    bySurface ??= new Map(forms.map((form) => [form.surface, form.index]));
    for (const lemma of f.lemmas) {
      const target = bySurface.get(lemma);
      if (target === undefined || target === f.index) continue;
      if (c.compatible(f.index, target, false)) c.union(f.index, target, "inflection");
      break;
    }
  }

  // 4. Short forms: surnames and leading parts join the one person they belong to.
  const bySurnameEnds = new Map<string, Form[]>(); // endsKey of the surname key -> full names
  const byFirstKey = new Map<string, Form[]>(); // first key -> full names
  const push = (map: Map<string, Form[]>, key: string, f: Form) => {
    const list = map.get(key) ?? [];
    if (list.length < BUCKET_CAP) list.push(f);
    map.set(key, list);
  };
  for (const f of forms) {
    const ck = cks[f.index] as readonly string[];
    if (ck.length < 2 || c.types[c.find(f.index)] !== "person") continue;
    const surname = ck[ck.length - 1] ?? "";
    push(bySurnameEnds, endsKey(surname), f);
    // (A Chinese or Korean name is filed under its first word too: `Kim` of `Kim Jong Un`.)
    if (opensWithSurname(ck)) {
      const first = ck[0] ?? "";
      if (first !== surname) push(bySurnameEnds, endsKey(first), f);
    }
    push(byFirstKey, f.keys[0] ?? "", f);
  }
  // Without a full name of a person, no short form has anything to join.
  const anyFull = bySurnameEnds.size > 0;
  for (const f of forms) {
    if (!anyFull) break;
    const ck = cks[f.index] as readonly string[];
    if (ck.length === 0) continue;
    const root = c.find(f.index);
    const rootType = c.types[root] ?? "other";
    if (rootType !== "person" && rootType !== "other") continue;
    const rootAlias = c.alias[root];
    if (rootAlias && rootAlias.entry.type !== "person") continue;
    // A lone inflected surname tries its dictionary forms too (`Пескова` of `Дмитрий Песков`).
    if (joinShortForm(c, f, f.keys, ck, root, "short-form", bySurnameEnds, byFirstKey)) continue;
    // A surname with its particle (`De Vries` of `Jan de Vries`), filed under its last word.
    if (opensWithParticle(f.keys) && joinShortForm(c, f, f.keys, [ck[ck.length - 1] ?? ""], root, "short-form", bySurnameEnds, byFirstKey)) continue;
    if (ck.length === 1 && f.lemmas) {
      for (const lemma of f.lemmas) {
        const keys = nameKeys(lemma);
        if (joinShortForm(c, f, keys, contentKeys(keys), root, "inflection", bySurnameEnds, byFirstKey)) break;
      }
    }
  }

  // Collect.
  const groups = new Map<number, Cluster>();
  for (const f of forms) {
    const root = c.find(f.index);
    let cluster = groups.get(root);
    if (!cluster) {
      cluster = { forms: [], edges: [], alias: c.alias[root] ?? null, type: c.types[root] ?? "other" };
      groups.set(root, cluster);
    }
    cluster.forms.push(f);
  }
  for (const e of c.edges) groups.get(c.find(e.from))?.edges.push(e);
  return [...groups.values()].sort((a, b) => minFirst(a) - minFirst(b));
}

/**
 * Join `f` (read as `keys`) to the one person whose full name it is a short form of, unless
 * it fits the full names of two people or none; true when it joined.
 */
function joinShortForm(
  c: Clusters,
  f: Form,
  keys: readonly string[],
  sk: readonly string[],
  root: number,
  how: MergeMethod,
  bySurnameEnds: ReadonlyMap<string, Form[]>,
  byFirstKey: ReadonlyMap<string, Form[]>,
): boolean {
  const head = sk[0] ?? "";
  const candidates = sk.length === 1 ? bySurnameEnds.get(endsKey(head)) : byFirstKey.get(keys[0] ?? "");
  if (!candidates) return false;
  const shape = { keys, type: f.type };
  // The last full name seen of the one cluster (other than f's own) the short form fits.
  let target = -1;
  let into: Form | null = null;
  for (const full of candidates) {
    if (full.index === f.index) continue;
    if (!isShortForm(shape, { keys: full.keys, type: "person" })) continue;
    const r = c.find(full.index);
    if (r === root) continue;
    if (target < 0 || r === target) {
      target = r;
      into = full;
    } else {
      return false;
    }
  }
  if (!into || !c.compatible(f.index, target, false)) return false;
  c.union(f.index, into.index, how);
  return true;
}

/** The bucket of a name word for short forms: its first and last letter. */
function endsKey(word: string): string {
  return `${word[0]}|${word[word.length - 1]}`;
}

function minFirst(cluster: Cluster): number {
  let m = Infinity;
  for (const f of cluster.forms) if (f.first < m) m = f.first;
  return m;
}
