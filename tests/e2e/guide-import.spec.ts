import { expect, test } from "@playwright/test";
import { readSeedText } from "../support/guide-text";
import { signInAs } from "./support/auth";

/**
 * Issue 13 items 4 and 5 in the browser: an admin pastes a guide page's copied text, previews
 * it, corrects one guessed split (joins two industries into one), saves it as a new guide, and
 * finds it among the guides, whose JSON export carries the corrected list.
 */
test.describe("admin: importing a guide from a page's copied text", () => {
  test("previews, corrects a split, saves, and finds the new guide with the correction", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "admin");
    await page.goto("/admin");
    await page.getByRole("link", { name: "Import and export guides" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import and export guides" })).toBeVisible();

    const slug = `e2e-import-${Date.now()}`;
    const form = page.getByRole("form", { name: "Import a guide" });
    await form.getByLabel("The guide page's copied text").check();
    await form.getByLabel("Guide", { exact: true }).fill(readSeedText());
    await form.getByLabel("Slug of the new guide").fill(slug);
    await form.getByRole("button", { name: "Preview" }).click();

    await expect(page.getByRole("heading", { name: "Preview: ML Infrastructure · 360 h" })).toBeVisible();
    const split = page.getByLabel(/^Split \d+ at industries$/);
    await expect(split).toHaveValue(/^Technology and SaaS\nFinance and FinTech\n/);
    const corrected = [
      "Technology, SaaS, Finance and FinTech",
      "Healthcare and Biotech",
      "E-commerce and Retail",
      "Automotive and Manufacturing",
    ];
    await split.fill(corrected.join("\n"));
    await expect(page.getByText("Corrected", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Save as a new guide" }).click();
    await page.getByRole("button", { name: "Yes, save" }).click();
    await expect(page.getByTestId("form-message")).toHaveText(`Imported “ML Infrastructure” as a new guide (${slug}).`);

    // The new guide is listed for export, and its file holds the admin's correction.
    const row = page.getByRole("listitem").filter({ hasText: `(${slug})` });
    await expect(row).toBeVisible();
    const href = await row.getByRole("link", { name: "Download ML Infrastructure as JSON" }).getAttribute("href");
    expect(href).toBe(`/api/admin/guides/${slug}/export`);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const file = (await response.json()) as { key: string; industries: string[] };
    expect(file.key).toBe(slug);
    expect(file.industries).toEqual(corrected);
  });
});
