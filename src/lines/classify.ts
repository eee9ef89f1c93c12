/**
 * The line classifier: each line assessed on its own (assessment.ts), page-level passes
 * (page.ts), jusText context smoothing, the main text as the best contiguous run of prose
 * (main-run.ts, run.ts), then structure around it (structure.ts). Every label carries the rules
 * that decided it.
 *
 * @module
 */
import type { Language, Line, LineKind } from "../schema/article.js";
import type { TextLine } from "../schema/stages.js";
import { type Assessment, assess, type LinesContext, type LinesOptions, rereadDensity, SPAM_EDGE_LINES, stoplistFor } from "./assessment.js";
import type { RuleName } from "./rules.js";
import { mainRun } from "./main-run.js";
import { classifyWrappedBlocks, isHardWrapped, markPagePatterns, markRepeats } from "./page.js";
import { markParagraphContinuations } from "./paragraph-breaks.js";
import { ruleSwitch } from "./rules.js";
import {
  barrierOf,
  boostAfterMetadata,
  demoteIsolated,
  extendRunWithList,
  firstContent,
  initialKind,
  keepTextWithoutProse,
  markAboutSubjects,
  menuBarriers,
  runScore,
  trimRunEdges,
  extendRunWithLede,
  liveBlogStamps,
  trimRunHead,
  trimTrailingBio,
} from "./run.js";
import { smoothClasses } from "./smoothing.js";
import { placeStructure } from "./structure.js";

export type { LinesContext, LinesOptions } from "./assessment.js";

const NO_LANGUAGES: readonly (Language | undefined)[] = [];

/** A line this long is a paragraph even without a full stop; a teaser headline is shorter. */
const UNPUNCTUATED_PARAGRAPH = 120;

/** Give every line a kind and the reasons for it. */
export function classifyLines(lines: readonly TextLine[], given: LinesContext, options: LinesOptions = {}): Line[] {
  const on = ruleSwitch(options.disableRules);
  const language = given.language;
  const stoplist = stoplistFor(language.code);
  const languages = given.lineLanguages ?? NO_LANGUAGES;
  const context: LinesContext = { language, lineLanguages: languages };
  const assessed = assessAll(lines, context, stoplist, options, on);
  const page = rereadDensity(assessed, stoplist.size > 0);
  if (isHardWrapped(assessed)) {
    classifyWrappedBlocks(assessed, stoplist, page);
    markParagraphContinuations(lines, assessed);
  }
  markRepeats(assessed, on);
  markPagePatterns(assessed, language.code, on);

  const smoothed = smoothClasses(assessed.map((a) => (a ? (a.junk || a.meta ? "bad" : a.density) : null)));
  const scores = assessed.map((a, i) => runScore(a, smoothed[i] ?? null));
  boostAfterMetadata(assessed, scores);
  if (on("about-section")) markAboutSubjects(assessed, stoplist);
  const barriers = assessed.map(barrierOf);
  menuBarriers(assessed, barriers);
  if (on("live-blog")) liveBlogStamps(assessed, barriers);
  const boxed = new Array<boolean>(lines.length).fill(false);
  const sentence = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < assessed.length; i++) {
    const a = assessed[i];
    if (!a) continue;
    boxed[i] = a.junk === "promo" && a.reasons.includes("promo-list");
    sentence[i] = a.features.endsSentence || a.features.length >= UNPUNCTUATED_PARAGRAPH;
  }
  const run = mainRun(scores, barriers, { boxed, sentence });
  trimRunHead(run, assessed);
  trimRunEdges(run, assessed);
  extendRunWithLede(run, assessed);
  extendRunWithList(run, assessed);
  if (on("about-section")) trimTrailingBio(run, assessed);
  const kinds = new Array<LineKind>(lines.length).fill("blank");
  const reasons: string[][] = assessed.map((a) => (a ? a.reasons : ["empty"]));

  for (let i = 0; i < lines.length; i++) {
    const a = assessed[i];
    if (!a) continue;
    const inRun = i >= run.start && i <= run.end;
    kinds[i] = initialKind(a, smoothed[i] ?? "bad", inRun, i < run.start, reasons[i]!);
  }
  if (run.start < 0) keepTextWithoutProse(assessed, kinds, reasons);
  placeStructure(assessed, kinds, reasons, run.start < 0 ? firstContent(assessed) : run.start, run.end, on);
  demoteIsolated(kinds, reasons);
  return labelLines(lines, kinds, reasons, languages);
}

/**
 * Every line assessed on its own. A line repeated on the page (menus, share bars, footers: a
 * quarter of a scraped page's lines) is assessed once: away from the page's edges and first
 * line, where position counts (spam, date header), an assessment depends on the text alone, so
 * later copies are copies of the first (fresh objects: later passes change them).
 */
function assessAll(lines: readonly TextLine[], context: LinesContext, stoplist: ReadonlySet<string>, options: LinesOptions, on: (rule: RuleName) => boolean): (Assessment | null)[] {
  const assessed: (Assessment | null)[] = [];
  const seen = new Map<string, Assessment>();
  const last = lines.length - SPAM_EDGE_LINES;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const positional = i < SPAM_EDGE_LINES || i >= last;
    const earlier = positional ? undefined : seen.get(line.text);
    if (earlier) {
      assessed.push(copyOf(earlier));
      continue;
    }
    const a = assess(line, i, lines.length, context, stoplist, options, on);
    if (a && !positional) seen.set(line.text, copyOf(a));
    assessed.push(a);
  }
  return assessed;
}

/** A fresh assessment with the fields of `a`, built in the order `assess` builds them (one object shape). */
function copyOf(a: Assessment): Assessment {
  return {
    features: a.features,
    normalized: a.normalized,
    density: a.density,
    junk: a.junk,
    meta: a.meta,
    datelineCandidate: a.datelineCandidate,
    dateHeader: a.dateHeader,
    reasons: a.reasons.slice(),
  };
}

/** The stage's output: each line with its kind, its reasons and its language where known. */
function labelLines(lines: readonly TextLine[], kinds: readonly LineKind[], reasons: readonly string[][], languages: readonly (Language | undefined)[]): Line[] {
  const labelled: Line[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const { n, start, end, text } = lines[i]!;
    const lineLanguage = languages[i];
    labelled[i] = lineLanguage
      ? { n, start, end, text, kind: kinds[i]!, reasons: reasons[i]!, language: lineLanguage }
      : { n, start, end, text, kind: kinds[i]!, reasons: reasons[i]! };
  }
  return labelled;
}
