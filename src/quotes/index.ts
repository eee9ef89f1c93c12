/**
 * Quotes stage. Until it lands (issue "Quotes"), it finds no quotations.
 *
 * @module
 */
import type { Language, Line, Quote } from "../schema/article.js";

/** What the quotes stage needs from earlier stages. */
export interface QuoteContext {
  /** The article language, for quote-mark systems and cue verbs. */
  language: Language;
  /** Spans no quote or speaker may come from, such as the dateline. */
  exclude: readonly { start: number; end: number }[];
}

/** Find every quotation in the content lines, with its speaker and cue. */
export function extractQuotes(_text: string, _lines: readonly Line[], _context: QuoteContext): Quote[] {
  return [];
}
