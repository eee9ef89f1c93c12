/**
 * Output formats of the command line: pretty JSON, NDJSON, the clean body text, and a short
 * human-readable summary.
 *
 * @module
 */
import type { Article, LineKind } from "../schema/article.js";

export function formatJson(article: Article): string {
  return JSON.stringify(article, null, 2);
}

export function formatNdjson(article: Article): string {
  return JSON.stringify(article);
}

export function formatText(article: Article): string {
  return article.body;
}

/** A few lines a person can read: what copydesk made of the article. */
export function formatSummary(article: Article): string {
  const kinds = new Map<LineKind, number>();
  for (const line of article.lines) kinds.set(line.kind, (kinds.get(line.kind) ?? 0) + 1);
  const kindList = [...kinds.entries()]
    .filter(([kind]) => kind !== "blank")
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ");
  const lang = article.language;
  const words = article.body.split(/\s+/).filter(Boolean).length;
  const rows: [string, string][] = [
    ["language", `${lang.code} (${lang.iso6393}, ${lang.script}, confidence ${lang.confidence.toFixed(2)})`],
    ["title", article.title ?? "-"],
    ["subtitle", article.subtitle ?? "-"],
    ["byline", article.byline ? article.byline.raw : "-"],
    ["dateline", article.dateline ? article.dateline.raw : "-"],
    ["published", article.published ? `${article.published.value} (from ${article.published.from})` : "-"],
    ["lines", `${article.lines.length} (${kindList || "none"})`],
    ["body", `${article.paragraphs.length} paragraphs, ${words} words`],
    ["quotes", String(article.quotes.length)],
    ["entities", article.entities.map((e) => e.canonical).join(", ") || "-"],
    ["dates", article.dates.map((d) => `${d.text} → ${d.value ?? "?"}`).join("; ") || "-"],
    ["warnings", article.warnings.map((w) => w.code).join(", ") || "-"],
  ];
  const header = article.source ? `== ${article.source.path}` : "== article";
  return [header, ...rows.map(([k, v]) => `  ${k.padEnd(10)} ${truncate(v, 100)}`)].join("\n");
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
