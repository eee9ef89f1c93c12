/**
 * Literal strings into regular expressions: the phrase and marker lists are data, so they are
 * escaped before they are joined into one alternation.
 *
 * @module
 */

/** `s` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
