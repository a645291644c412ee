/**
 * The bench's output: a table of the targets, the ratios the issue sets with PASS/FAIL, memory,
 * statements per dashboard render, the log-hours integrity check, and the same as JSON in
 * .data/bench/results.json (machine-readable, for comparing runs).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname } from "node:path";
import type { IntegrityResult } from "./log-hours";
import { printLighthouseLine, type LighthouseFigures } from "./lighthouse";
import { loadProblem, type TargetResult } from "./load";
import type { ScaleResult } from "./scale";
import type { SeedSummary } from "./seed-volume";
import type { StatementCount } from "./sql-count";

export type Check = { name: string; value: string; target: string; pass: boolean };

export type Results = {
  startedAt: string;
  machine: ReturnType<typeof describeMachine> & { postgres: string };
  load: { connections: number; durationSeconds: number; warmupSeconds: number };
  seeding: SeedSummary;
  buildSeconds: number;
  targets: TargetResult[];
  memory: { idleBeforeBytes: number; peakBytes: number; idleAfterBytes: number };
  /** cpuRatio() of each dashboard: the throughput ratio implied by CPU per request. */
  cpuEstimate: { heavyVsBaseline: number | null; lightVsBaseline: number | null };
  statements: { heavy: StatementCount | null; light: StatementCount | null };
  lighthouse: LighthouseFigures[];
  logHours: IntegrityResult;
  checks: Check[];
  loadAverage: { start: number[]; end: number[] };
  totalSeconds: number;
  /** BENCH_SCALE > 1: the same database grown and measured again (scale.ts). */
  scale?: ScaleResult;
};

