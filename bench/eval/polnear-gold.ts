/**
 * A repaired polnear gold, derived from the brat annotation (.ann) of an article instead of
 * taken from quoted-segments.jsonl, whose derivation has known gaps:
 *
 * - a discontinuous Content (`s e;s e`) split at a sentence gap hides a quotation that runs
 *   across the gap (it lies inside the Content, but inside none of its ranges);
 * - “…" and "…” (one curly, one straight mark) were mis-paired into junk segments;
 * - ‘…’ and '…' quotations (headlines, some wire copy) and ''…'' ones are missing.
 *
 * The rule here, kept simple and conservative:
 *
 * 1. Contents: each Content's ranges are sorted and merged when the text between two
 *    consecutive ranges is whitespace only (or empty); other gaps (a cue, `he said,`) stay gaps.
 * 2. Segments: quotation marks are paired within one line (a paragraph of the corpus text),
 *    an opener with the next closer.
 *    - Double marks `“ ” "` and a doubled apostrophe `''`. `“` opens (unless glued to a word
 *      before it) and `”` closes, whatever is around them, so “…" and "…” pair. `"` and `''`
 *      open at the line start or after whitespace, an opening bracket or another mark when a
 *      non-space follows; they close after a non-space when the line end, whitespace,
 *      punctuation, a closing bracket or another mark follows. Two sloppy-copy cases: glued
 *      between punctuation and a word (`said:"We`) they open when nothing is open; spaced on
 *      both sides after a comma, stop or single mark (`…,' " he said`) or glued between such
 *      punctuation and a word (`…,"Katie`) they close what is open. An opener of the other
 *      style (curly inside straight, or straight inside curly) opens a quotation nested in the
 *      open one, which is left out (it is part of the outer one); an opener of the same style,
 *      or any opener right after the open one (`"“`: a stray mark), replaces the open one (that was not closed in its paragraph: a quotation running on
 *      into the next paragraph, which the corpus opens again there).
 *    - Single marks `‘ ’ '`, only outside the double-mark segments (a quotation nested in
 *      another is part of it): `‘` or `'` opens after the line start, whitespace, an opening
 *      bracket or a mark when a letter follows; `’` or `'` closes after a non-space when the
 *      line end, whitespace or punctuation follows. `’` never opens and `‘` never closes, so
 *      `’90s` and `rock ’n’ roll` are apostrophes; the quoted text needs two letters (`'n'`
 *      is no quotation).
 * 3. A segment counts when its text (without the marks: annotators often leave a mark out of
 *    the Content, and quoted-segments.jsonl counts those) lies inside a merged Content range.
 *    Its speakers are the Source spans of that attribution (the innermost Content when
 *    several contain it); its kind is `full` when the Content's part on the segment's line
 *    is nothing but quoted segments, marks, whitespace and punctuation, else `partial`.
 *
 * Checked against quoted-segments.jsonl (see the polnear notes of the eval): it reproduces
 * all but a handful of the jsonl's segments, with the same source spans and nearly always the
 * same kind; those it drops are pairs across a nested quotation with the same marks, or have
 * an opener glued to the word before it.
 *
 * @module
 */
import type { Range } from "./metrics.js";

/** One annotated Content: its ranges (raw UTF-16 offsets) and its attribution's Source spans. */
export interface AnnContent {
  ranges: Range[];
  sources: Range[];
}

/** A derived gold segment. */
export interface RepairedSegment {
  /** The quotation with its marks. */
  range: Range;
  /** The Content range (merged) it lies in. */
  content: Range;
  speakers: Range[];
  kind: "full" | "partial";
  marks: "double" | "single";
  /** The segment lies inside its Content only once ranges are merged (it spans a gap). */
  acrossGap: boolean;
}

const T_LINE = /^(T\d+)\t(\S+) ([\d; ]+)\t/u;
const E_LINE = /^(E\d+)\t(.*)$/u;

/**
 * The Contents of a brat .ann file, each with the Source spans of its event (`E` line).
 * Offsets are mapped with `cp` (code points to UTF-16). Lines that continue a record whose
 * covered text has a newline, notes (`#`) and other records are ignored.
 */
