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
