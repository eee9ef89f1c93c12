/**
 * Property tests: whatever the input, normalizeArticle returns an Article that satisfies the
 * structural contract (see ./invariants.ts), and bad calls fail with the documented errors.
 * No speed assertions here: speed lives in bench/bench.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  InputTooLargeError,
  InvalidInputError,
  InvalidOptionsError,
  normalizeArticle,
  type Options,
} from "../src/index.js";
import { assertArticleInvariants, countLines } from "./invariants.js";

const RUNS = 250;
/** Generous per-test limits so a slow stage never makes these flaky; they assert nothing about speed. */
const SLOW = { timeout: 120_000 };

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const QUOTE_MARKS = ['"', "“", "”", "„", "«", "»", "‹", "›", "'", "‘", "’", "「", "」", "『", "』", "‚", "‟", "❝", "❞"];
const NEWLINES = ["\n", "\r\n", "\r", "\u2028", "\u2029"];
const ENTITY_FRAGMENTS = [
  "&amp;",
  "&#3;",
  "&#10;",
  "&#13;",
  "&#x1F600;",
  "&#x2028;",
  "&#xD800;",
  "&#0;",
  "&#99999999;",
  "&nbsp",
  "&nbsp;",
  "&",
  "&#",
  "&#x",
  "&lt;",
  "&quot;",
  "&amp;amp;",
  "&rsquo;",
  "&ldquo;",
];
const MOJIBAKE = ["â€œ", "â€\u009d", "â€™", "â€”", "â€", "Ã©", "Ã¼", "Ã", "Â", "Â ", "Ã¢â‚¬Å“", "ï»¿"];
const SPACES = [" ", "\t", "\u00a0", "\u2009", "\u200b", "\u200d", "\ufeff", "\u3000", "\u00ad", "\u2060"];
/** Pieces of news copy, so that the quote, date, dateline and name stages have work to do. */
const NEWS = [
  "said",
  " said ",
  "says",
  "told reporters",
  "according to",
  "he added",
  "sagte",
  "a déclaré",
  "Mr.",
  "Dr. ",
  "John Smith",
  "Angela Merkel",
  "Emmanuel Macron",
  "the minister",
  "She",
  "MOSCOW:",
  "LONDON (Reuters) - ",
  "WASHINGTON — ",
  "(CNN) --",
  "By Jane Doe",
  "By JOHN SMITH, Associated Press",
  "Monday",
  "Jan. 26, 2026",
  "26 January 2026",
  "2026-01-26",
  "2026-01-26T09:40:00Z",
  "yesterday",
  "last week",
  "between Friday and Saturday",
  "am 5. August 1930",
  "Share on Facebook",
  "Follow us",
  "Read more",
  "© 2026 All rights reserved",
  "Photo: AFP",
  "Advertisement",
  "ADVERTISEMENT",
  ". ",
  ", ",
  "—",
  "…",
  "Mr",
  "U.S.",
  "Paris",
  "Berlin",
];

const char = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
const loneSurrogate = char(0xd800, 0xdfff);
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const c0 = fc.oneof(char(0x00, 0x1f), fc.constant("\u007f"));
const c1 = char(0x80, 0x9f);
const spaceRun = fc
  .tuple(fc.constantFrom(...SPACES), fc.integer({ min: 1, max: 40 }))
  .map(([s, n]) => s.repeat(n));

/** One fragment of messy text. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 20 }), weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 10 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }), weight: 1 },
  { arbitrary: fc.constantFrom(...QUOTE_MARKS), weight: 4 },
  { arbitrary: fc.constantFrom(...NEWLINES), weight: 4 },
  { arbitrary: fc.constantFrom(...ENTITY_FRAGMENTS), weight: 2 },
  { arbitrary: fc.constantFrom(...MOJIBAKE), weight: 2 },
  { arbitrary: fc.constantFrom(...NEWS), weight: 5 },
  { arbitrary: spaceRun, weight: 2 },
  { arbitrary: c0, weight: 1 },
  { arbitrary: c1, weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: astral, weight: 1 },
);

/** Messy text: a mix of all of the above. */
const messy = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(""));

/** Unicode-heavy text: full code points, astral characters, lone surrogates, newlines. */
const unicode = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.string({ unit: "grapheme", maxLength: 10 }),
      astral,
      loneSurrogate,
      fc.constantFrom(...NEWLINES),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

