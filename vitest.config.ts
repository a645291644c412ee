import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      // Mirrors tsconfig's `@/*` path; "@" only matches "@/…", never "@prisma/…".
      "@": root,
      // The real `server-only` throws unless bundled for React Server Components; in tests
      // server modules run in plain Node, so the marker import becomes a no-op.
      "server-only": resolve(root, "tests/support/empty.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One database: files run one after another so they never race on shared rows.
          // DATABASE_URL comes from the orchestrator (scripts/test.ts).
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          environment: "node",
          // Each file starts servers and databases of its own (ports from tests/system/support);
          // one at a time keeps a 2-core machine from timing them out. Run by scripts/test.ts
          // after `next build`, with TEST_DATABASE_URL naming the test cluster.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
