/**
 * What else runs while a target is measured: PostgreSQL's background work (autovacuum and
 * autoanalyze workers, the checkpointer, WAL) and the CPU of every process on the machine. After
 * a bulk load of millions of rows, autovacuum and the checkpointer can run for minutes; on two
 * cores they compete with the server under test. Printed with the scaled targets (scale.ts).
 */
import pg from "pg";
import { allProcStats, ticksToMs } from "./proc";

/** CPU time (ms, user + system) per live process, with its command name. */
export async function processCpu(): Promise<Map<number, { comm: string; ms: number }>> {
  const out = new Map<number, { comm: string; ms: number }>();
  for (const [pid, stat] of await allProcStats()) out.set(pid, { comm: stat.comm, ms: ticksToMs(stat.ownTicks) });
  return out;
}

/** The processes that used the most CPU between two snapshots (new processes count from 0). */
export function topCpu(
  before: Map<number, { comm: string; ms: number }>,
  after: Map<number, { comm: string; ms: number }>,
  n = 6,
): { pid: number; comm: string; ms: number }[] {
  return [...after]
    .map(([pid, p]) => ({ pid, comm: p.comm, ms: p.ms - (before.get(pid)?.ms ?? 0) }))
    .filter((p) => p.ms > 0)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n);
}

type Counters = {
  checkpoints: number;
  buffersWritten: number;
  walBytes: number;
  autovacuums: number;
  autoanalyzes: number;
};

async function counters(client: pg.Client): Promise<Counters> {
  const { rows } = await client.query<Record<keyof Counters, string>>(`
    SELECT (SELECT num_timed + num_requested FROM pg_stat_checkpointer) AS checkpoints,
           (SELECT buffers_written FROM pg_stat_checkpointer)
             + (SELECT buffers_clean FROM pg_stat_bgwriter) AS "buffersWritten",
           pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') AS "walBytes",
           (SELECT COALESCE(sum(autovacuum_count), 0) FROM pg_stat_all_tables) AS autovacuums,
           (SELECT COALESCE(sum(autoanalyze_count), 0) FROM pg_stat_all_tables) AS autoanalyzes`);
  const r = rows[0]!;
  return {
    checkpoints: Number(r.checkpoints),
    buffersWritten: Number(r.buffersWritten),
    walBytes: Number(r.walBytes),
    autovacuums: Number(r.autovacuums),
    autoanalyzes: Number(r.autoanalyzes),
  };
}

export type BackgroundSummary = {
  seconds: number;
  /** Samples (1 s apart) in which at least one autovacuum worker was running, and the tables. */
  autovacuumSamples: number;
  samples: number;
  vacuumedTables: string[];
  /** Deltas over the window. */
  delta: Counters;
  topProcesses: { pid: number; comm: string; ms: number }[];
};

/** Samples PostgreSQL's background work every second until stopped. */
export async function sampleBackground(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const first = await counters(client);
  const cpuBefore = await processCpu();
  let samples = 0;
  let autovacuumSamples = 0;
  const tables = new Set<string>();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    client
      .query<{ workers: string; tables: string[] | null }>(
        `SELECT (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker') AS workers,
                (SELECT array_agg(relid::regclass::text) FROM pg_stat_progress_vacuum) AS tables`,
      )
      .then(({ rows }) => {
        samples += 1;
        if (Number(rows[0]!.workers) > 0) autovacuumSamples += 1;
        for (const t of rows[0]!.tables ?? []) tables.add(t);
      })
      .catch(() => {})
      .finally(() => (busy = false));
  }, 1000);
  return {
    async stop(): Promise<BackgroundSummary> {
      clearInterval(timer);
      while (busy) await new Promise((r) => setTimeout(r, 50));
      const last = await counters(client);
      const cpuAfter = await processCpu();
      await client.end();
      const delta = Object.fromEntries(
        (Object.keys(first) as (keyof Counters)[]).map((k) => [k, last[k] - first[k]]),
      ) as Counters;
      return {
        seconds: (performance.now() - started) / 1000,
        autovacuumSamples,
        samples,
        vacuumedTables: [...tables],
        delta,
        topProcesses: topCpu(cpuBefore, cpuAfter),
      };
    },
  };
}

export function describeBackground(b: BackgroundSummary): string {
  const mb = (n: number) => `${(n / 1024 ** 2).toFixed(0)} MiB`;
  return (
    `autovacuum running in ${b.autovacuumSamples}/${b.samples} s${b.vacuumedTables.length ? ` (${b.vacuumedTables.join(", ")})` : ""};` +
    ` ${b.delta.autovacuums} autovacuums, ${b.delta.autoanalyzes} autoanalyzes done; ${b.delta.checkpoints} checkpoints,` +
    ` ${b.delta.buffersWritten} buffers written by checkpointer/bgwriter; WAL ${mb(b.delta.walBytes)};` +
    ` top CPU: ${b.topProcesses.map((p) => `${p.comm}(${p.pid}) ${(p.ms / 1000).toFixed(1)} s`).join(", ")}`
  );
}
