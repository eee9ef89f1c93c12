// Regenerate docs/article.schema.json from the zod Article schema: `npm run schema`.
import { writeFileSync } from "node:fs";
import { articleJsonSchema } from "../src/schema/json-schema.js";

const path = new URL("../docs/article.schema.json", import.meta.url);
writeFileSync(path, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
