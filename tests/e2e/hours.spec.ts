import { expect, test, type Page } from "@playwright/test";
import { signUpLearner as signUp } from "./support/auth";
import { horizontalOverflow } from "./support/page";

/** A fresh learner per test, so no test depends on another's entries. Browsers run in UTC (playwright.config.ts), so accounts do. */
const signUpLearner = (page: Page) => signUp(page, { name: "Hana Hours", prefix: "hours" });

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

test.describe("logging hours", () => {
  test.describe.configure({ timeout: 90_000 });

  test("log 1 h 30 min, find it with the filters, edit it, delete it", async ({ page }) => {
    await signUpLearner(page);
    await page.goto("/hours");
    await expect(page.getByRole("heading", { level: 1, name: "Hours" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No time logged yet" })).toBeVisible();

    const logForm = page.getByRole("form", { name: "Log time" });
    await expect(logForm.getByLabel("Date")).toHaveValue(isoDate(new Date()));
    const phase = await logForm.getByLabel("Phase").inputValue();
    await logForm.getByLabel("Duration").fill("1h 30m");
    await logForm.getByLabel("Note").fill("Containerised a model");
    await logForm.getByRole("button", { name: "Log time" }).click();
    await expect(logForm.getByTestId("form-message")).toContainText("Logged 1 h 30 min on");
    // The form is ready for the next entry.
    await expect(logForm.getByLabel("Duration")).toHaveValue("");

    const rows = page.getByTestId("time-entry");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("1 h 30 min");
    await expect(rows.first()).toContainText("Containerised a model");
    const summary = page.getByTestId("entries-summary");
    await expect(summary).toHaveText("1 h 30 min in 1 entry");

    // Filtered by its phase: still there; by another phase: nothing, with a way back.
    const filters = page.getByRole("form", { name: "Filter entries" });
    await filters.getByLabel("Phase").selectOption(phase);
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`phase=${phase}`));
    await expect(summary).toHaveText("1 h 30 min in 1 entry matching the filters");
    const otherPhase = await filters.getByLabel("Phase").locator("option").nth(2).getAttribute("value");
    await filters.getByLabel("Phase").selectOption(otherPhase!);
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(summary).toHaveText("0 min in 0 entries matching the filters");
    await expect(page.getByRole("heading", { name: "No entries match these filters" })).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(summary).toHaveText("1 h 30 min in 1 entry");

    // Edit in place.
    await rows.first().getByRole("button", { name: /^Edit/ }).click();
    const editForm = page.getByRole("form", { name: /^Edit entry of/ });
    await expect(editForm.getByLabel("Date")).toBeFocused();
    await expect(editForm.getByLabel("Duration")).toHaveValue("1h 30m");
    await editForm.getByLabel("Duration").fill("2:15");
    await editForm.getByRole("button", { name: "Save changes" }).click();
    await expect(rows.first()).toContainText("Entry updated.");
    await expect(rows.first()).toContainText("2 h 15 min");
    await expect(summary).toHaveText("2 h 15 min in 1 entry");

    // Delete asks first; Escape backs out, then the keyboard confirms.
    await rows
      .first()
      .getByRole("button", { name: /^Delete/ })
      .click();
    await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(rows.first().getByRole("button", { name: /^Delete/ })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("button", { name: "Delete entry" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "No time logged yet" })).toBeVisible();
    await expect(rows).toHaveCount(0);
    await expect(summary).toHaveText("0 min in 0 entries");
  });

  test("a future date is refused at the date field", async ({ page }) => {
    await signUpLearner(page);
    await page.goto("/hours");
    const logForm = page.getByRole("form", { name: "Log time" });
    await logForm.getByLabel("Date").fill(isoDate(new Date(Date.now() + 3 * 86_400_000)));
    await logForm.getByLabel("Duration").fill("1");
    await logForm.getByRole("button", { name: "Log time" }).click();
    await expect(logForm.getByLabel("Date")).toHaveAccessibleDescription(/That date is in the future/);
    await expect(page.getByTestId("time-entry")).toHaveCount(0);
  });

  test("the page fits a 375 px wide screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signUpLearner(page);
    await page.goto("/hours");
    await expect(page.getByRole("heading", { level: 1, name: "Hours" })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
