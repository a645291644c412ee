import { expect, test } from "@playwright/test";
import { navItemsFor } from "../../lib/auth/navigation";
import { signInAs, type DemoRole } from "./support/auth";
import { horizontalOverflow } from "./support/page";

/**
 * On a 375 px phone the header's links used to be one sideways-scrolling row cut off at "Sel".
 * They now sit behind a "Menu" disclosure: for every role, every navigation item must be
 * visible once the menu is open, and take the user to its page.
 */
const ROLES: Record<DemoRole, "LEARNER" | "MENTOR" | "ADMIN"> = {
  learner: "LEARNER",
  mentor: "MENTOR",
  admin: "ADMIN",
};

test.describe("phone navigation", () => {
  test.use({ viewport: { width: 375, height: 812 } });
  // Sign-in plus one navigation per item: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  for (const [role, prismaRole] of Object.entries(ROLES) as Array<[DemoRole, (typeof ROLES)[DemoRole]]>) {
    test(`every ${role} navigation item is reachable from the menu`, async ({ page }) => {
      await signInAs(page, role);
      const nav = page.getByRole("navigation", { name: "Main" });
      const menu = nav.getByText("Menu", { exact: true });
      const items = navItemsFor(prismaRole);

      // Closed, the links take no room; open, every one is on screen (none cut off sideways).
      await expect(menu).toBeVisible();
      await expect(nav.getByRole("link")).toHaveCount(0);
      await menu.click();
      for (const item of items) {
        const link = nav.getByRole("link", { name: item.label, exact: true });
        await expect(link).toBeVisible();
        await expect(link).toBeInViewport({ ratio: 1 });
      }
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      // Each one works, and the menu closes on the new page with that item marked current.
      for (const item of items) {
        if (!(await nav.getByRole("link").first().isVisible())) await menu.click();
        await nav.getByRole("link", { name: item.label, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`${item.href}(/|\\?|$)`));
        await expect(nav.getByRole("link")).toHaveCount(0);
        await menu.click();
        await expect(nav.getByRole("link", { name: item.label, exact: true })).toHaveAttribute("aria-current", "page");
      }
    });
  }

  test("the menu opens and closes from the keyboard", async ({ page }) => {
    await signInAs(page, "learner");
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = nav.getByText("Menu", { exact: true });
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(nav.getByRole("link", { name: "Projects", exact: true })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Dashboard", exact: true })).toBeFocused();
    await menu.focus();
    await page.keyboard.press("Space");
    await expect(nav.getByRole("link")).toHaveCount(0);
  });
});
