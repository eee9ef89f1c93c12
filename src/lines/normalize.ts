/**
 * The form of a line that phrase lists and repeat detection compare: lower-case, curly
 * apostrophes straightened, inner whitespace collapsed, decoration (bullets, pipes, arrows,
 * ellipses; a trailing colon) stripped from the ends. Brackets, slashes and full stops stay:
 * "(Reuters)" and "reuters/" are phrases of their own. `"» Read more "` and `"READ MORE"`
 * compare equal.
 *
 * @module
 */

const EDGE_CHARS = " \t|•·►▶▸›»«‹→←*…";
const TRAILING_CHARS = `${EDGE_CHARS}:：`;

const EDGE = 1;
const TRAILING = 2;
/** What each code unit is to the normalizer (all are BMP characters). */
const ROLE = new Uint8Array(0x10000);
for (const ch of EDGE_CHARS) ROLE[ch.charCodeAt(0)]! |= EDGE;
for (const ch of TRAILING_CHARS) ROLE[ch.charCodeAt(0)]! |= TRAILING;

const COMBINING_DOT = 1;
const CURLY_APOSTROPHE = 2;
const ODD_SPACE = 4;

/**
 * Lower-case, collapse whitespace, strip decoration at both ends. Linear. `plain` says the text
 * is known to need no rewriting after lower-casing (see LineFeatures.plain): the check is skipped.
 */
export function normalizeForMatch(text: string, plain = false): string {
  let start = 0;
  let end = text.length;
  while (start < end && ROLE[text.charCodeAt(start)]! & EDGE) start++;
  while (end > start) {
    if (ROLE[text.charCodeAt(end - 1)]! & TRAILING) end--;
    // (A full stop is looked at further only as the last of three.)
    else if (text.charCodeAt(end - 1) === 0x2e && text.endsWith("...", end)) end -= 3;
    else break;
  }
  const core = start === 0 && end === text.length ? text : text.slice(start, end);
  let lower = core.toLowerCase();
  if (plain) return lower;
  // Each rewrite runs only when it has something to do: this is called for every line.
  let todo = rewritesOf(lower);
  if (todo === 0) return lower;
  // toLowerCase turns Turkish "İ" into "i" + U+0307; drop the dot so "İlk" matches "ilk".
  if (todo & COMBINING_DOT) {
    lower = lower.replace(/\u0307/g, "");
    todo = rewritesOf(lower);
  }
  if (todo & CURLY_APOSTROPHE) lower = lower.replace(/[’‘ʼ]/g, "'");
  if (todo & ODD_SPACE) lower = lower.replace(/\s+/g, " ");
  return lower;
}

/** Which rewrites `lower` needs: a combining dot, curly apostrophes, whitespace other than single spaces. */
function rewritesOf(lower: string): number {
  let todo = 0;
  let previousSpace = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x20) {
      // \t \n \v \f \r are spaces to collapse; other controls are left as they are.
      if (c >= 0x09 && c <= 0x0d) todo |= ODD_SPACE;
      previousSpace = c >= 0x09 && c <= 0x0d;
      continue;
    }
    if (c === 0x20) {
      if (previousSpace) todo |= ODD_SPACE;
      previousSpace = true;
      continue;
    }
    if (c < 0x80) {
      previousSpace = false;
      continue;
    }
    if (c === 0x307) todo |= COMBINING_DOT;
    else if (c === 0x2019 || c === 0x2018 || c === 0x2bc) todo |= CURLY_APOSTROPHE;
    const space = isSpace(c);
    if (space && (c === 0xa0 || previousSpace)) todo |= ODD_SPACE;
    previousSpace = space;
  }
  return todo;
}

/** The non-ASCII characters of `\s`. */
function isSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first word of a match form (its words are single-space separated): up to the first space. */
export function firstWord(normalized: string): string {
  const space = normalized.indexOf(" ");
  return space < 0 ? normalized : normalized.slice(0, space);
}
