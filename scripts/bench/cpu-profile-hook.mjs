/**
 * Preloaded into `next start` by BENCH_CPU_PROF=<dir> (NODE_OPTIONS="--import …"): Node refuses
 * `--cpu-prof` in NODE_OPTIONS, and the server runs in a process `next start` spawns, so the
 * profiler is started from here in every Node process of the tree. Each writes
 * `<dir>/<pid>.cpuprofile` (open in Chrome DevTools or speedscope) when it is stopped.
 * The inspector session of the main thread answers synchronously, so the profile is written
 * before the process exits.
 *
 * Per phase (server-phases.ts): each process announces itself in `<dir>/<pid>.pid`; on SIGUSR2
 * it writes the profile of the phase that just ended as `<dir>/<pid>-<label>.cpuprofile`, with
 * `<pid>-<label>.json` beside it (garbage collections of the phase by kind, V8 heap figures
 * now), and starts a new profile. The label is read from `<dir>/phase`. So one run compares
 * the same process at scale 1 and at scale 10, target by target.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import v8 from "node:v8";

const dir = process.env.BENCH_CPU_PROF;
if (dir) {
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");

  // Garbage collections since the last phase mark: count and milliseconds per kind.
  const kinds = { 1: "minor", 4: "major", 8: "incremental", 16: "weakcb" }; // perf_hooks.constants
  let gc = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = kinds[entry.detail?.kind ?? entry.kind] ?? "other";
      const slot = (gc[kind] ??= { count: 0, ms: 0 });
      slot.count += 1;
      slot.ms += entry.duration;
    }
  }).observe({ entryTypes: ["gc"] });

  const stopInto = (file) =>
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(join(dir, file), JSON.stringify(result.profile));
    });

  writeFileSync(join(dir, `${process.pid}.pid`), String(process.pid));
  process.on("SIGUSR2", () => {
    let label = "phase";
    try {
      label =
        readFileSync(join(dir, "phase"), "utf8")
          .trim()
          .replace(/[^\w.-]/g, "_") || label;
    } catch {}
    stopInto(`${process.pid}-${label}.cpuprofile`);
    const heap = v8.getHeapStatistics();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
    writeFileSync(
      join(dir, `${process.pid}-${label}.json`),
      JSON.stringify({ label, gc, heap, spaces, memory: process.memoryUsage() }),
    );
    gc = {};
    session.post("Profiler.start");
  });

  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    stopInto(`${process.pid}.cpuprofile`);
  };
  process.on("exit", write);
  process.once("SIGTERM", () => {
    write();
    process.exit(0);
  });
}
