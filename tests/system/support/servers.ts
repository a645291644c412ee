/**
 * Production servers for system tests: `next start` on the build scripts/test.ts made (or any
 * other command, such as the standalone server), on a port of the test's own, with the
 * environment a deployment would give it. Output goes to the test's log only on failure.
 */
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { bin, stopChild, waitForHttp } from "@/scripts/lib/processes";
import { serverNodeOptions } from "@/scripts/lib/server-runtime";

export type AppServer = { baseUrl: string; child: ChildProcess; output: () => string; stop: () => Promise<void> };

/** System tests take ports from SYSTEM_PORT_BASE (default 3700) upward, so parallel checkouts can differ. */
export function systemPort(offset: number): number {
  return Number(process.env.SYSTEM_PORT_BASE ?? 3700) + offset;
}

/**
 * Ports of the other servers a system test starts (PgBouncer, a replica's clusters, a mail
 * sink): 545N0..545N9, N the checkout's number from SYSTEM_PORT_BASE 37N0. Files run one at a
 * time and stop what they start, so files may reuse the same offsets.
 */
export function extraPort(offset: number): number {
  const n = Math.floor((Number(process.env.SYSTEM_PORT_BASE ?? 3700) % 100) / 10);
  return 54500 + n * 10 + offset;
}

export async function startApp(options: {
  port: number;
  env: Record<string, string | undefined>;
  /** Defaults to `next start --port <port> --hostname 127.0.0.1`. */
  command?: { file: string; args: string[] };
  cwd?: string;
}): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const command = options.command ?? {
    file: bin("next"),
    args: ["start", "--port", String(options.port), "--hostname", "127.0.0.1"],
  };
  const env: Record<string, string | undefined> = {
    ...process.env,
    // As deployed: the server's V8 flags (start.sh passes them to the standalone server itself).
    NODE_OPTIONS: serverNodeOptions(),
    NODE_ENV: "production",
    NEXTAUTH_URL: baseUrl,
    AUTH_TRUST_HOST: "true",
    PORT: String(options.port),
    HOSTNAME: "127.0.0.1",
    ...options.env,
  };
  const child = spawn(command.file, command.args, {
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: env as NodeJS.ProcessEnv,
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`${command.file} exited (${code}) before answering:\n${log}`))),
  );
  await Promise.race([waitForHttp(`${baseUrl}/api/health`, 180_000), exited]);
  return { baseUrl, child, output: () => log, stop: () => stopChild(child) };
}
