import { expect, test, type Page } from "@playwright/test";
import { signUpLearner as signUp } from "./support/auth";

const signUpLearner = (page: Page) => signUp(page, { name: "Tomas Timer", prefix: "timer" });

test.describe("the header timer", () => {
  test.describe.configure({ timeout: 150_000 });

  test("start, reload and it is still running; a stop under a minute is refused; discard", async ({ page }) => {
    await signUpLearner(page);
    await page.goto("/dashboard");
    await page.getByTestId("timer-start").locator("summary").click();
    const start = page.getByRole("form", { name: "Start timer" });
    await start.getByLabel("Note (optional)").fill("Timed study");
    await start.getByRole("button", { name: "Start" }).click();

    const elapsed = page.getByTestId("timer-elapsed");
    await expect(elapsed).toBeVisible();
    // The server keeps the timer: a reload (or another tab) shows it still running.
    await page.reload();
    await expect(elapsed).toHaveText(/^0:0\d:\d\d$/);
    await expect(elapsed).toHaveAttribute("role", "timer");

    // A session under a minute has nothing to log: the stop is refused and the timer keeps running.
    await page.getByTestId("timer-stop").locator("summary").click();
    const stop = page.getByRole("form", { name: "Stop timer" });
    await stop.getByRole("button", { name: "Stop and log" }).click();
    await expect(stop.getByText("Less than a minute has passed")).toBeVisible();
    await expect(elapsed).toBeVisible();

    await page.getByRole("form", { name: "Discard timer" }).getByRole("button", { name: "Discard" }).click();
    await expect(page.getByTestId("timer-start")).toBeVisible();
  });

  test("a stopped timer's time appears on /hours", async ({ page }) => {
    await signUpLearner(page);
    await page.goto("/hours");
    await page.getByTestId("timer-start").locator("summary").click();
    const start = page.getByRole("form", { name: "Start timer" });
    await start.getByLabel("Note (optional)").fill("Header timer session");
    await start.getByRole("button", { name: "Start" }).click();
    await expect(page.getByTestId("timer-elapsed")).toBeVisible();
    // The shortest stop that logs: a minute. Waiting is cheaper than faking the server's clock.
    await page.waitForTimeout(61_000);
    await page.reload();
    await expect(page.getByTestId("timer-elapsed")).toHaveText(/^0:01:\d\d$/);
    await page.getByTestId("timer-stop").locator("summary").click();
    await page.getByRole("form", { name: "Stop timer" }).getByRole("button", { name: "Stop and log" }).click();
    await expect(page.getByTestId("timer-start")).toBeVisible();
    const rows = page.getByTestId("time-entry");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("1 min");
    await expect(rows.first()).toContainText("Header timer session");
  });
});
