import { describe, expect, it } from "vitest";
import type { TargetResult } from "@/scripts/bench/load";
import { MAX_P99_GROWTH, scaleChecks, type ScaleResult } from "@/scripts/bench/scale";
import type { StatementCount } from "@/scripts/bench/sql-count";

const target = (name: string, p99: number, extra: Partial<TargetResult> = {}): TargetResult => ({
  name,
  label: name,
  path: "/",
  requestsPerSecond: 10,
  latencyMs: { p50: p99 / 2, p90: p99, p99, max: p99, mean: p99 / 2 },
  requests: 100,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  mismatches: 0,
  peakRssBytes: 0,
  cpuMsPerRequest: { server: 30, database: 10 },
  ...extra,
});

const count = (statements: number): StatementCount => ({ statements, byQuery: [] });

function result(heavyRatio: number, lightRatio: number, statements = { heavy: 22, light: 22 }): ScaleResult {
  return {
    scale: 10,
    growth: { seconds: 1, counts: {} },
    databaseBytes: { scale1: 1, scaled: 10 },
    statements,
    targets: [target("dashboard-heavy", 500 * heavyRatio), target("dashboard-light", 400 * lightRatio)],
    scale1: [target("dashboard-heavy", 500), target("dashboard-light", 400)],
    p99Ratios: { "dashboard-heavy": heavyRatio, "dashboard-light": lightRatio },
    sequentialP99Ratios: {},
  };
}

const statements1 = { heavy: count(22), light: count(22) };
const failed = (checks: ReturnType<typeof scaleChecks>) => checks.filter((c) => !c.pass).map((c) => c.name);

describe("BENCH_SCALE checks", () => {
  it("pass when both dashboards' p99 grew at most 1.2 times and the statements did not change", () => {
    expect(failed(scaleChecks(result(1.1, MAX_P99_GROWTH), statements1))).toEqual([]);
  });

  it("fail the dashboard whose p99 grew more than 1.2 times", () => {
    expect(failed(scaleChecks(result(1.3, 0.9), statements1))).toEqual([
      "heavy dashboard p99 at scale 10 / at scale 1",
    ]);
  });

  it("fail when a render makes more statements at scale 10", () => {
    expect(failed(scaleChecks(result(1, 1, { heavy: 23, light: 22 }), statements1))).toEqual([
      "SQL statements per dashboard render, scale 1 vs 10",
    ]);
  });

  it("fail when the statements were not counted (no pg_stat_statements)", () => {
    expect(failed(scaleChecks(result(1, 1), { heavy: null, light: null }))).toEqual([
      "SQL statements per dashboard render, scale 1 vs 10",
    ]);
  });

  it("fail a scaled target with errors, even within the ratio", () => {
    const r = result(1, 1);
    r.targets[0] = target("dashboard-heavy", 500, { errors: 2, timeouts: 2 });
    expect(failed(scaleChecks(r, statements1))).toEqual([
      "dashboard-heavy at scale 10: only 2xx with the expected content",
    ]);
  });
});
