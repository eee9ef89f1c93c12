/**
 * The names of the classifier's rules. Each label's `reasons` lists the rules that decided it,
 * and `options.disableRules` turns any of them off by name.
 *
 * @module
 */
export const RULES = [
  "date-header",
  "spam",
  "seen-on-other-pages",
  "phrase",
  "counter",
  "link-only",
  "breadcrumb",
  "pagination",
  "date-line",
  "dateline",
  "byline",
  "caption",
  "repeated",
  "comments",
  "about-section",
  "promo-list",
  "count-list",
  "headline",
  "subtitle",
  "heading",
  "context",
  "live-blog",
] as const;
export type RuleName = (typeof RULES)[number];

/** Which rules are on: all unless named in `disabled`. */
export function ruleSwitch(disabled: readonly string[] | undefined): (rule: RuleName) => boolean {
  if (!disabled || disabled.length === 0) return () => true;
  const off = new Set(disabled);
  return (rule) => !off.has(rule);
}
