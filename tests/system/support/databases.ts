/**
 * Databases of a system test's own, on the test cluster (TEST_DATABASE_URL, set by
 * scripts/test.ts): each file creates a fresh one, migrated and seeded like the app's, so
 * nothing it does meets the browser suite's data, and drops it when done.
 */
import pg from "pg";
import { migrateDatabase } from "@/scripts/db/migrate";
import { seedDatabaseAt } from "@/scripts/db/seed";

export function testClusterUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("System tests need TEST_DATABASE_URL (run them through `npm test`).");
  return url;
}

/** The cluster's URL with another database name. */
export function databaseUrl(name: string, base = testClusterUrl()): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onCluster(base: string, sql: string) {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type FreshDatabase = { name: string; url: string; drop: () => Promise<void> };

/** Drops (if left over) and creates `name`, then migrates it and seeds the guide and demo accounts. */
export async function freshDatabase(
  name: string,
  options: { base?: string; migrate?: boolean; seed?: boolean } = {},
): Promise<FreshDatabase> {
  const base = options.base ?? testClusterUrl();
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  await onCluster(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await onCluster(base, `CREATE DATABASE ${name}`);
  const url = databaseUrl(name, base);
  if (options.migrate !== false) await migrateDatabase(url);
  if (options.migrate !== false && options.seed !== false) await seedDatabaseAt(url);
  return { name, url, drop: () => onCluster(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
