/**
 * `npm test`: the whole suite against real parts. Starts the test database (its own embedded
 * cluster, or `<db>_test` on DATABASE_URL's server), rebuilds its schema from the migrations,
 * seeds it, runs Vitest (unit + integration), then builds the app and runs Playwright in
 * Chromium against `next start`. Ends with one "N passed, N failed" line.
 *
 * SKIP_E2E=1 skips the build and the browser tests, SKIP_STATIC=1 the type-check and lint
 * (faster inner loops; CI runs everything). For a focused run, arguments after `--` are Vitest
 * filters (`npm test -- tests/integration/quiz.test.ts`), E2E_SPECS names the Playwright spec
 * files to run and SYSTEM_TESTS the system test files (both space-separated); with any of them,
 * the other runners run only when asked for.
 *
 * System tests (tests/system, Vitest project "system") run last, on the same production build:
 * they start their own servers (several `next start`, the standalone server, PgBouncer, a
 * streaming replica) and their own databases on the test cluster, so they need the build and
 * nothing of the browser suite's state.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import pg from "pg";
import { resolveDatabase } from "./db/embedded";
import { migrateDatabase } from "./db/migrate";
import { seedDatabaseAt } from "./db/seed";
import { localSecret } from "./lib/local-secret";
import { bin, run, start, stopChild, waitForHttp } from "./lib/processes";
import { serverNodeOptions } from "./lib/server-runtime";

const E2E_PORT = process.env.E2E_PORT ?? "3100";
const VITEST_REPORT = ".data/vitest-report.json";
const SYSTEM_REPORT = ".data/vitest-system-report.json";
const PLAYWRIGHT_REPORT = ".data/playwright-report.json";
const vitestFilters = process.argv.slice(2);
const e2eSpecs = (process.env.E2E_SPECS ?? "").split(/\s+/).filter(Boolean);
const systemTests = (process.env.SYSTEM_TESTS ?? "").split(/\s+/).filter(Boolean);
const focused = vitestFilters.length > 0 || e2eSpecs.length > 0 || systemTests.length > 0;
const runVitest = !focused || vitestFilters.length > 0;
const runE2e = process.env.SKIP_E2E !== "1" && (!focused || e2eSpecs.length > 0);
const runSystem = process.env.SKIP_E2E !== "1" && (!focused || systemTests.length > 0);

const database = await resolveDatabase("test");
let server: ReturnType<typeof start> | undefined;
const stopAll = async () => {
  if (server) await stopChild(server);
  await database.stop();
};
process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));
process.on("SIGTERM", () => void stopAll().then(() => process.exit(143)));

const testEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "test",
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
  NEXT_TELEMETRY_DISABLED: "1",
};
let exitCode = 0;

try {
  const staticChecks =
    process.env.SKIP_STATIC === "1"
      ? []
      : ([
          ["tsc", ["--noEmit", "-p", "."]],
          ["eslint", ["."]],
          ["tsx", ["scripts/check-architecture.ts"]],
          ["prettier", ["--check", "."]],
        ] as const);
  for (const [tool, args] of staticChecks) {
    if ((await run(bin(tool), [...args])) !== 0) throw new Error(`${tool} found problems`);
  }
  await recreateSchema(database.url);
  await migrateDatabase(database.url);
  await seedDatabaseAt(database.url);

  for (const file of [VITEST_REPORT, PLAYWRIGHT_REPORT, SYSTEM_REPORT]) rmSync(file, { force: true });
  if (runVitest) {
    const vitest = await run(
      bin("vitest"),
      [
        "run",
        ...["--project", "unit", "--project", "integration"],
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${VITEST_REPORT}`,
        ...vitestFilters,
      ],
      { env: testEnv },
    );
    if (vitest !== 0) exitCode = vitest;
  }

  if (runE2e || runSystem) {
    const build = await run(bin("next"), ["build"], { env: { ...testEnv, NODE_ENV: "production" } });
    if (build !== 0) throw new Error("next build failed");
  }

  if (runE2e) {
    const baseUrl = `http://127.0.0.1:${E2E_PORT}`;
    server = start(bin("next"), ["start", "--port", E2E_PORT, "--hostname", "127.0.0.1"], {
      // The suite signs up dozens of learners from this one address; the per-address sign-up
      // limit itself is tested in tests/integration/account.test.ts.
      env: {
        ...testEnv,
        NODE_OPTIONS: serverNodeOptions(testEnv.NODE_OPTIONS),
        NODE_ENV: "production",
        NEXTAUTH_URL: baseUrl,
        AUTH_TRUST_HOST: "true",
        SIGN_UPS_PER_ADDRESS_PER_HOUR: "100000",
      },
    });
    await waitForHttp(`${baseUrl}/`);
    const playwright = await run(bin("playwright"), ["test", "--reporter=list,json", ...e2eSpecs], {
      env: { ...testEnv, E2E_BASE_URL: baseUrl, PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_REPORT },
    });
    if (playwright !== 0) exitCode = playwright;
    await stopChild(server);
    server = undefined;
  }

  if (runSystem) {
    const system = await run(
      bin("vitest"),
      [
        "run",
        ...["--project", "system"],
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${SYSTEM_REPORT}`,
        ...systemTests,
      ],
      { env: { ...testEnv, TEST_DATABASE_URL: database.url } },
    );
    if (system !== 0) exitCode = system;
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await stopAll();
}

printTotals();
process.exit(exitCode);

/** Rebuilds the test database's schema from nothing, so every run starts from the migrations. */
async function recreateSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}

function printTotals() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of [VITEST_REPORT, SYSTEM_REPORT]) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
  if (existsSync(PLAYWRIGHT_REPORT)) {
    const report = JSON.parse(readFileSync(PLAYWRIGHT_REPORT, "utf8")) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    };
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  }
  if (exitCode !== 0 && failed === 0) console.log("\nA step failed outside the test runners (see the output above).");
  console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
}
