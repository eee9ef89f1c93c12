/**
 * A time of day right after (or right before) a date: `09:40`, `9:40 AM`, `07:31:05`,
 * `09:40 GMT`, `15:01 +0800`, `10:00 (UTC+3)`. Used for publication dates only; a time of day
 * alone is never a temporal expression.
 *
 * @module
 */
import { TIME_WORDS } from "../data/labels.js";
import { alternation } from "../lexicon.js";
import type { TimeOfDay } from "./types.js";

const TIME = new RegExp(
  `^[\\s,|·•\\-–—]*(?:(?:${alternation(TIME_WORDS)})\\s+)?(\\d{1,2})[:h.](\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![\\p{L}]))?(?:\\s*(?:uhr|h)(?![\\p{L}]))?\\s*\\(?(?:(z|gmt|utc)(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?|([+-])(\\d{2}):?(\\d{2})|(et|est|edt|pt|pst|pdt|cet|cest|bst|msk|ist|jst|kst|hkt|sgt|wib|trt))?(?![\\p{L}\\p{N}])`,
  "iu",
);

/** Fixed offsets of the zone abbreviations news pages print (standard or summer as named). */
const ZONES: Readonly<Record<string, string>> = {
  et: "", est: "-05:00", edt: "-04:00", pt: "", pst: "-08:00", pdt: "-07:00", cet: "+01:00", cest: "+02:00", bst: "+01:00", msk: "+03:00", ist: "+05:30", jst: "+09:00", kst: "+09:00", hkt: "+08:00", sgt: "+08:00", wib: "+07:00", trt: "+03:00",
};

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Read a time at the start of `text`; returns it and the length read, or null. */
export function readTime(text: string): { time: TimeOfDay; length: number } | null {
  const m = TIME.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const meridiem = m[4]?.toLowerCase().replace(/\./gu, "");
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  const time: TimeOfDay = { hour, minute };
  if (m[5]) {
    time.offset = m[6] ? `${m[6]}${pad2(Number(m[7]))}:${pad2(Number(m[8] ?? 0))}` : "+00:00";
  } else if (m[9]) {
    time.offset = `${m[9]}${m[10]}:${m[11]}`;
  } else if (m[12]) {
    const zone = ZONES[m[12].toLowerCase()];
    if (zone) time.offset = zone;
  }
  return { time, length: m[0].replace(/[\s)]+$/u, "").length };
}

/** `HH:MM` with the offset when known. */
export function formatTime(time: TimeOfDay): string {
  return `${pad2(time.hour)}:${pad2(time.minute)}${time.offset ?? ""}`;
}
