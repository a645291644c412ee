import { describe, expect, it } from "vitest";
import { topCpu } from "@/scripts/bench/background";
import { parseProcStat, ticksToMs } from "@/scripts/bench/proc";
import { growth, summarizeProfile, type CpuProfile } from "@/scripts/bench/profile-summary";

const frame = (functionName: string, url = "", lineNumber = 0) => ({ functionName, url, lineNumber });

// root → render → (gc, render again: recursion) ; root → (idle)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)"), children: [2, 5] },
    { id: 2, callFrame: frame("render", "file:///app/.next/server/page.js", 9), children: [3, 4] },
    { id: 3, callFrame: frame("(garbage collector)") },
    { id: 4, callFrame: frame("render", "file:///app/.next/server/page.js", 9) },
    { id: 5, callFrame: frame("(idle)") },
  ],
  // Each sample stands for the delta before the next one (µs).
  samples: [2, 3, 4, 5, 2],
  timeDeltas: [0, 1000, 2000, 3000, 4000],
};

describe("CPU profile summary", () => {
  const s = summarizeProfile(profile);

  it("attributes each sample's time to its function and leaves idle time out of the total", () => {
    expect(s.totalMs).toBe(1 + 2 + 3 + 4);
    expect(s.self.get("render .next/server/page.js:10:1")).toBe(1 + 3 + 4);
    expect(s.self.get("(garbage collector) (native)")).toBe(2);
    expect(s.self.has("(idle) (native)")).toBe(false);
    expect(s.selfByFile.get(".next/server/page.js")).toBe(8);
  });

  it("counts a recursive function once per sample in its inclusive time", () => {
    expect(s.inclusive.get("render .next/server/page.js:10:1")).toBe(10);
    expect(s.inclusive.get("(root) (native)")).toBe(10);
  });

  it("ranks keys by how much their time per unit grew", () => {
    const a = new Map([
      ["gc", 10],
      ["render", 50],
    ]);
    const b = new Map([
      ["gc", 60],
      ["render", 100],
      ["new", 5],
    ]);
    expect(growth(a, b, 1, 2)).toEqual([
      { key: "gc", a: 10, b: 30, delta: 20 },
      { key: "new", a: 0, b: 2.5, delta: 2.5 },
      { key: "render", a: 50, b: 50, delta: 0 },
    ]);
  });
});

describe("busiest processes between two snapshots", () => {
  it("ranks by CPU used in between, new processes from zero, idle ones left out", () => {
    const before = new Map([
      [1, { comm: "node", ms: 1000 }],
      [2, { comm: "postgres", ms: 500 }],
    ]);
    const after = new Map([
      [1, { comm: "node", ms: 1200 }],
      [2, { comm: "postgres", ms: 500 }],
      [3, { comm: "chromium", ms: 900 }],
    ]);
    expect(topCpu(before, after)).toEqual([
      { pid: 3, comm: "chromium", ms: 900 },
      { pid: 1, comm: "node", ms: 200 },
    ]);
  });
});

describe("parseProcStat", () => {
  it("reads comm (spaces and parentheses included), the parent and the CPU ticks", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const stat = "4242 (next-server (v1)) S 4200 4242 4242 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 11";
    expect(parseProcStat(stat)).toEqual({ comm: "next-server (v1)", ppid: 4200, ownTicks: 300, childTicks: 10 });
    expect(ticksToMs(300)).toBe(3000);
  });

  it("gives nothing for text that is not a stat line", () => {
    expect(parseProcStat("")).toBeNull();
  });
});
