/**
 * `BENCH_SCALE=10 npm run bench`: ten times the data, measured in ONE run so the comparison is
 * not between two machines' moods. After the scale-1 figures (steps 1–7), the same database
 * grows by the other 9/10 of the volume (units 1 … 9 of seedUnits: 18,000 more learners, 900
 * mentors, 9 million time entries, their submissions, reviews, quiz attempts, cohorts,
 * notifications …), VACUUM (ANALYZE) runs, and the baseline, the dashboards, the review queue
 * and the cohort table are measured again with the same connections and duration, AT THE SAME
 * TIME as a second server on a copy of the scale-1 database (taken after seeding), in
 * alternating rounds (interleave.ts): on a shared machine two runs minutes apart compare the
 * neighbours. The personas, mentor 001's mentees and cohort 1 are the same rows at both scales,
 * so only the size of the tables around them changes.
 *
 * Checks: each dashboard's p99 at scale 10 at most 1.2 × its p99 on the scale-1 copy, and the SQL
 * statements per dashboard render the same at both scales. The review queue and the cohort
 * table are reported, not held to a target.
 */
import { describeBackground, sampleBackground } from "./background";
import { withClient } from "./database";
import { warmUp, type LoadOptions, type Pids, type Target, type TargetResult } from "./load";
import { forSide, measureInterleaved, PREROLL_SECONDS, type Side } from "./interleave";
import type { Measured } from "./measure";
import type { Check } from "./report";
import { seedUnits, type SeedSummary } from "./seed-volume";
import type { Session } from "./sign-in";
import { countStatements, type StatementCount } from "./sql-count";

/**
 * The targets measured again at scale N; the dashboards are held to the p99 ratio. The baseline
 * (which reads nothing that grows) is measured again for reference only: if it slows as much as
 * the dashboards, the cause is the machine or the server process, not the data.
 */
const SCALED_TARGETS = ["baseline", "dashboard-heavy", "dashboard-light", "review-queue", "cohort-table"] as const;
/** Dashboard p99 at scale N / at scale 1: at most this (issue 15, target 4). */
export const MAX_P99_GROWTH = 1.2;

export type ScaleResult = {
  scale: number;
  growth: SeedSummary;
  databaseBytes: { scale1: number; scaled: number };
  statements: { heavy: number | null; light: number | null };
  targets: TargetResult[];
  /** The same targets on the scale-1 copy, measured in the same rounds. */
  scale1: TargetResult[];
  /** p99 at scale N / p99 at scale 1 (the interleaved reference), per scaled target. */
  p99Ratios: Record<string, number>;
  /** Against step 6's scale-1 figures, minutes earlier (report only: it compares the neighbours too). */
  sequentialP99Ratios: Record<string, number>;
};

export type ScaleContext = {
  url: string;
  baseUrl: string;
  pids: Pids;
  scale: number;
  options: LoadOptions;
  sessions: { heavy: Session; light: Session };
  /** Every target of the scale-1 load; the scaled ones are picked by name. */
  targets: Target[];
  /** Step 6's figures (printed beside, not checked). */
  scale1: TargetResult[];
  statements1: { heavy: StatementCount | null; light: StatementCount | null };
  statementStats: boolean;
  /** Starts `next start` on the copy of the scale-1 database (the reference side). */
  startReference: () => Promise<{ side: Side; stop: () => Promise<void> }>;
  /** Alternating rounds per target and scale (BENCH_SCALE_ROUNDS). */
  rounds: number;
};

const databaseSize = (url: string) =>
  withClient(url, async (client) =>
    Number((await client.query<{ b: string }>("SELECT pg_database_size(current_database()) AS b")).rows[0]!.b),
  );

const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

