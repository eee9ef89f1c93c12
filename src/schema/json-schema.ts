/**
 * JSON Schema of the Article, generated from the zod schema for users outside TypeScript.
 * `npm run schema` writes it to `docs/article.schema.json`; a test fails when that file is stale.
 *
 * @module
 */
import { z } from "zod";
import { ArticleSchema, SCHEMA_VERSION } from "./article.js";

/** The Article as a JSON Schema (draft 2020-12) document. */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ArticleSchema, { target: "draft-2020-12", io: "output" });
  return {
    ...schema,
    $id: `urn:copydesk:article:${SCHEMA_VERSION}`,
    title: "copydesk Article",
  };
}
