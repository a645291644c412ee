/**
 * Preloaded into `next start` by BENCH_CPU_PROF=<dir> (NODE_OPTIONS="--import …"): Node refuses
 * `--cpu-prof` in NODE_OPTIONS, and the server runs in a process `next start` spawns, so the
 * profiler is started from here in every Node process of the tree. Each writes
 * `<dir>/<pid>.cpuprofile` (open in Chrome DevTools or speedscope) when it is stopped.
 * The inspector session of the main thread answers synchronously, so the profile is written
 * before the process exits.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";

const dir = process.env.BENCH_CPU_PROF;
if (dir) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.on("exit", write);
  process.once("SIGTERM", () => {
    write();
    process.exit(0);
  });
}
