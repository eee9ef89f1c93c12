// Builds the quotes stage's input from a plain text: one line per "\n", content lines `body`
// unless a kind is given for a line number.
import type { Line, LineKind, Quote } from "../../src/index.js";
import { extractQuotes } from "../../src/quotes/index.js";

export function linesOf(text: string, kinds: Record<number, LineKind> = {}): Line[] {
  let start = 0;
  return text.split("\n").map((t, i) => {
    const line: Line = {
      n: i + 1,
      start,
      end: start + t.length,
      text: t,
      kind: t.trim() === "" ? "blank" : (kinds[i + 1] ?? "body"),
      reasons: [],
    };
    start += t.length + 1;
    return line;
  });
}

export function quotesOf(
  text: string,
  options: { language?: string; kinds?: Record<number, LineKind>; exclude?: { start: number; end: number }[] } = {},
): Quote[] {
  const code = options.language ?? "en";
  return extractQuotes(text, linesOf(text, options.kinds), {
    language: { code, iso6393: "und", script: "Latn", confidence: 1 },
    exclude: options.exclude ?? [],
  });
}

/** The quotes as compact rows for assertions. */
export function rows(quotes: readonly Quote[]): { text: string; speaker: string | null; mention: string | null; cue: string | null; kind: string }[] {
  return quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker?.name ?? null,
    mention: q.speaker?.mention?.text ?? null,
    cue: q.cue?.text ?? null,
    kind: q.kind,
  }));
}

/** Every offset of every quote slices to its text. */
export function checkOffsets(text: string, quotes: readonly Quote[]): void {
  for (const q of quotes) {
    if (text.slice(q.start, q.end) !== q.text) throw new Error(`quote offsets: ${JSON.stringify(q.text)}`);
    if (q.cue && text.slice(q.cue.start, q.cue.end) !== q.cue.text) throw new Error(`cue offsets: ${JSON.stringify(q.cue.text)}`);
    const m = q.speaker?.mention;
    if (m && text.slice(m.start, m.end) !== m.text) throw new Error(`mention offsets: ${JSON.stringify(m.text)}`);
  }
}
