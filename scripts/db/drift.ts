/**
 * Migration drift check, for the integration tests (and `tsx scripts/db/drift.ts` by hand):
 *  (a) the last migration's schema.prisma snapshot must equal prisma/schema.prisma (empty diff);
 *  (b) every migration must replay cleanly, in order, on a fresh empty database;
 *  plus structural checks (migration.sql and snapshot present, migration_lock.toml provider).
 *
 * `checkDrift(url)` takes any URL on the target server; it creates a throwaway database
 * `drift_<random>` there and drops it afterwards.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { connectMaintenance, isEntrypoint, resolveDatabase, stopOnSignals, withDatabaseName } from "./embedded";
import {
  applyMigrations,
  diffSchemas,
  listMigrations,
  LOCKFILE_NAME,
  MIGRATIONS_DIR,
  SCHEMA_PATH,
} from "./schema-engine";

export interface DriftOptions {
  schemaPath?: string;
  migrationsDir?: string;
}

export interface DriftReport {
  /** SQL from the last migration's snapshot (or empty) to schema.prisma; "" means in sync. */
  schemaDiff: string;
  /** Migration folder names, in apply order. */
  migrations: string[];
  /** Names applied while replaying on the throwaway database. */
  replayed: string[];
  /** Error message from the replay, if it failed. */
  replayError: string | null;
  /** Structural problems (missing migration.sql / snapshot / lock file). */
  problems: string[];
  /** True when there is no drift at all. */
  ok: boolean;
}

export async function checkDrift(serverUrl: string, options: DriftOptions = {}): Promise<DriftReport> {
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;

  const schema = await readFile(schemaPath, "utf8");
  const folders = await listMigrations(migrationsDir);
  const problems: string[] = [];
  for (const folder of folders) {
    if (folder.sql === undefined) problems.push(`${folder.name}: migration.sql is missing`);
    if (folder.snapshot === undefined) problems.push(`${folder.name}: schema.prisma snapshot is missing`);
  }
  if (folders.length > 0) {
    const lockPath = join(migrationsDir, LOCKFILE_NAME);
    const lock = existsSync(lockPath) ? await readFile(lockPath, "utf8") : null;
    if (lock === null) problems.push(`${LOCKFILE_NAME} is missing`);
    else if (!/^\s*provider\s*=\s*"postgresql"\s*$/m.test(lock)) {
      problems.push(`${LOCKFILE_NAME} does not declare provider = "postgresql"`);
    }
  }

  const database = `drift_${randomBytes(6).toString("hex")}`;
  const url = withDatabaseName(serverUrl, database);
  const admin = await connectMaintenance(serverUrl);
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
    try {
      const last = folders.at(-1);
      const schemaDiff = await diffSchemas(url, last?.snapshot ?? null, schema);
      let replayed: string[] = [];
      let replayError: string | null = null;
      try {
        replayed = await applyMigrations(url, migrationsDir);
      } catch (error) {
        replayError = error instanceof Error ? error.message : String(error);
      }
      return {
        schemaDiff,
        migrations: folders.map((folder) => folder.name),
        replayed,
        replayError,
        problems,
        ok: schemaDiff === "" && replayError === null && problems.length === 0,
      };
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(database)} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

/** Human-readable summary of a report. */
export function formatDriftReport(report: DriftReport): string {
  const lines: string[] = [];
  lines.push(report.ok ? "No migration drift." : "Migration drift detected.");
  lines.push(`Migrations: ${report.migrations.length}, replayed on an empty database: ${report.replayed.length}`);
  if (report.schemaDiff) {
    lines.push(
      "prisma/schema.prisma differs from the last migration's snapshot; run npm run db:new-migration -- <name>. Pending SQL:",
      report.schemaDiff.trim(),
    );
  }
  if (report.replayError) lines.push(`Replay failed: ${report.replayError}`);
  for (const problem of report.problems) lines.push(`Problem: ${problem}`);
  return lines.join("\n");
}

async function main(): Promise<void> {
  const db = await resolveDatabase("test");
  const unregister = stopOnSignals(db.stop);
  let report: DriftReport;
  try {
    report = await checkDrift(db.url);
  } finally {
    await db.stop();
    unregister();
  }
  console.log(formatDriftReport(report));
  if (!report.ok) process.exit(1);
}

if (isEntrypoint(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`drift check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
