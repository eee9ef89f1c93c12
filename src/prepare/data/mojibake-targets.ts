/**
 * Characters whose mojibake is repaired even when it stands alone.
 *
 * A lone lead-plus-continuation pair can be legitimate text: German `„Gruß“` has `ß“`, which
 * re-encodes to the valid UTF-8 of U+07D3 (NKo); French `voilà »` (with a no-break space)
 * re-encodes to U+083B (Samaritan); `CAFÉ”` to U+0254 (IPA). So an isolated sequence is only
 * repaired when it decodes to a character that mojibake commonly hides and that the letters
 * involved rarely produce by accident. Anything else needs more evidence: a neighbouring
 * mojibake sequence, or a C1 control among its characters (see `mojibake.ts`).
 *
 * @module
 */

/** Inclusive code point ranges, sorted. */
export const LIKELY_ALONE: readonly (readonly [number, number])[] = [
  [0x0080, 0x017f], // Latin-1 Supplement and Latin Extended-A: Ã© é, Â© ©, Å‚ ł, ÄŸ ğ
  [0x018f, 0x018f], // Ə (Azerbaijani)
  [0x01a0, 0x01a1], // Ơ ơ (Vietnamese)
  [0x01af, 0x01b0], // Ư ư (Vietnamese)
  [0x0218, 0x021b], // Ș ș Ț ț (Romanian): È™ ș
  [0x0259, 0x0259], // ə (Azerbaijani)
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese): á»… ễ
  [0x2000, 0x27ff], // punctuation, currency, letterlike, arrows, symbols, dingbats: â€™ ’
  [0x2900, 0x2bff], // arrows and symbols (⤴ ⬆ ⭐); Braille U+2800–U+28FF is left out (`â »`)
  [0x3000, 0x303f], // CJK punctuation: ã€‚ 。
  [0xfe00, 0xffff], // variation selectors, BOM (ï»¿), half/full-width forms, U+FFFD (ï¿½)
  [0x1f000, 0x1faff], // emoji: ðŸ˜€ 😀
];

/** Whether mojibake decoding to `codePoint` is repaired without further evidence. */
export function isLikelyAlone(codePoint: number): boolean {
  for (const [first, last] of LIKELY_ALONE) {
    if (codePoint < first) return false;
    if (codePoint <= last) return true;
  }
  return false;
}
