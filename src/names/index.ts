/**
 * Names stage. Until it lands (issue "Names"), it finds no entities and leaves the quotes'
 * speakers unlinked.
 *
 * @module
 */
import type { Entity, Line, Quote } from "../schema/article.js";

export interface NameFindings {
  entities: Entity[];
  /** The quotes with `speaker.entity` linked to an entity id where the speaker is one. */
  quotes: Quote[];
}

/** Find people, places and organizations, merge spelling variants, and link quote speakers. */
export function extractEntities(_text: string, _lines: readonly Line[], quotes: readonly Quote[]): NameFindings {
  return { entities: [], quotes: [...quotes] };
}
