/**
 * Plain-text tables and number formatting for the benchmark report.
 *
 * @module
 */

/** A table cell: strings are left-aligned, numbers (already formatted by the caller as `Num`) right-aligned. */
export type Cell = string | Num;

/** A formatted number: right-aligned in its column. */
export class Num {
  constructor(readonly text: string) {}
}

export function fixed(value: number, digits: number): Num {
  if (!Number.isFinite(value)) return new Num(Number.isNaN(value) ? "-" : "inf");
  return new Num(value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
}

export function integer(value: number): Num {
  return fixed(value, 0);
}

export function percent(value: number): Num {
  return new Num(Number.isFinite(value) ? `${value.toFixed(1)} %` : "-");
}

/** A byte count as B / KB / MB (binary units, as the scaling sizes are). */
export function size(bytes: number): Num {
  if (bytes >= 1024 * 1024) return new Num(`${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 2)} MB`);
  if (bytes >= 1024) return new Num(`${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`);
  return new Num(`${bytes} B`);
}

export function mib(bytes: number): Num {
  return new Num(`${(bytes / (1024 * 1024)).toFixed(1)} MiB`);
}

function text(cell: Cell): string {
  return typeof cell === "string" ? cell : cell.text;
}

/** Render a table with a header row and a rule under it. */
export function renderTable(title: string, headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => text(row[i] ?? "").length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => !(typeof row[i] === "string")));
  const line = (cells: readonly Cell[], isHeader: boolean) =>
    widths
      .map((width, i) => {
        const cell = cells[i] ?? "";
        const value = text(cell);
        const right = isHeader ? numeric[i] : typeof cell !== "string";
        return right ? value.padStart(width) : value.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  const out = [title, line(headers, true), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const row of rows) out.push(line(row, false));
  return out.join("\n");
}
