/**
 * `npx tsx scripts/bench/render-profile.ts`, after a bench run (its database is kept until the
 * next run): what each page's SQL statements cost at the volume the bench left, from
 * pg_stat_statements: calls, mean execution time, shared buffers touched (hit + read) and rows
 * per call, over 5 renders. Buffers per call is the figure that shows whether a query is
 * index-bound: compare a run at BENCH_SCALE=1 with one at BENCH_SCALE=10, a query whose
 * buffers grew tenfold reads the table, not the learner's rows. Uses BENCH_PORT and
 * EMBEDDED_BENCH_DB_PORT like the bench, and the existing .next build.
 */
import { stopOnSignals } from "../db/embedded";
import { benchConfig as config } from "./config";
import { withClient } from "./database";
import { resolveDatabase } from "../db/embedded";
import { BENCH_COHORT_ID, personas } from "./personas";
import { startServer, type Server } from "./server";
import { signIn, type Session } from "./sign-in";

const RENDERS = 5;

const database = await resolveDatabase("bench");
let server: Server | undefined;
const cleanup = async () => {
  await server?.stop();
  await database.stop();
};
stopOnSignals(cleanup);

async function profile(session: Session, path: string): Promise<void> {
  const get = async () => {
    const response = await fetch(`${server!.baseUrl}${path}`, { headers: { Cookie: session.cookie } });
    await response.text();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  };
  await get();
  await withClient(database.url, (client) => client.query("SELECT pg_stat_statements_reset()"));
  for (let i = 0; i < RENDERS; i++) await get();
  const rows = await withClient(database.url, async (client) => {
    const { rows } = await client.query<{
      calls: number;
      ms: number;
      blocks: number;
      read: number;
      rows: number;
      query: string;
    }>(
      `SELECT calls::int, mean_exec_time AS ms, (shared_blks_hit + shared_blks_read)::float / calls AS blocks,
              shared_blks_read::float / calls AS read, rows::float / calls AS rows, query
         FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'
        ORDER BY mean_exec_time * calls DESC`,
    );
    return rows;
  });
  const { count } = await withClient(database.url, async (client) => ({
    count: (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "TimeEntry"`)).rows[0]!.n,
  }));
  console.log(`\n${session.persona.email} ${path} (${count.toLocaleString("en")} time entries), per render:`);
  for (const r of rows) {
    const text = r.query.replace(/\s+/g, " ").slice(0, 110);
    console.log(
      `  ${(r.calls / RENDERS).toFixed(1).padStart(4)}×  ${r.ms.toFixed(2).padStart(7)} ms  ${r.blocks.toFixed(0).padStart(6)} buffers` +
        ` (${r.read.toFixed(0)} read)  ${r.rows.toFixed(0).padStart(6)} rows  ${text}`,
    );
  }
  const total = rows.reduce((sum, r) => sum + (r.calls / RENDERS) * r.blocks, 0);
  console.log(`  total: ${total.toFixed(0)} shared buffers per render`);
}

/**
 * PROFILE_EXPLAIN=1 (with DEBUG_DB=1, which prints PostgreSQL's log): every statement of the
 * app's connections logs its plan with EXPLAIN (ANALYZE, BUFFERS), through auto_explain, set
 * for this database for the run and reset afterwards.
 */
const explain = process.env.PROFILE_EXPLAIN === "1";
const AUTO_EXPLAIN = [
  "session_preload_libraries = 'auto_explain'",
  "auto_explain.log_min_duration = 0",
  "auto_explain.log_analyze = on",
  "auto_explain.log_buffers = on",
];
const alterDatabase = (settings: string[]) =>
  withClient(database.url, async (client) => {
    const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
    for (const setting of settings)
      await client.query(`ALTER DATABASE ${client.escapeIdentifier(rows[0]!.db)} ${setting}`);
  });

try {
  if (explain) await alterDatabase(AUTO_EXPLAIN.map((s) => `SET ${s}`));
  server = await startServer(database.url, config.port);
  const heavy = await signIn(server.baseUrl, personas.heavy, config.password);
  const light = await signIn(server.baseUrl, personas.light, config.password);
  const mentor = await signIn(server.baseUrl, personas.mentor, config.password);
  const admin = await signIn(server.baseUrl, personas.admin, config.password);
  await profile(heavy, "/dashboard");
  await profile(light, "/dashboard");
  await profile(mentor, "/mentor/reviews");
  await profile(admin, `/admin/cohorts/${BENCH_COHORT_ID}`);
} finally {
  if (explain) await alterDatabase(["RESET ALL"]);
  await cleanup();
}
