import { describe, expect, it } from "vitest";
import { detach } from "../../src/util/detach.js";

describe("detach", () => {
  it("returns the same text, whatever it holds", () => {
    const article = `Prefix ${"x".repeat(100)} Volodymyr Zelenskyy \uD800 lone surrogate, emoji 🙂, NUL \u0000 end`;
    for (const [start, end] of [[0, 5], [7, 60], [108, 128], [108, article.length]] as const) {
      const slice = article.slice(start, end);
      expect(detach(slice)).toBe(slice);
    }
    expect(detach("")).toBe("");
  });
});
