import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleJsonSchema } from "../../src/schema/json-schema.js";

describe("docs/article.schema.json", () => {
  it("is generated from the zod schema (run `npm run schema` when this fails)", () => {
    const onDisk = readFileSync(new URL("../../docs/article.schema.json", import.meta.url), "utf8");
    expect(onDisk).toBe(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
  });

  it("lists every line kind and requires the public fields", () => {
    const schema = articleJsonSchema() as {
      required: string[];
      properties: { lines: { items: { properties: { kind: { enum: string[] } } } } };
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(["text", "language", "title", "lines", "quotes", "entities", "dates", "warnings"]),
    );
    expect(schema.properties.lines.items.properties.kind.enum).toContain("advertisement");
  });
});
