/**
 * The production server under test: `next build` (skipped with BENCH_SKIP_BUILD=1) and
 * `next start` on its own port, configured as scripts/test.ts configures the e2e server, and
 * a sampler of its memory (RSS of the whole process tree: `next start` runs the server in a
 * child process).
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { localSecret } from "../lib/local-secret";
import { bin, run, start, stopChild, waitForHttp } from "../lib/processes";
import { serverNodeOptions } from "../lib/server-runtime";
import { allProcStats, readProcStat, ticksToMs } from "./proc";

export type Server = { baseUrl: string; child: ChildProcess; stop: () => Promise<void> };

function serverEnv(databaseUrl: string, baseUrl: string, cpuProfileDir?: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // The production server's V8 flags (scripts/lib/server-runtime.ts), so the bench measures what ships.
    NODE_OPTIONS: serverNodeOptions(
      cpuProfileDir
        ? `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(join(process.cwd(), "scripts/bench/cpu-profile-hook.mjs")).href}`
        : process.env.NODE_OPTIONS,
    ),
    ...(cpuProfileDir ? { BENCH_CPU_PROF: cpuProfileDir } : {}),
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXTAUTH_URL: baseUrl,
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export async function buildApp(databaseUrl: string, port: number, skip: boolean): Promise<number> {
  const started = performance.now();
  if (skip) {
    if (!existsSync(".next/BUILD_ID"))
      throw new Error("BENCH_SKIP_BUILD=1 but .next holds no production build: run without it once");
    console.log("Reusing the existing .next build (BENCH_SKIP_BUILD=1).");
    return 0;
  }
  const code = await run(bin("next"), ["build"], { env: serverEnv(databaseUrl, `http://127.0.0.1:${port}`) });
  if (code !== 0) throw new Error("next build failed");
  return (performance.now() - started) / 1000;
}

export async function startServer(databaseUrl: string, port: number, cpuProfileDir?: string): Promise<Server> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = start(bin("next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: serverEnv(databaseUrl, baseUrl, cpuProfileDir),
    // Only the server's errors: its request log would drown the figures.
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) =>
      reject(new Error(`next start exited (code ${code}) before answering: is port ${port} free? (BENCH_PORT)`)),
    ),
  );
  await Promise.race([waitForHttp(`${baseUrl}/api/health`, 60_000), exited]);
  return { baseUrl, child, stop: () => stopChild(child) };
}

/** `rootPid` and all its descendants, from /proc (Linux). */
async function processTree(rootPid: number): Promise<Set<number>> {
  const parents = new Map([...(await allProcStats())].map(([pid, stat]) => [pid, stat.ppid]));
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** Sum of VmRSS (bytes) over `rootPid` and all its descendants. */
export async function treeRss(rootPid: number): Promise<number> {
  let total = 0;
  for (const pid of await processTree(rootPid)) {
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    if (kb) total += Number(kb) * 1024;
  }
  return total;
}

/**
 * CPU time (user + system, ms) used so far by `rootPid` and its descendants, live or exited. Unlike latency
 * and throughput, CPU per request barely moves when other programs compete for the cores, so
 * it is the figure to compare runs on a busy machine.
 */
export async function treeCpuMs(rootPid: number): Promise<number> {
  let ticks = 0;
  for (const pid of await processTree(rootPid)) {
    const stat = await readProcStat(pid);
    // With the time of children that already exited (PostgreSQL backends of closed pool
    // connections are reaped by the postmaster, which inherits it).
    if (stat) ticks += stat.ownTicks + stat.childTicks;
  }
  return ticksToMs(ticks);
}

/** Samples treeRss every `intervalMs` until stopped; the peak is what the load cost at most. */
export function sampleRss(rootPid: number, intervalMs = 500) {
  let peak = 0;
  let samples = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    treeRss(rootPid)
      .then((rss) => {
        peak = Math.max(peak, rss);
        samples += 1;
      })
      .catch(() => {})
      .finally(() => (busy = false));
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peak, samples };
    },
  };
}
