/**
 * HTML entities left in scraped text (`&amp;`, `&#8217;`, `&nbsp;`) are decoded with `he`.
 *
 * Each entity-looking token is decoded on its own, with the HTML rules for attribute values:
 * a legacy entity without its semicolon is decoded only when no letter, digit or `=`
 * follows it, so `&copy 2024` gives `© 2024` but `&copyright` and `&ampersand` stay as they
 * are. A bare `&`, `AT&T` and unknown names such as `&foo;` are left alone. An entity that
 * decodes to a line break becomes a space, so decoding never adds a line.
 *
 * @module
 */
import he from "he";
import { plural, type Repair, type RepairResult, unchanged } from "./repair.js";

/** `&` and what could follow it in a character reference; single quantifiers only (linear). */
const ENTITY_TOKEN = /&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?/g;
const LINE_BREAKS = /[\n\r\u2028\u2029]/g;
/** Longer than any named reference in HTML (`&CounterClockwiseContourIntegral;` is 33). */
const MAX_NAMED_TOKEN = 40;

/** Decode the HTML character references in `text`. */
export function decodeHtmlEntities(text: string): RepairResult {
  if (!text.includes("&")) return unchanged(text);
  let count = 0;
  const repaired = text.replace(ENTITY_TOKEN, (token: string, offset: number) => {
    const decoded = decodeToken(token, text.charCodeAt(offset + token.length));
    if (decoded === token) return token;
    count += 1;
    return decoded.replace(LINE_BREAKS, " ");
  });
  return count === 0 ? unchanged(text) : { text: repaired, count };
}

const EQUALS_SIGN = 0x3d;

function decodeToken(token: string, nextCharCode: number): string {
  const isNamed = token.charCodeAt(1) !== 0x23; /* # */
  if (isNamed && token.length > MAX_NAMED_TOKEN) return token;
  // HTML leaves `&name=` alone in attribute values; he cannot see the `=` outside the token.
  if (isNamed && !token.endsWith(";") && nextCharCode === EQUALS_SIGN) return token;
  return he.decode(token, { isAttributeValue: true });
}

export const htmlEntities: Repair = {
  code: "html-entities",
  apply: decodeHtmlEntities,
  describe: (count) => `decoded ${plural(count, "HTML entity", "HTML entities")}`,
};
