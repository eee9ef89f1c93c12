/**
 * Resolution of an expression against the reference day, the way a news editor reads it:
 *
 * - a bare weekday is the most recent such day on or before the reference, or the next on or
 *   after it when the clause points to the future; "last Friday" is the most recent Friday
 *   before the reference; "next Sunday" is the Sunday of the next week (weeks start on Sunday);
 * - a month-day or month without a year takes the year that puts it nearest to the reference
 *   in the direction of the tense (either direction without a cue);
 * - spans keep their own precision: "later this month" is the month, "late last year" the year,
 *   "next week" the ISO week, "last summer" the three months of the most recent summer that
 *   ended before the reference;
 * - without a reference, only an expression that carries its own year has a value.
 *
 * @module
 */
import {
  addDays,
  addMonths,
  compareDays,
  type Day,
  formatDay,
  formatMonth,
  isoWeek,
  isValidDay,
  weekdayOf,
} from "../calendar.js";
import { SEASON_START, type Season } from "../data/relative.js";
import type { DatePrecision } from "../../schema/dates.js";
import type { Expr } from "../parse/types.js";
import type { Tense } from "./tense.js";

export interface Resolved {
  value: string | null;
  precision: DatePrecision;
  /** Whether the value depends on the reference date. */
  relative: boolean;
}

/** Precision an expression has whatever the reference. */
export function precisionOf(expr: Expr): DatePrecision {
  switch (expr.kind) {
    case "day":
    case "weekday":
    case "relative-day":
      return "day";
    case "range":
      return "range";
    case "month":
    case "yearless-month":
      return "month";
    case "year":
      return "year";
    case "season":
    case "relative-season":
      return "season";
    case "month-day":
      return expr.d2 !== undefined ? "range" : "day";
    case "span":
      return expr.unit === "weekend" ? "range" : expr.unit;
    case "ago":
      return expr.unit;
  }
}

/** Resolve `expr` against `ref` (null: no reference) with the clause's tense. */
export function resolve(expr: Expr, ref: Day | null, tense: Tense | null): Resolved {
  const precision = precisionOf(expr);
  const absolute = (value: string): Resolved => ({ value, precision, relative: false });
  switch (expr.kind) {
    case "day":
      return absolute(formatDay(expr.day));
    case "range":
      return absolute(`${formatDay(expr.from)}/${formatDay(expr.to)}`);
    case "month":
      return absolute(formatMonth(expr.y, expr.m));
    case "year":
      return absolute(String(expr.y).padStart(4, "0"));
    case "season":
      return absolute(seasonValue(expr.y, expr.season));
    default:
      break;
  }
  if (ref === null) return { value: null, precision, relative: true };
  const value = resolveRelative(expr, ref, tense);
  return { value, precision, relative: true };
}

function resolveRelative(expr: Expr, ref: Day, tense: Tense | null): string | null {
  switch (expr.kind) {
    case "month-day":
      return resolveMonthDay(expr.m, expr.d, expr.m2, expr.d2, ref, tense);
    case "yearless-month":
      return resolveMonth(expr.m, ref, tense);
    case "weekday":
      return formatDay(resolveWeekday(expr.weekday, expr.shift, ref, tense));
    case "relative-day":
      return formatDay(addDays(ref, expr.days));
    case "span":
      return resolveSpan(expr.unit, expr.shift, ref, tense, expr.bare === true);
    case "ago":
      if (expr.unit === "week") return isoWeek(addDays(ref, -7 * expr.n));
      if (expr.unit === "month") return formatMonth(...addMonths(ref.y, ref.m, -expr.n));
      return String(ref.y - expr.n);
    case "relative-season":
      return resolveSeason(expr.season, expr.shift, ref, tense);
    default:
      return null;
  }
}

/** The day of a yearless month-day nearest to `ref` in the tense's direction (null when none fits). */
export function resolveMonthDayValue(m: number, d: number, ref: Day, tense: Tense | null): Day | null {
  const options: Day[] = [];
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) if (isValidDay(y, m, d)) options.push({ y, m, d });
  return pickNearest(options, ref, tense, compareDays) ?? null;
}

/** The day nearest to `ref` among the same month-day in the years around it, in the tense's direction. */
function resolveMonthDay(m: number, d: number, m2: number | undefined, d2: number | undefined, ref: Day, tense: Tense | null): string | null {
  const chosen = resolveMonthDayValue(m, d, ref, tense);
  if (!chosen) return null;
  if (d2 === undefined) return formatDay(chosen);
  const endMonth = m2 ?? m;
  const endYear = endMonth < m ? chosen.y + 1 : chosen.y;
  if (!isValidDay(endYear, endMonth, d2)) return null;
  return `${formatDay(chosen)}/${formatDay({ y: endYear, m: endMonth, d: d2 })}`;
}

