/**
 * Linux's /proc/<pid>/stat, parsed once for the bench's process figures: the server's process
 * tree and its CPU (server.ts), every process's CPU while a target runs (background.ts), and
 * PostgreSQL's postmaster (database.ts).
 */
import { readdir, readFile } from "node:fs/promises";

/** USER_HZ: 100 on every Linux the bench runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
export const ticksToMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS_PER_SECOND;

export type ProcStat = {
  comm: string;
  ppid: number;
  /** utime + stime: this process's own CPU, in clock ticks. */
  ownTicks: number;
  /** cutime + cstime: its children that already exited and were waited for. */
  childTicks: number;
};

/** `pid (comm) state ppid …`; comm may contain spaces or parentheses, so split after the last ")". */
export function parseProcStat(stat: string): ProcStat | null {
  const open = stat.indexOf("(");
  const close = stat.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  const fields = stat.slice(close + 2).split(" ");
  const at = (i: number) => Number(fields[i] ?? 0);
  return { comm: stat.slice(open + 1, close), ppid: at(1), ownTicks: at(11) + at(12), childTicks: at(13) + at(14) };
}

/** One process's stat; null once it has exited (or on a machine without /proc). */
export async function readProcStat(pid: number): Promise<ProcStat | null> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  return stat ? parseProcStat(stat) : null;
}

/** Every live process's stat, by PID. */
export async function allProcStats(): Promise<Map<number, ProcStat>> {
  const out = new Map<number, ProcStat>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readProcStat(Number(entry));
    if (stat) out.set(Number(entry), stat);
  }
  return out;
}
