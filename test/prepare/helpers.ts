/**
 * Helpers shared by the prepare tests.
 *
 * @module
 */
import { expect } from "vitest";
import type { PreparedText } from "../../src/schema/stages.js";

/** Every line break the prepare stage turns into `\n`. */
const INPUT_LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/** Number of physical lines of a raw input string. */
export function countInputLines(input: string): number {
  return input.split(INPUT_LINE_BREAK).length;
}

/** Encode a string as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Throw (via expect) unless `prepared` satisfies the line invariants, and the line count of `input`. */
export function expectLineInvariants(prepared: PreparedText, input?: string): void {
  const { text, lines } = prepared;
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.map((line) => line.text).join("\n")).toBe(text);
  lines.forEach((line, index) => {
    expect(line.n).toBe(index + 1);
    expect(text.slice(line.start, line.end)).toBe(line.text);
    expect(line.text.includes("\n")).toBe(false);
  });
  if (input !== undefined) expect(lines.length).toBe(countInputLines(input));
}