function resolveMonth(m: number, ref: Day, tense: Tense | null): string {
  const options = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, m, d: 1 }));
  const refMonth = { y: ref.y, m: ref.m, d: 1 };
  const chosen = pickNearest(options, refMonth, tense, (a, b) => (a.y - b.y) * 12 + (a.m - b.m)) ?? refMonth;
  return formatMonth(chosen.y, chosen.m);
}

/** Past: the latest on or before; future: the earliest on or after; none: the nearest (ties go to the past). */
function pickNearest<T>(options: readonly T[], ref: T, tense: Tense | null, compare: (a: T, b: T) => number): T | undefined {
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of options) {
    const diff = compare(o, ref);
    if (tense === "past" && diff > 0) continue;
    if (tense === "future" && diff < 0) continue;
    const distance = Math.abs(diff) + (diff > 0 ? 0.5 : 0);
    if (distance < bestDistance) {
      best = o;
      bestDistance = distance;
    }
  }
  return best;
}

/** The weekday's day for a bare (null), last (-1), this (0) or next (1) weekday. */
export function resolveWeekday(weekday: number, shift: number | null, ref: Day, tense: Tense | null): Day {
  const refWeekday = weekdayOf(ref);
  const back = (refWeekday - weekday + 7) % 7; // days back to the most recent on or before
  const ahead = (weekday - refWeekday + 7) % 7; // days ahead to the next on or after
  if (shift === -1) return addDays(ref, -(back === 0 ? 7 : back));
  if (shift === 1) {
    // The weekday of the next Sunday-to-Saturday week.
    const nextSunday = addDays(ref, 7 - refWeekday);
    return addDays(nextSunday, weekday);
  }
  if (shift === 0) return tense === "past" ? addDays(ref, -back) : addDays(ref, ahead);
  return tense === "future" ? addDays(ref, ahead) : addDays(ref, -back);
}

function resolveSpan(unit: "week" | "weekend" | "month" | "year", shift: number, ref: Day, tense: Tense | null, bare: boolean): string {
  if (unit === "week") return isoWeek(addDays(ref, 7 * shift));
  if (unit === "month") return formatMonth(...addMonths(ref.y, ref.m, shift));
  if (unit === "year") return String(ref.y + shift);
  // Weekend: a Saturday and the Sunday after it.
  const refWeekday = weekdayOf(ref);
  const inWeekend = refWeekday === 0 || refWeekday === 6;
  const current = addDays(ref, refWeekday === 0 ? -1 : 0);
  const previous = inWeekend ? addDays(current, -7) : addDays(ref, -(refWeekday + 1));
  const upcoming = inWeekend ? addDays(current, 7) : addDays(ref, 6 - refWeekday);
  let saturday: Day;
  if (shift < 0) saturday = previous;
  else if (shift > 0) saturday = upcoming;
  else if (inWeekend) saturday = current;
  else if (bare) saturday = tense === "future" ? upcoming : previous;
  else saturday = tense === "past" ? previous : upcoming;
  return `${formatDay(saturday)}/${formatDay(addDays(saturday, 1))}`;
}

/** `YYYY-MM/YYYY-MM`: the three months of a season (winter runs from December into the next year). */
export function seasonValue(y: number, season: Season): string {
  const startMonth = SEASON_START[season];
  const [endY, endM] = addMonths(y, startMonth, 2);
  return `${formatMonth(y, startMonth)}/${formatMonth(endY, endM)}`;
}

function resolveSeason(season: Season, shift: number, ref: Day, tense: Tense | null): string {
  const startMonth = SEASON_START[season];
  const refIndex = ref.y * 12 + ref.m - 1;
  // Instances of the season around the reference: [startIndex, endIndex] in months.
  const instances = [ref.y - 2, ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, start: y * 12 + startMonth - 1, end: y * 12 + startMonth + 1 }));
  let chosen = instances[2]!;
  if (shift === -1) chosen = [...instances].reverse().find((i) => i.end < refIndex) ?? chosen;
  else if (shift === 1) chosen = instances.find((i) => i.start > refIndex) ?? chosen;
  else {
    const current = instances.find((i) => i.start <= refIndex && refIndex <= i.end);
    if (current) chosen = current;
    else if (tense === "past") chosen = [...instances].reverse().find((i) => i.end < refIndex) ?? chosen;
    else chosen = instances.find((i) => i.start > refIndex) ?? chosen;
  }
  return seasonValue(chosen.y, season);
}
