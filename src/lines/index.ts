/**
 * Line-kinds stage. Until the classifier lands (issue "Line kinds"), every non-blank line is
 * `body` with the reason `unclassified`, so the body is the whole text and junk scores zero.
 *
 * @module
 */
import type { Byline, Language, Line } from "../schema/article.js";
import type { TextLine } from "../schema/stages.js";

/** Give every line a kind and the reasons for it. */
export function classifyLines(lines: readonly TextLine[], _language: Language): Line[] {
  return lines.map((line) =>
    line.text.trim() === ""
      ? { ...line, kind: "blank", reasons: ["empty"] }
      : { ...line, kind: "body", reasons: ["unclassified"] },
  );
}

/** Read authors, place and source from the first byline line. */
export function extractByline(_lines: readonly Line[]): Byline | null {
  return null;
}
