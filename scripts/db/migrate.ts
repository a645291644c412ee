/**
 * `npm run db:migrate` — apply the committed migrations (prisma/migrations) to the development
 * database: DATABASE_URL if set, else the embedded server (started for the run and stopped
 * afterwards, or reused if `npm run dev` already runs it).
 */
import { readFile } from "node:fs/promises";
import { isEntrypoint, redact, resolveDatabase, stopOnSignals } from "./embedded";
import { applyMigrations, diffSchemas, listMigrations, MIGRATIONS_DIR, SCHEMA_PATH } from "./schema-engine";

export interface MigrateOptions {
  migrationsDir?: string;
  /** Progress output; defaults to console.log. Pass `() => {}` to silence. */
  log?: (message: string) => void;
}

/** Apply every pending migration to `url`. Idempotent. Returns the names applied now. */
export async function migrateDatabase(url: string, options: MigrateOptions = {}): Promise<string[]> {
  const log = options.log ?? ((message: string) => console.log(message));
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const applied = await applyMigrations(url, migrationsDir);
  if (applied.length === 0) log("Database is up to date: no pending migrations.");
  else log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  - ${name}`).join("\n")}`);
  return applied;
}

/** Warn (never fail) when schema.prisma has changes that no migration contains yet. */
async function warnIfSchemaAhead(url: string): Promise<void> {
  const migrations = await listMigrations();
  const schema = await readFile(SCHEMA_PATH, "utf8").catch(() => undefined);
  if (!schema) return;
  const last = migrations.at(-1);
  const diff = await diffSchemas(url, last?.snapshot ?? null, schema);
  if (diff) {
    console.warn(
      "\nWarning: prisma/schema.prisma has changes that are not in a migration yet.\n" +
        "Create one with: npm run db:new-migration -- <name>",
    );
  }
}

async function main(): Promise<void> {
  const db = await resolveDatabase("dev", { direct: true });
  const unregister = stopOnSignals(db.stop);
  try {
    const source = db.embedded ? `embedded PostgreSQL (${redact(db.url)})` : redact(db.url);
    console.log(`Migrating ${source}`);
    if ((await listMigrations()).length === 0) {
      console.log("No migrations in prisma/migrations yet (npm run db:new-migration -- <name> creates one).");
    } else {
      await migrateDatabase(db.url);
    }
    await warnIfSchemaAhead(db.url).catch(() => {});
  } finally {
    await db.stop();
    unregister();
  }
}

if (isEntrypoint(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
