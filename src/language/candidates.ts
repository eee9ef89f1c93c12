/**
 * The languages franc may choose among for a script: franc's languages of that script, minus
 * the opt-in ones unless the caller names its languages. The default sets are built once per
 * script, since every article and long line asks for them.
 *
 * @module
 */
import { FRANC_LANGUAGES } from "./data/franc-languages.js";
import { OPT_IN_LANGUAGES } from "./data/opt-in.js";
import { FRANC_SCRIPT_NAMES } from "./data/scripts.js";

const defaultCandidates = new Map<string, ReadonlySet<string>>();

/** The candidates for `script`: those in `allowed` (ISO 639-3), or the default ones. */
export function candidatesFor(script: string, allowed?: ReadonlySet<string>): ReadonlySet<string> {
  if (allowed) return new Set(francLanguagesOf(script).filter((c) => allowed.has(c)));
  let set = defaultCandidates.get(script);
  if (!set) {
    set = new Set(francLanguagesOf(script).filter((c) => !OPT_IN_LANGUAGES.has(c)));
    defaultCandidates.set(script, set);
  }
  return set;
}

function francLanguagesOf(script: string): readonly string[] {
  return FRANC_LANGUAGES[FRANC_SCRIPT_NAMES[script] ?? ""] ?? [];
}
