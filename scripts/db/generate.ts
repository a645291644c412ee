/**
 * `npm run db:generate` (also the npm `postinstall`): `prisma generate`, offline.
 *
 * The Prisma CLI insists on a native schema-engine binary and tries to download it; generate
 * never runs it, it only checks the file exists. Point PRISMA_SCHEMA_ENGINE_BINARY at a file
 * that exists (the WASM engine, or the node binary) so no download is attempted.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const isPostinstall = process.env.npm_lifecycle_event === "postinstall";

function engineStandIn(): string {
  const current = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (current && existsSync(current)) return current;
  try {
    const bg = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasm = join(dirname(bg), "schema_engine_bg.wasm");
    if (existsSync(wasm)) return wasm;
  } catch {
    // package not installed (e.g. production install): fall through
  }
  return process.execPath;
}

function main(): number {
  const prisma = join(root, "node_modules", ".bin", process.platform === "win32" ? "prisma.cmd" : "prisma");
  if (!existsSync(prisma)) {
    const message = "prisma CLI not installed (node_modules/.bin/prisma); skipping prisma generate.";
    if (isPostinstall) {
      console.warn(message);
      return 0;
    }
    console.error(message);
    return 1;
  }
  if (!existsSync(join(root, "prisma", "schema.prisma"))) {
    console.warn("prisma/schema.prisma not found; skipping prisma generate.");
    return isPostinstall ? 0 : 1;
  }
  const result = spawnSync(prisma, ["generate", ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: engineStandIn(),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1", // no version-check request to Prisma's servers
    },
  });
  if (result.error) {
    console.error(`Failed to run prisma generate: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

process.exit(main());
