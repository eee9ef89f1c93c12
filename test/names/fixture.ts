// A small alias table and title list for the unit tests, so they do not depend on the
// built-in data (src/names/data/aliases.ts and titles.ts).
import { detectLanguage } from "../../src/language/index.js";
import { buildAliasIndex } from "../../src/names/alias-index.js";
import { buildLexicon } from "../../src/names/lexicon.js";
import { type NameContext, type NameDeps, type NameFindings, runNames } from "../../src/names/stage.js";
import { prepareText } from "../../src/prepare/index.js";
import type { AliasEntry, Line, Quote } from "../../src/schema/article.js";

export const TEST_ALIASES: AliasEntry[] = [
  {
    canonical: "Volodymyr Zelenskyy",
    type: "person",
    variants: ["Volodymyr Zelensky", "Vladimir Zelensky", "Zelensky", "Zelenskyy", "Владимир Зеленский", "Володимир Зеленський", "泽连斯基"],
    spellings: { "english-press": "Volodymyr Zelensky" },
    country: "UA",
  },
  { canonical: "Dmitry Peskov", type: "person", variants: ["Dmitri Peskov", "Peskov", "Дмитрий Песков"], country: "RU" },
  { canonical: "Kyiv", type: "place", variants: ["Kiev", "Kiew", "Київ", "Киев", "基辅", "كييف"], spellings: { "english-press": "Kyiv" }, country: "UA" },
  { canonical: "Pskov", type: "place", variants: ["Псков"], country: "RU" },
  { canonical: "Bakhmut", type: "place", variants: ["Artemovsk", "Artyomovsk", "Бахмут", "Артемовск"], country: "UA" },
  { canonical: "Georgia", type: "place", variants: ["Sakartvelo"], country: "GE" },
  { canonical: "Georgia", type: "place", variants: ["State of Georgia"], country: "US" },
  { canonical: "Russia", type: "place", variants: ["Russian Federation", "Россия"] },
  { canonical: "Ukraine", type: "place", variants: ["Україна", "Украина"] },
  { canonical: "Abu Dhabi", type: "place", variants: ["أبوظبي"] },
  { canonical: "United Arab Emirates", type: "place", variants: ["UAE", "Emirates"] },
];

export const TEST_TITLES = [
  "President", "Prime Minister", "spokesman", "spokesperson", "envoy", "Sheikh", "Secretary", "Director", "Chief",
  "head", "minister", "Mr", "Mrs", "Dr", "Chancellor", "Foreign Minister", "negotiator",
];
export const TEST_PARTICLES = ["bin", "bint", "ibn", "al", "el", "von", "van", "der", "de", "da", "di", "du", "la", "le", "abu"];

export const TEST_DEPS: NameDeps = {
  lexicon: buildLexicon(TEST_TITLES, TEST_PARTICLES),
  aliases: (user) => buildAliasIndex(TEST_ALIASES, user ?? []),
};

/** Run the names stage on a string. */
export function names(text: string, options: NameContext["options"] = {}, quotes: Quote[] = [], exclude: { start: number; end: number }[] = []): NameFindings & { text: string } {
  const prepared = prepareText(text);
  const language = detectLanguage(prepared.lines);
  // Every non-blank line is body (the lines stage is tested on its own).
  const lines: Line[] = prepared.lines.map((l) => ({ ...l, kind: l.text.trim() === "" ? "blank" : "body", reasons: [] }));
  return { ...runNames(prepared.text, lines, quotes, { language, exclude, options }, TEST_DEPS), text: prepared.text };
}

/** Entities as `canonical: variant | variant` strings, for compact expectations. */
export function summary(found: NameFindings): string[] {
  return found.entities.map((e) => `${e.canonical} [${e.type}]: ${[...new Set(e.mentions.map((m) => m.text.replace(/\s+/g, " ")))].join(" | ")}`);
}
