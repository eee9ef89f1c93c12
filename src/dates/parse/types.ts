/**
 * What the parsers find: a span of one line and the calendar meaning of the expression, before
 * it is resolved against a reference date.
 *
 * @module
 */
import type { Day } from "../calendar.js";
import type { Season, SpanUnit } from "../data/relative.js";

/** A time of day read next to a date (published dates only). */
export interface TimeOfDay {
  hour: number;
  minute: number;
  /** UTC offset as `+HH:MM`, only when the text states one. */
  offset?: string;
}

/** The meaning of a temporal expression. */
export type Expr =
  /** A day with its own year ("26 January 2026", "2026-01-26"). */
  | { kind: "day"; day: Day; time?: TimeOfDay }
  /** A range of days with its own year ("Jan. 23-24, 2026"). */
  | { kind: "range"; from: Day; to: Day }
  /** A month with its year ("February 2022"). */
  | { kind: "month"; y: number; m: number }
  /** A year ("in 2014"). */
  | { kind: "year"; y: number }
  /** A season with its year ("summer 2022"). */
  | { kind: "season"; y: number; season: Season }
  /** A month and day without a year ("Feb. 1"), or a range of them ("Jan. 23-24"). */
  | { kind: "month-day"; m: number; d: number; m2?: number; d2?: number }
  /** A month without a year ("in May"). */
  | { kind: "yearless-month"; m: number }
  /** A weekday; shift -1 "last", 0 "this", 1 "next", null bare. */
  | { kind: "weekday"; weekday: number; shift: number | null }
  /** A day relative to the reference ("yesterday", "two days ago"). */
  | { kind: "relative-day"; days: number }
  /** A week, weekend, month or year relative to the reference ("later this month"). */
  | { kind: "span"; unit: SpanUnit; shift: number; bare?: boolean }
  /** "three weeks ago", "two months ago". */
  | { kind: "ago"; unit: "week" | "month" | "year"; n: number }
  /** "last summer", "this spring". */
  | { kind: "relative-season"; season: Season; shift: number };

/** A parser's finding; offsets index the line's text. */
export interface Candidate {
  start: number;
  end: number;
  expr: Expr;
  /** Which parser found it (for debugging and tie-breaking). */
  parser: string;
}

/** What every parser receives. */
export interface ParseContext {
  /** Lower-case ISO 639-1 code of the article's language, or "und". */
  language: string;
  /** Bit set of `Family` values found on the line by `scanFamilies`; absent: try every parser. */
  families?: number;
}

/**
 * The article's context with the families of one line. A class, not `Object.create` with a
 * property descriptor: that makes a slow dictionary object, and every parser reads it.
 */
export class LineContext implements ParseContext {
  constructor(
    private readonly article: ParseContext,
    readonly families: number,
  ) {}

  get language(): string {
    return this.article.language;
  }
}

/** Whether the line may hold something of `family` (always true without a scan). */
export function mayHave(context: ParseContext, family: number): boolean {
  return context.families === undefined || (context.families & family) !== 0;
}

export type Parser = (text: string, context: ParseContext) => Candidate[];