export function parseAnnContents(ann: string, cp: (x: number) => number = (x) => x): AnnContent[] {
  const spans = new Map<string, { type: string; ranges: Range[] }>();
  const events: string[][] = [];
  for (const line of ann.split("\n")) {
    const t = T_LINE.exec(line);
    if (t) {
      const ranges = t[3]!
        .split(";")
        .map((r) => r.trim().split(/\s+/u).map(Number))
        .filter((r) => r.length === 2 && r.every(Number.isFinite))
        .map(([a, b]) => ({ start: cp(a!), end: cp(b!) }));
      spans.set(t[1]!, { type: t[2]!, ranges });
      continue;
    }
    const e = E_LINE.exec(line);
    if (e) events.push(e[2]!.trim().split(/\s+/u));
  }
  const out: AnnContent[] = [];
  for (const ev of events) {
    const args = ev.map((x) => spans.get(x.slice(x.indexOf(":") + 1)));
    const sources = args.filter((t) => t?.type === "Source").flatMap((t) => t!.ranges);
    for (const c of args) if (c?.type === "Content") out.push({ ranges: c.ranges, sources });
  }
  return out;
}

/** Sort `ranges` and merge those that overlap, touch, or are separated by whitespace only. */
export function mergeRanges(text: string, ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && (r.start <= last.end || /^\s*$/u.test(text.slice(last.end, r.start)))) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

const QUOTE_CHARS = "\"'\u201C\u201D\u2018\u2019";
const OPEN_BEFORE = new RegExp(`[\\s([{${QUOTE_CHARS}]`, "u");
const CLOSE_AFTER = new RegExp(`[\\s.,;:!?)\\]}\u2010-\u2015\u2026${QUOTE_CHARS}-]`, "u");
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/**
 * Quotation segments (marks included) of `text`, paired within each line by the rule in the
 * module comment. Sorted by start.
 */
export function pairQuotations(text: string): { range: Range; marks: "double" | "single" }[] {
  const out: { range: Range; marks: "double" | "single" }[] = [];
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const base = line.index ?? 0;
    const doubles = pairDoubles(line[0]);
    for (const d of doubles) out.push({ range: { start: base + d.start, end: base + d.end }, marks: "double" });
    for (const s of pairSingles(line[0], doubles)) out.push({ range: { start: base + s.start, end: base + s.end }, marks: "single" });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** Can the double mark at `at` (of `len` characters) open, close, both or neither a quotation? */
function doubleRole(line: string, at: number, len: number, pending: boolean): { opens: boolean; closes: boolean } {
  const ch = line[at];
  const before = line[at - 1];
  const after = line[at + len];
  // “ and ” say which they are: “ opens unless glued to a word before it, ” closes what is open
  if (ch === "\u201C") return { opens: before === undefined || !WORD.test(before), closes: false };
  if (ch === "\u201D") return { opens: false, closes: pending };
  const spaceBefore = before === undefined || SPACE.test(before);
  const spaceAfter = after === undefined || SPACE.test(after);
  // " and '': by their neighbours
  let opens = (before === undefined || OPEN_BEFORE.test(before)) && !spaceAfter;
  let closes = !spaceBefore && (after === undefined || CLOSE_AFTER.test(after));
  // glued to punctuation and a word ("…said:"We"): opens when nothing is open
  if (!opens && !closes && !pending && !spaceBefore && !WORD.test(before!) && after !== undefined && WORD.test(after)) opens = true;
  // glued between punctuation and a word (…audiences,"Katie): closes what is open
  if (pending && !opens && !closes && !spaceBefore && /[.,;:!?\u2026]/u.test(before!) && after !== undefined && WORD.test(after)) closes = true;
  // spaced on both sides after a comma, stop or closing single mark ("…,' " said): closes
  if (pending && !opens && !closes && spaceBefore && spaceAfter && /[.,;:!?\u2026'\u2019]\s+$/u.test(line.slice(0, at))) closes = true;
  return { opens, closes };
}

function pairDoubles(line: string): Range[] {
  const out: Range[] = [];
  const open: { at: number; end: number; curly: boolean }[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    let len = 0;
    if (ch === "\u201C" || ch === "\u201D" || ch === '"') len = 1;
    else if (ch === "'" && line[i + 1] === "'") len = 2;
    else continue;
    const curly = ch === "\u201C" || ch === "\u201D";
    const { opens, closes } = doubleRole(line, i, len, open.length > 0);
    const top = open[open.length - 1];
    if (top && closes) {
      out.push({ start: top.at, end: i + len });
      open.pop();
    } else if (opens) {
      // the other style of mark opens a quotation inside; the same style, or any mark right
      // after the opener ("“), replaces the opener
      if (top && (top.curly === curly || top.end === i)) open.pop();
      open.push({ at: i, end: i + len, curly });
    }
    i += len - 1;
  }
  // a quotation nested in another is part of it
  return out.filter((r) => !out.some((o) => o !== r && o.start <= r.start && r.end <= o.end)).sort((a, b) => a.start - b.start);
}

function pairSingles(line: string, doubles: readonly Range[]): Range[] {
  const out: Range[] = [];
  const inDouble = (i: number): Range | undefined => doubles.find((d) => d.start <= i && i < d.end);
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== "\u2018" && ch !== "\u2019" && ch !== "'") continue;
    if (ch === "'" && (line[i + 1] === "'" || line[i - 1] === "'")) continue; // part of a '' mark
    const d = inDouble(i);
    if (d) {
      // a single quotation does not cross a double one; nested ones are left out
      open = -1;
      i = d.end - 1;
      continue;
    }
    const opens = ch !== "\u2019" && (i === 0 || OPEN_BEFORE.test(line[i - 1]!)) && /\p{L}/u.test(line[i + 1] ?? "");
    const closes = ch !== "\u2018" && i > 0 && !/\s/u.test(line[i - 1]!) && (i + 1 === line.length || CLOSE_AFTER.test(line[i + 1]!));
    if (open !== -1 && closes) {
      if ((line.slice(open + 1, i).match(/\p{L}/gu)?.length ?? 0) >= 2) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      } else if (opens) open = i;
      else open = -1;
    } else if (opens) open = i;
  }
  return out;
}

