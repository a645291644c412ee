/**
 * Browser speed: Lighthouse (its default mobile emulation and simulated throttling) against
 * the bench's `next start`, driving the system Chromium through chrome-launcher. Signed-in
 * pages get the session cookie through `extraHeaders`, as a signed-in browser would send it.
 *
 * Each page is audited BENCH_LIGHTHOUSE_RUNS times (default 3) in a fresh Chromium and the
 * median run (Lighthouse's own computeMedianRun: the run nearest the median FCP and TTI) is
 * the one held to the targets: one run alone moves by several points on a busy machine.
 *
 * CPU calibration. Lighthouse's mobile preset emulates a Moto G Power: its default 4x CPU
 * slowdown assumes a host four times faster than that phone (benchmark index about 1000, the
 * index below which Lighthouse itself warns that the host is too slow; the phone scores about
 * 250). On a shared 2-core machine under other people's load the host measures 200–400, and a
 * further 4x then emulates a phone several times slower than the target device, so every task
 * counts two to five times over. The documented remedy (Lighthouse docs/throttling.md,
 * "Calibrating the CPU slowdown") is a multiplier from the host's benchmark index:
 * multiplier = index / 250, at most 4 (the default) and at least 1 (no slowdown; a host slower
 * than the phone is measured as it is, never sped up). The page is gathered once; when the
 * calibrated multiplier differs from 4 its artifacts are audited again with it (simulated
 * throttling computes the metrics from the trace afterwards, so nothing is re-loaded).
 * BENCH_LIGHTHOUSE_CPU_MULTIPLIER fixes the multiplier instead (4 = Lighthouse's default).
 */
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse, { auditFlowArtifacts, type Artifacts, type Flags, type Result } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { startHttp2Proxy } from "./http2-proxy";
import { describePaintRace, paintRaceOf, type PaintRace } from "./lighthouse-race";
import type { Check } from "./report";
import type { Session } from "./sign-in";
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from "../lib/chromium";

export type LighthousePage = { path: string; session?: Session };

export type LighthouseFigures = {
  path: string;
  /** How the browser reached the app: `next start` itself, or the HTTP/2 proxy (http2-proxy.ts). */
  via: "next start" | "HTTP/2 proxy";
  signedInAs: string | null;
  runs: number;
  /** Scores 0–100 of the median run. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  firstContentfulPaintMs: number;
  domElements: number | null;
  unusedJavaScriptKiB: number | null;
  /**
   * Bytes transferred (compressed) for the scripts and for the document: figures that do not
   * move with the machine's load, unlike TBT and LCP.
   */
  javascriptKiB: number;
  documentKiB: number;
  /** The document's first round trip and the paint race of the median run (lighthouse-race.ts). */
  paintRace: PaintRace;
  /** Every run's performance score, to show the spread. */
  performanceRuns: number[];
  /** The host's CPU benchmark index in the median run, and the CPU slowdown applied for it. */
  benchmarkIndex: number;
  cpuSlowdownMultiplier: number;
  /** Content-Security-Policy violations Chromium reported (directive and blocked URL). */
  cspIssues: string[];
  /** Audits of the three held categories that did not score 1 in the median run. */
  failingAudits: string[];
  report: string;
};

export const lighthouseTargets = {
  performance: 95,
  totalBlockingTimeMs: 200,
  largestContentfulPaintMs: 2000,
  bestPractices: 100,
  accessibility: 100,
} as const;

const int = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
};

