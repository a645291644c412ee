import { expect, test, type Locator } from "@playwright/test";
import { signUpLearner } from "./support/auth";

const opacity = (element: Locator) => element.evaluate((e) => Number(getComputedStyle(e).opacity));

test.describe("header navigation", () => {
  test("a followed link shows it is loading until its page arrives", async ({ page }) => {
    await signUpLearner(page, { name: "Nina Navigate", prefix: "nav-pending" });
    await page.goto("/hours");
    const nav = page.getByRole("navigation", { name: "Main" });
    const link = nav.getByRole("link", { name: "Dashboard" });
    const bar = link.getByTestId("nav-pending");
    await expect(bar).toHaveAttribute("data-pending", "false");

    // Hold the dashboard's RSC answer back, as a slow network would.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === "/dashboard" && url.searchParams.has("_rsc"),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await link.click();
    await expect(bar).toHaveAttribute("data-pending", "true");
    // Shown (it pulses between half and full opacity while the page is on its way).
    await expect.poll(() => opacity(bar)).toBeGreaterThan(0.3);
    await expect(page).toHaveURL(/\/hours$/);

    release();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome, Nina Navigate");
    await expect(link).toHaveAttribute("aria-current", "page");
    await expect(bar).toHaveAttribute("data-pending", "false");
    await expect.poll(() => opacity(bar)).toBe(0);
  });
});
