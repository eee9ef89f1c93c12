import { copyFileSync, mkdirSync } from "node:fs";
import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM and CJS with declarations for each.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    // tsup passes baseUrl to the declaration build, which TypeScript 6 deprecates.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "neutral",
    onSuccess: async () => {
      mkdirSync("dist", { recursive: true });
      copyFileSync("docs/article.schema.json", "dist/article.schema.json");
    },
  },
  {
    // The command line: one ESM file with a shebang; it bundles the library code it uses.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