/** Text that reads like a scraped article: lines of news fragments and quotes. */
const newsLine = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...NEWS), weight: 6 },
      { arbitrary: fc.constantFrom(...QUOTE_MARKS), weight: 3 },
      { arbitrary: fc.lorem({ maxCount: 8 }), weight: 3 },
      { arbitrary: fragment, weight: 1 },
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(" "));
const newsText = fc
  .tuple(fc.array(newsLine, { maxLength: 25 }), fc.constantFrom(...NEWLINES))
  .map(([lines, nl]) => lines.join(nl));

/** A very long line (up to ~20 KB), made of a repeated unit. */
const longLine = fc
  .tuple(fc.oneof(fragment, newsLine), fc.integer({ min: 1_000, max: 20_000 }))
  .map(([unit, length]) => (unit.length === 0 ? "x" : unit).repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length));
const withLongLines = fc.array(fc.oneof(longLine, fragment, fc.constantFrom(...NEWLINES)), { maxLength: 6 }).map((p) => p.join(""));

const anyString = fc.oneof(messy, unicode, newsText, fc.string(), fc.string({ unit: "binary" }));

const utf8 = new TextEncoder();
/** Bytes: random, UTF-8 of messy text, Latin-1 / Windows-1252 bytes, BOMs, CR/LF. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  fc
    .array(
      fc.oneof(
        messy.map((s) => utf8.encode(s)),
        fc.uint8Array({ min: 0x80, max: 0xff, maxLength: 8 }),
        fc.constantFrom(
          Uint8Array.of(0xef, 0xbb, 0xbf),
          Uint8Array.of(0x0d, 0x0a),
          Uint8Array.of(0x0d),
          Uint8Array.of(0x0a),
          Uint8Array.of(0xe2, 0x80, 0xa8),
          Uint8Array.of(0x93, 0x48, 0x69, 0x94),
          Uint8Array.of(0xc3, 0xa9),
          Uint8Array.of(0xc3),
          Uint8Array.of(0xed, 0xa0, 0x80),
          Uint8Array.of(0xf0, 0x9f, 0x98),
        ),
      ),
      { maxLength: 20 },
    )
    .map((chunks) => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    }),
);

const options: fc.Arbitrary<Options> = fc.record(
  {
    referenceDate: fc.oneof(
      fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }),
      fc
        .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    ),
    languages: fc.constantFrom<[string, ...string[]]>(["en"], ["de", "fr"], ["zh", "ja", "ru"], ["eng", "deu"], ["ar"]),
  },
  { requiredKeys: [] },
);

/** normalizeArticle must not throw and must return an Article that satisfies every invariant. */
function check(input: string | Uint8Array, opts?: Options): void {
  const article = normalizeArticle(input, opts);
  assertArticleInvariants(article, input);
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe("normalizeArticle on arbitrary input", () => {
  it("messy strings: never throws, parses with ArticleSchema, offsets and lines are exact", SLOW, () => {
    fc.assert(
      fc.property(messy, (input) => check(input)),
      { numRuns: RUNS },
    );
  });

  it("unicode strings with astral characters and lone surrogates", SLOW, () => {
    fc.assert(
      fc.property(unicode, (input) => check(input)),
      { numRuns: RUNS },
    );
  });

  it("news-like text with quotes, datelines, bylines and dates", SLOW, () => {
    fc.assert(
      fc.property(newsText, (input) => check(input)),
      { numRuns: RUNS },
    );
  });

  it("very long lines (up to ~20 KB)", SLOW, () => {
    fc.assert(
      fc.property(withLongLines, (input) => check(input)),
      { numRuns: 60 },
    );
  });

  it("any string with any valid options", SLOW, () => {
    fc.assert(
      fc.property(anyString, options, (input, opts) => check(input, opts)),
      { numRuns: RUNS },
    );
  });

  it("arbitrary bytes (Uint8Array)", SLOW, () => {
    fc.assert(
      fc.property(bytes, (input) => check(input)),
      { numRuns: RUNS },
    );
  });

  it("UTF-8 bytes of a string give as many lines as the string", SLOW, () => {
    fc.assert(
      fc.property(fc.oneof(messy, unicode), (s) => {
        const article = normalizeArticle(utf8.encode(s));
        assertArticleInvariants(article);
        // Lone surrogates encode as U+FFFD, which is not a newline, so the count is unchanged.
        expect(article.lines.length).toBe(countLines(s));
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic: the same input gives the same Article", SLOW, () => {
    fc.assert(
      fc.property(anyString, (input) => {
        expect(normalizeArticle(input)).toEqual(normalizeArticle(input));
      }),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Fixed nasty inputs
// ---------------------------------------------------------------------------------------------

describe("normalizeArticle on fixed nasty inputs", () => {
  const cases: [string, () => string | Uint8Array][] = [
    ["the empty string", () => ""],
    ["only newlines", () => "\n\n\n\n"],
    ["every newline form", () => "\r\n\r\n\u2028\u2029\r\r\n\n"],
    ["a lone \\r", () => "\r"],
    ["a lone surrogate", () => "\ud800"],
    ["a BOM only", () => "\ufeff"],
    ["entities that decode to newlines", () => "a&#10;b&#13;c&#x2028;d\n&#10;"],
    ["10,000 “", () => "“".repeat(10_000)],
    ["10,000 mixed quote marks", () => QUOTE_MARKS.join("").repeat(800).slice(0, 10_000)],
    [
      "a 1 MB single line",
      () => 'LONDON (Reuters) - "We will win," said John Smith on Jan. 26, 2026 & “no” — ‘she’ '.repeat(20_000).slice(0, 1 << 20),
    ],
    ["empty bytes", () => new Uint8Array(0)],
    ["invalid UTF-8 bytes", () => Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x0d, 0x0a, 0xff, 0xfe, 0xc3)],
  ];
  for (const [name, make] of cases) {
    it(name, SLOW, () => {
      const input = make();
      check(input);
    });
  }

  it("the empty string has one empty line", () => {
    const article = normalizeArticle("");
    expect(article.text).toBe("");
    expect(article.lines).toHaveLength(1);
    expect(article.paragraphs).toEqual([]);
    expect(article.body).toBe("");
  });
});

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

describe("errors", () => {
  const bad: [string, unknown, string][] = [
    ["a number", 42, "a number"],
    ["null", null, "null"],
    ["an object", { text: "hello" }, "an object"],
    ["undefined", undefined, "undefined"],
    ["an array", ["hello"], "an array"],
    ["a boolean", true, "a boolean"],
  ];
  for (const [name, value, described] of bad) {
    it(`${name} as input throws a TypeError naming it`, () => {
      const call = () => normalizeArticle(value as string);
      expect(call).toThrow(TypeError);
      expect(call).toThrow(InvalidInputError);
      expect(call).toThrow(described);
    });
  }

  it("a string longer than maxLength throws InputTooLargeError", () => {
    const call = () => normalizeArticle("abcd", { maxLength: 3 });
    expect(call).toThrow(InputTooLargeError);
    expect(call).toThrow(RangeError);
    expect(() => normalizeArticle("abc", { maxLength: 3 })).not.toThrow();
  });

  it("bytes longer than maxLength throw InputTooLargeError", () => {
    expect(() => normalizeArticle(new Uint8Array(4), { maxLength: 3 })).toThrow(InputTooLargeError);
  });

  it("a string over the default limit (5 MiB) throws InputTooLargeError", () => {
    expect(() => normalizeArticle("x".repeat(5 * 1024 * 1024 + 1))).toThrow(InputTooLargeError);
  });

  const badOptions: [string, unknown, string][] = [
    ["{ maxLength: -1 }", { maxLength: -1 }, "maxLength"],
    ["{ maxLength: 0 }", { maxLength: 0 }, "maxLength"],
    ["{ maxLength: 1.5 }", { maxLength: 1.5 }, "maxLength"],
    ['{ referenceDate: "2026-13-01" }', { referenceDate: "2026-13-01" }, "referenceDate"],
    ['{ referenceDate: "2026-02-30" }', { referenceDate: "2026-02-30" }, "referenceDate"],
    ["{ referenceDate: Invalid Date }", { referenceDate: new Date(Number.NaN) }, "referenceDate"],
    ["{ nope: 1 }", { nope: 1 }, "nope"],
    ["{ languages: [] }", { languages: [] }, "languages"],
  ];
  for (const [label, opts, field] of badOptions) {
    it(`options ${label} throw an error naming ${field}`, () => {
      const call = () => normalizeArticle("Hello.", opts as Options);
      expect(call).toThrow(InvalidOptionsError);
      expect(call).toThrow(TypeError);
      expect(call).toThrow(field);
    });
  }
});