/** Debian's Chromium where the project's machines have it; CHROME_PATH overrides. */
function chromePath(): string {
  const path = process.env.CHROME_PATH ?? SYSTEM_CHROMIUM;
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: apt-get install -y chromium, or set CHROME_PATH`);
  return path;
}

const chromeFlags = ["--headless=new", ...CHROMIUM_FLAGS];
/** BENCH_LIGHTHOUSE_HTTP2=1: audit through the HTTP/2 proxy, as deployed; its certificate is self-signed. */
const viaHttp2 = () => process.env.BENCH_LIGHTHOUSE_HTTP2 === "1";

const score = (result: Result, category: string) => Math.round((result.categories[category]?.score ?? 0) * 100);
const numeric = (result: Result, audit: string) => result.audits[audit]?.numericValue ?? Number.NaN;

type Run = { lhr: Result; cspIssues: string[] };

function figuresOf(page: LighthousePage, medianRun: Run, runs: Run[], report: string): LighthouseFigures {
  const median = medianRun.lhr;
  const unused = result(median, "unused-javascript");
  const failingAudits = ["performance", "accessibility", "best-practices"].flatMap((category) =>
    (median.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => median.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${category}/${audit!.id}${audit!.displayValue ? ` (${audit!.displayValue})` : ""}`),
  );
  return {
    path: page.path,
    via: viaHttp2() ? "HTTP/2 proxy" : "next start",
    signedInAs: page.session?.persona.email ?? null,
    runs: runs.length,
    performance: score(median, "performance"),
    accessibility: score(median, "accessibility"),
    bestPractices: score(median, "best-practices"),
    totalBlockingTimeMs: Math.round(numeric(median, "total-blocking-time")),
    largestContentfulPaintMs: Math.round(numeric(median, "largest-contentful-paint")),
    firstContentfulPaintMs: Math.round(numeric(median, "first-contentful-paint")),
    domElements: Number.isFinite(numeric(median, "dom-size")) ? numeric(median, "dom-size") : null,
    unusedJavaScriptKiB:
      unused?.details && "overallSavingsBytes" in unused.details
        ? Math.round(((unused.details.overallSavingsBytes as number) ?? 0) / 1024)
        : null,
    javascriptKiB: transferKiB(median, (type) => type === "Script"),
    documentKiB: transferKiB(median, (type) => type === "Document"),
    paintRace: paintRaceOf(median),
    performanceRuns: runs.map((r) => score(r.lhr, "performance")),
    benchmarkIndex: Math.round(median.environment.benchmarkIndex),
    cpuSlowdownMultiplier: median.configSettings.throttling.cpuSlowdownMultiplier,
    cspIssues: medianRun.cspIssues,
    failingAudits,
    report,
  };
}
const result = (r: Result, id: string) => r.audits[id];

function transferKiB(r: Result, ofType: (resourceType: string | undefined) => boolean): number {
  const details = result(r, "network-requests")?.details;
  const items =
    details && "items" in details ? (details.items as { resourceType?: string; transferSize?: number }[]) : [];
  const bytes = items
    .filter((item) => ofType(item.resourceType))
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

const TARGET_DEVICE_BENCHMARK_INDEX = 250;
const DEFAULT_CPU_SLOWDOWN = 4;

/** The CPU slowdown for a host of this benchmark index (see the top of this file). */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  const forced = process.env.BENCH_LIGHTHOUSE_CPU_MULTIPLIER;
  if (forced) {
    const value = Number(forced);
    if (!(value >= 1)) throw new Error("BENCH_LIGHTHOUSE_CPU_MULTIPLIER must be a number >= 1");
    return value;
  }
  const raw = benchmarkIndex / TARGET_DEVICE_BENCHMARK_INDEX;
  return Math.round(Math.min(DEFAULT_CPU_SLOWDOWN, Math.max(1, raw)) * 10) / 10;
}

function cspIssuesOf(artifacts: Artifacts): string[] {
  return (artifacts.InspectorIssues?.contentSecurityPolicyIssue ?? []).map(
    (issue) =>
      `${issue.violatedDirective}${issue.blockedURL ? ` blocked ${issue.blockedURL}` : ""}` +
      `${issue.sourceCodeLocation ? ` at ${issue.sourceCodeLocation.url}:${issue.sourceCodeLocation.lineNumber}` : ""}`,
  );
}

async function auditOnce(url: string, page: LighthousePage): Promise<Run> {
  // A fresh browser per run: no cache, no service worker, no state from the previous page.
  const chrome: LaunchedChrome = await launch({
    chromePath: chromePath(),
    chromeFlags: viaHttp2() ? [...chromeFlags, "--ignore-certificate-errors"] : chromeFlags,
  });
  let runner: Awaited<ReturnType<typeof lighthouse>>;
  const flags: Flags = {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
    extraHeaders: page.session ? { Cookie: page.session.cookie } : undefined,
  };
  try {
    runner = await lighthouse(url, flags);
  } finally {
    chrome.kill();
  }
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
  let { lhr } = runner;
  const { artifacts } = runner;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  // A redirect to sign-in would audit the wrong page.
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
    throw new Error(`Lighthouse on ${url} ended on ${lhr.finalDisplayedUrl}: is the session cookie valid?`);
  }
  const multiplier = calibratedCpuSlowdown(lhr.environment.benchmarkIndex);
  if (multiplier !== lhr.configSettings.throttling.cpuSlowdownMultiplier) {
    const throttling = { ...artifacts.settings.throttling, cpuSlowdownMultiplier: multiplier };
    // Lighthouse refuses to audit with settings other than those gathered with: both change.
    artifacts.settings.throttling = throttling;
    const flow = await auditFlowArtifacts({ gatherSteps: [{ artifacts, flags: { ...flags, throttling } }] });
    lhr = flow.steps[0]!.lhr;
  }
  return { lhr, cspIssues: cspIssuesOf(artifacts) };
}

