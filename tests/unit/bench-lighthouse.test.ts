import { afterEach, describe, expect, it } from "vitest";
import { calibratedCpuSlowdown, lighthouseChecks, type LighthouseFigures } from "../../scripts/bench/lighthouse";

const page = (overrides: Partial<LighthouseFigures>): LighthouseFigures => ({
  path: "/dashboard",
  signedInAs: "heavy@bench.skilltrail.dev",
  runs: 3,
  performance: 97,
  accessibility: 100,
  bestPractices: 100,
  totalBlockingTimeMs: 120,
  largestContentfulPaintMs: 1800,
  firstContentfulPaintMs: 900,
  domElements: 500,
  unusedJavaScriptKiB: 10,
  javascriptKiB: 140,
  documentKiB: 12,
  performanceRuns: [96, 97, 98],
  benchmarkIndex: 1200,
  cpuSlowdownMultiplier: 4,
  cspIssues: [],
  failingAudits: [],
  report: "x.json",
  ...overrides,
});

describe("Lighthouse CPU calibration", () => {
  afterEach(() => {
    delete process.env.BENCH_LIGHTHOUSE_CPU_MULTIPLIER;
  });

  it("keeps Lighthouse's 4x on a host four times the target phone or faster", () => {
    expect(calibratedCpuSlowdown(1000)).toBe(4);
    expect(calibratedCpuSlowdown(2500)).toBe(4);
  });

  it("slows a slower host down less, so the emulated phone stays the same", () => {
    expect(calibratedCpuSlowdown(500)).toBe(2);
    expect(calibratedCpuSlowdown(374)).toBe(1.5);
  });

  it("never speeds a host slower than the phone up", () => {
    expect(calibratedCpuSlowdown(120)).toBe(1);
  });

  it("takes a fixed multiplier from BENCH_LIGHTHOUSE_CPU_MULTIPLIER", () => {
    process.env.BENCH_LIGHTHOUSE_CPU_MULTIPLIER = "4";
    expect(calibratedCpuSlowdown(200)).toBe(4);
    process.env.BENCH_LIGHTHOUSE_CPU_MULTIPLIER = "0.5";
    expect(() => calibratedCpuSlowdown(200)).toThrow(/>= 1/);
  });
});

describe("lighthouseChecks", () => {
  it("passes a page within every target", () => {
    expect(lighthouseChecks([page({})]).map((c) => c.pass)).toEqual([true]);
  });

  it("fails a page that misses any one target, and says which", () => {
    const [check] = lighthouseChecks([page({ totalBlockingTimeMs: 201, bestPractices: 96 })]);
    expect(check!.pass).toBe(false);
    expect(check!.value).toContain("TBT 201 ms > 200 ms");
    expect(check!.value).toContain("best practices 96 < 100");
  });

  it("holds LCP to 2.0 s and performance to 95", () => {
    expect(lighthouseChecks([page({ largestContentfulPaintMs: 2001 })])[0]!.pass).toBe(false);
    expect(lighthouseChecks([page({ performance: 94 })])[0]!.pass).toBe(false);
    expect(lighthouseChecks([page({ accessibility: 99 })])[0]!.pass).toBe(false);
  });
});
