import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT, startupChunks, withCompileHint } from "@/lib/build/compile-hints";

describe("withCompileHint", () => {
  it("puts V8's eager-compile comment on the first line, once", () => {
    const source = "(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([1,e=>{}]);";
    expect(withCompileHint(source)).toBe(`//# allFunctionsCalledOnLoad\n${source}`);
    expect(withCompileHint(withCompileHint(source))).toBe(withCompileHint(source));
  });
});

describe("addCompileHints on a build directory", () => {
  let distDir: string;
  const chunk = (name: string) => join(distDir, "static", "chunks", name);

  beforeEach(async () => {
    distDir = await mkdtemp(join(tmpdir(), "compile-hints-"));
    await mkdir(join(distDir, "static", "chunks"), { recursive: true });
    for (const name of ["framework.js", "runtime.js", "route.js", "styles.css"])
      await writeFile(chunk(name), `/* ${name} */`);
    await writeFile(
      join(distDir, "build-manifest.json"),
      JSON.stringify({
        rootMainFiles: ["static/chunks/framework.js", "static/chunks/runtime.js", "static/chunks/styles.css"],
      }),
    );
  });
  afterEach(async () => rm(distDir, { recursive: true, force: true }));

  it("hints the start-up chunks only, and a second run changes nothing", async () => {
    expect(await startupChunks(distDir)).toEqual(["static/chunks/framework.js", "static/chunks/runtime.js"]);
    expect(await addCompileHints(distDir)).toEqual(["static/chunks/framework.js", "static/chunks/runtime.js"]);
    expect(await readFile(chunk("framework.js"), "utf8")).toBe(`${COMPILE_HINT}/* framework.js */`);
    expect(await readFile(chunk("runtime.js"), "utf8")).toBe(`${COMPILE_HINT}/* runtime.js */`);
    // A chunk loaded later for one route, and anything that is not JavaScript, stay as built.
    expect(await readFile(chunk("route.js"), "utf8")).toBe("/* route.js */");
    expect(await readFile(chunk("styles.css"), "utf8")).toBe("/* styles.css */");
    expect(await addCompileHints(distDir)).toEqual([]);
    expect(await readFile(chunk("framework.js"), "utf8")).toBe(`${COMPILE_HINT}/* framework.js */`);
  });

  it("fails loudly when the manifest no longer lists the start-up files", async () => {
    await writeFile(join(distDir, "build-manifest.json"), JSON.stringify({ pages: {} }));
    await expect(addCompileHints(distDir)).rejects.toThrow(/no rootMainFiles list/);
  });
});
