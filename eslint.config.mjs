import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const eslintConfig = defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Unused variables are errors, except deliberately ignored ones (`_name`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  // Boundaries (docs/architecture.md): imports flow app → components → lib. The same rules, plus
  // cycles between feature folders, run over the whole graph in scripts/check-architecture.ts.
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/components/*", "@/app/*"], message: "lib never imports components or app." },
            { regex: "^\\.\\./", message: "Import through the @/ alias, so a moved folder keeps its imports." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*"], message: "components never import app." },
            { regex: "^\\.\\./", message: "Import through the @/ alias, so a moved folder keeps its imports." },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/generated/prisma/*"],
              allowTypeImports: true,
              message: "Routes reach the database through their feature's queries (lib/<feature>/queries.ts).",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    // eslint-config-next's defaults (replaced when globalIgnores is given):
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    // Generated or local-only output:
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);

export default eslintConfig;
