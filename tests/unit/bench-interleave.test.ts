import { describe, expect, it } from "vitest";
import { percentile, pooledResult, roundOrder } from "@/scripts/bench/interleave";
import type { TargetResult } from "@/scripts/bench/load";

const part = (requests: number, server: number, extra: Partial<TargetResult> = {}): TargetResult => ({
  name: "dashboard-heavy",
  label: "heavy",
  path: "/dashboard",
  requestsPerSecond: requests / 5,
  latencyMs: { p50: 0, p90: 0, p99: 0, max: 0, mean: 0 },
  requests,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  mismatches: 0,
  peakRssBytes: 100,
  cpuMsPerRequest: { server, database: 4 },
  ...extra,
});

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it("picks the value at the rank, never interpolates", () => {
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile(hundred, 100)).toBe(100);
  });
  it("is NaN without values", () => {
    expect(percentile([], 99)).toBeNaN();
  });
});

describe("pooling the rounds of one target", () => {
  it("takes percentiles over every round's latencies and weights CPU per request by requests", () => {
    const latencies = [...Array.from({ length: 98 }, () => 100), 900, 1000];
    const pooled = pooledResult(
      [part(100, 20, { non2xx: 1, peakRssBytes: 300 }), part(300, 40, { errors: 2, timeouts: 1 })],
      latencies,
    );
    expect(pooled.latencyMs).toEqual({ p50: 100, p90: 100, p99: 900, max: 1000, mean: (98 * 100 + 1900) / 100 });
    expect(pooled.requests).toBe(400);
    expect(pooled.requestsPerSecond).toBe((20 + 60) / 2);
    expect(pooled.cpuMsPerRequest).toEqual({ server: 35, database: 4 });
    expect([pooled.non2xx, pooled.errors, pooled.timeouts, pooled.peakRssBytes]).toEqual([1, 2, 1, 300]);
  });
  it("leaves the database's CPU unknown when a round could not measure it", () => {
    const pooled = pooledResult([part(10, 20), part(10, 20, { cpuMsPerRequest: { server: 20, database: null } })], [1]);
    expect(pooled.cpuMsPerRequest.database).toBeNull();
  });
});

describe("round order", () => {
  it("swaps which scale goes first every round", () => {
    expect([0, 1, 2].map((r) => roundOrder(["a", "b"] as const, r))).toEqual([
      ["a", "b"],
      ["b", "a"],
      ["a", "b"],
    ]);
  });
});
