/**
 * The form of a line that phrase lists and repeat detection compare: lower-case, inner
 * whitespace collapsed, decoration (bullets, pipes, arrows, ellipses, a trailing colon)
 * stripped from both ends. `"» Read more: "` and `"READ MORE"` compare equal.
 *
 * @module
 */

// Decoration that may surround a phrase without changing what it says.
const EDGE = new Set([..." \t|•·►▶▸›»«‹<>→←-–—*:;,.…/\\()[]{}#_~=+"]);

/** Lower-case, collapse whitespace, strip decoration at both ends. Linear. */
export function normalizeForMatch(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE.has(text[start]!)) start++;
  while (end > start && EDGE.has(text[end - 1]!)) end--;
  const core = start === 0 && end === text.length ? text : text.slice(start, end);
  return core.toLowerCase().replace(/\s+/g, " ");
}
