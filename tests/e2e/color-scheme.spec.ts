import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs, signUpLearner, SLOW } from "./support/auth";
import { horizontalOverflow, watchCsp } from "./support/page";

/**
 * Dark mode (issue 16 item 12): the scheme follows the device unless the user picks one on the
 * account page; the choice is saved on the account and written on <html> by the server, so it
 * survives a reload and needs no script. Contrast in both schemes is axe's, in accessibility.spec.ts.
 */

/** The page's scheme as drawn: the attribute the server wrote, the CSS `color-scheme`, the body's background. */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const html = document.documentElement;
    // The computed colour may be oklch(): a canvas turns any CSS colour into sRGB bytes.
    const context = document.createElement("canvas").getContext("2d")!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
    // Relative luminance of the body's background (sRGB, as WCAG defines it): 1 white, 0 black.
    const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return {
      attribute: html.dataset.colorScheme,
      colorScheme: getComputedStyle(html).colorScheme,
      background: 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b),
      themeColor: [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map(
        (meta) => `${meta.media ? `${meta.media} ` : ""}${meta.content}`,
      ),
    };
  });
}

const DARK_BACKGROUND = 0.05; // the dark page is slate at about 15 % lightness: luminance ≈ 0.01
const LIGHT_BACKGROUND = 0.9; // slate-50: luminance ≈ 0.96

async function chooseScheme(page: Page, label: "Same as this device" | "Light" | "Dark") {
  const appearance = page.getByRole("group", { name: "Colour scheme" });
  await appearance.getByRole("radio", { name: label }).check();
  await page.getByRole("button", { name: "Save colour scheme" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Colour scheme saved.", SLOW);
}

test.describe("colour scheme", () => {
  test("a user switches to dark on the account page and it stays after a reload, over the device's preference", async ({
    page,
  }) => {
    const csp = watchCsp(page);
    await page.emulateMedia({ colorScheme: "light" });
    await signUpLearner(page, { prefix: "scheme" });
    await page.goto("/account");
    const appearance = page.getByRole("group", { name: "Colour scheme" });
    await expect(appearance.getByRole("radio", { name: "Same as this device" })).toBeChecked();
    expect(await drawn(page)).toMatchObject({ attribute: "system", colorScheme: "light" });

    await chooseScheme(page, "Dark");
    // The action revalidates the layout: the page turns dark without a reload.
    await expect(page.locator("html")).toHaveAttribute("data-color-scheme", "dark");
    await page.reload();
    await expect(appearance.getByRole("radio", { name: "Dark" })).toBeChecked();
    const dark = await drawn(page);
    expect(dark).toMatchObject({ attribute: "dark", colorScheme: "dark", themeColor: ["#111827"] });
    expect(dark.background).toBeLessThan(DARK_BACKGROUND);
    // Other pages too: the scheme is the account's, not the account page's.
    await page.goto("/dashboard");
    expect((await drawn(page)).background).toBeLessThan(DARK_BACKGROUND);

    // "Light" wins over a device that prefers dark.
    await page.goto("/account");
    await page.emulateMedia({ colorScheme: "dark" });
    await chooseScheme(page, "Light");
    await page.reload();
    const light = await drawn(page);
    expect(light).toMatchObject({ attribute: "light", colorScheme: "light", themeColor: ["#ffffff"] });
    expect(light.background).toBeGreaterThan(LIGHT_BACKGROUND);
    expect(csp).toEqual([]);
  });

  test("a user on “system” (and a guest) gets the device's scheme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/sign-in");
    const guest = await drawn(page);
    expect(guest).toMatchObject({ attribute: "system", colorScheme: "dark" });
    expect(guest.background).toBeLessThan(DARK_BACKGROUND);
    expect(guest.themeColor).toEqual(["(prefers-color-scheme: light) #ffffff", "(prefers-color-scheme: dark) #111827"]);

    await signInAs(page, "learner"); // the demo learner never picks a scheme: "system"
    const dark = await drawn(page);
    expect(dark).toMatchObject({ attribute: "system", colorScheme: "dark" });
    expect(dark.background).toBeLessThan(DARK_BACKGROUND);

    await page.emulateMedia({ colorScheme: "light" });
    const light = await drawn(page);
    expect(light).toMatchObject({ attribute: "system", colorScheme: "light" });
    expect(light.background).toBeGreaterThan(LIGHT_BACKGROUND);
  });

  test("at 375 × 812 in dark, every page part is visible and every text readable", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.emulateMedia({ colorScheme: "dark" });
    await signInAs(page, "learner");
    for (const path of ["/dashboard", "/hours", "/account"]) {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      // The header's menu, opened: its links drawn in the dark scheme too.
      await page.getByRole("banner").getByText("Menu", { exact: true }).click();
      await expect(page.getByRole("banner").getByRole("link", { name: "Account" })).toBeVisible();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
      expect(
        violations.flatMap((v) => v.nodes.map((n) => `${path} ${JSON.stringify(n.target)}: ${n.failureSummary}`)),
      ).toEqual([]);
      expect((await drawn(page)).background).toBeLessThan(DARK_BACKGROUND);
    }
  });
});
