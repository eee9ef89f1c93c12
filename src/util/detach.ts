/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice of
 * 13 characters or more as a view into its parent string, so a slice stored in a cache that
 * outlives the call (a name from an article, say) would keep that whole article in memory. The
 * caches that outlive a call store detached copies; short strings are copies already.
 *
 * @module
 */

/** Strings shorter than this are never views into another string. */
const SLICE_MIN = 13;

export function detach(s: string): string {
  return s.length < SLICE_MIN ? s : (JSON.parse(JSON.stringify(s)) as string);
}
