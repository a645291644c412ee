import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from "./scripts/lib/chromium";

const isCI = Boolean(process.env.CI);

// Playwright cannot download its browsers offline; Debian's chromium works. On machines
// without it, fall back to Playwright's own Chromium (`npx playwright install chromium`).
const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 1 : undefined,
  reporter: "list",
  // No webServer block: scripts/test.ts builds, starts `next start` and sets E2E_BASE_URL.
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100",
    trace: "on-first-retry",
    // New accounts take the browser's zone (issue 12): UTC everywhere, whatever the machine's,
    // so the specs' "today" is the app's; tests/e2e/time-zone.spec.ts sets another.
    timezoneId: "UTC",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [...CHROMIUM_FLAGS],
        },
      },
    },
  ],
});
