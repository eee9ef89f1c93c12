/**
 * Names stage. Until it lands (issue "Names"), it finds no entities and leaves the quotes'
 * speakers unlinked.
 *
 * @module
 */
import type { Entity, Language, Line, Quote } from "../schema/article.js";

export interface NameFindings {
  entities: Entity[];
  /** The quotes with `speaker.entity` linked to an entity id where the speaker is one. */
  quotes: Quote[];
}

/** What the names stage needs from earlier stages. */
export interface NameContext {
  language: Language;
  /** Spans no mention may come from, such as the dateline. */
  exclude: readonly { start: number; end: number }[];
}

/** Find people, places and organizations, merge spelling variants, and link quote speakers. */
export function extractEntities(
  _text: string,
  _lines: readonly Line[],
  quotes: readonly Quote[],
  _context: NameContext,
): NameFindings {
  return { entities: [], quotes: [...quotes] };
}
