import { describe, expect, it } from "vitest";
import { InvalidOptionsError, resolveOptions } from "../../src/index.js";

describe("names options", () => {
  it("accepts a policy, a user alias table and the rewrite switch, with no defaults added", () => {
    const aliases = [{ canonical: "Kiev", type: "place", variants: ["Kyiv"] }];
    expect(resolveOptions({ canonicalPolicy: "english-press", aliases, rewriteNames: true })).toMatchObject({
      canonicalPolicy: "english-press",
      aliases,
      rewriteNames: true,
    });
    expect(resolveOptions({})).not.toHaveProperty("canonicalPolicy");
  });
  it("rejects a malformed alias entry, naming the field", () => {
    expect(() => resolveOptions({ aliases: [{ canonical: "", type: "place", variants: [] }] })).toThrow(InvalidOptionsError);
    expect(() => resolveOptions({ aliases: [{ canonical: "Kiev", type: "town", variants: [] }] })).toThrow("aliases.0.type");
    expect(() => resolveOptions({ canonicalPolicy: "local" })).toThrow("canonicalPolicy");
  });
});
