import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/prepare/decode-bytes.js";
import { prepareText, REPAIRS } from "../../src/prepare/index.js";
import { PreparedTextSchema } from "../../src/schema/stages.js";
import { countInputLines, expectLineInvariants, utf8 } from "./helpers.js";

const codes = (input: string | Uint8Array) => prepareText(input).warnings.map((warning) => warning.code);

describe("prepareText", () => {
  it("returns clean text unchanged, with its lines and no warnings", () => {
    const input = "Title\n\nFirst paragraph, “quoted”.\nSecond — with café.";
    const prepared = prepareText(input);
    expect(prepared).toEqual({
      text: input,
      lines: [
        { n: 1, start: 0, end: 5, text: "Title" },
        { n: 2, start: 6, end: 6, text: "" },
        { n: 3, start: 7, end: 33, text: "First paragraph, “quoted”." },
        { n: 4, start: 34, end: 53, text: "Second — with café." },
      ],
      warnings: [],
    });
    expect(PreparedTextSchema.parse(prepared)).toEqual(prepared);
  });

  it("gives the empty string one empty line", () => {
    expect(prepareText("")).toEqual({ text: "", lines: [{ n: 1, start: 0, end: 0, text: "" }], warnings: [] });
  });

  it("decodes bytes, with a Latin-1 £ among valid UTF-8", () => {
    const input = Uint8Array.from([...utf8("Price: “"), 0xa3, ...utf8("5”")]);
    const prepared = prepareText(input);
    expect(prepared.text).toBe("Price: “£5”");
    expect(prepared.warnings).toEqual([{ code: "invalid-utf8", message: "decoded 1 invalid UTF-8 byte as Windows-1252" }]);
  });

  it("drops a BOM from bytes without a warning", () => {
    expect(prepareText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toMatchObject({ text: "hi", warnings: [] });
  });

  it("removes a BOM from a string as an invisible character", () => {
    expect(prepareText("\ufeffhi")).toMatchObject({ text: "hi", warnings: [{ code: "invisible-characters" }] });
  });

  it("keeps the line count of \\r\\n text", () => {
    const prepared = prepareText("a\r\nb\r\n\r\nc");
    expect(prepared.text).toBe("a\nb\n\nc");
    expect(prepared.lines).toHaveLength(4);
    expect(prepared.warnings).toEqual([{ code: "newlines", message: "converted 3 line breaks to \\n" }]);
  });

  it("does not add a line for &#10;", () => {
    const prepared = prepareText("one&#10;two");
    expect(prepared.text).toBe("one two");
    expect(prepared.lines).toHaveLength(1);
    expect(prepared.warnings).toEqual([{ code: "html-entities", message: "decoded 1 HTML entity" }]);
  });

  it("decodes &lt; and removes the control character of &#3;", () => {
    const prepared = prepareText("a &lt; b&#3;c");
    expect(prepared.text).toBe("a < bc");
    expect(prepared.warnings.map((warning) => warning.code)).toEqual(["html-entities", "control-characters"]);
  });

  it("turns &nbsp; into a plain space", () => {
    expect(prepareText("5&nbsp;km")).toMatchObject({ text: "5 km" });
    expect(codes("5&nbsp;km")).toEqual(["html-entities", "no-break-spaces"]);
  });

  it("repairs mojibake from entities too (entities run first)", () => {
    expect(prepareText("caf&Atilde;&copy;").text).toBe("café");
  });

  it("repairs mojibake of à before turning no-break spaces into spaces", () => {
    expect(prepareText("Ã\u00a0 Paris").text).toBe("à Paris");
    expect(prepareText("5Â\u00a0km").text).toBe("5 km");
  });

  it("repairs a quote whose 0x9D byte was lost", () => {
    const prepared = prepareText("â€œHelloâ€\ufffd he said.");
    expect(prepared.text).toBe("“Hello” he said.");
    expect(prepared.warnings).toEqual([{ code: "mojibake", message: "repaired 2 mojibake sequences" }]);
  });

  it("maps C1 controls left after mojibake repair", () => {
    expect(prepareText("\u0093Hi\u0094\u0085")).toMatchObject({
      text: "“Hi”…",
      warnings: [{ code: "c1-controls", message: "replaced 3 C1 control characters with Windows-1252 characters" }],
    });
  });

  it("reports each kind of repair once, in pipeline order", () => {
    const input = "a\r\nb\r\n&amp;&lt; cafÃ© itâ€™s\u0085 \u0000\u200b5\u00a0km e\u0301  ";
    const prepared = prepareText(input);
    expect(prepared.text).toBe("a\nb\n&< café it’s… 5 km é");
    expect(prepared.warnings).toEqual([
      { code: "newlines", message: "converted 2 line breaks to \\n" },
      { code: "html-entities", message: "decoded 2 HTML entities" },
      { code: "mojibake", message: "repaired 2 mojibake sequences" },
      { code: "c1-controls", message: "replaced 1 C1 control character with Windows-1252 characters" },
      { code: "control-characters", message: "removed 1 control character" },
      { code: "invisible-characters", message: "removed 1 invisible character" },
      { code: "no-break-spaces", message: "replaced 1 no-break space with plain spaces" },
      { code: "unicode-normalization", message: "normalized 1 line to Unicode NFC" },
      { code: "trailing-whitespace", message: "trimmed trailing whitespace on 1 line" },
    ]);
    expectLineInvariants(prepared, input);
  });

  it("has a warning code for every repair, from the schema's list", () => {
    expect(new Set(REPAIRS.map((repair) => repair.code)).size).toBe(REPAIRS.length);
  });

  it("leaves legitimate accented text unchanged", () => {
    const input = "L’âge du château. SÃO PAULO. Größe, Ärger. España. ©2024 £5. Â. Það er gott.";
    expect(prepareText(input)).toMatchObject({ text: input, warnings: [] });
  });
});

describe("prepareText line invariants", () => {
  const nasty = [
    "",
    "\n",
    "\r",
    "\r\r\n\n\r",
    "\r\n".repeat(500),
    "\u2028\u2029\u2028",
    "\ud800\udc00\ud800 \udfff",
    "\udc00\n\ud800",
    " ".repeat(100_000),
    `${" ".repeat(100_000)}\n`,
    "&#10;&#13;&#x2028;&#x2029;&NewLine;\r\n&#13;&#10;",
    "aâ€¨b\nÂ\u0085c",
    "\u0000\u0001\r\u007f\u0085\u2028",
    "e\u0301\r\n\u0301\u0301",
    "\ufeff\ufeff\n\ufeff",
    "â€œâ€\ufffd\râ€",
  ];

  it.each(nasty.map((input) => [JSON.stringify(input.slice(0, 40)), input] as const))("holds for %s", (_, input) => {
    expectLineInvariants(prepareText(input), input);
  });

  it("holds for any string", () => {
    const pieces = fc.constantFrom(
      "\n",
      "\r",
      "\r\n",
      "\u2028",
      "\u2029",
      "&#10;",
      "&#13;",
      "&amp;",
      "&#3;",
      "&",
      "Ã©",
      "â€",
      "â€œ",
      "\ufffd",
      "\u0085",
      "\u009d",
      "\u00a0",
      " ",
      "\t",
      "\u0301",
      "\ud800",
      "\ufeff",
    );
    const input = fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })));
    fc.assert(
      fc.property(input, (parts) => {
        const text = parts.join("");
        expectLineInvariants(prepareText(text), text);
      }),
      { numRuns: 500 },
    );
  });

  it("holds for any bytes, with the line count of their decoding", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const prepared = prepareText(bytes);
        expectLineInvariants(prepared);
        expect(prepared.lines.length).toBe(countInputLines(decodeBytes(bytes).text));
      }),
      { numRuns: 300 },
    );
  });

  it("leaves its own output unchanged (for mojibake up to two levels deep)", () => {
    const inputs = ["a\r\n&amp;\u00a0cafÃ©  ", "ÃƒÂ© itÃ¢â‚¬â„¢s", "â€œHiâ€\ufffd\u0085", "e\u0301\u200b&#3;"];
    for (const input of inputs) {
      const once = prepareText(input).text;
      expect(prepareText(once)).toMatchObject({ text: once, warnings: [] });
    }
  });
});