export async function growAndMeasure(ctx: ScaleContext): Promise<{ result: ScaleResult; checks: Check[] }> {
  const scale1Bytes = await databaseSize(ctx.url);
  console.log(`\n== 9. Ten times the data: BENCH_SCALE=${ctx.scale}, grow the same database, measure again`);
  console.log(`Database size at scale 1: ${gib(scale1Bytes)}`);
  const growth = await seedUnits(ctx.url, { from: 1, to: ctx.scale });
  const scaledBytes = await databaseSize(ctx.url);
  console.log(`Grown in ${growth.seconds.toFixed(1)} s to ${gib(scaledBytes)}:`, growth.counts);

  const statements = ctx.statementStats
    ? {
        heavy: (await countStatements(ctx.url, ctx.baseUrl, ctx.sessions.heavy, "/dashboard")).statements,
        light: (await countStatements(ctx.url, ctx.baseUrl, ctx.sessions.light, "/dashboard")).statements,
      }
    : { heavy: null, light: null };
  console.log(
    `SQL statements per dashboard render at scale ${ctx.scale}: heavy ${statements.heavy}, light ${statements.light}`,
  );

  const targets = ctx.targets.filter((t) => (SCALED_TARGETS as readonly string[]).includes(t.name));
  // The scale-1 reference: a server on the copy of the database taken before the growth. Both
  // servers are warmed alike (the bulk load also pushed the pages the dashboards read out of
  // shared buffers), then measured in alternating rounds (interleave.ts).
  const reference = await ctx.startReference();
  const scaledSide: Side = { label: `scale ${ctx.scale}`, baseUrl: ctx.baseUrl, pids: ctx.pids };
  let bySide: Map<string, Measured[]>;
  try {
    const sides = [reference.side, scaledSide] as const;
    const warming = await sampleBackground(ctx.url);
    for (const target of targets)
      for (const side of sides) await warmUp(side.baseUrl, side.pids, forSide(side, target), ctx.options);
    console.log(`  warm-up of both: ${describeBackground(await warming.stop())}`);
    console.log(
      `  ${ctx.rounds} alternating rounds of ${Math.round(ctx.options.duration / ctx.rounds)} s per target and scale,` +
        ` each after ${PREROLL_SECONDS} s unmeasured:`,
    );
    const measuring = await sampleBackground(ctx.url);
    bySide = await measureInterleaved(sides, targets, ctx.options, ctx.rounds);
    console.log(`  meanwhile: ${describeBackground(await measuring.stop())}`);
  } finally {
    await reference.stop();
  }
  const results = bySide.get(scaledSide.label)!;
  const scale1 = bySide.get(reference.side.label)!;

  const ratios = (before: TargetResult[]) =>
    Object.fromEntries(
      results.flatMap((r) => {
        const b = before.find((t) => t.name === r.name);
        return b ? [[r.name, r.latencyMs.p99 / b.latencyMs.p99]] : [];
      }),
    );
  const p99Ratios = ratios(scale1);
  const result: ScaleResult = {
    scale: ctx.scale,
    growth,
    databaseBytes: { scale1: scale1Bytes, scaled: scaledBytes },
    statements,
    targets: results,
    scale1,
    p99Ratios,
    sequentialP99Ratios: ratios(ctx.scale1),
  };
  printScale(result);
  return { result, checks: scaleChecks(result, ctx.statements1) };
}

export function scaleChecks(
  result: ScaleResult,
  statements1: { heavy: StatementCount | null; light: StatementCount | null },
): Check[] {
  const checks: Check[] = [];
  for (const who of ["heavy", "light"] as const) {
    const ratio = result.p99Ratios[`dashboard-${who}`] ?? Number.NaN;
    checks.push({
      name: `${who} dashboard p99 at scale ${result.scale} / at scale 1`,
      value: Number.isFinite(ratio) ? ratio.toFixed(2) : "n/a",
      target: `<= ${MAX_P99_GROWTH}`,
      pass: ratio <= MAX_P99_GROWTH,
    });
  }
  const before = { heavy: statements1.heavy?.statements ?? null, light: statements1.light?.statements ?? null };
  checks.push({
    name: `SQL statements per dashboard render, scale 1 vs ${result.scale}`,
    value: `heavy ${before.heavy} → ${result.statements.heavy}, light ${before.light} → ${result.statements.light}`,
    target: "unchanged",
    pass:
      before.heavy !== null &&
      before.heavy === result.statements.heavy &&
      before.light !== null &&
      before.light === result.statements.light,
  });
  for (const t of result.targets) {
    checks.push({
      name: `${t.name} at scale ${result.scale}: only 2xx with the expected content`,
      value: `${t.requests} requests, ${t.non2xx} non-2xx, ${t.errors} errors, ${t.mismatches} without the content`,
      target: "no error, no non-2xx",
      pass: t.non2xx === 0 && t.errors === 0 && t.mismatches === 0 && t.requests > 0,
    });
  }
  return checks;
}

export function printScale(result: ScaleResult): void {
  console.log(
    `\nScale 1 → ${result.scale} (scale 1: a copy of the database before the growth, measured in the same rounds):`,
  );
  console.log(
    `  grown in ${result.growth.seconds.toFixed(1)} s; database ${gib(result.databaseBytes.scale1)} → ${gib(result.databaseBytes.scaled)};` +
      ` ${result.growth.counts.TimeEntry?.toLocaleString("en")} time entries, ${result.growth.counts.User?.toLocaleString("en")} users`,
  );
  for (const r of result.targets) {
    const before = result.scale1.find((t) => t.name === r.name);
    if (!before) continue;
    const cpu = (t: TargetResult) =>
      `${t.cpuMsPerRequest.server.toFixed(0)} + ${t.cpuMsPerRequest.database?.toFixed(0) ?? "n/a"} ms`;
    const ratio = (n: number | undefined) => (n ?? Number.NaN).toFixed(2);
    console.log(
      `  ${r.name.padEnd(16)} p99 ${before.latencyMs.p99.toFixed(0).padStart(5)} → ${r.latencyMs.p99.toFixed(0).padStart(5)} ms` +
        ` (× ${ratio(result.p99Ratios[r.name])}; against step 6 × ${ratio(result.sequentialP99Ratios[r.name])}),` +
        ` p50 ${before.latencyMs.p50.toFixed(0)} → ${r.latencyMs.p50.toFixed(0)} ms,` +
        ` ${before.requestsPerSecond.toFixed(1)} → ${r.requestsPerSecond.toFixed(1)} req/s, CPU/req app + db ${cpu(before)} → ${cpu(r)}`,
    );
  }
}
