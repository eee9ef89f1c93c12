/**
 * The canonical spelling of an entity: the alias entry's spelling under the chosen policy
 * (`official` by default: Ukrainian names as Ukraine spells them), else the spelling found in
 * the text: not a case form, then for a person the fullest name, then the most frequent,
 * then the first.
 *
 * @module
 */
import type { CanonicalPolicy } from "../schema/names.js";
import type { Cluster, Form } from "./cluster.js";
import { contentKeys, opensWithParticle } from "./match.js";

/** The canonical spelling of an alias entry under a policy. */
export function policySpelling(entry: { canonical: string; spellings?: Partial<Record<CanonicalPolicy, string>> | undefined }, policy: CanonicalPolicy): string {
  return entry.spellings?.[policy] ?? entry.canonical;
}

function isAllCaps(s: string): boolean {
  return s.length > 3 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** The form a cluster's spelling is taken from when no alias entry names it. */
export function baseForm(cluster: Cluster): Form {
  if (cluster.forms.length === 1) return cluster.forms[0] as Form;
  // Case forms (`Андреем Орловым`) give way to the dictionary form they joined.
  const inflected = new Set(cluster.edges.filter((e) => e.how === "inflection").map((e) => e.from));
  let best = cluster.forms[0] as Form;
  const better = (a: Form, b: Form): boolean => {
    const ia = inflected.has(a.index);
    const ib = inflected.has(b.index);
    if (ia !== ib) return ib;
    // A spelling in capitals (`LONDON`, from a headline) gives way to one in normal case.
    const ca = isAllCaps(a.surface);
    const cb = isAllCaps(b.surface);
    if (ca !== cb) return cb;
    if (cluster.type === "person") {
      // (A surname with its particle, `De Vries`, is shorter than the full `Jan de Vries`.)
      const la = contentKeys(a.keys).length - (opensWithParticle(a.keys) && a.keys.length < b.keys.length ? 1 : 0);
      const lb = contentKeys(b.keys).length - (opensWithParticle(b.keys) && b.keys.length < a.keys.length ? 1 : 0);
      if (la !== lb) return la > lb;
    }
    if (a.count !== b.count) return a.count > b.count;
    if (a.surface.length !== b.surface.length) return a.surface.length > b.surface.length;
    return a.first < b.first;
  };
  for (const f of cluster.forms) if (better(f, best)) best = f;
  return best;
}

/** The canonical spelling of a cluster. */
export function canonicalOf(cluster: Cluster, policy: CanonicalPolicy): string {
  if (cluster.alias) return policySpelling(cluster.alias.entry, policy);
  const base = baseForm(cluster);
  // A case form of a gazetteer place (`Warszawie`) is named by its dictionary form (`Warszawa`).
  return base.placeLemma ?? base.surface;
}
