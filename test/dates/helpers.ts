// Small helpers for the dates tests: run one parser on a sentence and keep what matters.
import type { Candidate, ParseContext, Parser } from "../../src/dates/parse/types.js";
import type { Line } from "../../src/schema/article.js";

export function found(parser: Parser, text: string, context: ParseContext = { language: "en" }): { text: string; expr: Candidate["expr"] }[] {
  return parser(text, context).map((c) => ({ text: text.slice(c.start, c.end), expr: c.expr }));
}

/** Lines as the lines stage gives them today: non-blank lines are `body`. */
export function toLines(text: string, kinds: Record<number, Line["kind"]> = {}): Line[] {
  const out: Line[] = [];
  let start = 0;
  text.split("\n").forEach((t, i) => {
    const n = i + 1;
    out.push({ n, start, end: start + t.length, text: t, kind: kinds[n] ?? (t.trim() === "" ? "blank" : "body"), reasons: [] });
    start += t.length + 1;
  });
  return out;
}
