import { expect, test } from "@playwright/test";
import { horizontalOverflow } from "./support/page";

test.describe("public guide overview", () => {
  test("shows the path, sub-skills and levels from the database", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "ML Infrastructure" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "The learning path · 360 hours" })).toBeVisible();
    await expect(page.getByTestId("phase-hours")).toHaveText(["60 h", "120 h", "180 h"]);
    for (const phase of [
      "Foundations & Core Concepts",
      "Pipeline Automation & Scaling",
      "Advanced Architecture & Optimization",
    ]) {
      await expect(page.getByRole("heading", { name: phase })).toBeVisible();
    }
    // The path bar shows every phase: a segment with no colour (an undefined theme shade) hid phase 1.
    const segments = page.getByTestId("path-bar").getByTestId("path-segment");
    await expect(segments).toHaveCount(3);
    for (const segment of await segments.all()) {
      const background = await segment.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
      expect((await segment.boundingBox())?.width ?? 0).toBeGreaterThan(0);
    }
    const weights = page.getByRole("progressbar");
    await expect(weights).toHaveCount(6);
    await expect(page.getByRole("progressbar", { name: "Data Pipeline Engineering" })).toHaveAttribute(
      "aria-valuenow",
      "25",
    );
    await expect(page.getByRole("progressbar", { name: "ML Governance & Security" })).toHaveAttribute(
      "aria-valuenow",
      "10",
    );
    for (const level of ["Beginner", "Intermediate", "Advanced", "Expert"]) {
      await expect(page.getByRole("heading", { level: 3, name: level, exact: true })).toBeVisible();
    }
  });

  test("fits a phone screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test.describe("icons and web app manifest", () => {
  test("every page links an icon and a manifest that resolve, and /favicon.ico exists", async ({ page, request }) => {
    await page.goto("/");
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()["content-type"]).toMatch(/image\//);

    const iconHref = await page.locator('head link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
    expect(iconHref).toBeTruthy();
    const icon = await request.get(iconHref!);
    expect(icon.status()).toBe(200);
    expect(await icon.text()).toContain("<svg");
    const appleHref = await page.locator('head link[rel="apple-touch-icon"]').getAttribute("href");
    expect((await request.get(appleHref!)).status()).toBe(200);

    const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute("href");
    expect(manifestHref).toBeTruthy();
    const response = await request.get(manifestHref!);
    expect(response.status()).toBe(200);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      theme_color: string;
      background_color: string;
      icons: Array<{ src: string }>;
    };
    expect(manifest).toMatchObject({ name: "Skilltrail", short_name: "Skilltrail", start_url: "/dashboard" });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const { src } of manifest.icons) expect((await request.get(src)).status(), src).toBe(200);
  });

  test("the sign-in page links the manifest and an icon too", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.locator('head link[rel="manifest"]')).toHaveCount(1);
    await expect(page.locator('head link[rel="icon"]')).not.toHaveCount(0);
  });
});
