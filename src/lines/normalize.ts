/**
 * The form of a line that phrase lists and repeat detection compare: lower-case, curly
 * apostrophes straightened, inner whitespace collapsed, decoration (bullets, pipes, arrows,
 * ellipses; a trailing colon) stripped from the ends. Brackets, slashes and full stops stay:
 * "(Reuters)" and "reuters/" are phrases of their own. `"» Read more "` and `"READ MORE"`
 * compare equal.
 *
 * @module
 */

// Decoration that may surround a phrase without changing what it says.
const EDGE = new Set([..." \t|•·►▶▸›»«‹→←*…"]);
const TRAILING = new Set([..." \t|•·►▶▸›»«‹→←*…:："]);

/** Lower-case, collapse whitespace, strip decoration at both ends. Linear. */
export function normalizeForMatch(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE.has(text[start]!)) start++;
  while (end > start && (TRAILING.has(text[end - 1]!) || text.endsWith("...", end))) end -= text.endsWith("...", end) ? 3 : 1;
  const core = start === 0 && end === text.length ? text : text.slice(start, end);
  // toLowerCase turns Turkish "İ" into "i" + U+0307; drop the dot so "İlk" matches "ilk".
  return core.toLowerCase().replace(/\u0307/g, "").replace(/[’‘ʼ]/g, "'").replace(/\s+/g, " ");
}
