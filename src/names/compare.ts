/**
 * Whether two names, each with its type, are one entity, and how that was decided: the
 * layers of the stage in their order (alias table, transliteration key, similarity or given
 * name, short form), without an article around them. Used by the name-pairs evaluation and
 * open to callers who match names of their own.
 *
 * @module
 */
import type { EntityType, MergeMethod } from "../schema/names.js";
import type { AliasIndex } from "./alias-index.js";
import { nameKeys } from "./key.js";
import { isShortForm, matchShapes } from "./match.js";

export interface TypedName {
  name: string;
  type: EntityType;
}

/** How `a` and `b` join, or null when they are different entities (or cannot be told apart). */
export function compareNames(a: TypedName, b: TypedName, index: AliasIndex): MergeMethod | null {
  const ra = index.lookup(a.name, a.type);
  const rb = index.lookup(b.name, b.type);
  if (ra && rb) return ra.id === rb.id ? (ra.user ? "user-alias" : "alias-table") : null;
  if (a.type !== b.type) return null;
  const sa = { keys: nameKeys(a.name), type: a.type };
  const sb = { keys: nameKeys(b.name), type: b.type };
  const how = matchShapes(sa, sb);
  if (how) return how;
  if (isShortForm(sa, sb) || isShortForm(sb, sa)) return "short-form";
  return null;
}
