import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";

const LEARNER_EMAIL = DEMO.learner;

test.describe("admin: users and cohorts", () => {
  test("finds the demo learner, assigns and unassigns a mentor, follows them in a cohort and exports it", async ({
    page,
  }) => {
    test.setTimeout(120_000); // one long journey through four pages and six server actions
    await signInAs(page, "admin");

    // Search, case-insensitively, and open the learner.
    await page.goto("/admin/users");
    await page.getByLabel("Name or email").fill("LEARNER@skilltrail");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/admin\/users\?q=LEARNER%40skilltrail/);
    await page.getByRole("link", { name: "Lee Learner" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lee Learner" })).toBeVisible();

    // Assign the demo admin as a second mentor, then take it back (the demo data stays as seeded).
    const mentors = page.getByRole("list", { name: "Assigned mentors" });
    await expect(mentors.getByRole("link", { name: /Mo Mentor/ })).toBeVisible();
    await page.getByLabel("Add a mentor").selectOption({ label: "Ada Admin (admin@skilltrail.dev) · admin" });
    await page.getByRole("button", { name: "Assign mentor" }).click();
    await expect(mentors.getByRole("link", { name: /Ada Admin/ })).toBeVisible();
    await page.getByRole("button", { name: "Unassign Ada Admin" }).click();
    await expect(mentors.getByRole("link", { name: /Ada Admin/ })).toHaveCount(0);
    await expect(mentors.getByRole("link", { name: /Mo Mentor/ })).toBeVisible();

    // Both changes are in the account's history.
    await expect(page.getByText("mentor.assigned").first()).toBeVisible();
    await expect(page.getByText("mentor.unassigned").first()).toBeVisible();

    // A new cohort with the demo learner: their hours show in the table.
    const name = `E2E cohort ${Date.now()}`;
    await page.goto("/admin/cohorts");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Start date").fill("2026-01-05");
    await page.getByRole("button", { name: "Create cohort" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.getByLabel("Learner's email").fill(LEARNER_EMAIL);
    await page.getByRole("button", { name: "Add learner" }).click();
    const row = page.getByRole("row", { name: /Lee Learner/ });
    await expect(row).toBeVisible();
    await expect(row.getByTestId("cohort-total")).toHaveText(/^\d+ h( \d+ min)?of 360 h$/);
    const hoursText = (await row.getByTestId("cohort-total").innerText()).split("\n")[0]!;

    // Sorting is a link: the URL carries it.
    await page.getByRole("link", { name: "Total" }).click();
    await expect(page).toHaveURL(/sort=total&dir=desc/);

    // The CSV has the same learner and hours.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^e2e-cohort-\d+-progress\.csv$/);
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const [header, learnerRow] = csv.split("\r\n");
    // Every text cell quoted (issue 14: no separator inside a name can split it into a formula).
    expect(header).toMatch(/^"Name","Email","Phase 1: .+ \(h\)",.*"Total \(h\)"/);
    expect(learnerRow).toContain(`"Lee Learner","${LEARNER_EMAIL}",`);
    const [h, m] = [Number(/(\d+) h/.exec(hoursText)?.[1] ?? 0), Number(/(\d+) min/.exec(hoursText)?.[1] ?? 0)];
    expect(learnerRow).toContain(`,${Math.round((h * 60 + m) / 6) / 10},360,`);
  });
});
