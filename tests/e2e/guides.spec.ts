import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAs, signUpLearner, SLOW } from "./support/auth";
import { watchCsp } from "./support/page";

/**
 * Many guides (issue 13 item 3): a learner opens the catalogue, enrols in a second guide,
 * switches between the two, and the first guide's figures stay as they were. The second guide
 * is written by a helper as a draft (the production seed has one guide) and published here by
 * an admin through /admin/guides.
 */
test.describe("many guides", () => {
  test("a learner enrols in a second guide, logs hours there, and the first guide's dashboard is unchanged", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const violations = watchCsp(page);
    const slug = `e2e-second-${randomUUID().slice(0, 8)}`;
    execFileSync("npx", ["tsx", "tests/e2e/support/second-guide.ts", slug], { stdio: "inherit" });
    const title = `Second Guide ${slug.slice(-6)}`;

    // An admin publishes the draft: before that, the catalogue does not list it.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInAs(admin, "admin");
    await admin.goto("/admin/guides");
    await admin.getByRole("link", { name: title }).click();
    await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await admin.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(admin.getByTestId("form-message")).toContainText("is published: learners can enrol.");
    await adminContext.close();

    // A new learner follows the default guide and logs an hour on it.
    await signUpLearner(page, { name: "Gus Guides", prefix: "guides" });
    await expect(page.getByTestId("total-hours")).toHaveText("0 h of 360 h");
    await page.goto("/hours");
    const logForm = page.getByRole("form", { name: "Log time" });
    await logForm.getByLabel("Duration").fill("1h");
    await logForm.getByRole("button", { name: "Log time" }).click();
    await expect(logForm.getByLabel("Duration")).toHaveValue("");
    await page.goto("/dashboard");
    await expect(page.getByTestId("total-hours")).toHaveText("1 h of 360 h");

    // The catalogue lists both guides; the first is marked active.
    await page.goto("/guides");
    const cards = page.getByRole("list", { name: "Guides" }).getByRole("listitem");
    // By its link: other tests' copies of the guide share its title.
    const ml = cards.filter({ has: page.locator('a[href="/guides/ml-infrastructure"]') });
    await expect(ml).toContainText("Active");
    await cards.filter({ hasText: title }).getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.getByRole("button", { name: "Enrol in this guide" }).click();
    // The page re-renders on its new state: the enrol button gives way to the active guide's badge.
    await expect(page.getByText("Your active guide")).toBeVisible(SLOW);

    // Its dashboard starts empty; hours logged now are its own.
    await page.goto("/dashboard");
    await expect(page.getByTestId("total-hours")).toHaveText("0 h of 360 h");
    await page.goto("/hours");
    await logForm.getByLabel("Duration").fill("2h");
    await logForm.getByRole("button", { name: "Log time" }).click();
    await expect(logForm.getByLabel("Duration")).toHaveValue("");
    await page.goto("/dashboard");
    await expect(page.getByTestId("total-hours")).toHaveText("2 h of 360 h");

    // Switching back in the header: the first guide's dashboard is as it was.
    const switcher = page.getByRole("banner").getByLabel("Active guide");
    await switcher.selectOption({ label: "ML Infrastructure" });
    await page.getByRole("banner").getByRole("button", { name: "Switch" }).click();
    await expect(page.getByTestId("total-hours")).toHaveText("1 h of 360 h", SLOW);
    await page.reload();
    await expect(page.getByTestId("total-hours")).toHaveText("1 h of 360 h");
    expect(violations).toEqual([]);
  });
});
