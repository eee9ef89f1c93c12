/**
 * Language stage (placeholder, replaced by the real detector).
 *
 * @module
 */
import type { Language } from "../schema/article.js";
import type { TextLine } from "../schema/stages.js";

export interface LanguageOptions {
  /** Restrict detection to these ISO 639-1 or 639-3 codes. */
  languages?: readonly string[] | undefined;
}

export const UNDETERMINED: Language = { code: "und", iso6393: "und", script: "Zyyy", confidence: 0 };

/** Detect the article language from its body-like lines. */
export function detectLanguage(_lines: readonly TextLine[], _options: LanguageOptions = {}): Language {
  return UNDETERMINED;
}
