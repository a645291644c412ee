import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import {
  REPO_ROOT,
  recreateDatabase,
  startEmbedded,
  type EmbeddedConfig,
  type ResolvedDatabase,
} from "../../../scripts/db/embedded";
import { run, stopChild, waitForHttp } from "../../../scripts/lib/processes";

/**
 * A second `next start` (from the build the suite already made) on a PostgreSQL cluster of its
 * own, for tests that must stop the database under a running app without disturbing the shared
 * one. Ports sit next to the suite's E2E_PORT, so parallel suites on other ports don't collide.
 */
export interface IsolatedApp {
  baseUrl: string;
  stopDatabase: () => Promise<void>;
  startDatabase: () => Promise<void>;
  /** The app process has neither exited nor been killed. */
  serverAlive: () => boolean;
  /** The server's recent output, for a failing test's report. */
  recentOutput: () => string;
  stop: () => Promise<void>;
}

export async function startIsolatedApp(): Promise<IsolatedApp> {
  const suitePort = Number(new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100").port);
  const appPort = suitePort + 1;
  const config: EmbeddedConfig = {
    dataDir: join(REPO_ROOT, ".data", `postgres-isolated-${appPort}`),
    port: 50_000 + appPort,
    database: "skilltrail_isolated",
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off"],
  };
  let database: ResolvedDatabase = await startEmbedded(config);
  await recreateDatabase(database.url);
  const env = { ...process.env, DATABASE_URL: database.url };
  for (const script of ["scripts/db/migrate.ts", "scripts/db/seed.ts"]) {
    if ((await run("node_modules/.bin/tsx", [script], { env, cwd: REPO_ROOT, stdio: "ignore" })) !== 0) {
      throw new Error(`${script} failed for the isolated database`);
    }
  }

  const baseUrl = `http://127.0.0.1:${appPort}`;
  const output: string[] = [];
  const server: ChildProcess = spawn(
    "node_modules/.bin/next",
    ["start", "--port", String(appPort), "--hostname", "127.0.0.1"],
    {
      cwd: REPO_ROOT,
      env: { ...env, NODE_ENV: "production", NEXTAUTH_URL: baseUrl, AUTH_TRUST_HOST: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  try {
    await waitForHttp(`${baseUrl}/api/health`, 60_000);
  } catch (error) {
    await stopChild(server);
    await database.stop();
    throw new Error(`The isolated app did not start: ${String(error)}\n${output.join("")}`);
  }

  return {
    baseUrl,
    stopDatabase: () => database.stop(),
    startDatabase: async () => {
      database = await startEmbedded(config);
    },
    serverAlive: () => server.exitCode === null && server.signalCode === null,
    recentOutput: () => output.join(""),
    stop: async () => {
      await stopChild(server);
      await database.stop();
    },
  };
}