const RESIDUE = /^[\s"'\u201C\u201D\u2018\u2019.,;:!?\u2026\u2010-\u2015-]*$/u;

/**
 * The repaired gold of one article: every segment of {@link pairQuotations} lying inside a
 * merged Content range of `contents` (its text without the marks, that is; annotators often
 * leave a mark out of the Content), once: with the innermost Content's attribution when
 * several contain it. A segment is `full` when the segments in its Content leave nothing of
 * the Content's part on that line (paragraph) but whitespace, marks and punctuation: a
 * Content of several paragraphs can have a full quotation in one and indirect speech in another.
 */
export function repairedSegments(text: string, contents: readonly AnnContent[]): RepairedSegment[] {
  const merged = contents.flatMap((c) => mergeRanges(text, c.ranges).map((range) => ({ range, sources: c.sources, parts: c.ranges })));
  const found: { seg: ReturnType<typeof pairQuotations>[number]; inner: Range; in: (typeof merged)[number] }[] = [];
  for (const seg of pairQuotations(text)) {
    const inner = innerRange(text, seg.range);
    let best: (typeof merged)[number] | undefined;
    for (const m of merged) {
      if (m.range.start <= inner.start && inner.end <= m.range.end && (!best || m.range.end - m.range.start < best.range.end - best.range.start))
        best = m;
    }
    if (best) found.push({ seg, inner, in: best });
  }
  // full: the segments leave nothing of the Content's part on their line (paragraph)
  const full = found.map((f) => {
    const lineStart = text.lastIndexOf("\n", f.seg.range.start) + 1;
    const nl = text.indexOf("\n", f.seg.range.end);
    const from = Math.max(f.in.range.start, lineStart);
    const to = Math.min(f.in.range.end, nl === -1 ? text.length : nl);
    let rest = "";
    let at = from;
    for (const g of found) {
      if (g.in !== f.in || g.seg.range.end <= from || g.seg.range.start >= to) continue;
      rest += text.slice(at, Math.max(at, g.seg.range.start));
      at = Math.max(at, g.seg.range.end);
    }
    rest += text.slice(at, Math.max(at, to));
    return RESIDUE.test(rest);
  });
  return found.map((f, i) => ({
    range: f.seg.range,
    content: f.in.range,
    speakers: f.in.sources,
    kind: full[i] ? "full" : "partial",
    marks: f.seg.marks,
    acrossGap: !f.in.parts.some((r) => r.start <= f.inner.start && f.inner.end <= r.end),
  }));
}

/** A segment without its marks (and the whitespace next to them). */
function innerRange(text: string, seg: Range): Range {
  const len = (at: number): number => (text.startsWith("''", at) ? 2 : 1);
  let start = seg.start + len(seg.start);
  let end = seg.end - (text.startsWith("''", seg.end - 2) && seg.end - 2 >= start ? 2 : 1);
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}
