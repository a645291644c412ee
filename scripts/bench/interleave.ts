/**
 * Scale 1 and scale N measured AT THE SAME TIME, in alternating short runs (scale.ts). On a
 * shared two-core machine the p99 of one 15-second run is the worst moment of those 15 seconds:
 * a neighbour's burst of a second or two delays every request in flight, and the top 1 % of a
 * few hundred requests is exactly those. Two such runs ten minutes apart compare the
 * neighbours, not the data. Here each target is loaded in R rounds of duration/R seconds on
 * each server, the order of the two servers swapped every round, and each side's latencies are
 * pooled into one p99: outside load lands on both sides alike, and each side is still measured
 * for the full duration.
 *
 * Each measured round starts with PREROLL_SECONDS of unmeasured load on that server. While the
 * other side runs, a server idles for longer than the database pool keeps idle connections (pg's
 * 10 s), so without it each round began by reconnecting all ten, and those first ten responses,
 * three rounds a side, were up to a third of the pooled p99's samples (session 5's probes). Step 6
 * warms once and then measures one continuous run; this makes every round start the same way.
 */
import { loadTarget, warmUp, type LoadOptions, type Pids, type Target, type TargetResult } from "./load";
import type { Measured } from "./measure";
import { printTargetLine } from "./report";
import type { Session } from "./sign-in";

/** Nearest-rank percentile of ascending values (p in 0–100); NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** One result from the rounds of one target on one server: counts summed, latencies pooled. */
export function pooledResult(parts: TargetResult[], latencies: number[]): TargetResult {
  const first = parts[0]!;
  const sorted = [...latencies].sort((a, b) => a - b);
  const sum = (pick: (r: TargetResult) => number) => parts.reduce((total, r) => total + pick(r), 0);
  const requests = sum((r) => r.requests);
  // CPU per request weighted by each round's requests, as one long run would have measured it.
  const weighted = (pick: (r: TargetResult) => number) => sum((r) => pick(r) * r.requests) / Math.max(1, requests);
  const databaseKnown = parts.every((r) => r.cpuMsPerRequest.database !== null);
  return {
    name: first.name,
    label: first.label,
    path: first.path,
    requestsPerSecond: sum((r) => r.requestsPerSecond) / parts.length,
    latencyMs: {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
      mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    },
    requests,
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    mismatches: sum((r) => r.mismatches),
    peakRssBytes: Math.max(...parts.map((r) => r.peakRssBytes)),
    cpuMsPerRequest: {
      server: weighted((r) => r.cpuMsPerRequest.server),
      database: databaseKnown ? weighted((r) => r.cpuMsPerRequest.database!) : null,
    },
  };
}

/**
 * One server under test. Sessions are signed in per server (a session is only valid against the
 * database it was created in, and the copy was taken before the sign-ins).
 */
export type Side = { label: string; baseUrl: string; pids: Pids; sessionFor?: (session: Session) => Session };

/** The target as this side must request it: the same persona's session on that server. */
export const forSide = (side: Side, target: Target): Target =>
  side.sessionFor ? { ...target, session: side.sessionFor(target.session) } : target;

export const PREROLL_SECONDS = 1;

/** Which side goes first in a round: alternate, so a trend over the run favours neither. */
export const roundOrder = <T>(sides: readonly [T, T], round: number): [T, T] =>
  round % 2 === 0 ? [sides[0], sides[1]] : [sides[1], sides[0]];

/** Per side, per target: the pooled result of `rounds` runs of duration/rounds seconds each. */
export async function measureInterleaved(
  sides: readonly [Side, Side],
  targets: Target[],
  options: LoadOptions,
  rounds: number,
): Promise<Map<string, Measured[]>> {
  const short = { ...options, duration: Math.max(1, Math.round(options.duration / rounds)) };
  const out = new Map<string, Measured[]>(sides.map((s) => [s.label, []]));
  for (const target of targets) {
    const parts = new Map<string, { results: TargetResult[]; latencies: number[] }>(
      sides.map((s) => [s.label, { results: [], latencies: [] }]),
    );
    for (let round = 0; round < rounds; round++) {
      for (const side of roundOrder(sides, round)) {
        const part = parts.get(side.label)!;
        const own = forSide(side, target);
        await warmUp(side.baseUrl, side.pids, own, { ...options, warmup: PREROLL_SECONDS });
        part.results.push(await loadTarget(side.baseUrl, side.pids, own, short, part.latencies));
      }
    }
    for (const side of sides) {
      const part = parts.get(side.label)!;
      const pooled = pooledResult(part.results, part.latencies);
      process.stdout.write(`  ${side.label.padEnd(8)}`);
      printTargetLine(pooled);
      out.get(side.label)!.push(pooled);
    }
  }
  return out;
}
