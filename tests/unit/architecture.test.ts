import { ESLint } from "eslint";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  folderCycles,
  layerViolations,
  parseImports,
  readImportGraph,
  type ImportEdge,
} from "@/scripts/lib/import-graph";

const root = resolve(import.meta.dirname, "../..");
const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({ from, to, typeOnly });

// The first lintText loads ESLint's config and the TypeScript parser: seconds on a busy 2-core
// machine, past Vitest's 5 s default. The assertions are unchanged; only the wait is longer.
describe("import boundaries (ESLint, as an editor shows them)", { timeout: 30_000 }, () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
    return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
  };

  it("refuses a planted import of components from lib", async () => {
    const messages = await lint(
      "lib/hours/planted.ts",
      'import { Button } from "@/components/ui/button";\nexport const x = Button;\n',
    );
    expect(messages).toEqual([expect.stringContaining("lib never imports components or app")]);
  });

  it("refuses a planted import of app from components", async () => {
    const messages = await lint("components/hours/planted.tsx", 'export { GET } from "@/app/api/health/route";\n');
    expect(messages).toEqual([expect.stringContaining("components never import app")]);
  });

  it("refuses parent-relative imports in lib, which break when a folder moves", async () => {
    const messages = await lint("lib/hours/planted.ts", 'import { db } from "../db";\nexport const x = db;\n');
    expect(messages).toEqual([expect.stringContaining("@/ alias")]);
  });

  it("lets lib import lib and components import lib", async () => {
    expect(await lint("lib/hours/planted.ts", 'import { db } from "@/lib/db";\nexport const x = db;\n')).toEqual([]);
    expect(
      await lint("components/hours/planted.tsx", 'import { cn } from "@/lib/ui/cn";\nexport const x = cn;\n'),
    ).toEqual([]);
  });
});

describe("the import graph (scripts/check-architecture.ts)", () => {
  it("reads imports, re-exports and type-only imports", () => {
    const edges = parseImports(
      "lib/a/x.ts",
      'import { a } from "@/lib/b/y";\nimport type { T } from "@/lib/db";\nexport { c } from "@/lib/c/z";\nimport "server-only";\nimport { d } from "react";\n',
    );
    expect(edges).toEqual([
      edge("lib/a/x.ts", "lib/b/y"),
      edge("lib/a/x.ts", "lib/db", true),
      edge("lib/a/x.ts", "lib/c/z"),
    ]);
  });

  it("finds a planted cycle between two feature folders, and names the imports that make it", () => {
    const cycles = folderCycles([
      edge("lib/phases/queries.ts", "lib/deliverables/rules"),
      edge("lib/deliverables/schema.ts", "lib/phases/schema"),
      edge("lib/hours/actions.ts", "lib/db"),
    ]);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toContain("lib/deliverables, lib/phases");
    expect(cycles[0]!.message).toContain("lib/deliverables/schema.ts → lib/phases/schema");
  });

  it("finds a longer cycle once, and none in a one-way chain", () => {
    const chain = [edge("lib/a/x.ts", "lib/b/x"), edge("lib/b/x.ts", "lib/c/x")];
    expect(folderCycles(chain)).toEqual([]);
    expect(folderCycles([...chain, edge("lib/c/y.ts", "lib/a/y")])).toHaveLength(1);
  });

  it("refuses a route that imports the database client, but allows its types", () => {
    expect(layerViolations([edge("app/(app)/x/page.tsx", "lib/db")])).toHaveLength(1);
    expect(layerViolations([edge("app/(app)/x/page.tsx", "lib/generated/prisma/client")])).toHaveLength(1);
    expect(layerViolations([edge("app/(app)/x/page.tsx", "lib/generated/prisma/client", true)])).toEqual([]);
  });

  it("reads the real tree: hundreds of imports, all of them through the @/ alias it checks", () => {
    const edges = readImportGraph(root);
    expect(edges.length).toBeGreaterThan(500);
    expect(edges.some((e) => e.from === "lib/hours/actions.ts" && e.to === "lib/actions/safe-action")).toBe(true);
  });
});
