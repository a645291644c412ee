import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

/**
 * Signing in and signing up through the real forms, shared by every e2e spec. The demo accounts
 * are for reading; a test that writes signs up a fresh learner (`signUpLearner`) so no test
 * depends on another's data.
 */

export const DEMO_PASSWORD = "skilltrail-demo";
export const DEMO = {
  learner: "learner@skilltrail.dev",
  mentor: "mentor@skilltrail.dev",
  admin: "admin@skilltrail.dev",
} as const;
export type DemoRole = keyof typeof DEMO;

/** Where each role lands after signing in (lib/auth/navigation.ts `homePathFor`). */
export const HOME: Record<DemoRole, RegExp> = { learner: /\/dashboard$/, mentor: /\/mentor$/, admin: /\/admin$/ };

/** Password hashing (argon2) is deliberately slow: give sign-in and sign-up room on a busy machine. */
export const SLOW = { timeout: 30_000 };

export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** Fills and submits the sign-in form. Does not wait: a test may expect a refusal. */
export async function submitSignIn(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in a demo account and waits for its home page. */
export async function signInAs(page: Page, role: DemoRole) {
  await submitSignIn(page, DEMO[role]);
  await expect(page).toHaveURL(HOME[role], SLOW);
}

export type NewLearner = { email: string; password: string; name: string };

/** Signs up a fresh learner at /sign-up, signs in, and waits for the dashboard. New accounts use UTC. */
export async function signUpLearner(
  page: Page,
  {
    name = "Erin Example",
    prefix = "e2e",
    password = "copper meadow lantern ninety",
  }: { name?: string; prefix?: string; password?: string } = {},
): Promise<NewLearner> {
  const email = uniqueEmail(prefix);
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await signInAfterSignUp(page, email, password);
  return { email, password, name };
}

/**
 * Sign-up ends on the sign-in page, the same whether or not the email was new (issue 14): signs
 * in there with the same credentials and waits for the dashboard. `base` for an app of its own.
 */
export async function signInAfterSignUp(page: Page, email: string, password: string, base = "") {
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-up$/, SLOW);
  await expect(page.getByTestId("form-message")).toContainText("Your account is ready");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/dashboard$`), SLOW);
}

/** A page in a context of its own, signed in as a demo account. */
export async function newPageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, role);
  return page;
}

/** A page in a context of its own, signed in as a freshly signed-up learner. */
export async function newLearnerPage(browser: Browser, options?: Parameters<typeof signUpLearner>[1]) {
  const page = await (await browser.newContext()).newPage();
  const learner = await signUpLearner(page, options);
  return { page, ...learner };
}

/** Signs in once and returns the session cookies, to reuse with `browser.newContext({ storageState })`. */
export async function storageStateAs(browser: Browser, role: DemoRole): Promise<StorageState> {
  const context = await browser.newContext();
  try {
    await signInAs(await context.newPage(), role);
    return await context.storageState();
  } finally {
    await context.close();
  }
}
