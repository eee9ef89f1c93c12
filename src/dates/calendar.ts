/**
 * Calendar arithmetic on plain days (proleptic Gregorian, UTC, no time zones): validation,
 * ISO formatting, weekday, adding days and months, ISO weeks.
 *
 * @module
 */

/** A calendar day; `m` is 1-12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse `YYYY-MM-DD`; null when malformed or not a real day. */
export function parseDay(text: string | undefined): Day | null {
  if (text === undefined) return null;
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day.y, day.m, day.d) ? day : null;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_LENGTHS[m - 1] ?? 0);
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const pad4 = (n: number) => String(n).padStart(4, "0");

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  return `${pad4(day.y)}-${pad2(day.m)}-${pad2(day.d)}`;
}

/** `YYYY-MM`. */
export function formatMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

/** Days since 1970-01-01. */
export function toOrdinal(day: Day): number {
  return Math.floor(Date.UTC(day.y, day.m - 1, day.d) / 86_400_000);
}

export function fromOrdinal(n: number): Day {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromOrdinal(toOrdinal(day) + n);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return (((toOrdinal(day) + 4) % 7) + 7) % 7;
}

/** `[year, month]` shifted by `n` months. */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const index = y * 12 + (m - 1) + n;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDays(a: Day, b: Day): number {
  return toOrdinal(a) - toOrdinal(b);
}

/** ISO 8601 week of a day: `YYYY-Www` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(day: Day): string {
  const n = toOrdinal(day);
  const weekday = (weekdayOf(day) + 6) % 7; // Monday 0
  const thursday = fromOrdinal(n - weekday + 3);
  const jan1 = toOrdinal({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((n - weekday + 3 - jan1) / 7) + 1;
  return `${pad4(thursday.y)}-W${pad2(week)}`;
}
