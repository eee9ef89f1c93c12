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
import { classOf, CONNECTOR, DEMONYM, type Lexicon, MODIFIER } from "./lexicon.js";
import { HashSet32, hashRange, type Token } from "./tokens.js";

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

/**
 * Hashes of the role words, forward ({@link hashRange}) and backward (last letter first): a
 * word, a word less an ending, or a word's tail is looked up in the role set only when its
 * hash is among them, so most words are ruled out without slicing them.
 */
interface RoleHashes {
  forward: HashSet32;
  backward: HashSet32;
}

const ROLE_HASHES = new WeakMap<Lexicon, RoleHashes>();

function roleHashes(lex: Lexicon): RoleHashes {
  let hashes = ROLE_HASHES.get(lex);
  if (!hashes) {
    hashes = { forward: new HashSet32(lex.roles.size), backward: new HashSet32(lex.roles.size) };
    for (const r of lex.roles) {
      hashes.forward.add(hashRange(r, 0, r.length));
      hashes.backward.add(backwardHash(r, 0));
    }
    ROLE_HASHES.set(lex, hashes);
  }
  return hashes;
}

/** The hash of `word` from `from` to its end, read last letter first. */
function backwardHash(word: string, from: number): number {
  let h = 0x811c9dc5;
  for (let k = word.length - 1; k >= from; k--) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h | 0;
}

/** {@link isRole}, with the role set consulted only on a hash hit. */
function isRoleHashed(word: string, lex: Lexicon, forward: HashSet32): boolean {
  const n = word.length;
  if (forward.has(hashRange(word, 0, n)) && lex.roles.has(word)) return true;
  for (const e of ROLE_ENDINGS) {
    if (n > e.length + 3 && word.endsWith(e) && forward.has(hashRange(word, 0, n - e.length)) && lex.roles.has(word.slice(0, -e.length))) return true;
  }
  return false;
}

/** A role word as it stands. */
const ROLE = 1;
/** A role only as the end of a compound (not in capitals). */
const COMPOUND = 2;

function roleVerdict(lower: string, lex: Lexicon, compounds: boolean): number {
  const { forward, backward } = roleHashes(lex);
  const n = lower.length;
  if (isRoleHashed(lower, lex, forward)) return ROLE;
  // `lower.replace(/\.$/u, "")`: the word itself was tried just now.
  if (n > 0 && lower.charCodeAt(n - 1) === 46 && forward.has(hashRange(lower, 0, n - 1)) && lex.roles.has(lower.slice(0, n - 1))) return ROLE;
  if (!compounds) return 0;
  // A compound ending in a role: German `Kremlsprecher`, `US-Präsidenten`, English `ex-president`
  const h = lower.lastIndexOf("-");
  if (h > 0 && isRole(lower.slice(h + 1), lex)) return COMPOUND;
  const from = Math.max(1, n - COMPOUND_ROLE_MAX);
  // Tails [k, n) for k from n - 1 down to `from`, hashed backward as they grow; COMPOUND_ROLE_MIN letters at least.
  let bh = 0x811c9dc5;
  for (let k = n - 1; k >= from; k--) {
    bh = Math.imul(bh ^ lower.charCodeAt(k), 0x01000193);
    if (k + COMPOUND_ROLE_MIN <= n && backward.has(bh | 0) && lex.roles.has(lower.slice(k))) return COMPOUND;
  }
  return 0;
}

function isRoleWord(t: Token, lex: Lexicon): boolean {
  return roleVerdict(t.lower, lex, !t.caps) !== 0;
}

/** Split tokens [from, to) into name pieces, without role words. */
export function splitRoles(tokens: readonly Token[], from: number, to: number, lex: Lexicon): NamePiece[] {
  if (to - from === 1) {
    // One word: a name unless it is a role.
    const t = tokens[from] as Token;
    return isRoleWord(t, lex) || (classOf(lex, t.lower) & (MODIFIER | DEMONYM)) !== 0 ? [] : [{ from, to, afterRole: false }];
  }
  // Role-ish marks, right to left: a demonym or modifier counts only before another role-ish word.
  const roleish: boolean[] = new Array<boolean>(to - from).fill(false);
  let firstConnector = to;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.upper && !t.initial && (classOf(lex, t.lower) & CONNECTOR) !== 0) {
      firstConnector = k;
      break;
    }
  }
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    const nextRoleish = k + 1 < to && roleish[k + 1 - from] === true;
    if (isRoleWord(t, lex)) roleish[k - from] = true;
    else if ((classOf(lex, t.lower) & (MODIFIER | DEMONYM)) !== 0 && (nextRoleish || k === to - 1)) roleish[k - from] = true;
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
