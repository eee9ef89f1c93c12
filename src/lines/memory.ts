/**
 * BoilerplateMemory: lines seen across many pages of one site or feed. A line that recurs on
 * other pages (menus, footers, newsletter boxes, disclaimers) is boilerplate on the next page
 * too, which no single-page extractor can know. The memory is plain JSON-serializable data
 * held by the caller: classify a page with it, then remember the page.
 *
 * ```ts
 * const memory = createBoilerplateMemory();
 * for (const page of pagesOfOneSite) {
 *   const article = normalizeArticle(page, { boilerplate: memory });
 *   rememberPage(memory, article.lines);
 * }
 * ```
 *
 * @module
 */
import type { BoilerplateMemory } from "../schema/lines.js";
import { normalizeForMatch } from "./normalize.js";

export type { BoilerplateMemory };

/** Default: a line seen on this many other pages is boilerplate. */
export const DEFAULT_MIN_PAGES = 2;
/** Default cap on remembered lines; beyond it lines seen on one page only are forgotten. */
export const DEFAULT_MAX_LINES = 50_000;
/** Keys keep this many characters of a long line (plus its length). */
const KEY_PREFIX = 160;

/** A new, empty memory. */
export function createBoilerplateMemory(options: { minPages?: number; maxLines?: number } = {}): BoilerplateMemory {
  return {
    version: 1,
    pages: 0,
    minPages: options.minPages ?? DEFAULT_MIN_PAGES,
    maxLines: options.maxLines ?? DEFAULT_MAX_LINES,
    lines: {},
  };
}

/** The key a line is remembered by: its normalized text (long lines by prefix and length). */
export function memoryKey(normalized: string): string {
  return normalized.length > KEY_PREFIX ? `${normalized.slice(0, KEY_PREFIX)}#${normalized.length}` : normalized;
}

/**
 * Count the page's distinct non-blank lines into the memory. The memory is updated in place
 * (it is an accumulator, like a cache) and returned. Blank lines and one-character lines are
 * not remembered.
 */
export function rememberPage(memory: BoilerplateMemory, lines: readonly { text: string }[]): BoilerplateMemory {
  const seen = new Set<string>();
  for (const line of lines) {
    const normalized = normalizeForMatch(line.text.trim());
    if (normalized.length < 2) continue;
    seen.add(memoryKey(normalized));
  }
  let size = sizes.get(memory) ?? Object.keys(memory.lines).length;
  for (const key of seen) {
    const count = memory.lines[key];
    if (count === undefined) size++;
    memory.lines[key] = (count ?? 0) + 1;
  }
  memory.pages++;
  if (size > memory.maxLines) size = forgetRare(memory);
  sizes.set(memory, size);
  return memory;
}

/**
 * How many lines each memory holds, so that remembering a page costs the page, not the
 * memory. Counted afresh for a memory not seen before (one just read from JSON).
 */
const sizes = new WeakMap<BoilerplateMemory, number>();

/** Whether a normalized line was seen on at least `minPages` pages. */
export function isRemembered(memory: BoilerplateMemory, normalized: string): boolean {
  return (memory.lines[memoryKey(normalized)] ?? 0) >= memory.minPages;
}

/** Forget the lines seen on one page only; the number of lines left. */
function forgetRare(memory: BoilerplateMemory): number {
  let left = 0;
  for (const [key, count] of Object.entries(memory.lines)) {
    if (count <= 1) delete memory.lines[key];
    else left++;
  }
  return left;
}
