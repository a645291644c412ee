/**
 * `npm run bench`: Skilltrail under a realistic volume and load. See docs/performance.md.
 *
 *   1. a fresh bench database, migrated, seeded with the guide and a bulk volume (seed-volume.ts);
 *   2. `next build` and `next start` (NODE_ENV=production) on BENCH_PORT (3400);
 *   3. sign-in of each persona through the real next-auth flow, each session verified;
 *   4. SQL statements of one dashboard render, heavy vs light learner (pg_stat_statements);
 *   5. Lighthouse on /, /sign-in, /dashboard and /hours (lighthouse.ts), before any load;
 *   6. autocannon on each target, same connections and duration, memory sampled;
 *   7. the log-hours ledger checked against the database;
 *   8. a 10,000-row CSV imported through the import's code path (import-case.ts); figures,
 *      ratios, PASS/FAIL printed and written to .data/bench/results.json. Exits 1 if any check fails.
 *
 * `npm run bench -- import` runs only case 8, on a freshly migrated and seeded bench database.
 * `npm run bench -- lighthouse` runs only the browser audit (lighthouse.ts), after the same
 * database, volume, build and server as the full run; its figures go to .data/bench/lighthouse.json.
 */
import { redact, stopOnSignals } from "../db/embedded";
import { benchConfig as config } from "./config";
import { copyDatabase, postmasterPid, prepareDatabase, serverVersion, withClient } from "./database";
import { warmUp, type Target, type TargetResult } from "./load";
import { measureTargets } from "./measure";
import { importCheck, runImportCase } from "./import-case";
import { lighthouseChecks, runLighthouse, type LighthousePage } from "./lighthouse";
import { checkLogHoursIntegrity, findActionId, logHoursRequest } from "./log-hours";
import { BENCH_COHORT_ID, personas } from "./personas";
import {
  buildChecks,
  cpuRatio,
  currentLoad,
  describeMachine,
  printSummary,
  writeResults,
  type Results,
} from "./report";
import { startReference } from "./reference";
import { growAndMeasure, printScale } from "./scale";
import { seedVolume } from "./seed-volume";
import { buildApp, startServer, treeRss, type Server } from "./server";
import { signIn, verifySession, type Session } from "./sign-in";
import { countStatements, enableStatementStats } from "./sql-count";

const started = performance.now();
const startLoad = currentLoad();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let database: Awaited<ReturnType<typeof prepareDatabase>> | undefined;
let server: Server | undefined;
/** BENCH_SCALE > 1: step 9's scale-1 reference server while it runs. */
let reference: Server | undefined;
const cleanup = async () => {
  await reference?.stop();
  await server?.stop();
  await database?.stop();
};
stopOnSignals(cleanup);

