import { expect, test } from "@playwright/test";
import { signUpLearner } from "./support/auth";

// A personal access token from the account page, used from outside the browser (Playwright's
// request context: no cookies) to log hours through the public API, seen on /hours, then
// revoked on the account page: the API refuses it at once.

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

test.describe("API tokens", () => {
  test.describe.configure({ timeout: 150_000 });

  test("create a token (shown once), log hours with it, see them on /hours, revoke it", async ({ page, request }) => {
    await signUpLearner(page, { name: "Ada Api", prefix: "api" });
    await page.goto("/account");
    await page.getByLabel("Token name").fill("Playwright script");
    await page.getByLabel("Expires").selectOption("30");
    await page.getByRole("button", { name: "Create token" }).click();
    const secretField = page.getByLabel(/Your new token “Playwright script”/);
    await expect(secretField).toBeVisible();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^skt_/);

    // Shown once: after a reload the list has the token, but not its secret.
    await page.reload();
    const list = page.getByRole("list", { name: "Your tokens" });
    await expect(list).toContainText("Playwright script");
    await expect(list).toContainText(secret.slice(0, 12));
    await expect(page.getByText(secret)).toHaveCount(0);

    const auth = { Authorization: `Bearer ${secret}` };
    const logged = await request.post("/api/v1/time-entries", {
      headers: { ...auth, "Idempotency-Key": `e2e-${secret.slice(4, 16)}` },
      data: { date: daysAgo(2), duration: "1h 15m", phase: 1, note: "Logged through the API" },
    });
    expect(logged.status()).toBe(201);
    const entry = (await logged.json()) as { id: string; minutes: number };
    expect(entry.minutes).toBe(75);

    await page.goto("/hours");
    await expect(page.getByText("Logged through the API")).toBeVisible();

    // Last use is shown; revoke asks first.
    await page.goto("/account");
    await expect(list).not.toContainText("Last used: never");
    await page.getByRole("button", { name: "Revoke token Playwright script" }).click();
    await page.getByRole("button", { name: "Yes, revoke" }).click();
    // The row now says so, and offers no second revoke.
    await expect(list).toContainText("Revoked");
    await expect(page.getByRole("button", { name: "Revoke token Playwright script" })).toHaveCount(0);

    const refused = await request.get("/api/v1/me", { headers: auth });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
  });

  test("a signed-in page creates a token with POST /api/v1/tokens (same origin)", async ({ page, request }) => {
    await signUpLearner(page, { name: "Sam Session", prefix: "api-session" });
    const created = await page.evaluate(async () => {
      const response = await fetch("/api/v1/tokens", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name: "From the page", scope: "READ" }),
      });
      return { status: response.status, body: (await response.json()) as { token?: string; scope?: string } };
    });
    expect(created.status).toBe(201);
    expect(created.body.scope).toBe("READ");
    const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${created.body.token}` } });
    expect(me.status()).toBe(200);
    // A read-only token cannot write.
    const write = await request.post("/api/v1/timer", {
      headers: { Authorization: `Bearer ${created.body.token}` },
      data: {},
    });
    expect(write.status()).toBe(403);
  });
});
