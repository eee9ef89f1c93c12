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
  let lower = core.toLowerCase();
  // Each rewrite runs only when it has something to do: this is called for every line.
  // toLowerCase turns Turkish "İ" into "i" + U+0307; drop the dot so "İlk" matches "ilk".
  if (lower.includes("\u0307")) lower = lower.replace(/\u0307/g, "");
  if (/[’‘ʼ]/.test(lower)) lower = lower.replace(/[’‘ʼ]/g, "'");
  if (/\s\s|[\t\n\r\f\v\u00a0]/.test(lower)) lower = lower.replace(/\s+/g, " ");
  return lower;
}
