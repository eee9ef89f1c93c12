/**
 * Numeric dates: ISO `2026-01-26` (with an optional time and offset), `2026/01/26`,
 * day-first `26.01.2026`, `26/01/2026`, `26-01-2026` (month-first only when the day-first
 * reading is impossible), and CJK `2026年1月26日`, `1月23日`, `2026年1月`, `2022年`.
 * A number glued to more digits, dots or slashes (versions, phone numbers) is not a date.
 *
 * @module
 */
import { isValidDay } from "../calendar.js";
import { allMatches, asciiDigits } from "../lexicon.js";
import { readTime } from "./time.js";
import { Family } from "../anchors.js";
import { type Candidate, mayHave, type Parser } from "./types.js";

const ISO = /(?<![\d.\/\-:])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[.\/\-]\d)/gu;
const DAY_FIRST = /(?<![\d.\/\-:,])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d]|[.\/\-]\d)/gu;
const CJK = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號](?:\s*(?:[-–~～至到]\s*(\d{1,2})\s*[日号號]))?/gu;
const CJK_MONTH = /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/gu;
const CJK_YEAR = /(?<!\d)(\d{4})\s*年(?!\s*\d{1,2}\s*月)/gu;
const HAS_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;
const HAS_CJK_DATE = /[年月]/u;

const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

function withTime(text: string, end: number): { time?: ReturnType<typeof readTime>; end: number } {
  const t = readTime(text.slice(end, end + 40));
  return t ? { time: t, end: end + t.length } : { end };
}

/** Find numeric dates in one line. */
export const parseNumeric: Parser = (raw, context) => {
  const digits = mayHave(context, Family.Digits);
  const cjk = mayHave(context, Family.Cjk);
  if ((!digits && !cjk) || !HAS_DIGIT.test(raw)) return [];
  const text = asciiDigits(raw);
  const out: Candidate[] = [];
  if (digits) numericDates(text, out);
  if (cjk && HAS_CJK_DATE.test(text)) cjkDates(text, out);
  return out;
};

function numericDates(text: string, out: Candidate[]): void {
  for (const m of allMatches(ISO, text)) {
    const y = Number(m[1]);
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (y < MIN_YEAR || y > MAX_YEAR || !isValidDay(y, mo, d)) continue;
    const start = m.index;
    const t = withTime(text, start + m[0].length);
    out.push({ start, end: t.end, expr: { kind: "day", day: { y, m: mo, d }, ...(t.time ? { time: t.time.time } : {}) }, parser: "iso" });
  }
  for (const m of allMatches(DAY_FIRST, text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    if (y < MIN_YEAR || y > MAX_YEAR) continue;
    let day = { y, m: b, d: a };
    if (!isValidDay(day.y, day.m, day.d)) {
      // 01/26/2026 cannot be day-first: read it month-first.
      if (m[2] === "/" && isValidDay(y, a, b)) day = { y, m: a, d: b };
      else continue;
    }
    const start = m.index;
    const t = withTime(text, start + m[0].length);
    out.push({ start, end: t.end, expr: { kind: "day", day, ...(t.time ? { time: t.time.time } : {}) }, parser: "day-first" });
  }
}

function cjkDates(text: string, out: Candidate[]): void {
  {
    for (const m of allMatches(CJK, text)) {
      const mo = Number(m[2]);
      const d = Number(m[3]);
      const d2 = m[4] ? Number(m[4]) : undefined;
      const start = m.index;
      const end = start + m[0].length;
      if (m[1]) {
        const y = Number(m[1]);
        if (!isValidDay(y, mo, d)) continue;
        if (d2 !== undefined && isValidDay(y, mo, d2) && d2 > d) {
          out.push({ start, end, expr: { kind: "range", from: { y, m: mo, d }, to: { y, m: mo, d: d2 } }, parser: "cjk" });
        } else {
          const t = withTime(text, end);
          out.push({ start, end: t.end, expr: { kind: "day", day: { y, m: mo, d }, ...(t.time ? { time: t.time.time } : {}) }, parser: "cjk" });
        }
      } else {
        if (!isValidDay(2024, mo, d)) continue;
        if (d2 !== undefined && d2 > d && d2 <= 31) out.push({ start, end, expr: { kind: "month-day", m: mo, d, m2: mo, d2 }, parser: "cjk" });
        else out.push({ start, end, expr: { kind: "month-day", m: mo, d }, parser: "cjk" });
      }
    }
    for (const m of allMatches(CJK_MONTH, text)) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12) continue;
      out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: "month", y, m: mo }, parser: "cjk" });
    }
    for (const m of allMatches(CJK_YEAR, text)) {
      const y = Number(m[1]);
      if (y < MIN_YEAR || y > MAX_YEAR) continue;
      out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: "year", y }, parser: "cjk" });
    }
  }
}
