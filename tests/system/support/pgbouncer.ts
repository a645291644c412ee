/**
 * PgBouncer in front of a test database, started like the embedded PostgreSQL: its own ini and
 * auth file in a temporary folder, listening on a port of the test's own, in transaction
 * pooling mode (what a deployment with several app instances runs), stopped by `stop()`.
 *
 * Debian's `pgbouncer` (1.18 on CI; .ci/run installs it). 1.18 has no prepared-statement
 * support in transaction mode: a client may only use unnamed statements, which node-pg (and so
 * @prisma/adapter-pg) sends unless a statement is given a name. Session state does not survive
 * a transaction either, so session advisory locks (the seed's) need a direct connection.
 */
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { stopChild } from "@/scripts/lib/processes";
import { extraPort } from "./servers";

export type PgBouncer = {
  /** The database through PgBouncer: what the app instances get as DATABASE_URL. */
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  /** Stops PgBouncer (all its server connections close) and removes its folder. */
  stop: () => Promise<void>;
};

/** PgBouncer's port: PGBOUNCER_PORT, else the checkout's first extra port (545N0). */
export function pgBouncerPort(): number {
  return Number(process.env.PGBOUNCER_PORT ?? extraPort(0));
}

export function pgBouncerBinary(): string {
  if (process.env.PGBOUNCER_BIN) return process.env.PGBOUNCER_BIN;
  return existsSync("/usr/sbin/pgbouncer") ? "/usr/sbin/pgbouncer" : "pgbouncer";
}

/** A quoted value for pgbouncer.ini's libpq-style connection strings and the auth file. */
const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;

export async function startPgBouncer(options: {
  /** The database PgBouncer pools connections to (a direct URL on the test cluster). */
  databaseUrl: string;
  port?: number;
  /** Server connections per database/user pair: fewer than the instances' pools together, so they share. */
  poolSize?: number;
}): Promise<PgBouncer> {
  const target = new URL(options.databaseUrl);
  const user = decodeURIComponent(target.username);
  const password = decodeURIComponent(target.password);
  const database = decodeURIComponent(target.pathname.slice(1));
  const port = options.port ?? pgBouncerPort();
  const dir = await mkdtemp(join(tmpdir(), "skilltrail-pgbouncer-"));
  const ini = join(dir, "pgbouncer.ini");
  const authFile = join(dir, "userlist.txt");

  // The embedded cluster authenticates with scram-sha-256. With the plain password in the auth
  // file, PgBouncer can both check the client's SCRAM exchange and run its own to the server.
  await writeFile(authFile, `${quoted(user)} ${quoted(password)}\n`, { mode: 0o600 });
  await writeFile(
    ini,
    [
      "[databases]",
      `${database} = host=${target.hostname} port=${target.port || "5432"} dbname=${database}`,
      "",
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      // No Unix socket: it would land in /tmp under a fixed name shared with other checkouts.
      "unix_socket_dir =",
      "auth_type = scram-sha-256",
      `auth_file = ${authFile}`,
      "pool_mode = transaction",
      `default_pool_size = ${options.poolSize ?? 8}`,
      "max_client_conn = 200",
      // node-pg sends none of these today; a driver that does must not be refused for it.
      "ignore_startup_parameters = extra_float_digits,options",
      "server_login_retry = 1",
      // The admin console (database "pgbouncer"): tests read SHOW CLIENTS / SHOW POOLS.
      `admin_users = ${user}`,
      "",
    ].join("\n"),
    { mode: 0o600 },
  );

  // PgBouncer refuses to run as root (CI and these machines run as root): it then drops to
  // `nobody`, which must be able to read its files.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    await chmod(dir, 0o755);
    await chmod(ini, 0o644);
    await chmod(authFile, 0o644);
  }
  const child = spawn(pgBouncerBinary(), [...(asRoot ? ["-u", "nobody"] : []), ini], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.once("error", (error) => {
    // Most likely not installed: say how to get it rather than only "spawn ENOENT".
    log += `\n${String(error)}: install PgBouncer (Debian: apt-get install pgbouncer) or set PGBOUNCER_BIN\n`;
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // Never outlive the test process, even when it ends without afterAll.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const url = new URL(options.databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  const bouncer: PgBouncer = {
    url: url.toString(),
    port,
    child,
    output: () => log,
    stop: async () => {
      process.removeListener("exit", killOnExit);
      if (child.pid !== undefined) await stopChild(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitForQuery(bouncer, child);
  } catch (error) {
    await bouncer.stop();
    throw error;
  }
  return bouncer;
}

/** A SHOW command of PgBouncer's admin console (SHOW CLIENTS, SHOW POOLS …), its rows. */
export async function adminShow(bouncer: PgBouncer, what: string): Promise<Array<Record<string, unknown>>> {
  if (!/^[A-Z_]+$/.test(what)) throw new Error(`Not a SHOW command: ${what}`);
  const url = new URL(bouncer.url);
  url.pathname = "/pgbouncer";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    // The admin console speaks the simple query protocol only: a query without parameters.
    return (await client.query(`SHOW ${what}`)).rows as Array<Record<string, unknown>>;
  } finally {
    await client.end();
  }
}

/** Resolves once a query goes through PgBouncer to the database. */
async function waitForQuery(bouncer: PgBouncer, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  await new Promise((resolve) => setImmediate(resolve)); // a failed spawn reports on the next turn
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.pid === undefined)
      throw new Error(`pgbouncer exited (${child.exitCode ?? "not started"}):\n${bouncer.output()}`);
    const client = new pg.Client({ connectionString: bouncer.url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new Error(`pgbouncer did not answer within ${timeoutMs / 1000}s (${String(lastError)}):\n${bouncer.output()}`);
}
