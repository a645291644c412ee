import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, SLOW, signUpLearner, submitSignIn as signIn } from "./support/auth";
import { watchCsp } from "./support/page";

test.describe("accounts and sign-in", () => {
  test("sign up, sign out, sign in again", async ({ page }) => {
    const violations = watchCsp(page);
    const { email, password } = await signUpLearner(page, {
      name: "Erin Example",
      password: "violet tractor mountain sparrow",
    });
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Erin Example" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);

    await page.getByLabel("Email").fill(email.toUpperCase());
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Erin Example" })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("a weak password is refused on its field; a taken email gets the same answer as a new one", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Copy Cat");
    await page.getByLabel("Email").fill(DEMO.learner);
    await page.getByLabel("Password").fill("password1234");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/too common/);
    await page.getByLabel("Password").fill("lilac harbour window seventeen");
    await page.getByRole("button", { name: "Create account" }).click();
    // Nothing says the account exists (issue 14): the same notice as for a new email.
    await expect(page).toHaveURL(/\/sign-in\?notice=signed-up$/, SLOW);
    await expect(page.getByTestId("form-message")).toContainText("Your account is ready");
    await expect(page.getByText(/already exists/)).toHaveCount(0);
  });

  test("a wrong password gets the generic message", async ({ page }) => {
    await signIn(page, DEMO.learner, "not the password at all");
    await expect(page.getByTestId("form-message")).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a learner is refused the admin page on the server", async ({ page }) => {
    await signIn(page, DEMO.learner);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
    // The check runs on the server, before anything streams: a 403, and the content is never sent.
    for (const path of ["/admin", "/admin/users", "/mentor", "/mentor/reviews"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
      expect(await response?.text()).not.toContain("Curriculum, users and mentor assignments");
    }
  });

  test("an admin sees the admin page", async ({ page }) => {
    await signIn(page, DEMO.admin);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  });

  test("a mentor is refused the learner's own pages with a 403", async ({ page }) => {
    await signIn(page, DEMO.mentor);
    await expect(page).toHaveURL(/\/mentor$/, SLOW);
    for (const path of ["/phases", "/projects", "/quiz", "/self-assessment"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
    }
  });

  test("a guest is sent from a signed-in page to sign-in, and back after signing in", async ({ page }) => {
    await page.goto("/mentor");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmentor$/);
    await page.getByLabel("Email").fill(DEMO.mentor);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/mentor$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mentees" })).toBeVisible();
  });
});

test.describe("account pages", () => {
  test("update the profile, export my data, delete the account", async ({ page }) => {
    const { email, password } = await signUpLearner(page, {
      name: "Dana Delete",
      prefix: "e2e-account",
      password: "copper meadow violin harbour",
    });

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
    await page.getByLabel("Time zone").selectOption("Europe/Berlin");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Profile saved.");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export my data" }).click();
    const file = await (await download).path();
    const { readFile } = await import("node:fs/promises");
    const exported = JSON.parse(await readFile(file, "utf8"));
    expect(exported.user).toMatchObject({ email, timeZone: "Europe/Berlin" });
    expect(JSON.stringify(exported)).not.toContain("passwordHash");

    await page.getByRole("link", { name: "Delete my account…" }).click();
    await page.getByLabel(/to confirm/).fill("wrong@example.com");
    await page.getByRole("button", { name: "Delete my account and all my data" }).click();
    await expect(page.getByLabel(/to confirm/)).toHaveAccessibleDescription(/exactly as shown/);
    await page.getByLabel(/to confirm/).fill(email);
    // The password is asked too (issue 14): a session alone cannot delete the account.
    await page.getByLabel("Your password").fill("not my password");
    await page.getByRole("button", { name: "Delete my account and all my data" }).click();
    await expect(page.getByLabel("Your password")).toHaveAccessibleDescription(/not your current password/);
    await page.getByLabel("Your password").fill(password);
    await page.getByRole("button", { name: "Delete my account and all my data" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

    await signIn(page, email, password);
    await expect(page.getByTestId("form-message")).toHaveText("Email or password is incorrect.");
  });

  test("a reset link that is not valid is refused on the form", async ({ page }) => {
    await page.goto(`/reset-password?token=${"A".repeat(43)}`);
    await page.getByRole("textbox", { name: "New password", exact: true }).fill("sturdy pebble orchard kite");
    await page.getByLabel("Repeat the new password").fill("sturdy pebble orchard kite");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByTestId("form-message")).toHaveText(/invalid or has expired/);
  });
});

test.describe("server responses", () => {
  test("a guest gets no session and no export", async ({ request }) => {
    const session = await request.get("/api/auth/session");
    expect(await session.json()).toEqual({});
    const exported = await request.get("/api/account/export");
    expect(exported.status()).toBe(401);
  });

  test("pages carry the security headers with a fresh nonce", async ({ request }) => {
    const [first, second] = await Promise.all([request.get("/sign-in"), request.get("/sign-in")]);
    const csp = first.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(second.headers()["content-security-policy"]).not.toBe(csp);
    expect(first.headers()).toMatchObject({
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-content-type-options": "nosniff",
      "permissions-policy": "camera=(), microphone=(), geolocation=()",
    });
  });
});