/** Audits every page, writes each median report to `reportDir`, returns the figures. */
export async function runLighthouse(
  baseUrl: string,
  pages: LighthousePage[],
  reportDir: string,
): Promise<LighthouseFigures[]> {
  const runs = int("BENCH_LIGHTHOUSE_RUNS", 3);
  await mkdir(reportDir, { recursive: true });
  const proxy = viaHttp2() ? await startHttp2Proxy(baseUrl) : null;
  if (proxy) console.log(`  through an HTTP/2 proxy (BENCH_LIGHTHOUSE_HTTP2=1): ${proxy.baseUrl} → ${baseUrl}`);
  const figures: LighthouseFigures[] = [];
  try {
    for (const page of pages) {
      // One unmeasured load first: the server compiles nothing in production, but its first
      // render of a route warms module and query caches the audited runs should not pay for.
      const headers: Record<string, string> = page.session ? { Cookie: page.session.cookie } : {};
      await fetch(`${baseUrl}${page.path}`, { headers }).then((r) => r.text());
      const url = `${proxy?.baseUrl ?? baseUrl}${page.path}`;
      const results: Run[] = [];
      for (let i = 0; i < runs; i += 1) results.push(await auditOnce(url, page));
      const medianLhr = computeMedianRun(results.map((r) => r.lhr));
      const median = results.find((r) => r.lhr === medianLhr) ?? results[0]!;
      const report = `${reportDir}/${page.path === "/" ? "home" : page.path.slice(1).replaceAll("/", "-")}.json`;
      await writeFile(report, JSON.stringify(median.lhr));
      const f = figuresOf(page, median, results, report);
      printLighthouseLine(f);
      figures.push(f);
    }
  } finally {
    await proxy?.stop();
  }
  return figures;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

export function printLighthouseLine(f: LighthouseFigures): void {
  console.log(
    `  ${f.path.padEnd(10)} perf ${pad(f.performance, 3)} (runs ${f.performanceRuns.join(", ")})` +
      `  TBT ${pad(f.totalBlockingTimeMs, 4)} ms  LCP ${pad((f.largestContentfulPaintMs / 1000).toFixed(2), 5)} s` +
      `  FCP ${pad((f.firstContentfulPaintMs / 1000).toFixed(2), 5)} s  a11y ${pad(f.accessibility, 3)}  best practices ${pad(f.bestPractices, 3)}` +
      `  DOM ${f.domElements ?? "n/a"}  JS ${f.javascriptKiB} KiB (unused ${f.unusedJavaScriptKiB ?? "n/a"})  document ${f.documentKiB} KiB` +
      `  (host CPU index ${f.benchmarkIndex}, slowdown ${f.cpuSlowdownMultiplier}x)`,
  );
  console.log(`      ${describePaintRace(f.paintRace)}`);
  for (const issue of f.cspIssues) console.log(`      CSP: ${issue}`);
  for (const audit of f.failingAudits) console.log(`      not perfect: ${audit}`);
}

/** One check per page: all five figures within their targets. */
export function lighthouseChecks(figures: LighthouseFigures[]): Check[] {
  const t = lighthouseTargets;
  return figures.map((f) => {
    const misses = [
      f.performance < t.performance && `performance ${f.performance} < ${t.performance}`,
      f.totalBlockingTimeMs > t.totalBlockingTimeMs && `TBT ${f.totalBlockingTimeMs} ms > ${t.totalBlockingTimeMs} ms`,
      f.largestContentfulPaintMs > t.largestContentfulPaintMs &&
        `LCP ${f.largestContentfulPaintMs} ms > ${t.largestContentfulPaintMs} ms`,
      f.bestPractices < t.bestPractices && `best practices ${f.bestPractices} < ${t.bestPractices}`,
      f.accessibility < t.accessibility && `accessibility ${f.accessibility} < ${t.accessibility}`,
    ].filter(Boolean);
    return {
      name: `Lighthouse ${f.path}${f.signedInAs ? " (signed in)" : ""}${f.via === "HTTP/2 proxy" ? " through the HTTP/2 proxy" : ""}`,
      value:
        `performance ${f.performance}, TBT ${f.totalBlockingTimeMs} ms, LCP ${(f.largestContentfulPaintMs / 1000).toFixed(2)} s, ` +
        `best practices ${f.bestPractices}, accessibility ${f.accessibility}` +
        (misses.length ? ` — ${misses.join("; ")}` : ""),
      target: `performance >= ${t.performance}, TBT <= ${t.totalBlockingTimeMs} ms, LCP <= ${t.largestContentfulPaintMs / 1000} s, best practices ${t.bestPractices}, accessibility ${t.accessibility}`,
      pass: misses.length === 0,
    };
  });
}
