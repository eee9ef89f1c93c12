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
import { CONNECTOR, DEMONYM, isKnownPlace, type Lexicon, MODIFIER, PARTICLE, tokenClasses } from "./lexicon.js";
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
  /** Backward hashes of the last three letters of the role words: a word ending otherwise ends in no role. */
  lastThree: HashSet32;
}

const ROLE_HASHES = new WeakMap<Lexicon, RoleHashes>();
let lastLexicon: Lexicon | null = null;
let lastHashes: RoleHashes | null = null;

function roleHashes(lex: Lexicon): RoleHashes {
  if (lex === lastLexicon && lastHashes) return lastHashes;
  let hashes = ROLE_HASHES.get(lex);
  if (!hashes) {
    hashes = { forward: new HashSet32(lex.roles.size), backward: new HashSet32(lex.roles.size), lastThree: new HashSet32(lex.roles.size) };
    for (const r of lex.roles) {
      hashes.forward.add(hashRange(r, 0, r.length));
      hashes.backward.add(backwardHash(r, 0));
      if (r.length >= 3) hashes.lastThree.add(backwardHash(r, r.length - 3));
    }
    ROLE_HASHES.set(lex, hashes);
  }
  lastLexicon = lex;
  lastHashes = hashes;
  return hashes;
}

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/** The hash of `word` from `from` to its end, read last letter first. */
function backwardHash(word: string, from: number): number {
  let h = HASH_SEED;
  for (let k = word.length - 1; k >= from; k--) h = Math.imul(h ^ word.charCodeAt(k), HASH_PRIME);
  return h | 0;
}

function endsWith(word: string, ending: string): boolean {
  const offset = word.length - ending.length;
  if (offset < 0) return false;
  for (let k = 0; k < ending.length; k++) if (word.charCodeAt(offset + k) !== ending.charCodeAt(k)) return false;
  return true;
}

/** A role word as it stands. */
const ROLE = 1;
/** A role only as the end of a compound (not in capitals). */
const COMPOUND = 2;

function roleVerdict(lower: string, lex: Lexicon, compounds: boolean): number {
  const { forward, backward, lastThree } = roleHashes(lex);
  const n = lower.length;
  // Forward hashes of the word and of the word less its last one and two letters, in one pass.
  let whole = HASH_SEED;
  let lessOne = HASH_SEED;
  let lessTwo = HASH_SEED;
  for (let k = 0; k < n; k++) {
    if (k === n - 2) lessTwo = whole | 0;
    if (k === n - 1) lessOne = whole | 0;
    whole = Math.imul(whole ^ lower.charCodeAt(k), HASH_PRIME);
  }
  // The word, or the word less an ending (`Präsidenten`), is a role.
  if (forward.has(whole | 0) && lex.roles.has(lower)) return ROLE;
  for (const e of ROLE_ENDINGS) {
    if (n <= e.length + 3 || !endsWith(lower, e)) continue;
    const stem = e.length === 1 ? lessOne : e.length === 2 ? lessTwo : hashRange(lower, 0, n - e.length);
    if (forward.has(stem) && lex.roles.has(lower.slice(0, n - e.length))) return ROLE;
  }
  // `lower.replace(/\.$/u, "")`: the word itself was tried just now.
  if (n > 0 && lower.charCodeAt(n - 1) === 46 && forward.has(lessOne) && lex.roles.has(lower.slice(0, n - 1))) return ROLE;
  if (!compounds) return 0;
  // A compound ending in a role: German `Kremlsprecher`, `US-Präsidenten`, English `ex-president`
  let hyphen = n - 1;
  while (hyphen >= 0 && lower.charCodeAt(hyphen) !== 45) hyphen--;
  if (hyphen > 0 && isRole(lower.slice(hyphen + 1), lex)) return COMPOUND;
  const from = Math.max(1, n - COMPOUND_ROLE_MAX);
  // Tails [k, n) for k from n - 1 down to `from`, hashed backward as they grow; COMPOUND_ROLE_MIN letters at least.
  let bh = HASH_SEED;
  for (let k = n - 1; k >= from; k--) {
    bh = Math.imul(bh ^ lower.charCodeAt(k), HASH_PRIME);
    // Every tail ends in the word's last three letters: when no role does, none is a role.
    if (k === n - 3 && !lastThree.has(bh | 0)) return 0;
    if (k + COMPOUND_ROLE_MIN <= n && backward.has(bh | 0) && lex.roles.has(lower.slice(k))) return COMPOUND;
  }
  return 0;
}

/** Whether a token is a role word, its verdict kept on the token (several passes ask). */
function isRoleWord(t: Token, lex: Lexicon): boolean {
  let role = t.role;
  if (role === undefined || role < 0) {
    role = roleVerdict(t.lower, lex, !t.caps);
    t.role = role;
  }
  return role !== 0;
}

/**
 * Whether a role and a connector stand right before tokens[from], with nothing between them:
 * `Secretary of | State`, `ministro dell' | Economia`, `ministre de l' | Économie`.
 */
