/**
 * `npm run db:new-migration -- <name>` — write a new migration folder
 * `prisma/migrations/<YYYYMMDDHHMMSS>_<name>/` holding `migration.sql` (the diff from the last
 * migration's schema snapshot, or from an empty database, to prisma/schema.prisma) and a
 * `schema.prisma` snapshot of the schema it was generated from. Does not apply it.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { isEntrypoint, REPO_ROOT, resolveDatabase, stopOnSignals } from "./embedded";
import {
  diffSchemas,
  listMigrations,
  LOCKFILE_NAME,
  MIGRATION_LOCK_CONTENT,
  MIGRATIONS_DIR,
  SCHEMA_PATH,
} from "./schema-engine";

export interface CreateMigrationOptions {
  /** Human name, e.g. "add user bio" (slugified to `add_user_bio`). */
  name: string;
  /** Any reachable database (the engine connects even for a schema-to-schema diff). */
  url: string;
  schemaPath?: string;
  migrationsDir?: string;
  now?: Date;
}

export type CreateMigrationResult = { created: false } | { created: true; name: string; dir: string; sql: string };

export function slugifyMigrationName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) throw new Error(`Invalid migration name "${name}": use letters, digits, spaces or underscores.`);
  return slug;
}

/** UTC `YYYYMMDDHHMMSS`, like Prisma. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function nextTimestamp(now: Date, lastFolder: string | undefined): string {
  let date = now;
  const last = lastFolder?.match(/^(\d{14})_/)?.[1];
  // Keep folder order strictly increasing even if two are created within the same second.
  while (last && migrationTimestamp(date) <= last) date = new Date(date.getTime() + 1000);
  return migrationTimestamp(date);
}

export async function createMigration(options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const slug = slugifyMigrationName(options.name);

  const schema = await readFile(schemaPath, "utf8");
  const migrations = await listMigrations(migrationsDir);
  const last = migrations.at(-1);
  if (last && last.snapshot === undefined) {
    throw new Error(
      `The last migration ${last.name} has no schema.prisma snapshot beside its migration.sql; ` +
        "copy the schema it was generated from there first.",
    );
  }

  const sql = await diffSchemas(options.url, last?.snapshot ?? null, schema);
  if (!sql) return { created: false };

  const name = `${nextTimestamp(options.now ?? new Date(), last?.name)}_${slug}`;
  const dir = join(migrationsDir, name);
  await mkdir(dir, { recursive: true });
  const lockPath = join(migrationsDir, LOCKFILE_NAME);
  if (!existsSync(lockPath)) await writeFile(lockPath, MIGRATION_LOCK_CONTENT);
  await writeFile(join(dir, "migration.sql"), sql);
  await writeFile(join(dir, "schema.prisma"), schema);
  return { created: true, name, dir, sql };
}

async function main(): Promise<void> {
  const name = process.argv.slice(2).join(" ").trim();
  if (!name) {
    console.error("Usage: npm run db:new-migration -- <name>   (e.g. npm run db:new-migration -- add_user_bio)");
    process.exit(1);
  }
  slugifyMigrationName(name); // validate before starting a database

  const db = await resolveDatabase("dev", { direct: true });
  const unregister = stopOnSignals(db.stop);
  let result: CreateMigrationResult;
  try {
    result = await createMigration({ name, url: db.url });
  } finally {
    await db.stop();
    unregister();
  }

  if (!result.created) {
    console.log("No schema changes: prisma/schema.prisma matches the last migration's snapshot.");
    return;
  }
  const rel = relative(REPO_ROOT, result.dir);
  console.log(`Created ${rel}/migration.sql (+ schema.prisma snapshot):\n`);
  console.log(result.sql.trim());
  console.log(
    [
      "",
      "Review it before applying. SQL the schema cannot express (CHECK constraints, partial",
      `indexes, triggers) can be appended by hand to ${rel}/migration.sql;`,
      "the snapshot diff never sees it, so later migrations keep it. Apply with: npm run db:migrate",
    ].join("\n"),
  );
}

if (isEntrypoint(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`db:new-migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