export function describeMachine() {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

export const currentLoad = () => loadavg().map((n) => Math.round(n * 100) / 100);

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

export function printTargetLine(r: TargetResult): void {
  const problem = loadProblem(r);
  console.log(
    `  ${r.name.padEnd(16)} ${fixed(r.requestsPerSecond).padStart(8)} req/s  p50 ${fixed(r.latencyMs.p50, 0).padStart(5)} ms` +
      `  p99 ${fixed(r.latencyMs.p99, 0).padStart(5)} ms  non-2xx ${r.non2xx}  errors ${r.errors}  peak RSS ${mib(r.peakRssBytes)}` +
      `  CPU/req: app ${fixed(r.cpuMsPerRequest.server, 0)} ms, db ${r.cpuMsPerRequest.database === null ? "n/a" : `${fixed(r.cpuMsPerRequest.database, 0)} ms`}` +
      (problem ? `  <- FAIL: ${problem}` : ""),
  );
}

/** The pass/fail checks: every target clean, the issue's ratios, fixed statements, integrity. */
export function buildChecks(
  results: Omit<Results, "checks" | "totalSeconds">,
  targets: { dashboardVsBaseline: number; heavyVsLightP99: number; cohortVsBaseline: number },
): Check[] {
  const byName = new Map(results.targets.map((t) => [t.name, t]));
  const rps = (name: string) => byName.get(name)?.requestsPerSecond ?? Number.NaN;
  const p99 = (name: string) => byName.get(name)?.latencyMs.p99 ?? Number.NaN;
  const checks: Check[] = results.targets.map((t) => ({
    name: `${t.name}: only 2xx with the expected content`,
    value: loadProblem(t) ?? `${t.requests} requests, all good`,
    target: "no error, no non-2xx",
    pass: loadProblem(t) === null,
  }));
  for (const who of ["heavy", "light"] as const) {
    const ratio = rps(`dashboard-${who}`) / rps("baseline");
    checks.push({
      name: `${who} dashboard / baseline throughput`,
      value: fixed(ratio, 2),
      target: `>= ${targets.dashboardVsBaseline}`,
      pass: ratio >= targets.dashboardVsBaseline,
    });
  }
  // Issue 15, target 2: the admin's table of 100 learners, a summary rather than 100 dashboards.
  const cohortRatio = rps("cohort-table") / rps("baseline");
  checks.push({
    name: "cohort table (100 learners) / baseline throughput",
    value: fixed(cohortRatio, 2),
    target: `>= ${targets.cohortVsBaseline}`,
    pass: cohortRatio >= targets.cohortVsBaseline,
  });
  const p99Ratio = p99("dashboard-heavy") / p99("dashboard-light");
  checks.push({
    name: "heavy p99 / light p99",
    value: fixed(p99Ratio, 2),
    target: `<= ${targets.heavyVsLightP99}`,
    pass: p99Ratio <= targets.heavyVsLightP99,
  });
  const { heavy, light } = results.statements;
  checks.push({
    name: "SQL statements per dashboard render",
    value:
      heavy && light
        ? `heavy ${heavy.statements}, light ${light.statements}`
        : "not measured (pg_stat_statements not loaded)",
    target: "the same whatever the history",
    pass: Boolean(heavy && light && heavy.statements === light.statements),
  });
  const h = results.logHours;
  checks.push({
    name: "log-hours: every acknowledged entry stored exactly once",
    value: `${h.acknowledged} acknowledged, ${h.rows} rows; missing ${h.missing}, duplicated ${h.duplicated}, unexpected ${h.unexpected}, in flight at stop ${h.inFlightSaved}`,
    target: "missing = duplicated = unexpected = 0",
    pass: h.ok,
  });
  return checks;
}

export function printSummary(results: Results): void {
  const { machine, memory, seeding } = results;
  console.log("\n== Results");
  console.log(
    `Machine: ${machine.cores} cores, ${machine.cpuModel}, ${machine.memoryGiB} GiB RAM, Node ${machine.node}, PostgreSQL ${machine.postgres}`,
  );
  console.log(
    `Load: ${results.load.connections} connections, ${results.load.durationSeconds} s per target after ${results.load.warmupSeconds} s warm-up`,
  );
  console.log(
    `Seeded in ${fixed(seeding.seconds)} s: ${seeding.counts.TimeEntry?.toLocaleString("en")} time entries, ${seeding.counts.User} users`,
  );
  for (const target of results.targets) printTargetLine(target);
  for (const page of results.lighthouse) printLighthouseLine(page);
  const { heavyVsBaseline, lightVsBaseline } = results.cpuEstimate;
  if (heavyVsBaseline !== null && lightVsBaseline !== null) {
    console.log(
      `Dashboard / baseline throughput implied by CPU per request (app + db): heavy ${fixed(heavyVsBaseline, 2)}, light ${fixed(lightVsBaseline, 2)}`,
    );
  }
  console.log(
    `Server RSS: idle ${mib(memory.idleBeforeBytes)} before load, peak ${mib(memory.peakBytes)} under load, ${mib(memory.idleAfterBytes)} idle after`,
  );
  console.log(
    `Load average (1/5/15 min): ${results.loadAverage.start.join(" / ")} at start, ${results.loadAverage.end.join(" / ")} at end`,
  );
  console.log("");
  for (const check of results.checks) {
    console.log(`  ${check.pass ? "PASS" : "FAIL"}  ${check.name}: ${check.value} (target ${check.target})`);
  }
  console.log(`\nTotal ${fixed(results.totalSeconds, 0)} s. Results written to .data/bench/results.json`);
}

/**
 * What the throughput ratio would be on a machine where the app and the database share the
 * cores and nothing else runs: baseline CPU per request / target CPU per request. Printed as
 * information next to the measured ratio, which other programs' load can distort.
 */
export function cpuRatio(targets: TargetResult[], name: string): number | null {
  const cost = (t: TargetResult | undefined) =>
    t && t.cpuMsPerRequest.database !== null ? t.cpuMsPerRequest.server + t.cpuMsPerRequest.database : null;
  const base = cost(targets.find((t) => t.name === "baseline"));
  const target = cost(targets.find((t) => t.name === name));
  return base !== null && target !== null && target > 0 ? base / target : null;
}

export async function writeResults(file: string, results: object): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}
