/**
 * Choose the lines language detection reads: long, prose-like lines, in order, up to a fixed
 * budget, so the cost does not grow with the article and menus or one-word lines do not
 * sway the result.
 *
 * @module
 */
import type { TextLine } from "../schema/stages.js";
import { addProfiles, detectScript, dominantScript, readsSample, scriptGroup } from "./script.js";

/** A line shorter than this (in UTF-16 units, trimmed) is not body-like. */
export const BODY_LIKE_MIN_LENGTH = 40;
/** Stop collecting lines once this many letters are in hand. */
export const MAX_SAMPLE_LETTERS = 1500;

export interface LanguageSample {
  /** The dominant script over the sampled lines (ISO 15924). */
  script: string;
  /** The sampled lines' text in the dominant script, longest line first, joined by newlines. */
  text: string;
  /** Letters in `text`. */
  letters: number;
}

/**
 * Collect body-like lines (falling back to all non-blank lines when there are none), decide
 * the dominant script over them, and keep the lines written in it, longest first.
 */
export function selectSample(lines: readonly TextLine[]): LanguageSample {
  let picked = collect(lines, BODY_LIKE_MIN_LENGTH);
  if (picked.length === 0) picked = collect(lines, 1);
  const totals: Record<string, number> = {};
  for (const p of picked) addProfiles(totals, p.counts);
  // The lines' text is joined only when the script depends on it (Hans or Hant).
  const script = dominantScript(totals, readsSample(totals) ? picked.map((p) => p.text).join("\n") : undefined);
  const group = scriptGroup(script);
  const kept = picked.filter((p) => scriptGroup(p.script) === group);
  // Longest lines first: franc reads the start of the sample, which should be paragraphs of
  // the text rather than the headline, standfirst and captions above them (Russian read as
  // Bulgarian on three lines of those).
  const byLength = kept.length > 1 ? [...kept].sort((a, b) => b.text.length - a.text.length) : kept;
  return {
    script,
    text: byLength.map((p) => p.text).join("\n"),
    letters: kept.reduce((sum, p) => sum + p.letters, 0),
  };
}

interface PickedLine {
  text: string;
  script: string;
  letters: number;
  counts: Record<string, number>;
}

function collect(lines: readonly TextLine[], minLength: number): PickedLine[] {
  const picked: PickedLine[] = [];
  let letters = 0;
  for (const line of lines) {
    if (letters >= MAX_SAMPLE_LETTERS) break;
    const text = line.text.trim();
    if (text.length < minLength) continue;
    const bounded = text.length > MAX_SAMPLE_LETTERS ? text.slice(0, MAX_SAMPLE_LETTERS) : text;
    const profile = detectScript(bounded);
    if (profile.letters === 0) continue;
    picked.push({ text: bounded, script: profile.script, letters: profile.letters, counts: profile.counts });
    letters += profile.letters;
  }
  return picked;
}
