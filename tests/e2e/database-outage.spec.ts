import { expect, test } from "@playwright/test";
import { startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { signInAfterSignUp } from "./support/auth";

/**
 * PostgreSQL stops under a running app and comes back. During the outage pages show a plain
 * "briefly unavailable" page, a form submit says nothing was saved, /api/health says the
 * database is down, and the Node process keeps running; afterwards the same process serves
 * again from its pool, with what was acknowledged before the outage still there, once.
 */
let app: IsolatedApp | undefined;

test.describe("the database stopping and starting while the app runs", () => {
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    app = await startIsolatedApp();
  });
  test.afterAll(async () => {
    await app?.stop();
  });
  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus && app)
      await testInfo.attach("server output", { body: app.recentOutput() });
  });

  test("requests during the outage get a clear answer, and the app recovers with nothing lost", async ({
    page,
    request,
  }) => {
    const base = app!.baseUrl;
    await page.goto(`${base}/sign-up`);
    await page.getByLabel("Name").fill("Olga Outage");
    const email = `outage-${Date.now()}@example.com`;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("copper meadow lantern ninety");
    await page.getByRole("button", { name: "Create account" }).click();
    await signInAfterSignUp(page, email, "copper meadow lantern ninety", base);

    // Acknowledged before the outage.
    await page.goto(`${base}/hours`);
    const logForm = page.getByRole("form", { name: "Log time" });
    await logForm.getByLabel("Duration").fill("45m");
    await logForm.getByLabel("Note").fill("Logged just before the outage");
    await logForm.getByRole("button", { name: "Log time" }).click();
    await expect(logForm.getByTestId("form-message")).toContainText("Logged 45 min on");

    await app!.stopDatabase();

    const health = await request.get(`${base}/api/health`);
    expect(health.status()).toBe(503);
    expect(await health.json()).toMatchObject({ status: "degraded", app: "up", database: "down" });

    // A form already on screen: the submit is answered, at the form, and saves nothing.
    await logForm.getByLabel("Duration").fill("1h");
    await logForm.getByLabel("Note").fill("Sent during the outage");
    await logForm.getByRole("button", { name: "Log time" }).click();
    await expect(logForm.getByTestId("form-message")).toContainText(
      "can't reach its database right now, so nothing was saved",
    );

    // A page load: the outage page, not a crash or a stack trace.
    await page.goto(`${base}/dashboard`);
    const alert = page.getByRole("alert").filter({ hasText: "briefly unavailable" });
    await expect(alert.getByRole("heading", { name: "Skilltrail is briefly unavailable" })).toBeVisible();
    await expect(alert).toContainText("Everything you saved before is safe");
    await expect(page.locator("body")).not.toContainText(/P1001|ECONNREFUSED|prisma/i);
    expect(app!.serverAlive()).toBe(true);

    await app!.startDatabase();
    await expect.poll(async () => (await request.get(`${base}/api/health`)).status(), { timeout: 30_000 }).toBe(200);
    expect(app!.serverAlive()).toBe(true);

    // The same process serves again; the acknowledged entry is there once, the refused one never.
    await page.goto(`${base}/hours`);
    await expect(page.getByRole("heading", { level: 1, name: "Hours" })).toBeVisible();
    const rows = page.getByTestId("time-entry");
    await expect(rows).toHaveCount(1);
    await expect(rows.filter({ hasText: "Logged just before the outage" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "Sent during the outage" })).toHaveCount(0);
  });
});
