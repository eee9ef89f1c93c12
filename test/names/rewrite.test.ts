import { describe, expect, it } from "vitest";
import { rewriteBody, selectEdits } from "../../src/names/rewrite.js";
import type { Line } from "../../src/schema/article.js";

describe("rewrite", () => {
  const text = "  Kiev rose.\n\n“Kiev,” she said of Kiev.";
  const lines: Line[] = [
    { n: 1, start: 0, end: 12, text: "  Kiev rose.", kind: "body", reasons: [] },
    { n: 2, start: 13, end: 13, text: "", kind: "blank", reasons: [] },
    { n: 3, start: 14, end: 39, text: "“Kiev,” she said of Kiev.", kind: "body", reasons: [] },
  ];
  const at = (from: number) => text.indexOf("Kiev", from);
  const wanted = [at(0), at(5), at(20)].map((start) => ({ start, end: start + 4, text: "Kiev", replacement: "Kyiv", entity: "e1" }));

  it("skips mentions inside quotations", () => {
    const edits = selectEdits(wanted, [{ start: 15, end: 19 }]);
    expect(edits.map((e) => e.start)).toEqual([at(0), at(20)]);
  });
  it("applies edits to the trimmed body lines joined by a blank line", () => {
    const edits = selectEdits(wanted, [{ start: 15, end: 19 }]);
    expect(rewriteBody(lines, edits).body).toBe("Kyiv rose.\n\n“Kiev,” she said of Kyiv.");
  });
});
