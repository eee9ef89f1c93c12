/**
 * Headline words, English. Headlines report speech in the present tense (`Mayor Rips Council As
 * A 'Disgrace'`, `Roe Says …`), set in Title Case, so a capitalized verb there is a cue. Lower
 * case. Read by `headline.ts`.
 *
 * @module
 */

/** Cue verbs of headlines per language: base and present-tense forms (`Rip`, `Rips`, `Calls`, `Warns`). */
export const HEADLINE_CUE_VERBS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "say", "tell", "call", "rip", "slam", "blast", "hammer", "warn", "praise", "mock", "accuse", "urge", "vow",
    "pledge", "promise", "insist", "claim", "admit", "deny", "declare", "predict", "tout", "dub", "label", "brand",
    "liken", "scold", "knock", "bash", "lash", "jab", "taunt", "ridicule", "deride", "denounce", "condemn", "decry",
    "attack", "fire", "hit", "chide", "lambast", "lambaste", "skewer", "torch", "trash", "roast", "pan", "dismiss",
    "defend", "tweet", "announce", "argue", "charge", "suggest", "concede", "confess", "boast", "brag", "complain",
    "joke", "quip", "laud", "hail", "applaud", "thank", "beg", "plead", "demand", "threaten", "caution", "cheer",
    "lament", "question", "challenge", "describe", "characterize", "reveal", "explain", "answer", "respond",
    "reply", "retort", "counter", "fume", "blame", "speak", "find",
  ].flatMap(present),
};

/**
 * Words that open a headline before a colon and name a kind of piece or a section, not a speaker
 * (`The Latest: …`, `Poll: …`, `Watch: …`).
 */
export const HEADLINE_KICKERS: Readonly<Record<string, readonly string[]>> = {
  en: [
  "latest", "report", "reports", "poll", "polls", "exclusive", "watch", "video", "videos", "breaking", "analysis",
  "opinion", "update", "updates", "live", "editorial", "review", "explainer", "photos", "fact", "check", "factcheck",
  "podcast", "interview", "excerpt", "column", "commentary", "listen", "read", "transcript", "timeline", "recap",
  "morning", "evening", "today", "news", "briefing", "newsletter", "quiz", "chart", "map", "study", "survey",
  ],
};

/**
 * Prepositions that, before a name ending a headline's part before the colon, make that name the
 * speaker of what follows (`A Lesson From Jane Roe: '…'`, `Advice by Dan Cole: '…'`), whatever the
 * phrase the headline opens with. Lower case.
 */
export const HEADLINE_SOURCE_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  en: ["from", "by"],
};

/** The base form and its third-person present (`rip`, `rips`; `lash`, `lashes`; `decry`, `decries`). */
function present(base: string): string[] {
  if (/[^aeiou]y$/u.test(base)) return [base, `${base.slice(0, -1)}ies`];
  return [base, /(s|sh|ch|x|z)$/u.test(base) ? `${base}es` : `${base}s`];
}
