/**
 * The bench database: its own embedded cluster (.data/postgres-bench, port 54340 or
 * EMBEDDED_BENCH_DB_PORT), or `<db>_bench` on DATABASE_URL's server. Dropped and re-created on
 * every run, then migrated and seeded with the guide and the demo accounts like any database.
 */
import pg from "pg";
import {
  connectMaintenance,
  databaseName,
  recreateDatabase,
  redact,
  resolveDatabase,
  withDatabaseName,
  type ResolvedDatabase,
} from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { seedDatabaseAt } from "../db/seed";
import { readProcStat } from "./proc";

export async function prepareDatabase(): Promise<ResolvedDatabase> {
  const database = await resolveDatabase("bench");
  console.log(`Database: ${database.embedded ? "embedded PostgreSQL " : ""}${redact(database.url)}`);
  await recreateDatabase(database.url);
  await migrateDatabase(database.url, { log: () => {} });
  await seedDatabaseAt(database.url);
  return database;
}

/** Runs `fn` with one connection to the bench database, closed afterwards. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function serverVersion(url: string): Promise<string> {
  return withClient(
    url,
    async (client) => (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v,
  );
}

/**
 * The PID of the PostgreSQL server (the parent of our backend), when it runs on this machine
 * and /proc shows it; null otherwise (a remote DATABASE_URL). Used to measure its CPU.
 */
export async function postmasterPid(url: string): Promise<number | null> {
  // Read /proc while the connection is open: the backend process ends with it.
  const stat = await withClient(url, async (client) => {
    const { pid } = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!;
    return readProcStat(pid);
  });
  // A remote server's backend PID may happen to exist here too: it must be a local postgres.
  if (stat?.comm !== "postgres") return null;
  return Number.isInteger(stat.ppid) && stat.ppid > 1 ? stat.ppid : null;
}

/**
 * A copy of the bench database as it is now (CREATE DATABASE … TEMPLATE), named `<db>_<suffix>`,
 * replaced if it exists; its URL. Nobody may be connected to the source while it is copied.
 */
export async function copyDatabase(url: string, suffix: string): Promise<string> {
  const copyUrl = withDatabaseName(url, `${databaseName(url)}_${suffix}`);
  const client = await connectMaintenance(url);
  try {
    const name = client.escapeIdentifier(databaseName(copyUrl));
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${client.escapeIdentifier(databaseName(url))}`);
  } finally {
    await client.end();
  }
  return copyUrl;
}
