/**
 * V8's explicit compile hint on the framework chunks every page runs at start-up (React DOM,
 * Next's router, Turbopack's runtime: the build manifest's `rootMainFiles`).
 *
 * Why: V8 compiles a function lazily, on the main thread, the first time it is called. Turbopack
 * wraps each module in a function that the runtime calls while the page starts, so React DOM's
 * and the router's module bodies were compiled inside the start-up task: profiles of `/` and
 * `/sign-in` at a 4x CPU slowdown showed 370 and 176 ms of that task in the runtime's
 * `instantiateModule` frame, the compile of the factories it calls (docs/performance.md, "Browser
 * speed, December 2026 session 4"). A script whose first line is `//# allFunctionsCalledOnLoad`
 * has every function compiled eagerly on the background thread that already streams and parses
 * it (Chromium 136 and later; other engines ignore the comment: it is a comment). The hint goes on
 * the start-up chunks only: they run on every page anyway, while eagerly compiling a chunk loaded
 * later for one route would be work spent on functions that may never run.
 *
 * It runs as next.config.ts's `compiler.runAfterProductionCompile`, so every `next build` (npm
 * test, the bench, the Dockerfile) ships it; the chunk names (content hashes of the compiled
 * output) stay as Next wrote them, and adding the line again is a no-op.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** The script with the hint as its first line (once). */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source;
}

/** The start-up JavaScript files of a build, relative to its distDir (`static/chunks/….js`). */
export async function startupChunks(distDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles?: unknown;
  };
  if (!Array.isArray(manifest.rootMainFiles)) {
    throw new Error(`${distDir}/build-manifest.json has no rootMainFiles list: has Next changed its manifest?`);
  }
  return manifest.rootMainFiles.filter((file): file is string => typeof file === "string" && file.endsWith(".js"));
}

/** Adds the hint to each start-up chunk of the build in `distDir`; returns the files it changed. */
export async function addCompileHints(distDir: string): Promise<string[]> {
  const changed: string[] = [];
  for (const file of await startupChunks(distDir)) {
    const path = join(distDir, file);
    const source = await readFile(path, "utf8");
    const hinted = withCompileHint(source);
    if (hinted === source) continue;
    await writeFile(path, hinted);
    changed.push(file);
  }
  return changed;
}
