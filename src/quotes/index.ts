/**
 * Quotes stage. Until it lands (issue "Quotes"), it finds no quotations.
 *
 * @module
 */
import type { Line, Quote } from "../schema/article.js";

/** Find every quotation in the content lines, with its speaker and cue. */
export function extractQuotes(_text: string, _lines: readonly Line[]): Quote[] {
  return [];
}
