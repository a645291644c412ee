/**
 * Measures targets in turn (load.ts) and, beside each, what else happened meanwhile: PostgreSQL's
 * background work and the busiest processes (background.ts), the bench process's own CPU and
 * heap (it generates the load in the process that seeded the data), and with BENCH_CPU_PROF a
 * profile per target of the server's processes (server-phases.ts). Scale 1 and scale N use the
 * same loop, so their lines compare.
 */
import { loadavg } from "node:os";
import { describeBackground, sampleBackground, type BackgroundSummary } from "./background";
import { loadTarget, type LoadOptions, type Pids, type Target, type TargetResult } from "./load";
import { printTargetLine } from "./report";
import { markPhase, phaseFigures } from "./server-phases";

export type Measured = TargetResult & {
  background?: BackgroundSummary;
  /** The bench process itself during the load: CPU per request and heap in use at the end. */
  bench?: { cpuMsPerRequest: number; heapUsedMiB: number };
};

export async function measureTargets(
  baseUrl: string,
  pids: Pids,
  targets: Target[],
  options: LoadOptions,
  context: { databaseUrl: string; phase: string; profileDir?: string },
): Promise<Measured[]> {
  const results: Measured[] = [];
  // Ends the profile of whatever ran before (warm-up, growth), so each target's is its own.
  await markPhase(context.profileDir, `${context.phase}-before`);
  await printServerHeap(context.profileDir, `${context.phase}-before`, "since the previous measurement");
  for (const target of targets) {
    const background = await sampleBackground(context.databaseUrl);
    const cpu = process.cpuUsage();
    const result = await loadTarget(baseUrl, pids, target, options);
    const used = process.cpuUsage(cpu);
    const bench = {
      cpuMsPerRequest: (used.user + used.system) / 1000 / Math.max(1, result.requests),
      heapUsedMiB: process.memoryUsage().heapUsed / 1024 ** 2,
    };
    const measured: Measured = { ...result, background: await background.stop(), bench };
    await markPhase(context.profileDir, `${context.phase}-${target.name}`);
    printTargetLine(measured);
    console.log(
      `      bench process ${bench.cpuMsPerRequest.toFixed(1)} ms CPU/req, heap ${bench.heapUsedMiB.toFixed(0)} MiB;` +
        ` mean latency ${result.latencyMs.mean.toFixed(0)} ms; load ${loadavg()[0]!.toFixed(1)}; ${describeBackground(measured.background!)}`,
    );
    await printServerHeap(context.profileDir, `${context.phase}-${target.name}`, "during the load");
    results.push(measured);
  }
  return results;
}

/** With BENCH_CPU_PROF: the server processes' garbage collections in a phase, and their heap after it. */
async function printServerHeap(dir: string | undefined, label: string, when: string): Promise<void> {
  if (!dir) return;
  for (const p of await phaseFigures(dir, label)) {
    const gc = Object.entries(p.gc)
      .map(([kind, g]) => `${g.count} ${kind} (${g.ms.toFixed(0)} ms)`)
      .join(", ");
    console.log(`      server ${p.pid} ${when}: GC ${gc || "none"}; heap used ${p.heapUsedMiB.toFixed(0)} MiB`);
  }
}
