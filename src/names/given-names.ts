/**
 * Given-name equivalence: `Kyrylo` and `Kirill` are one name. Built once, lazily, from
 * data/given-names.ts, keyed by matching key.
 *
 * @module
 */
import { GIVEN_NAME_GROUPS } from "./data/given-names.js";
import { wordKey } from "./key.js";

let groups: Map<string, Set<number>> | null = null;

function index(): Map<string, Set<number>> {
  if (groups) return groups;
  groups = new Map();
  GIVEN_NAME_GROUPS.forEach((group, i) => {
    for (const name of group) {
      const key = wordKey(name);
      const set = groups?.get(key) ?? new Set<number>();
      set.add(i);
      groups?.set(key, set);
    }
  });
  return groups;
}

/** Whether two given-name keys are the same name in another language or romanization. */
export function sameGivenName(a: string, b: string): boolean {
  const x = index().get(a);
  const y = index().get(b);
  if (!x || !y) return false;
  for (const g of x) if (y.has(g)) return true;
  return false;
}
