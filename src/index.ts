/**
 * copydesk: messy scraped news text in, a clean typed {@link Article} out.
 *
 * The pipeline runs prepare -> language -> lines -> dates -> quotes -> names; each stage is
 * exported on its own with typed input and output.
 *
 * @packageDocumentation
 */
export { normalizeArticle, resolveOptions, STAGES } from "./article.js";
export type { StageName } from "./article.js";
export { prepareText } from "./prepare/index.js";
export { detectLanguage, detectLineLanguages, detectScript, detectTextLanguage } from "./language/index.js";
export type { LanguageOptions } from "./language/index.js";
export {
  classifyLines,
  createBoilerplateMemory,
  extractByline,
  isRemembered,
  readByline,
  readHeadlines,
  rememberPage,
  RULES,
} from "./lines/index.js";
export type { Headlines, LinesContext, LinesOptions, RuleName } from "./lines/index.js";
export { extractDates } from "./dates/index.js";
export type { DateFindings, DateOptions } from "./dates/index.js";
export { extractQuotes } from "./quotes/index.js";
export type { QuoteContext } from "./quotes/index.js";
export { ALIAS_TABLE_VERSION, extractEntities } from "./names/index.js";
export type { NameContext, NameFindings } from "./names/index.js";
export * from "./schema/index.js";
