/**
 * Loads one target with autocannon (after warmUp), with the same connections for every target;
 * memory and CPU of the server's process tree, and CPU of PostgreSQL, are sampled meanwhile. Every
 * response must be a 2xx whose body contains the target's `expect` text (a page that redirects
 * to sign-in, errors, or shows someone else's data fails that check).
 */
import autocannon from "autocannon";
import { sampleRss, treeCpuMs } from "./server";
import type { Session } from "./sign-in";

export type Target = {
  name: string;
  /** One line for the report: who asks for what. */
  label: string;
  session: Session;
  path: string;
  /** Text every response body must contain. */
  expect: string;
  /** For POSTs: builds each request (unique body) and sees each response. */
  request?: Pick<autocannon.Request, "method" | "setupRequest" | "onResponse">;
};

export type LoadOptions = { connections: number; duration: number; warmup: number; timeout: number };

export type TargetResult = {
  name: string;
  label: string;
  path: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  peakRssBytes: number;
  /** CPU time per request of the app server and of PostgreSQL (null when not local). */
  cpuMsPerRequest: { server: number; database: number | null };
};

export type Pids = { server: number; database: number | null };

function fire(
  baseUrl: string,
  target: Target,
  options: LoadOptions,
  duration: number,
  latencies?: number[],
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${target.path}`,
        connections: options.connections,
        duration,
        timeout: options.timeout,
        headers: { cookie: target.session.cookie },
        requests: target.request ? [{ path: target.path, ...target.request }] : undefined,
        verifyBody: (body) => String(body ?? "").includes(target.expect),
        // One request in flight per connection (no pipelining), as browsers do.
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // Every response time, so several runs' latencies can be pooled into one percentile (interleave.ts).
    if (latencies) instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

/**
 * When autocannon stops, the requests it had in flight are still being served (a cohort table
 * can take seconds). Wait until the server is idle (under 20 % of one core over half a second,
 * at most 30 s), so they neither slow down nor count toward the next measurement.
 */
async function untilIdle(pids: Pids): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const before = await treeCpuMs(pids.server);
    await new Promise((r) => setTimeout(r, 500));
    if ((await treeCpuMs(pids.server)) - before < 100 || Date.now() > deadline) return;
  }
}

/**
 * Unmeasured load on a target, so JIT compilation, module loading and the connection pool are
 * done before any measurement. Every target is warmed before the first is measured: otherwise
 * the heavy dashboard (measured first) would also pay for warming the code the light one uses.
 */
export async function warmUp(baseUrl: string, pids: Pids, target: Target, options: LoadOptions): Promise<void> {
  if (options.warmup === 0) return;
  await fire(baseUrl, target, options, options.warmup);
  await untilIdle(pids);
}

export async function loadTarget(
  baseUrl: string,
  pids: Pids,
  target: Target,
  options: LoadOptions,
  latencies?: number[],
): Promise<TargetResult> {
  const cpu = async () => ({
    server: await treeCpuMs(pids.server),
    database: pids.database ? await treeCpuMs(pids.database) : null,
  });
  const before = await cpu();
  const sampler = sampleRss(pids.server);
  const result = await fire(baseUrl, target, options, options.duration, latencies);
  const { peak } = sampler.stop();
  await untilIdle(pids);
  const after = await cpu();
  // The requests in flight at the stop (one per connection) were served while waiting for idle.
  const served = result.requests.total + options.connections;
  return {
    name: target.name,
    label: target.label,
    path: target.path,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.average,
    },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    peakRssBytes: peak,
    cpuMsPerRequest: {
      server: (after.server - before.server) / served,
      database:
        after.database !== null && before.database !== null ? (after.database - before.database) / served : null,
    },
  };
}

/** Why a target's run cannot be trusted, or null: any error, non-2xx or unexpected body. */
export function loadProblem(result: TargetResult): string | null {
  const problems = [
    result.non2xx > 0 && `${result.non2xx} non-2xx responses (a redirect to sign-in counts)`,
    result.errors > 0 && `${result.errors} errors (${result.timeouts} timeouts)`,
    result.mismatches > 0 && `${result.mismatches} responses without the expected content`,
    result.requests === 0 && "no request completed",
  ].filter(Boolean);
  return problems.length > 0 ? problems.join(", ") : null;
}
