/**
 * Line-kinds stage: every line gets a kind and the reasons for it; the headline, standfirst
 * and byline follow from the kinds. Junk is labelled, never dropped.
 *
 * @module
 */
export { classifyLines } from "./classify.js";
export type { LinesContext, LinesOptions } from "./classify.js";
export { extractByline, readByline } from "./byline.js";
export { readHeadlines } from "./headline.js";
export type { Headlines } from "./headline.js";
export { createBoilerplateMemory, rememberPage, isRemembered } from "./memory.js";
export { RULES } from "./rules.js";
export type { RuleName } from "./rules.js";
