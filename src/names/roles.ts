/**
 * Roles and titles kept out of names: in `Kremlin spokesman Dmitry Peskov` the name is
 * `Dmitry Peskov`; in `UAE President Sheikh Mohamed bin Zayed Al Nahyan` it is `Mohamed bin
 * Zayed Al Nahyan` and `UAE` is a name of its own. A demonym counts as part of the role when a
 * role follows it (`Ukrainian President`), never otherwise (`European Union`). An organization
 * head word followed by a person's name splits the two (`Defense Council Rustem Umerov`).
 *
 * @module
 */
import { ROLE_ENDINGS } from "./data/words.js";
import type { Lexicon } from "./lexicon.js";
import type { Token } from "./tokens.js";

/** A piece of a token sequence that is a name: tokens [from, to). */
export interface NamePiece {
  from: number;
  to: number;
  /** A role word stood right before this piece. */
  afterRole: boolean;
}

/** Shortest role word recognized at the end of a compound (`Kremlsprecher`, `US-Präsidenten`). */
const COMPOUND_ROLE_MIN = 6;
/** Longest role word looked for at the end of a compound. */
const COMPOUND_ROLE_MAX = 16;


function isRole(word: string, lex: Lexicon): boolean {
  if (lex.roles.has(word)) return true;
  for (const e of ROLE_ENDINGS) if (word.length > e.length + 3 && word.endsWith(e) && lex.roles.has(word.slice(0, -e.length))) return true;
  return false;
}

function isRoleWord(t: Token, lex: Lexicon): boolean {
  if (isRole(t.lower, lex) || lex.roles.has(t.lower.replace(/\.$/u, ""))) return true;
  if (t.caps) return false;
  // A compound ending in a role: German `Kremlsprecher`, `US-Präsidenten`, English `ex-president`
  const h = t.lower.lastIndexOf("-");
  if (h > 0 && isRole(t.lower.slice(h + 1), lex)) return true;
  const from = Math.max(1, t.lower.length - COMPOUND_ROLE_MAX);
  for (let k = from; k + COMPOUND_ROLE_MIN <= t.lower.length; k++) if (lex.roles.has(t.lower.slice(k))) return true;
  return false;
}

/** Split tokens [from, to) into name pieces, without role words. */
export function splitRoles(tokens: readonly Token[], from: number, to: number, lex: Lexicon): NamePiece[] {
  if (to - from === 1) {
    // One word: a name unless it is a role.
    const t = tokens[from] as Token;
    return isRoleWord(t, lex) || lex.modifiers.has(t.lower) || lex.demonyms.has(t.lower) ? [] : [{ from, to, afterRole: false }];
  }
  // Role-ish marks, right to left: a demonym or modifier counts only before another role-ish word.
  const roleish: boolean[] = new Array<boolean>(to - from).fill(false);
  let firstConnector = to;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.upper && !t.initial && lex.connectors.has(t.lower)) {
      firstConnector = k;
      break;
    }
  }
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    const nextRoleish = k + 1 < to && roleish[k + 1 - from] === true;
    if (isRoleWord(t, lex)) roleish[k - from] = true;
    else if ((lex.modifiers.has(t.lower) || lex.demonyms.has(t.lower)) && (nextRoleish || k === to - 1)) roleish[k - from] = true;
  }
  // The last role-ish word before the first connector that has a name after it.
  let cut = -1;
  for (let k = Math.min(firstConnector, to) - 1; k >= from; k--) {
    if (roleish[k - from] && k + 1 < to && !roleish[k + 1 - from]) {
      cut = k;
      break;
    }
  }
  const pieces: NamePiece[] = [];
  if (cut >= 0) {
    // Names inside the role prefix (`UAE` in `UAE President`).
    let runStart = -1;
    for (let k = from; k <= cut + 1; k++) {
      const inRun = k <= cut && !roleish[k - from];
      if (inRun && runStart < 0) runStart = k;
      if (!inRun && runStart >= 0) {
        pieces.push({ from: runStart, to: k, afterRole: false });
        runStart = -1;
      }
    }
  }
  let start = cut + 1 > from ? cut + 1 : from;
  let end = to;
  // Trailing roles with nothing after them: `United States Special Envoy`.
  while (end > start && roleish[end - 1 - from]) end--;
  if (end <= start) return pieces;
  const afterRole = cut >= 0 && tokens.slice(from, cut + 1).some((t) => isRoleWord(t, lex));
  // An organization head followed by a person's name: `Defense Council Rustem Umerov`.
  for (let m = start; m < end - 2; m++) {
    const t = tokens[m] as Token;
    if (!lex.organizationWords.has(t.lower)) continue;
    const rest = tokens.slice(m + 1, end);
    if (
      rest.length >= 2 &&
      rest.length <= 4 &&
      rest.every((r) => (r.upper || r.initial || lex.particles.has(r.lower)) && !lex.organizationWords.has(r.lower) && !lex.placeWords.has(r.lower))
    ) {
      pieces.push({ from: start, to: m + 1, afterRole: false });
      pieces.push({ from: m + 1, to: end, afterRole: true });
      return pieces;
    }
  }
  pieces.push({ from: start, to: end, afterRole });
  return pieces;
}