function isRoleThenConnector(tokens: readonly Token[], from: number, lex: Lexicon): boolean {
  const first = tokens[from];
  const before = tokens[from - 1];
  if (first === undefined || before === undefined || first.gapBefore || before.gapBefore || before.upper) return false;
  // A one-word connector (`of`, `dell'`), then a two-word one (`of the`, `de l'`).
  const role = tokens[from - 2];
  if (role === undefined) return false;
  if ((tokenClasses(lex, before) & CONNECTOR) !== 0 && isRoleWord(role, lex)) return true;
  const role2 = tokens[from - 3];
  return role2 !== undefined && !role.upper && !role.gapBefore && lex.connectors.has(`${role.lower} ${before.lower}`) && isRoleWord(role2, lex);
}

/** Longest known place looked for at the head of a sequence after a role and a connector, in words. */
const BODY_MAX_WORDS = 4;

/**
 * Where the body a role belongs to ends, in tokens [start, end) right after the role and its
 * connector, when a person's name of two words follows it; or -1. The body is one word before
 * a name of two (`presidente dell'Inps Jane Roe`, `mayor of London Jane Roe`), two joined
 * by a connector (`governatore della Banca d'Italia Jane Roe`) or a known place of several
 * (`president of the United States Jane Roe`).
 */
function bodyEnd(tokens: readonly Token[], start: number, end: number, lex: Lexicon): number {
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.initial || isRoleWord(t, lex) || (tokenClasses(lex, t) & (MODIFIER | DEMONYM)) !== 0) return -1;
    if (!t.upper && (k === start || k >= end - 2)) return -1;
  }
  if (lex.departments.has(tokens[start]!.lower) || (tokenClasses(lex, tokens[start] as Token) & (CONNECTOR | PARTICLE)) !== 0) return -1;
  // The person's name: the last two words, capitalized and no connector or particle.
  for (let k = end - 2; k < end; k++) if ((tokenClasses(lex, tokens[k] as Token) & (CONNECTOR | PARTICLE)) !== 0) return -1;
  if (end - start === 3) return start + 1;
  // A body of two words joined by a connector or particle: `Banca d'Italia`, `Bank of England`.
  if (end - start >= 5 && end - start <= 6 && tokens[end - 3]!.upper) {
    let k = start + 1;
    while (k < end - 3 && !tokens[k]!.upper && (tokenClasses(lex, tokens[k] as Token) & (CONNECTOR | PARTICLE)) !== 0) k++;
    if (k === end - 3) return end - 2;
  }
  let body = "";
  for (let m = start; m < end - 2 && m - start < BODY_MAX_WORDS; m++) {
    const t = tokens[m] as Token;
    body += body === "" || body.endsWith("'") ? t.lower : ` ${t.lower}`;
    if (m + 1 === end - 2 && tokens[m + 1]!.upper && isKnownPlace(lex, body)) return m + 1;
  }
  return -1;
}

/** Split tokens [from, to) into name pieces, without role words. */
export function splitRoles(tokens: readonly Token[], from: number, to: number, lex: Lexicon): NamePiece[] {
  if (to - from === 1) {
    // One word: a name unless it is a role.
    const t = tokens[from] as Token;
    if (isRoleWord(t, lex) || (tokenClasses(lex, t) & (MODIFIER | DEMONYM)) !== 0) return [];
    // A ministry alone after its role (`ministre de la Santé, Paul Martin`) belongs to the role.
    return lex.departments.has(t.lower) && isRoleThenConnector(tokens, from, lex) ? [] : [{ from, to, afterRole: false }];
  }
  // Role-ish marks, right to left: a demonym or modifier counts only before another role-ish word.
  const roleish: boolean[] = new Array<boolean>(to - from).fill(false);
  let firstConnector = to;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.upper && !t.initial && (tokenClasses(lex, t) & CONNECTOR) !== 0) {
      firstConnector = k;
      break;
    }
  }
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    const nextRoleish = k + 1 < to && roleish[k + 1 - from] === true;
    if (isRoleWord(t, lex)) roleish[k - from] = true;
    else if ((tokenClasses(lex, t) & (MODIFIER | DEMONYM)) !== 0 && (nextRoleish || k === to - 1)) roleish[k - from] = true;
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
  // A ministry between the role and a name of two words or more is no part of the name:
  // `Secretary of State Antony Blinken`, `ministro dell'Economia Giancarlo Giorgetti` (the role
  // may stand before the sequence, across its connector).
  const roleBefore = start === from && isRoleThenConnector(tokens, from, lex);
  if (afterRole || roleBefore) {
    let d = start;
    while (d < end && !tokens[d]!.upper && lex.connectors.has(tokens[d]!.lower)) d++;
    let e = d;
    while (e < end && lex.departments.has(tokens[e]!.lower)) e++;
    if (e > d && end - e >= 2) start = e;
    else if (roleBefore || d > start) {
      // The body the role belongs to, then a person's name: two names (the connector after a
      // role inside the sequence, `Präsident der Ukraine ...`, is trimmed with the body).
      const m = bodyEnd(tokens, d, end, lex);
      if (m > d) {
        pieces.push({ from: d, to: m, afterRole: false });
        pieces.push({ from: m, to: end, afterRole: true });
        return pieces;
      }
    }
  }
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