/** `npm run bench -- import`: the import case alone. */
async function importOnly(): Promise<number> {
  try {
    console.log("== Import case: database");
    database = await prepareDatabase();
    console.log("\n== Import 10,000 rows");
    const check = importCheck(await runImportCase(database.url));
    console.log(`  ${check.pass ? "PASS" : "FAIL"}  ${check.name}: ${check.value} (target ${check.target})`);
    return check.pass ? 0 : 1;
  } catch (error) {
    console.error("\nBench failed:", error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await cleanup();
  }
}
if (process.argv.slice(2).includes("import")) process.exit(await importOnly());

/** The pages Lighthouse audits: two public, two signed in as the heavy learner (the most data). */
const lighthousePages = (heavy: Session): LighthousePage[] => [
  { path: "/" },
  { path: "/sign-in" },
  { path: "/dashboard", session: heavy },
  { path: "/hours", session: heavy },
];

/** `npm run bench -- lighthouse`: the browser audit alone, on the bench's data and server. */
async function lighthouseOnly(): Promise<number> {
  try {
    console.log("== Lighthouse: database and volume");
    database = await prepareDatabase();
    const seeding = await seedVolume(database.url);
    console.log(`Seeded in ${seeding.seconds.toFixed(1)} s`);
    await buildApp(database.url, config.port, config.skipBuild);
    server = await startServer(database.url, config.port);
    const heavy = await signIn(server.baseUrl, personas.heavy, config.password);
    await verifySession(server.baseUrl, heavy, "/dashboard");
    console.log(`\n== Lighthouse on ${server.baseUrl} (mobile emulation, simulated throttling)`);
    const figures = await runLighthouse(server.baseUrl, lighthousePages(heavy), config.lighthouseReportDir);
    const checks = lighthouseChecks(figures);
    await writeResults(config.lighthouseResultsFile, {
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      machine: describeMachine(),
      lighthouse: figures,
      checks,
      loadAverage: { start: startLoad, end: currentLoad() },
    });
    console.log(`\nLoad average (1/5/15 min): ${startLoad.join(" / ")} at start, ${currentLoad().join(" / ")} at end`);
    for (const c of checks) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.name}: ${c.value}`);
    console.log(`Reports (median runs): ${config.lighthouseReportDir}; figures: ${config.lighthouseResultsFile}`);
    return checks.every((c) => c.pass) ? 0 : 1;
  } catch (error) {
    console.error("\nBench failed:", error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await cleanup();
  }
}
if (process.argv.slice(2).includes("lighthouse")) process.exit(await lighthouseOnly());

/** A focused run's figures: each target's throughput and CPU per request against the baseline. */
function printFocused(results: TargetResult[]): void {
  const baseline = results.find((r) => r.name === "baseline")!;
  console.log("\n== Focused run (BENCH_TARGETS): ratios to the baseline; no checks, no Lighthouse");
  const cpu = (r: TargetResult) => r.cpuMsPerRequest.server + (r.cpuMsPerRequest.database ?? 0);
  for (const r of results) {
    if (r === baseline) continue;
    // CPU per request barely moves under outside load; baseline CPU / target CPU is the
    // throughput ratio a saturated machine would show.
    console.log(
      `  ${r.name}: throughput ${(r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} × baseline; ` +
        `CPU ${cpu(r).toFixed(1)} ms against ${cpu(baseline).toFixed(1)} (ratio ${(cpu(baseline) / cpu(r)).toFixed(2)})`,
    );
  }
}

let exitCode = 0;
try {
  console.log("== 1. Database and volume");
  database = await prepareDatabase();
  const seeding = await seedVolume(database.url);
  console.log(`Seeded in ${seeding.seconds.toFixed(1)} s:`, seeding.counts);
  const statementStats = await enableStatementStats(database.url);
  // BENCH_SCALE > 1: the scale-1 database as seeded, kept for the reference side of step 9.
  const copyStarted = performance.now();
  const scale1Copy = config.scale > 1 ? await copyDatabase(database.url, "scale1") : undefined;
  if (scale1Copy)
    console.log(
      `Copied for step 9's scale-1 reference in ${((performance.now() - copyStarted) / 1000).toFixed(1)} s: ${redact(scale1Copy)}`,
    );

  console.log("\n== 2. Build and start the production server");
  const buildSeconds = await buildApp(database.url, config.port, config.skipBuild);
  server = await startServer(database.url, config.port, config.cpuProfileDir);
  const { baseUrl } = server;
  const serverPid = server.child.pid!;
  console.log(`next start on ${baseUrl} (PID ${serverPid})`);

  console.log("\n== 3. Sign in");
  const sessions = {
    heavy: await signIn(baseUrl, personas.heavy, config.password),
    light: await signIn(baseUrl, personas.light, config.password),
    logger: await signIn(baseUrl, personas.logger, config.password),
    mentor: await signIn(baseUrl, personas.mentor, config.password),
    admin: await signIn(baseUrl, personas.admin, config.password),
  };
  const cohortPath = `/admin/cohorts/${BENCH_COHORT_ID}`;
  await verifySession(baseUrl, sessions.heavy, "/dashboard");
  await verifySession(baseUrl, sessions.light, "/dashboard");
  await verifySession(baseUrl, sessions.logger, "/hours");
  await verifySession(baseUrl, sessions.mentor, "/mentor/reviews");
  await verifySession(baseUrl, sessions.admin, cohortPath);
  console.log(
    `Signed in and verified: ${Object.values(sessions)
      .map((s) => s.persona.email)
      .join(", ")}`,
  );

  console.log("\n== 4. SQL statements per dashboard render");
  const statements = statementStats
    ? {
        heavy: await countStatements(database.url, baseUrl, sessions.heavy, "/dashboard"),
        light: await countStatements(database.url, baseUrl, sessions.light, "/dashboard"),
      }
    : { heavy: null, light: null };
  if (statements.heavy && statements.light) {
    console.log(`heavy learner: ${statements.heavy.statements}, light learner: ${statements.light.statements}`);
  } else {
    console.log("Not measured: pg_stat_statements is not preloaded on this server (shared_preload_libraries).");
  }

  const focused = config.only.length > 0;
  console.log("\n== 5. Lighthouse (mobile emulation, simulated throttling), before any load");
  const lighthouse =
    focused || config.skipLighthouse
      ? []
      : await runLighthouse(baseUrl, lighthousePages(sessions.heavy), config.lighthouseReportDir);

  console.log(
    `\n== 6. Load: ${config.connections} connections; ${config.warmup} s warm-up of every target, then ${config.duration} s each`,
  );
  const phaseId = await withClient(
    database.url,
    async (client) =>
      (
        await client.query<{ id: string }>(
          `SELECT id FROM "Phase" WHERE "archivedAt" IS NULL ORDER BY position LIMIT 1`,
        )
      ).rows[0]!.id,
  );
  const actionId = await findActionId("lib/hours/actions.ts", "logHoursAction");
  const logHours = await logHoursRequest(actionId, baseUrl, phaseId);
  const targets: Target[] = [
    // The lightest signed-in page: the session check and the header's two lookups, a static form.
    {
      name: "baseline",
      label: "heavy learner, /account/password",
      session: sessions.heavy,
      path: "/account/password",
      expect: personas.heavy.name,
    },
    {
      name: "dashboard-heavy",
      label: "heavy learner, /dashboard",
      session: sessions.heavy,
      path: "/dashboard",
      expect: `Welcome, ${personas.heavy.name}`,
    },
    {
      name: "dashboard-light",
      label: "light learner, /dashboard",
      session: sessions.light,
      path: "/dashboard",
      expect: `Welcome, ${personas.light.name}`,
    },
    {
      name: "review-queue",
      label: "mentor 001, /mentor/reviews",
      session: sessions.mentor,
      path: "/mentor/reviews",
      // React separates "{count} items" from the rest with a comment node: match the text after it.
      expect: "waiting, oldest first",
    },
    {
      name: "cohort-table",
      label: `admin, ${cohortPath} (100 learners)`,
      session: sessions.admin,
      path: cohortPath,
      expect: personas.heavy.name,
    },
    {
      name: "log-hours",
      label: "fresh learner, log-hours action on /hours",
      session: sessions.logger,
      path: "/hours",
      expect: '"ok":true',
      request: logHours.request,
    },
  ];
  if (focused) {
    const unknown = config.only.filter((name) => !targets.some((t) => t.name === name));
    if (unknown.length) throw new Error(`BENCH_TARGETS: no target named ${unknown.join(", ")}`);
    targets.splice(0, targets.length, ...targets.filter((t) => t.name === "baseline" || config.only.includes(t.name)));
  }
  await sleep(2000);
  const idleBeforeBytes = await treeRss(serverPid);
  const pids = { server: serverPid, database: await postmasterPid(database.url) };
  for (const target of targets) await warmUp(baseUrl, pids, target, config);
  const results: TargetResult[] = await measureTargets(baseUrl, pids, targets, config, {
    databaseUrl: database.url,
    phase: "s1",
    profileDir: config.cpuProfileDir,
  });
  await sleep(3000); // let requests still in flight at the end of the last run finish
  const idleAfterBytes = await treeRss(serverPid);
  if (focused) {
    printFocused(results);
  } else {
    console.log("\n== 7. Log-hours integrity");
    const integrity = await checkLogHoursIntegrity(database.url, personas.logger, logHours.ledger);
    console.log(integrity);
    for (const [key, answer] of [...logHours.ledger.refused].slice(0, 3)) console.log(`  refused ${key}: ${answer}`);

    console.log("\n== 8. Import 10,000 rows");
    const importCase = await runImportCase(database.url);
    console.log(importCheck(importCase));

    const scaled =
      config.scale > 1
        ? await growAndMeasure({
            url: database.url,
            baseUrl,
            pids,
            scale: config.scale,
            options: { ...config, duration: config.scaleDuration },
            sessions,
            targets,
            scale1: results,
            statements1: statements,
            statementStats,
            rounds: config.scaleRounds,
            startReference: async () => {
              const { side, server: started } = await startReference({
                databaseUrl: scale1Copy!,
                port: config.scale1Port,
                profileDir: config.cpuProfileDir,
                password: config.password,
                sessions: Object.values(sessions),
                databasePid: pids.database,
                started: (s) => (reference = s),
              });
              return { side, stop: () => started.stop().then(() => void (reference = undefined)) };
            },
          })
        : undefined;

    const partial: Omit<Results, "checks" | "totalSeconds"> = {
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      machine: { ...describeMachine(), postgres: await serverVersion(database.url) },
      load: { connections: config.connections, durationSeconds: config.duration, warmupSeconds: config.warmup },
      seeding,
      buildSeconds,
      targets: results,
      cpuEstimate: {
        heavyVsBaseline: cpuRatio(results, "dashboard-heavy"),
        lightVsBaseline: cpuRatio(results, "dashboard-light"),
      },
      memory: { idleBeforeBytes, peakBytes: Math.max(...results.map((r) => r.peakRssBytes)), idleAfterBytes },
      statements,
      lighthouse,
      logHours: integrity,
      loadAverage: { start: startLoad, end: currentLoad() },
      scale: scaled?.result,
    };
    const checks = [
      ...buildChecks(partial, config.targets),
      ...lighthouseChecks(lighthouse),
      // A run without the browser audit cannot pass: the knob is for iterating on other steps.
      ...(config.skipLighthouse
        ? [{ name: "Lighthouse", value: "skipped (BENCH_SKIP_LIGHTHOUSE=1)", target: "audited", pass: false }]
        : []),
      importCheck(importCase),
      ...(scaled?.checks ?? []),
    ];
    const report: Results = { ...partial, checks, totalSeconds: (performance.now() - started) / 1000 };
    await writeResults(config.resultsFile, report);
    printSummary(report);
    if (scaled) printScale(scaled.result);
    if (checks.some((c) => !c.pass)) exitCode = 1;
  }
} catch (error) {
  console.error("\nBench failed:", error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
