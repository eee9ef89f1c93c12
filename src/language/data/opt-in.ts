/**
 * Languages considered only when the caller asks for them (`options.languages`). franc's
 * model of each is so close to a major language's that short news text in the major language
 * would often be read as this one, while news in this language is rare.
 */
export const OPT_IN_LANGUAGES: ReadonlySet<string> = new Set([
  "sco", // Scots: its model overlaps English; English news read as Scots on short samples.
]);
