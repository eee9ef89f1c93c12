import { describe, expect, it } from "vitest";
import { decodeHtmlEntities } from "../../src/prepare/entities.js";

const decode = (text: string) => decodeHtmlEntities(text).text;

describe("decodeHtmlEntities", () => {
  it("decodes named entities", () => {
    expect(decodeHtmlEntities("Tom &amp; Jerry &lt;3 &gt; &quot;x&quot;")).toEqual({
      text: 'Tom & Jerry <3 > "x"',
      count: 5,
    });
  });

  it("decodes decimal and hexadecimal references", () => {
    expect(decode("it&#8217;s &#x201C;fine&#x201d;")).toBe("it’s “fine”");
  });

  it("decodes &nbsp; to a no-break space (a later step makes it a space)", () => {
    expect(decode("5&nbsp;km")).toBe("5\u00a0km");
  });

  it("decodes numeric references to C1 code points as Windows-1252, like browsers", () => {
    expect(decode("&#150; &#x93;")).toBe("– “");
  });

  it("keeps the control character of &#3; for the control-character step", () => {
    expect(decode("a&#3;b")).toBe("a\u0003b");
  });

  it("turns entities for line breaks into a space", () => {
    expect(decode("a&#10;b&#13;c&#x2028;d&#x2029;e&NewLine;f")).toBe("a b c d e f");
    expect(decode("a&#13;&#10;b")).toBe("a  b");
  });

  it("leaves a bare &, AT&T and Q&A alone", () => {
    expect(decodeHtmlEntities("R & D, AT&T, Q&A, &, &&")).toEqual({ text: "R & D, AT&T, Q&A, &, &&", count: 0 });
  });

  it("leaves unknown names alone", () => {
    expect(decodeHtmlEntities("&foo; &NotAnEntity; &#; &#x;")).toEqual({
      text: "&foo; &NotAnEntity; &#; &#x;",
      count: 0,
    });
  });

  it("decodes a legacy entity without semicolon only when no letter, digit or = follows", () => {
    expect(decode("&copy 2024")).toBe("© 2024");
    expect(decode("&copy, &amp")).toBe("©, &");
    expect(decode("&copyright &ampersand &notit &copy2024")).toBe("&copyright &ampersand &notit &copy2024");
    expect(decode("?a=1&copy=2")).toBe("?a=1&copy=2");
  });

  it("decodes once: double-escaped text keeps one level", () => {
    expect(decode("&amp;lt;")).toBe("&lt;");
  });

  it("turns invalid code points into U+FFFD", () => {
    expect(decode("&#0; &#xD800; &#x110000;")).toBe("\ufffd \ufffd \ufffd");
  });

  it("decodes astral references", () => {
    expect(decode("&#x1F600;")).toBe("😀");
  });

  it("leaves text without & untouched, even with characters he knows", () => {
    const text = "a < b > c \" ' \u00a0 \r\n";
    expect(decodeHtmlEntities(text)).toEqual({ text, count: 0 });
  });

  it("is linear on long runs", () => {
    const long = `&${"a".repeat(100_000)}; ${"&".repeat(100_000)} &#${"1".repeat(1000)};`;
    expect(decodeHtmlEntities(long).text.length).toBeGreaterThan(0);
  });
});
