/**
 * name-pairs: the names stage's variant matching on curated pairs (bench/eval/data/name-pairs.ts):
 * true variant pairs must join, look-alike pairs must not. Scored twice: by the matcher alone
 * (compareNames, the stage's layers without an article), and in text (both names in a short
 * generated article run through normalizeArticle, typed by their context).
 *
 * @module
 */
import { buildAliasIndex } from "../../src/names/alias-index.js";
import { aliasIndex } from "../../src/names/index.js";
import { compareNames } from "../../src/names/compare.js";
import type { EntityType } from "../../src/schema/names.js";
import { LOOKALIKE_PAIRS, type NamePair, TRUE_PAIRS } from "./data/name-pairs.js";
import { type Normalize, type RunOptions, SetBuilder, type SetResult, Tally } from "./result.js";

export const NAME = "name-pairs";

function sentence(name: string, type: EntityType): string {
  if (type === "person") return `On Monday, President ${name} spoke to reporters.`;
  if (type === "place") return `On Monday, fighting went on in ${name} overnight.`;
  return `On Monday, officials of ${name} issued a statement.`;
}

/** Whether the two names of a pair end up in one entity of the article (null: a name was not found). */
function joinedInText(pair: NamePair, normalize: Normalize): boolean | null {
  const text = [
    "Talks resume after a long pause in the region",
    "",
    `${sentence(pair.a, pair.type)} The meeting ran for several hours and covered many of the questions that remain open.`,
    "",
    `${sentence(pair.b, pair.typeB ?? pair.type).replace(/^On Monday/u, "On Tuesday")} Officials said more meetings would follow in the coming weeks.`,
    "",
  ].join("\n");
  const article = normalize(text);
  const holder = (name: string) => article.entities.find((e) => e.mentions.some((m) => m.text === name))?.id ?? null;
  const a = holder(pair.a);
  const b = holder(pair.b);
  if (a === null || b === null) return null;
  return a === b;
}

export function runNamePairs(_root: string, normalize: Normalize, options: RunOptions): SetResult {
  const b = new SetBuilder(NAME, "corpus", options.maxMisses);
  const index = aliasIndex();
  const bare = buildAliasIndex([]);
  const joinedBare = new Tally();
  const apartBare = new Tally();
  const joined = new Tally();
  const apart = new Tally();
  const joinedText = new Tally();
  const apartText = new Tally();
  const how = new Map<string, number>();
  for (const pair of [...TRUE_PAIRS, ...LOOKALIKE_PAIRS]) {
    b.n++;
    const result = compareNames({ name: pair.a, type: pair.type }, { name: pair.b, type: pair.typeB ?? pair.type }, index);
    if (pair.join) {
      if (result) how.set(result, (how.get(result) ?? 0) + 1);
      if (!joined.add(result !== null)) b.miss({ what: "pair.not_joined", expected: `${pair.a} = ${pair.b}`, got: null, type: pair.type });
    } else if (!apart.add(result === null)) {
      b.miss({ what: "pair.false_merge", expected: `${pair.a} ≠ ${pair.b}`, got: result, note: pair.note });
    }
    const withoutTable = compareNames({ name: pair.a, type: pair.type }, { name: pair.b, type: pair.typeB ?? pair.type }, bare);
    if (pair.join) joinedBare.add(withoutTable !== null);
    else if (!apartBare.add(withoutTable === null)) b.miss({ what: "bare.false_merge", expected: `${pair.a} ≠ ${pair.b}`, got: withoutTable });
    const inText = joinedInText(pair, normalize);
    if (pair.join) {
      if (!joinedText.add(inText === true)) b.miss({ what: "text.not_joined", expected: `${pair.a} = ${pair.b}`, got: inText === null ? "not found" : "apart" });
    } else if (!apartText.add(inText !== true)) {
      b.miss({ what: "text.false_merge", expected: `${pair.a} ≠ ${pair.b}`, got: "joined" });
    }
  }
  b.tally("pairs.true_joined", joined, `${TRUE_PAIRS.length} true variant pairs, matcher alone`);
  b.count("pairs.false_merges", apart.n - apart.ok, `of ${LOOKALIKE_PAIRS.length} look-alike pairs`);
  b.tally("pairs.lookalikes_apart", apart);
  b.tally("bare.true_joined", joinedBare, "matcher without the alias table (layer 2 alone)");
  b.count("bare.false_merges", apartBare.n - apartBare.ok);
  b.tally("text.true_joined", joinedText, "both names in one generated article");
  b.count("text.false_merges", apartText.n - apartText.ok);
  b.notes.push(`joined by: ${[...how.entries()].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  return b.build();
}
