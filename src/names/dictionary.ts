/**
 * Names in scripts without capital letters (Arabic, Hebrew, Chinese, Japanese, Devanagari,
 * Thai, ...) are found by dictionary: the alias table's spellings in those scripts, looked up
 * at each position by first character, longest first. In spaced scripts a match must stand at
 * word boundaries (a one-letter Arabic proclitic before it is allowed).
 *
 * @module
 */
import type { AliasIndex } from "./alias-index.js";
import { ARABIC_PROCLITICS } from "./data/words.js";
import type { Candidate } from "./mentions.js";
import { isCaselessScript, isLetterCode, isUnspacedScript } from "./script.js";
import type { Segment } from "./tokens.js";


/** Find alias-table spellings in caseless scripts within the segments. */
export function findDictionaryNames(text: string, segments: readonly Segment[], index: AliasIndex): Candidate[] {
  const out: Candidate[] = [];
  if (index.caseless.size === 0) return out;
  for (const seg of segments) {
    let i = seg.start;
    while (i < seg.end) {
      const cp = text.codePointAt(i) ?? 0;
      const width = cp > 0xffff ? 2 : 1;
      if (!isCaselessScript(cp)) {
        i += width;
        continue;
      }
      const list = index.caseless.get(String.fromCodePoint(cp));
      let matched = 0;
      if (list) {
        for (const s of list) {
          const end = i + s.text.length;
          if (end > seg.end || !text.startsWith(s.text, i)) continue;
          if (!isUnspacedScript(cp)) {
            const before = i > seg.start ? text.charCodeAt(i - 1) : 32;
            const beforeOk = !isLetterCode(before) || (ARABIC_PROCLITICS.includes(text[i - 1] ?? "") && (i - 1 <= seg.start || !isLetterCode(text.charCodeAt(i - 2))));
            const after = end < seg.end ? text.charCodeAt(end) : 32;
            if (!beforeOk || isLetterCode(after)) continue;
          }
          out.push({
            text: s.text,
            start: i,
            end,
            line: seg.line,
            words: [s.text],
            afterRole: false,
            placeCue: false,
            speechVerb: false,
            initialOnly: false,
            dictionary: s.record.id,
          });
          matched = s.text.length;
          break;
        }
      }
      i += matched > 0 ? matched : width;
    }
  }
  return out;
}
