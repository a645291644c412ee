import { expect, test, type Browser, type Page } from "@playwright/test";
import { newLearnerPage, signInAs, SLOW } from "./support/auth";
import { horizontalOverflow } from "./support/page";

/**
 * The admin's curriculum editor, end to end: a phase's hours and a sub-skill weight pair are
 * changed through the forms, the public overview and a fresh learner's dashboard follow, and
 * the seeded values (60 / 120 / 180 h, 25 / 20 %) are put back in `finally` — other specs
 * expect them. The change-and-restore window is kept as short as the checks allow.
 */

// Signing up hashes a password and each save revalidates the whole app: allow for a busy machine.
test.use({ navigationTimeout: 30_000 });

const signInAsAdmin = (page: Page) => signInAs(page, "admin");

function phaseOne(page: Page) {
  return page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Phase 1 · / }) });
}

async function setPhaseOneHours(page: Page, hours: number) {
  await page.goto("/admin/curriculum/phases");
  const item = phaseOne(page);
  await item.locator("summary", { hasText: "Edit" }).click();
  await item.getByLabel("Estimated hours").fill(String(hours));
  await item.getByRole("button", { name: "Save phase" }).click();
  await expect(item.getByTestId("form-message")).toHaveText(/Phase saved\.|Nothing changed\./, SLOW);
  await expect(page.getByTestId("path-total-hours")).toHaveText(`${hours + 300} h`, SLOW);
}

async function setWeights(page: Page, dataPipeline: number, modelServing: number) {
  await page.goto("/admin/curriculum/sub-skills");
  await page.getByLabel("Data Pipeline Engineering", { exact: true }).fill(String(dataPipeline));
  await page.getByLabel("Model Serving Architecture", { exact: true }).fill(String(modelServing));
  await expect(page.getByTestId("weight-sum")).toContainText("Total: 100 / 100");
  await page.getByRole("button", { name: "Save weights" }).click();
  await expect(page.getByTestId("form-message")).toHaveText(/Weights saved\.|Nothing changed\./, SLOW);
}

/** Puts the seeded values back, from a fresh session: runs even when the test itself timed out. */
async function restoreSeededValues(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signInAsAdmin(page);
    await setPhaseOneHours(page, 60);
    await setWeights(page, 25, 20);
  } finally {
    await context.close();
  }
}

async function freshLearnerDashboard(browser: Browser) {
  const { page } = await newLearnerPage(browser, {
    name: "Cleo Curriculum",
    prefix: "curriculum",
    password: "amber harbour pencil forty",
  });
  return { page, close: () => page.context().close() };
}

test.describe("curriculum editor", () => {
  test.describe.configure({ timeout: 90_000 });
  test.afterAll(async ({ browser }) => {
    test.setTimeout(90_000);
    await restoreSeededValues(browser);
  });

  test("an admin changes a phase's hours and a weight pair; the overview and a learner's dashboard follow", async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000); // a dozen page loads and saves, plus a sign-up

    await signInAsAdmin(page);
    await page.goto("/admin/curriculum");
    await page
      .getByRole("link", { name: /Phases/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Phases" })).toBeVisible();
    await expect(page.getByTestId("path-total-hours")).toHaveText("360 h");

    try {
      // Phase 1: 60 h → 65 h. The path's total follows everywhere.
      await setPhaseOneHours(page, 65);
      await page.goto("/");
      await expect(page.getByTestId("phase-hours").first()).toHaveText("65 h");
      await expect(page.getByRole("heading", { name: "The learning path · 365 hours" })).toBeVisible();
      const learner = await freshLearnerDashboard(browser);
      await expect(learner.page.getByTestId("total-hours")).toHaveText("0 h of 365 h");
      await learner.close();

      // Weights 25 / 20 → 24 / 21: the running sum shows the gap, saving waits for 100.
      await page.goto("/admin/curriculum/sub-skills");
      const sum = page.getByTestId("weight-sum");
      await expect(sum).toContainText("Total: 100 / 100");
      await page.getByLabel("Data Pipeline Engineering", { exact: true }).fill("24");
      await expect(sum).toContainText("Total: 99 / 100");
      await expect(sum).toContainText("Weights must add up to 100 (now 99)");
      await expect(page.getByRole("button", { name: "Save weights" })).toBeDisabled();
      await page.getByLabel("Model Serving Architecture", { exact: true }).fill("21");
      await expect(sum).toContainText("Total: 100 / 100");
      await page.getByRole("button", { name: "Save weights" }).click();
      await expect(page.getByTestId("form-message")).toHaveText("Weights saved.", SLOW);
      await page.goto("/");
      await expect(page.getByRole("progressbar", { name: "Data Pipeline Engineering" })).toHaveAttribute(
        "aria-valuenow",
        "24",
      );
      await expect(page.getByRole("progressbar", { name: "Model Serving Architecture" })).toHaveAttribute(
        "aria-valuenow",
        "21",
      );
    } finally {
      // Put the seeded values back at once (afterAll does it again, in case this test died).
      await setPhaseOneHours(page, 60);
      await setWeights(page, 25, 20);
    }
    await page.goto("/");
    await expect(page.getByTestId("phase-hours")).toHaveText(["60 h", "120 h", "180 h"]);
  });

  test("reorders with the keyboard, keeping focus on the moved item, and fits a phone", async ({ page }) => {
    await signInAsAdmin(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/admin/curriculum/text/learning-tips");
    const entries = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Move “/ }) });
    const first = (await entries.first().getByTestId("item-title").textContent())!.trim();
    const down = page.getByRole("button", { name: `Move “${first}” down`, exact: true });
    await down.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: `Moved “${first}” to position 2` })).toBeVisible();
    await expect(down).toBeFocused();
    await expect(entries.nth(1)).toContainText(first);
    // The list is aria-busy until the server's new order is in; a move pressed meanwhile is ignored.
    await expect(page.locator("ol[aria-busy]")).toHaveCount(0);
    const up = page.getByRole("button", { name: `Move “${first}” up`, exact: true });
    await up.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: `Moved “${first}” to position 1` })).toBeVisible();
    await expect(up).toBeFocused();
    await expect(entries.first()).toContainText(first);

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test("a learner cannot open the editor", async ({ page }) => {
    await signInAs(page, "learner");
    await page.goto("/admin/curriculum/phases");
    await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  });
});
