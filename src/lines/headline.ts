/**
 * The headline and standfirst texts from labelled lines: the line marked as the headline (not
 * a repetition or the page's title bar), without a leading scraper date header.
 *
 * @module
 */
import type { Line } from "../schema/article.js";
import { dateHeaderLength } from "./shape.js";

export interface Headlines {
  title: string | null;
  subtitle: string | null;
}

export function readHeadlines(lines: readonly Line[]): Headlines {
  const title = lines.find((l) => l.kind === "title" && l.reasons.includes("headline")) ?? lines.find((l) => l.kind === "title");
  const subtitle = lines.find((l) => l.kind === "subtitle");
  return { title: title ? contentOf(title) : null, subtitle: subtitle ? contentOf(subtitle) : null };
}

function contentOf(line: Line): string {
  const header = line.reasons.includes("date-header") ? dateHeaderLength(line.text) : 0;
  return line.text.slice(header).trim();
}
