/**
 * The production image without Docker: the app folder scripts/docker/assemble.ts lays out (the
 * Dockerfile's build stage runs the same function), started with the image's own command
 * (start.sh: migrate, seed, then Next's standalone server) against an EMPTY database. A fresh
 * deployment must end up migrated, with the guide and without demo accounts, healthy, and a
 * first user must be able to sign up, sign in and get their dashboard. The folder carries the
 * server's traced dependencies only, not the development node_modules.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/default-guide";
import { REPO_ROOT } from "@/scripts/db/embedded";
import { assembleImage, formatMegabytes, type AssembledImage } from "@/scripts/docker/assemble";
import { freshDatabase, type FreshDatabase } from "./support/databases";
import { getPage, signIn } from "./support/http";
import { expectInlinedStylesAllowed } from "./support/inline-styles";
import { startApp, systemPort, type AppServer } from "./support/servers";
import { signUpWithoutScript } from "./support/sign-up";

const run = promisify(execFile);
const workDir = mkdtempSync(join(tmpdir(), "skilltrail-image-"));
let image: AssembledImage;
let database: FreshDatabase;
let server: AppServer;

/** The environment a deployment gives the container, and nothing from this checkout's tooling. */
const deploymentEnv = (url: string) => ({ DATABASE_URL: url, NODE_OPTIONS: undefined, NODE_PATH: undefined });

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  image = await assembleImage(join(workDir, "app"), { log: () => {} });
  database = await freshDatabase("skilltrail_system_standalone", { migrate: false });
  server = await startApp({
    port: systemPort(7),
    // Outside the checkout, so nothing can resolve from its node_modules.
    cwd: workDir,
    command: { file: "sh", args: [join(image.dir, "start.sh")] },
    env: deploymentEnv(database.url),
  });
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
  rmSync(workDir, { recursive: true, force: true });
});

describe("the production image's app started by its own command on an empty database", () => {
  it("applied every migration and seeded the guide, without demo accounts", async () => {
    const migrations = readdirSync(join(REPO_ROOT, "prisma", "migrations"), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    const applied = await query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    expect(applied.map((row) => row.migration_name).sort()).toEqual(migrations.map((entry) => entry.name).sort());
    const guides = await query<{ slug: string; status: string }>(`SELECT slug, status FROM "Guide"`);
    expect(guides).toContainEqual({ slug: DEFAULT_GUIDE_SLUG, status: "PUBLISHED" });
    // No demo accounts, nor any other: the first user signs up below.
    const users = await query<{ email: string }>(`SELECT email FROM "User"`);
    expect(users).toEqual([]);
  });

  it("serves the stylesheet so the CSP allows it (a <link>, or inlined with the CSP's hash of it)", async () => {
    await expectInlinedStylesAllowed(server.baseUrl, "/sign-in");
    await expectInlinedStylesAllowed(server.baseUrl, "/");
  });

  it("answers the health check", async () => {
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: "up" });
  });

  it("lets a first user sign up through the form, sign in and see their own dashboard", async () => {
    const account = { name: "Ada Firstuser", email: "ada.first@example.com", password: "correct horse battery staple" };
    const { location } = await signUpWithoutScript(server.baseUrl, account);
    expect(location).toContain("/sign-in");
    const session = await signIn(server.baseUrl, account.email, account.password);
    const page = await getPage(server.baseUrl, "/dashboard", session);
    expect(page.status).toBe(200);
    expect(page.body).toContain(account.name);
    // Signed up into the seeded guide: the dashboard is the guide's, not an empty state.
    const enrolments = await query<{ slug: string }>(
      `SELECT g.slug FROM "Enrollment" e JOIN "Guide" g ON g.id = e."guideId" JOIN "User" u ON u.id = e."userId" WHERE u.email = $1`,
      [account.email],
    );
    expect(enrolments).toEqual([{ slug: DEFAULT_GUIDE_SLUG }]);
  });

  it("prepares the database again on a restart without changing anything", async () => {
    const before = await query<{ guides: number; migrations: number }>(
      `SELECT (SELECT count(*)::int FROM "Guide") AS guides, (SELECT count(*)::int FROM _prisma_migrations) AS migrations`,
    );
    const { stdout } = await run("node", ["db/prepare.mjs"], {
      cwd: image.dir,
      env: { ...process.env, ...deploymentEnv(database.url), NODE_ENV: "production" },
    });
    expect(stdout).toContain("no pending migrations");
    const after = await query<{ guides: number; migrations: number }>(
      `SELECT (SELECT count(*)::int FROM "Guide") AS guides, (SELECT count(*)::int FROM _prisma_migrations) AS migrations`,
    );
    expect(after).toEqual(before);
  });

  it("ships the server's traced dependencies, not the development node_modules", async () => {
    for (const devOnly of ["typescript", "@playwright/test", "vitest", "eslint", "tsx", "esbuild", "prisma"]) {
      expect(existsSync(join(image.dir, "node_modules", devOnly)), devOnly).toBe(false);
    }
    expect(existsSync(join(image.dir, "node_modules", "@prisma", "schema-engine-wasm", "schema_engine_bg.wasm"))).toBe(
      true,
    );
    const { stdout } = await run("du", ["-sb", join(REPO_ROOT, "node_modules")]);
    const full = Number(stdout.split("\t")[0]);
    console.log(
      `[standalone] app folder ${formatMegabytes(image.bytes)} vs the checkout's node_modules ${formatMegabytes(full)}`,
    );
    expect(image.bytes).toBeLessThan(full / 3);
  });
});
