import { afterEach, describe, expect, it } from "vitest";
import type { Result } from "lighthouse";
import { calibratedCpuSlowdown, lighthouseChecks, type LighthouseFigures } from "../../scripts/bench/lighthouse";
import { endToEndHeaders } from "../../scripts/bench/http2-proxy";
import { describePaintRace, FIRST_ROUND_TRIP_BYTES, paintRaceOf } from "../../scripts/bench/lighthouse-race";

const page = (overrides: Partial<LighthouseFigures>): LighthouseFigures => ({
  path: "/dashboard",
  via: "next start",
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
  paintRace: { documentBytes: 12_300, scriptsBeforePaint: 9, scripts: 10 },
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

  it("names a page audited through the HTTP/2 proxy as such", () => {
    expect(lighthouseChecks([page({ via: "HTTP/2 proxy" })])[0]!.name).toBe(
      "Lighthouse /dashboard (signed in) through the HTTP/2 proxy",
    );
    expect(lighthouseChecks([page({})])[0]!.name).toBe("Lighthouse /dashboard (signed in)");
  });

  it("holds LCP to 2.0 s and performance to 95", () => {
    expect(lighthouseChecks([page({ largestContentfulPaintMs: 2001 })])[0]!.pass).toBe(false);
    expect(lighthouseChecks([page({ performance: 94 })])[0]!.pass).toBe(false);
    expect(lighthouseChecks([page({ accessibility: 99 })])[0]!.pass).toBe(false);
  });
});

describe("the paint race and the document's first round trip", () => {
  /** The two audits paintRaceOf reads, as Lighthouse 12 writes them (times in ms from navigation). */
  const lhr = (requests: object[], observedLargestContentfulPaint: number) =>
    ({
      audits: {
        "network-requests": { details: { type: "table", items: requests } },
        metrics: { details: { type: "debugdata", items: [{ observedLargestContentfulPaint }] } },
      },
    }) as unknown as Result;

  it("counts the scripts that finished downloading before the observed paint", () => {
    const race = paintRaceOf(
      lhr(
        [
          { resourceType: "Document", transferSize: 13_818, networkEndTime: 60 },
          { resourceType: "Stylesheet", transferSize: 11_600, networkEndTime: 90 },
          { resourceType: "Script", transferSize: 72_000, networkEndTime: 150 },
          { resourceType: "Script", transferSize: 36_000, networkEndTime: 160 },
          { resourceType: "Script", transferSize: 8_000, networkEndTime: 240 },
        ],
        200,
      ),
    );
    expect(race).toEqual({ documentBytes: 13_818, scriptsBeforePaint: 2, scripts: 3 });
    expect(describePaintRace(race)).toBe("document fits the first round trip; scripts done before the paint 2/3");
  });

  it("says by how much a document misses the first round trip", () => {
    expect(FIRST_ROUND_TRIP_BYTES).toBe(14_600);
    expect(describePaintRace({ documentBytes: 14_600, scriptsBeforePaint: 0, scripts: 9 })).toMatch(/^document fits/);
    expect(describePaintRace({ documentBytes: 18_830, scriptsBeforePaint: 9, scripts: 9 })).toBe(
      "document 4.1 KiB over the first round trip; scripts done before the paint 9/9",
    );
  });
});

describe("the HTTP/2 proxy's forwarded headers", () => {
  it("keeps the end-to-end headers and drops HTTP/2 pseudo-headers and hop-by-hop ones", () => {
    expect(
      endToEndHeaders({
        ":method": "GET",
        ":path": "/dashboard",
        host: "127.0.0.1:4000",
        connection: "keep-alive",
        "keep-alive": "timeout=5",
        "transfer-encoding": "chunked",
        cookie: "session=1",
        "accept-encoding": "gzip",
        "set-cookie": ["a=1", "b=2"],
      }),
    ).toEqual({ cookie: "session=1", "accept-encoding": "gzip", "set-cookie": ["a=1", "b=2"] });
  });
});
