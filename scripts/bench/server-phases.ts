/**
 * Phase marks for BENCH_CPU_PROF (cpu-profile-hook.mjs): ends the server processes' current CPU
 * profile under a label and starts the next, so one run holds a profile per measured target at
 * scale 1 and at scale N of the SAME process. Only processes that announced the hook
 * (`<dir>/<pid>.pid`) are signalled: SIGUSR2's default action would end any other.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The phase that just ended is written as `<pid>-<label>.*`; a no-op without a profile dir. */
export async function markPhase(dir: string | undefined, label: string): Promise<void> {
  if (!dir || !existsSync(dir)) return;
  await writeFile(join(dir, "phase"), label);
  const pids: number[] = [];
  for (const name of await readdir(dir)) {
    const pid = /^(\d+)\.pid$/.exec(name)?.[1];
    if (pid && alive(Number(pid))) pids.push(Number(pid));
  }
  for (const pid of pids) process.kill(pid, "SIGUSR2");
  // Each process writes its files from its signal handler; wait until all are there (bounded).
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !pids.every((pid) => existsSync(join(dir, `${pid}-${label}.json`)))) await sleep(100);
}

/** The heap/GC figures a phase left, per process (for the run's own summary). */
export async function phaseFigures(dir: string, label: string) {
  const out: { pid: number; gc: Record<string, { count: number; ms: number }>; heapUsedMiB: number }[] = [];
  for (const name of await readdir(dir)) {
    const match = /^(\d+)-(.+)\.json$/.exec(name);
    if (!match || match[2] !== label) continue;
    const data = JSON.parse(await readFile(join(dir, name), "utf8"));
    out.push({ pid: Number(match[1]), gc: data.gc, heapUsedMiB: data.heap.used_heap_size / 1024 ** 2 });
  }
  return out;
}
