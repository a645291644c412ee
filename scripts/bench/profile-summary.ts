/**
 * Summarises V8 CPU profiles (the .cpuprofile files of BENCH_CPU_PROF) by self and inclusive
 * time per function and per file, and compares two phases of the same process:
 *
 *   npx tsx scripts/bench/profile-summary.ts <dir> <label A> <label B> [top]
 *
 * e.g. `/tmp/prof s1-dashboard-heavy s10-dashboard-heavy`: for each server process that wrote
 * both, the functions whose time grew most from A to B, per request when the phase files name
 * their request counts, else in milliseconds.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
};

export type ProfileSummary = {
  /** Busy time sampled (idle samples excluded). */
  totalMs: number;
  /** Milliseconds per key, where a key is "function file:line" or a file (byFile). */
  self: Map<string, number>;
  inclusive: Map<string, number>;
  selfByFile: Map<string, number>;
};

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, "")
    .replace(/^.*\/node_modules\//, "~/")
    .replace(/^.*\/\.next\//, ".next/") || "(native)";

export const frameKey = (f: CpuProfile["nodes"][number]["callFrame"]) =>
  `${f.functionName || "(anonymous)"} ${shortUrl(f.url)}${f.url ? `:${f.lineNumber + 1}:${(f.columnNumber ?? 0) + 1}` : ""}`;

/** Self and inclusive time per function, self time per file; recursion counted once per sample. */
export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    // The delta before the NEXT sample is the time this sample stands for.
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    // Idle time is not work: shares are of the busy samples.
    if (!node || node.callFrame.functionName === "(idle)") return;
    totalMs += ms;
    add(self, frameKey(node.callFrame), ms);
    add(selfByFile, shortUrl(node.callFrame.url), ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = frameKey(byId.get(cur)!.callFrame);
      if (!seen.has(key)) {
        seen.add(key);
        add(inclusive, key, ms);
      }
    }
  });
  return { totalMs, self, inclusive, selfByFile };
}

/** Keys whose time grew most from a to b, each divided by the phase's divisor (e.g. requests). */
export function growth(a: Map<string, number>, b: Map<string, number>, divA = 1, divB = 1, top = 15) {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys]
    .map((key) => ({ key, a: (a.get(key) ?? 0) / divA, b: (b.get(key) ?? 0) / divB }))
    .map((r) => ({ ...r, delta: r.b - r.a }))
    .sort((x, y) => y.delta - x.delta)
    .slice(0, top);
}

async function main() {
  const [dir, labelA, labelB, topArg] = process.argv.slice(2);
  if (!dir || !labelA || !labelB) throw new Error("usage: profile-summary.ts <dir> <label A> <label B> [top]");
  const top = Number(topArg ?? 15);
  const files = await readdir(dir);
  const pids = files.map((f) => /^(\d+)-/.exec(f)?.[1]).filter((p): p is string => Boolean(p));
  for (const pid of new Set(pids)) {
    const path = (label: string) => join(dir, `${pid}-${label}.cpuprofile`);
    if (!files.includes(`${pid}-${labelA}.cpuprofile`) || !files.includes(`${pid}-${labelB}.cpuprofile`)) continue;
    const [a, b] = await Promise.all(
      [labelA, labelB].map(async (l) => summarizeProfile(JSON.parse(await readFile(path(l), "utf8")))),
    );
    if (a!.totalMs < 100 && b!.totalMs < 100) continue;
    const fmt = (n: number) => n.toFixed(1).padStart(8);
    console.log(`\nPID ${pid}: ${labelA} ${a!.totalMs.toFixed(0)} ms sampled, ${labelB} ${b!.totalMs.toFixed(0)} ms`);
    for (const [title, pick] of [
      ["self time by file", (s: ProfileSummary) => s.selfByFile],
      ["self time by function", (s: ProfileSummary) => s.self],
      ["inclusive time by function", (s: ProfileSummary) => s.inclusive],
    ] as const) {
      console.log(`  grew most, ${title} (share of the phase's samples, %):`);
      for (const r of growth(pick(a!), pick(b!), a!.totalMs / 100, b!.totalMs / 100, top))
        console.log(`  ${fmt(r.a)} → ${fmt(r.b)}  ${r.key}`);
    }
  }
}

if (process.argv[1]?.endsWith("profile-summary.ts")) await main();
