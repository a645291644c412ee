import { createHash, randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO, signInAfterSignUp, signInAs, uniqueEmail } from "./support/auth";
import { withDb } from "./support/page";

/**
 * Issue 16 items 10 and 11 in the browser: an admin pastes three lines into a cohort's bulk add
 * (an existing learner, an address with no account, garbage) and reads the per-line report; the
 * invitation waits on the cohort page; the audit log names what happened, one kind per kind.
 */
test.describe("admin: many learners at once, and the audit trail that names them", () => {
  test("pastes three lines, sees what happened to each, and finds the invitation in the audit log", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAs(page, "admin");
    const name = `E2E bulk ${Date.now()}`;
    await page.goto("/admin/cohorts");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Start date").fill("2026-01-05");
    await page.getByRole("button", { name: "Create cohort" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    const stranger = uniqueEmail("invitee");
    const form = page.getByRole("form", { name: "Add many learners" });
    await form.getByLabel("Email addresses").fill(`${DEMO.learner}\n${stranger}\nthis is not an address`);
    await expect(form.getByLabel(/Invite addresses that have no account yet/)).toBeChecked();
    await form.getByRole("button", { name: "Add the list" }).click();

    await expect(form.getByTestId("form-message")).toHaveText("3 entries: 1 added, 1 invited, 1 not an email address.");
    const report = form.getByRole("region", { name: "What happened to each line" });
    const rows = report.getByRole("row");
    await expect(rows).toHaveCount(4); // the header and three lines
    await expect(rows.nth(1)).toContainText(DEMO.learner);
    await expect(rows.nth(1)).toContainText("Added to the cohort.");
    await expect(rows.nth(2)).toContainText(stranger);
    await expect(rows.nth(2)).toContainText("No account yet: invitation sent.");
    await expect(rows.nth(3)).toContainText("this is not an address");
    await expect(rows.nth(3)).toContainText("Not an email address.");

    // The learner is in the table; the stranger waits among the pending invitations.
    await expect(page.getByRole("row", { name: /Lee Learner/ })).toBeVisible();
    const pending = page.getByRole("list", { name: "Pending invitations" });
    await expect(pending.getByText(stranger)).toBeVisible();
    await expect(page.getByRole("button", { name: `Revoke the invitation to ${stranger}` })).toBeVisible();

    // The audit log says it in names, and lists the invitation's kind once.
    await page.goto("/admin/audit");
    const kinds = page.getByLabel("Kind");
    await expect(kinds.locator("option", { hasText: /^Invitation$/ })).toHaveCount(1);
    const names = (await kinds.locator("option").allTextContents()).map((text) => text.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    await kinds.selectOption({ label: "Invitation" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/kind=Invitation/);
    await expect(page.getByText(`“${stranger}”`).first()).toBeVisible();
    await page.getByLabel("Kind").selectOption({ label: "Cohort" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByText(`“${name}”`).first()).toBeVisible();

    // The CSV holds the filtered entries.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  test("an invitation link that no longer works says so, and sign-up stays open", async ({ page }) => {
    await page.goto(`/sign-up?invite=${"x".repeat(43)}`);
    await expect(page.getByRole("status").filter({ hasText: "This invitation link is not valid" })).toBeVisible();
    await expect(page.getByLabel("Email")).toBeEditable();
    await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
  });

  test("an invitation link signs the invitee up with the invited email locked, into the cohort", async ({ page }) => {
    test.setTimeout(90_000);
    // The invitation as the bulk add makes it (its link is only mailed): the token's hash stored.
    const email = uniqueEmail("invited");
    const token = randomBytes(32).toString("base64url");
    const cohort = `E2E invited ${Date.now()}`;
    const cohortId = await withDb(async (db) => {
      const id = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
      await db.query(
        `INSERT INTO "Cohort" (id, "guideId", name, "startDate")
         SELECT $1, g.id, $2, CURRENT_DATE FROM "Guide" g WHERE g.slug = 'ml-infrastructure'`,
        [id, cohort],
      );
      await db.query(
        `INSERT INTO "Invitation" (id, "cohortId", email, "tokenHash", "expiresAt")
         VALUES ($1, $2, $3, $4, now() + interval '1 day')`,
        [`${id}-inv`, id, email, createHash("sha256").update(token).digest("hex")],
      );
      return id;
    });

    await page.goto(`/sign-up?invite=${token}`);
    await expect(page.getByText(`You're invited to join the cohort “${cohort}”`)).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page.getByLabel("Email")).not.toBeEditable();
    await page.getByLabel("Name").fill("Ivy Invited");
    await page.getByLabel("Password").fill("copper meadow lantern ninety");
    await page.getByRole("button", { name: "Create account" }).click();
    await signInAfterSignUp(page, email, "copper meadow lantern ninety");

    const joined = await withDb(async (db) => {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM "CohortMember" m JOIN "User" u ON u.id = m."learnerId"
          WHERE m."cohortId" = $1 AND u.email = $2`,
        [cohortId, email],
      );
      return rows[0].n as number;
    });
    expect(joined).toBe(1);

    // Used now: the same link says so, and the form is the ordinary one.
    await page.context().clearCookies();
    await page.goto(`/sign-up?invite=${token}`);
    await expect(page.getByRole("status").filter({ hasText: "This invitation was already used." })).toBeVisible();
    await expect(page.getByLabel("Email")).toBeEditable();
  });
});
