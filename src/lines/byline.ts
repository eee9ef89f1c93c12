/**
 * Read authors, place and source from a byline line: "By Cui Haipei in Dubai | China Daily |
 * Updated: 2026-01-26 09:40" gives authors ["Cui Haipei"], place "Dubai", source "China Daily";
 * "(AFP)" and "By The Associated Press" give a source and no author.
 *
 * @module
 */
import type { Byline, Line } from "../schema/article.js";
import { AUTHOR_JOINERS, BY_WORDS, DATE_LABELS, ORGANIZATION_WORDS, PLACE_WORDS } from "./data/byline-words.js";
import { NUMERIC_DATE, CLOCK_TIME } from "./data/patterns.js";
import { isNameText, nameAfterByWord } from "./shape.js";

const byWords = [...BY_WORDS].sort((a, b) => b.length - a.length);
const organizationWords = new Set(ORGANIZATION_WORDS);
const dateLabels = DATE_LABELS;
const JOINER = new RegExp(`\\s*,\\s*|\\s+(?:${AUTHOR_JOINERS.join("|")})\\s+`, "iu");
const PLACE = new RegExp(`^(.*?)\\s+(?:${PLACE_WORDS.join("|")})\\s+(\\p{Lu}[\\p{L}' .-]{1,40})$`, "u");

/** The byline of the article: the first `byline` line, read. */
export function extractByline(lines: readonly Line[]): Byline | null {
  const line = lines.find((l) => l.kind === "byline");
  return line ? readByline(line.text.trim(), line.n) : null;
}

/** Read one byline line. */
export function readByline(raw: string, n: number): Byline {
  const credit = /^[(/]\s*([^)/]+?)\s*[)/]/.exec(raw);
  if (credit) return { authors: [], place: null, source: credit[1]!, raw, line: n };

  const parts = raw
    .split("|")
    .map((p) => p.trim())
    .filter(Boolean);
  let authors: string[] = [];
  let place: string | null = null;
  let source: string | null = null;
  for (const [i, part] of parts.entries()) {
    if (isDatePart(part)) continue;
    const named = stripBy(part);
    // (A line that is only a person's name, `Giulia Ferraresi`, names its author.)
    if (i === 0 && (named !== part || parts.length > 1 || isNameText(part))) {
      const located = PLACE.exec(named);
      const names = located ? located[1]! : named;
      if (located) place = located[2]!.trim();
      if (isOrganization(names)) source = names;
      else authors = names.split(JOINER).map((a) => a.trim()).filter((a) => a.length > 1);
      // "Von Anna Schmidt, Berlin": a last item of one word after a full name is the place.
      const last = authors[authors.length - 1];
      if (place === null && authors.length >= 2 && last !== undefined && !last.includes(" ") && authors[0]!.includes(" ")) {
        place = last;
        authors = authors.slice(0, -1);
      }
    } else if (source === null) {
      source = named;
    }
  }
  return { authors, place, source, raw, line: n };
}

function stripBy(part: string): string {
  // (A lower-case by-word before a name alone: `de Andreea Munteanu`; `De Standaard` keeps its `De`.)
  const named = nameAfterByWord(part);
  if (named !== null) return named;
  const lower = part.toLowerCase();
  for (const word of byWords) {
    if (lower.startsWith(`${word} `) || lower.startsWith(`${word}:`)) return part.slice(word.length + 1).trim();
  }
  return part;
}

function isDatePart(part: string): boolean {
  const lower = part.toLowerCase();
  return dateLabels.some((label) => lower.startsWith(label)) || NUMERIC_DATE.test(part) || CLOCK_TIME.test(part);
}

function isOrganization(names: string): boolean {
  return names
    .toLowerCase()
    .split(/\s+/)
    .some((w) => organizationWords.has(w.replace(/[^\p{L}]/gu, "")));
}
