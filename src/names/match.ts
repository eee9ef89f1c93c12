/**
 * Whether two spellings name the same thing, without the alias table: equal matching keys
 * (`translit-key`), or word by word similar keys (`similarity`) with first names allowed to
 * differ as the same given name in another language (`given-name`). The types must agree (a
 * person never merges with a city: `Peskov` is not `Pskov`), and for people first name and
 * surname must agree together.
 *
 * @module
 */
import type { EntityType, MergeMethod } from "../schema/names.js";
import { PARTICLE_KEYS, SURNAME_FIRST_SURNAMES } from "./data/words.js";
import { nameKeys } from "./key.js";
import { sameGivenName } from "./given-names.js";
import { similarKeys } from "./similarity.js";

/** A spelling reduced to what matching reads. */
export interface NameShape {
  /** Word keys, particles included (normalized `bin`, `al`). */
  keys: readonly string[];
  type: EntityType;
}

const PARTICLES = new Set(PARTICLE_KEYS);

/** The content keys: particles inside the name dropped (a first or last word is never a particle: `Ben Carson`, `Al Gore`). */
export function contentKeys(keys: readonly string[]): readonly string[] {
  // Most names have no particle inside: the keys themselves (never modified by callers).
  let inner = false;
  for (let i = 1; i < keys.length - 1; i++) {
    if (PARTICLES.has(keys[i] ?? "")) {
      inner = true;
      break;
    }
  }
  if (!inner) return keys;
  return keys.filter((k, i) => i === 0 || i === keys.length - 1 || !PARTICLES.has(k));
}

/** Whether a name of two words or more opens with a particle (`De Vries`, `Van der Berg`). */
export function opensWithParticle(keys: readonly string[]): boolean {
  return keys.length >= 2 && PARTICLES.has(keys[0] ?? "");
}

/** Types agree when equal or when one is unknown (`other`); `strict` wants them equal. */
export function typesAgree(a: EntityType, b: EntityType, strict: boolean): boolean {
  if (a === b) return true;
  if (strict) return false;
  return a === "other" || b === "other";
}

/** Same-length spellings compared word by word; null when they differ. */
export function matchShapes(a: NameShape, b: NameShape): MergeMethod | null {
  const ka = contentKeys(a.keys);
  const kb = contentKeys(b.keys);
  if (ka.length === 0 || kb.length === 0) return null;
  if (ka.join(" ") === kb.join(" ")) return typesAgree(a.type, b.type, false) ? "translit-key" : null;
  if (ka.length !== kb.length) return null;
  if (!typesAgree(a.type, b.type, true)) return null;
  // A lone word is similar to another only when both are typed places or organizations: a
  // surname alone says too little (first name and surname must agree together).
  if (ka.length === 1 && (a.type === "other" || a.type === "person")) return null;
  let how: MergeMethod = "similarity";
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] ?? "";
    const y = kb[i] ?? "";
    if (x === y) continue;
    const initial = x.length === 1 || y.length === 1;
    if (initial && x[0] === y[0] && i < ka.length - 1) continue;
    if (similarKeys(x, y)) continue;
    if (a.type === "person" && i === 0 && ka.length >= 2 && sameGivenName(x, y)) {
      how = "given-name";
      continue;
    }
    return null;
  }
  return how;
}

const SURNAME_FIRST = new Set(SURNAME_FIRST_SURNAMES.map((s) => nameKeys(s)[0] ?? ""));

/** Whether a person's name (content keys) opens with a Chinese or Korean surname: its short form is that word. */
export function opensWithSurname(keys: readonly string[]): boolean {
  return keys.length >= 2 && SURNAME_FIRST.has(keys[0] ?? "");
}

/**
 * Whether `short` is a short form of the person `full`: its surname (`Peskov` of `Dmitry
 * Peskov`), or a leading part of two words or more (`Mohamed bin Zayed` of `Mohamed bin Zayed
 * Al Nahyan`).
 */
export function isShortForm(short: NameShape, full: NameShape): boolean {
  if (full.type !== "person") return false;
  if (short.type !== "person" && short.type !== "other") return false;
  if (opensWithParticle(short.keys) && short.keys.length < full.keys.length) {
    // a trailing run that opens with a particle: `De Vries` of `Jan de Vries`
    const offset = full.keys.length - short.keys.length;
    if (short.keys.every((k, i) => k === full.keys[offset + i])) return true;
  }
  const ks = contentKeys(short.keys);
  const kf = contentKeys(full.keys);
  if (ks.length === 0 || ks.length >= kf.length) return false;
  if (ks.length === 1) {
    // The surname's key must be equal: a lone word similar to a surname may be another name (`Pskov`).
    // (First in a Chinese or Korean name: `Kim` of `Kim Jong Un`.)
    const k = ks[0] ?? "";
    return k === (kf[kf.length - 1] ?? "") || (k === kf[0] && opensWithSurname(kf));
  }
  // a leading run of the full name, particles included
  if (short.keys.length >= full.keys.length) return false;
  return short.keys.every((k, i) => k === full.keys[i]);
}
