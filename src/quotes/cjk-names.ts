/**
 * The fuller form of a Japanese or Korean surname written earlier in the article before a title
 * (`岸田` → `岸田文雄` from `岸田文雄首相`), for coreference (`coref.ts`).
 *
 * @module
 */
import { HAN, HANGUL, SPACE, words } from "./cjk-text.js";
import { JA, KO } from "./data/cjk.js";

/** Occurrences of a name read for its fuller form, and characters of a given name after a surname. */
const MAX_OCCURRENCES = 200;

const MAX_GIVEN = 3;

/**
 * The fuller form of a Japanese or Korean surname in `text[lo, hi)`: the surname and a given name
 * right before a title (`岸田` → `岸田文雄` from `岸田文雄首相`, `추` → `추경호` from `추경호
 * 경제부총리`); null when there is none. Bounded: at most {@link MAX_OCCURRENCES} occurrences.
 */
export function cjkFullName(text: string, name: string, lo: number, hi: number): string | null {
  if (name.length === 0 || name.length > 3) return null;
  const korean = HANGUL.test(name);
  const given = korean ? HANGUL : /\p{Script=Han}/u;
  const titles = words(korean ? KO.titles : JA.titles);
  let best: string | null = null;
  let n = 0;
  for (let at = text.indexOf(name, lo); at !== -1 && at < hi && n < MAX_OCCURRENCES; at = text.indexOf(name, at + 1)) {
    n++;
    const from = at + name.length;
    let e = from;
    while (e < hi && e - from < MAX_GIVEN && given.test(text[e]!)) e++;
    // The title right after the given name, the shortest that one follows (`林芳正官房長官` is
    // `林芳正`, not `林芳正官房`); in Korean, after a space.
    for (let g = from; g <= e; g++) {
      let t = g;
      if (korean) {
        if (!SPACE.test(text[t] ?? "")) continue;
        t++;
        let w = t;
        while (w < hi && HANGUL.test(text[w]!)) w++;
        // (The title's word may carry a particle: `경제부총리는`.)
        const word = text.slice(t, w);
        if (!titles.ends(word) && !titles.ends(word.slice(0, -1))) continue;
      } else if (!titles.at(text, t, hi)) continue;
      // (A country before the title is no part of the name: `習近平中国国家主席`.)
      const extension = text.slice(from, g);
      const found = words(korean ? KO.countries : JA.countries).ends(extension);
      const country = found && (found.length > 1 || !HAN.test(extension[extension.length - 2] ?? "")) ? found : null;
      const full = text.slice(at, country ? g - country.length : g);
      if (!best || full.length > best.length) best = full;
      break;
    }
  }
  return best !== null && best.length > name.length ? best : null;
}
