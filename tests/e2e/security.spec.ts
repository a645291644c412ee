import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, HOME, SLOW, signInAs, signUpLearner, uniqueEmail } from "./support/auth";
import { withDb } from "./support/page";

/**
 * Issue 14 ("Security round two"), each finding reproduced against `next start` the way the
 * outside review did, and shown fixed. Integration tests cover the rules underneath
 * (sign-in-and-reset, sessions, account, cohorts); these are the parts where the browser or
 * the real HTTP server is the point.
 */

const sessionCookie = (cookies: Array<{ name: string; value: string }>) =>
  cookies.find((c) => c.name.endsWith("next-auth.session-token"));

async function credentialsSignIn(request: APIRequestContext, email: string, forwardedFor: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "a wrong password", json: "true" },
    headers: { "X-Forwarded-For": forwardedFor },
    maxRedirects: 0,
  });
  return ((await response.json()) as { url: string }).url;
}

test.describe("issue 14: security round two", () => {
  test.describe.configure({ timeout: 120_000 });

  test("1. a callbackUrl with a tab or a line break never leaves the site, and never fails", async ({ page }) => {
    await page.route(
      (url) => url.hostname === "evil.example",
      (route) => route.abort(),
    );
    // A guest signing in through the form with the hostile callbackUrl lands on their home page.
    await page.goto("/sign-in?callbackUrl=%2F%09%2Fevil.example%2Fphish");
    await page.getByLabel("Email").fill(DEMO.learner);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(HOME.learner, SLOW);
    // Already signed in: the page redirects at once, on the server.
    for (const hostile of ["%2F%09%2Fevil.example%2Fphish", "%2F%0A%2Fevil.example", "%2F%0D%2Fevil.example"]) {
      const response = await page.goto(`/sign-in?callbackUrl=${hostile}`);
      expect(response?.status(), hostile).toBeLessThan(500);
      expect(new URL(page.url()).hostname, hostile).not.toBe("evil.example");
      await expect(page).toHaveURL(HOME.learner);
    }
  });

  test("2. a forged X-Forwarded-For does not escape the per-address limit", async ({ request }) => {
    const prefix = `xff-${Date.now()}`;
    try {
      const answers: string[] = [];
      for (let i = 0; i < 25; i++) {
        const forged = `198.51.100.${i + 1}, 203.0.113.${i + 1}`;
        answers.push(await credentialsSignIn(request, `${prefix}-${i}@example.com`, forged));
      }
      // At most 20 failures from this client (other specs' failures count too), whatever
      // address each attempt claimed; then every attempt is refused.
      const failed = answers.filter((url) => url.includes("error=CredentialsSignin"));
      expect(failed.length).toBeLessThanOrEqual(20);
      expect(answers.slice(20)).toEqual(Array(5).fill(expect.stringContaining("error=RateLimited")));
    } finally {
      // The limit is on this machine's address, which the rest of the suite signs in from.
      await withDb((db) => db.query(`DELETE FROM "SignInAttempt" WHERE email LIKE $1`, [`${prefix}-%`]));
    }
  });

  test("5. signing out ends the session on the server: the old cookie, replayed, reads nothing", async ({
    browser,
    request,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpLearner(page, { prefix: "replay" });
    const cookie = sessionCookie(await context.cookies());
    expect(cookie).toBeTruthy();
    const replay = (path: string) =>
      request.get(path, { headers: { Cookie: `${cookie!.name}=${cookie!.value}` }, maxRedirects: 0 });
    expect((await replay("/api/account/export")).status()).toBe(200);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    expect((await replay("/api/account/export")).status()).toBe(401);
    expect(await (await replay("/api/auth/session")).json()).toEqual({});
    await context.close();
  });

  test("9. unknown or other people's ids answer 404, not 200", async ({ browser }) => {
    const cases: Array<[keyof typeof DEMO, string[]]> = [
      [
        "learner",
        ["/quiz/cunknown0000000000000000", "/deliverables/cunknown0000000000000000", "/phases/no-such-phase"],
      ],
      ["mentor", ["/mentor/reviews/cunknown0000000000000000"]],
      [
        "admin",
        [
          "/admin/users/cunknown0000000000000000",
          "/admin/cohorts/cunknown0000000000000000",
          "/admin/curriculum/no-such-part",
          "/admin/curriculum/phases/cunknown0000000000000000",
        ],
      ],
    ];
    for (const [role, paths] of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signInAs(page, role);
      for (const path of paths) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
      }
      await context.close();
    }
  });

  test("10. the sign-in and sign-up forms post, and work, before JavaScript has loaded", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));

    const email = uniqueEmail("nojs");
    const password = "marble quiet harbour seventy";
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Nora Noscript");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=signed-up$/, SLOW);

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/, SLOW);
    // Signed in (the dashboard's own content streams in with a script; the header does not).
    await expect(page.getByRole("banner").getByText("Nora Noscript")).toBeVisible();

    // A wrong password, without JavaScript: back on sign-in with the message, nothing in the address.
    await context.clearCookies();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Email or password is incorrect.");

    expect(requested.filter((url) => /password|marble/i.test(url))).toEqual([]);
    await context.close();
  });

  test("11. a server action without Origin and an oversized route body are refused", async ({ request }) => {
    const action = await request.post("/dashboard", {
      headers: { "Next-Action": "0123456789abcdef", "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(action.status()).toBe(403);
    const big = await request.post("/api/auth/callback/credentials", {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      data: `email=a%40b.c&password=${"x".repeat(5_000_000)}`,
      maxRedirects: 0,
    });
    expect(big.status()).toBe(413);
  });
});
