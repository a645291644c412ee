/**
 * The project's import graph, read from the source as text, and the layering rules checked on
 * it (see docs/architecture.md, "Boundaries"). ESLint's no-restricted-imports enforces the
 * per-file rules as you type; this module adds what a per-file rule cannot see: cycles between
 * feature folders. Pure functions on a list of edges, so the rules are unit-tested on planted
 * violations (tests/unit/architecture.test.ts) as well as run on the real tree.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface ImportEdge {
  /** The importing file, relative to the repository root ("lib/hours/actions.ts"). */
  from: string;
  /** The imported module as a repository path without extension ("lib/db", "components/ui/button"). */
  to: string;
  /** `import type …` only: erased at build time, so it may cross into the database's types. */
  typeOnly: boolean;
}

const SOURCE = /\.(ts|tsx|mts)$/;
const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm;

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(root, path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Every `@/…` import (and `export … from`) of the files under `dirs`. */
export function readImportGraph(root: string, dirs: readonly string[] = ["app", "components", "lib"]): ImportEdge[] {
  return dirs.flatMap((dir) =>
    sourceFiles(root, dir).flatMap((file) =>
      parseImports(relative(root, join(root, file)), readFileSync(join(root, file), "utf8")),
    ),
  );
}

export function parseImports(from: string, source: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4] ?? "";
    if (specifier.startsWith("@/")) edges.push({ from, to: specifier.slice(2), typeOnly: Boolean(match[2]) });
  }
  return edges;
}

/** "lib/hours/actions.ts" → "lib/hours"; files directly under lib/ or components/ are base code, not a folder. */
export function featureFolder(path: string): string | null {
  const [top, name, ...rest] = path.split("/");
  if ((top !== "lib" && top !== "components") || !name || rest.length === 0) return null;
  return `${top}/${name}`;
}

export interface Violation {
  rule: "layer" | "page-database" | "folder-cycle";
  message: string;
}

/** The per-file rules (also in eslint.config.mjs, where they show in the editor). */
export function layerViolations(edges: readonly ImportEdge[]): Violation[] {
  const violations: Violation[] = [];
  for (const { from, to, typeOnly } of edges) {
    const layer = from.split("/")[0];
    const target = to.split("/")[0];
    if (layer === "lib" && (target === "components" || target === "app"))
      violations.push({ rule: "layer", message: `${from} imports ${to}: lib never imports ${target}/` });
    if (layer === "components" && target === "app")
      violations.push({ rule: "layer", message: `${from} imports ${to}: components never import app/` });
    if (layer === "app" && !typeOnly && (to === "lib/db" || to.startsWith("lib/generated/prisma")))
      violations.push({
        rule: "page-database",
        message: `${from} imports ${to}: routes reach the database through their feature's queries`,
      });
  }
  return violations;
}

/** Cycles in the graph of feature folders (lib/a → lib/b → lib/a), each reported once. */
export function folderCycles(edges: readonly ImportEdge[]): Violation[] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = featureFolder(from);
    const b = featureFolder(to);
    if (!a || !b || a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)!.add(b);
  }
  // Tarjan's strongly connected components: every component of two or more folders is a cycle.
  let index = 0;
  const indices = new Map<string, number>();
  const lowlinks = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: Violation[] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    lowlinks.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowlinks.set(node, Math.min(lowlinks.get(node)!, lowlinks.get(next)!));
      } else if (onStack.has(next)) lowlinks.set(node, Math.min(lowlinks.get(node)!, indices.get(next)!));
    }
    if (lowlinks.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) {
        const folders = component.sort();
        const examples = edges
          .filter((e) => folders.includes(featureFolder(e.from) ?? "") && folders.includes(featureFolder(e.to) ?? ""))
          .filter((e) => featureFolder(e.from) !== featureFolder(e.to))
          .map((e) => `${e.from} → ${e.to}`);
        cycles.push({
          rule: "folder-cycle",
          message: `import cycle between ${folders.join(", ")}: ${examples.join("; ")}`,
        });
      }
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node);
  return cycles;
}

export const architectureViolations = (edges: readonly ImportEdge[]): Violation[] => [
  ...layerViolations(edges),
  ...folderCycles(edges),
];
