/**
 * Settings of `npm run bench`, each overridable by an environment variable so a reader can
 * rerun it longer, wider or on other ports. Every target is loaded with the same connections
 * and duration, so their figures compare.
 */
const int = (name: string, fallback: number, min = 1) => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
};

const port = int("BENCH_PORT", 3400);
const duration = int("BENCH_DURATION", 15);

export const benchConfig = {
  /** `next start` port. */
  port,
  /** Seconds of measured load per target, after the warm-up. */
  duration,
  /** Seconds of unmeasured load per target first: JIT, connection pool, caches. */
  warmup: int("BENCH_WARMUP", 3, 0),
  connections: int("BENCH_CONNECTIONS", 10),
  /** Seconds before autocannon gives up on one request (counted as an error). */
  timeout: int("BENCH_TIMEOUT", 10),
  /** BENCH_SKIP_BUILD=1 reuses the existing .next build. */
  skipBuild: process.env.BENCH_SKIP_BUILD === "1",
  /**
   * BENCH_SCALE=10: after the scale-1 figures, grow the same database to 10 × the volume and
   * measure the dashboards again (scale.ts). 1 (the default) is the plain bench.
   */
  scale: int("BENCH_SCALE", 1),
  /**
   * Step 9 measures scale N against a server on a copy of the scale-1 database, in this many
   * alternating rounds of BENCH_SCALE_DURATION / rounds seconds per target and scale (interleave.ts).
   */
  scaleRounds: int("BENCH_SCALE_ROUNDS", 3),
  /**
   * Seconds of measured load per target and side in step 9, split into those rounds: three times
   * BENCH_DURATION unless set. A p99 pooled from one BENCH_DURATION per side is the tenth-worst of
   * about 1,000 requests, and moved as much as the check's margin between two quiet runs (the
   * report-only baseline: 0.87, then 1.52); three times the samples steady the same statistic.
   */
  scaleDuration: int("BENCH_SCALE_DURATION", 3 * duration),
  /** Port of that scale-1 reference server (the bench's port + 1 unless set). */
  scale1Port: int("BENCH_SCALE1_PORT", port + 1),
  /** BENCH_SKIP_LIGHTHOUSE=1: no browser audit (its checks then fail); for iterating on other steps. */
  skipLighthouse: process.env.BENCH_SKIP_LIGHTHOUSE === "1",
  /**
   * BENCH_TARGETS=dashboard-heavy,cohort-table: a focused run for working on one page. Only
   * those targets (and the baseline, which every ratio needs) are loaded; Lighthouse, the
   * log-hours ledger, the import and the checks are skipped, and the exit code is 0.
   */
  only: (process.env.BENCH_TARGETS ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean),
  /** BENCH_CPU_PROF=<dir>: every process of `next start` writes a V8 CPU profile there (cpu-profile-hook.mjs). */
  cpuProfileDir: process.env.BENCH_CPU_PROF || undefined,
  resultsFile: ".data/bench/results.json",
  /** `npm run bench -- lighthouse` writes its figures here, so a full run's results stay. */
  lighthouseResultsFile: ".data/bench/lighthouse.json",
  /** Lighthouse's JSON report of each page's median run (open in the Lighthouse viewer). */
  lighthouseReportDir: ".data/bench/lighthouse",
  /** Every bench account signs in with this password (one argon2 hash, computed once). */
  password: "bench-password-2026",
  volume: {
    learners: 2000,
    mentors: 100,
    timeEntries: 1_000_000,
    heavyEntries: 20_000,
    lightEntries: 10,
    /** One cohort of this many learners (heavy and light among them) is the admin's table. */
    cohortSize: 100,
  },
  /** Ratios the issue sets. */
  targets: { dashboardVsBaseline: 0.5, heavyVsLightP99: 1.5, cohortVsBaseline: 0.25 },
} as const;

export type BenchConfig = typeof benchConfig;
