import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { newLearnerPage, newPageAs } from "./support/auth";
import { withDb } from "./support/page";

/**
 * Hostile input through the real app (issue 6; the per-action suite is
 * tests/integration/bad-input/):
 * 1. Text with a <script>, an <img onerror> and HTML inside Markdown, stored through the forms
 *    in the main free-text fields (display name, hours note, checklist note, deliverable
 *    description, a mentor's review comment), is shown to its writer and its reader as those
 *    characters and never runs: no dialog, `window.__xss` stays undefined, no such <img>.
 * 2. next-auth's endpoints (which the integration suite cannot call) and the route handlers,
 *    over HTTP, answer malformed JSON, wrong content types, junk fields and a %00 in the path
 *    without a 500.
 */

const SCRIPT = "<script>window.__xss=1</script>";
const IMG = `<img src=x onerror="window.__xss=2;alert(2)">`;
const INLINE_HTML = `<b onmouseover="window.__xss=3">html in markdown</b>`;
const HOSTILE = `**bold** ${SCRIPT} ${IMG} ${INLINE_HTML} [link](javascript:window.__xss=4)`;
const NAME = `<img src=x onerror=alert(1)>${SCRIPT} ${randomUUID().slice(0, 6)}`;
const SQL = `'; DROP TABLE "User"; --`;
const TOPIC = "ML lifecycle stages and infrastructure needs";

/** A save's answer on a busy machine (a server action, then the page's refresh). */
const AFTER_SAVE = { timeout: 15_000 };

/** Records every dialog a page opens (none may) and dismisses it. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
}

test.describe("stored script renders as text", () => {
  test.describe.configure({ timeout: 150_000 });

  test("name, hours note, checklist note, deliverable and review comment show markup as text", async ({ browser }) => {
    const { page, email } = await newLearnerPage(browser, {
      name: NAME,
      prefix: "xss",
      password: "velvet harbor quartz ninety",
    });
    const dialogs = watchDialogs(page);

    // Display name: in the header, as typed.
    await expect(page.getByText(NAME, { exact: true }).first()).toBeVisible();
    await expectNothingRan(page, dialogs);

    // Hours note (plain text).
    await page.goto("/hours");
    const log = page.getByRole("form", { name: "Log time" });
    await log.getByLabel("Duration").fill("1");
    await log.getByLabel("Note").fill(HOSTILE);
    await log.getByRole("button", { name: "Log time" }).click();
    await expect(log.getByTestId("form-message")).toContainText("Logged 1 h on", AFTER_SAVE);
    await page.reload();
    await expect(page.getByTestId("time-entry").first()).toContainText(HOSTILE);
    await expectNothingRan(page, dialogs);

    // A private note on a checklist item (plain text).
    await page.goto("/phases");
    await page.getByRole("link", { name: "Foundations & Core Concepts" }).click();
    await page.getByRole("button", { name: `Add a note to “${TOPIC}”` }).click();
    await page.getByLabel(`Private note on “${TOPIC}”`).fill(HOSTILE);
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByTestId("checklist-note")).toContainText(HOSTILE, AFTER_SAVE);
    await page.reload();
    await expect(page.getByTestId("checklist-note")).toContainText(HOSTILE);
    await expectNothingRan(page, dialogs);

    // The demo mentor reviews this learner for the rest of the test (removed again at the end).
    const { deliverableId, assignmentId, mentorId } = await withDb(async (db) => {
      const { rows } = await db.query<{ learner: string; mentor: string; deliverable: string }>(
        `SELECT (SELECT id FROM "User" WHERE email = $1) AS learner,
                (SELECT id FROM "User" WHERE email = 'mentor@skilltrail.dev') AS mentor,
                (SELECT d.id FROM "Deliverable" d JOIN "Phase" p ON p.id = d."phaseId" JOIN "Guide" g ON g.id = p."guideId"
                  WHERE d.key = 'dockerized-ml-api' AND g.slug = 'ml-infrastructure') AS deliverable`,
        [email],
      );
      const id = `e2e-${randomUUID()}`;
      await db.query(`INSERT INTO "MentorAssignment" (id, "mentorId", "learnerId") VALUES ($1, $2, $3)`, [
        id,
        rows[0]!.mentor,
        rows[0]!.learner,
      ]);
      return { deliverableId: rows[0]!.deliverable, assignmentId: id, mentorId: rows[0]!.mentor };
    });
    let reviewPath = "";
    try {
      // A deliverable description (Markdown): the Markdown renders, the HTML in it is text.
      await page.goto(`/deliverables/${deliverableId}`);
      await page.getByLabel("Repository URL").fill("https://github.com/e2e-learner/xss-check");
      await page.getByLabel("Description").fill(HOSTILE);
      await expect(page.getByTestId("description-preview")).toContainText(SCRIPT);
      await page.getByRole("button", { name: "Submit for review" }).click();
      await expect(page.getByTestId("submission-status").first()).toHaveText("Submitted", AFTER_SAVE);
      const version = page.getByTestId("version-1");
      await expect(version.locator("strong", { hasText: "bold" })).toBeVisible();
      for (const text of [SCRIPT, IMG, INLINE_HTML]) await expect(version).toContainText(text);
      await expectNothingRan(page, dialogs);

      // The mentor sees the name and the description as text, and answers with a comment of the same.
      const mentor = await newPageAs(browser, "mentor");
      const mentorDialogs = watchDialogs(mentor);
      await mentor.goto("/mentor/reviews");
      const item = mentor.getByTestId("queue-item").filter({ hasText: NAME });
      await item.getByRole("link", { name: /^Review / }).click();
      await expect(mentor).toHaveURL(/\/mentor\/reviews\/[^/?]+$/);
      reviewPath = new URL(mentor.url()).pathname;
      await expect(mentor.getByText(IMG).first()).toBeVisible(); // the description's markup, as text
      await mentor.getByLabel("Comment", { exact: true }).fill(HOSTILE);
      await mentor.getByRole("button", { name: "Add comment" }).click();
      const comment = mentor.getByTestId("review-comment").filter({ hasText: SCRIPT });
      await expect(comment).toContainText(IMG, AFTER_SAVE);
      await expect(comment.locator("strong", { hasText: "bold" })).toBeVisible();
      await mentor.reload();
      await expect(mentor.getByTestId("review-comment").filter({ hasText: SCRIPT })).toContainText(INLINE_HTML);
      await expectNothingRan(mentor, mentorDialogs);
      // The name is in the mentor's notification title too ("<name> submitted …").
      await mentor.goto("/notifications");
      await expect(mentor.getByTestId("notification").filter({ hasText: NAME }).first()).toBeVisible();
      await expectNothingRan(mentor, mentorDialogs);
      await mentor.context().close();

      // And the learner reads the comment as text.
      await page.reload();
      const comments = page.getByRole("region", { name: "Comments on version 1" }).getByRole("listitem");
      await expect(comments.filter({ hasText: SCRIPT })).toContainText(IMG);
      await expectNothingRan(page, dialogs);
    } finally {
      // Put the demo mentor back as seeded: no mentee, no notification about this learner.
      await withDb(async (db) => {
        await db.query(`DELETE FROM "MentorAssignment" WHERE id = $1`, [assignmentId]);
        await db.query(`DELETE FROM "Notification" WHERE "userId" = $1 AND href = $2`, [mentorId, reviewPath]);
      });
    }
  });
});

test.describe("junk to next-auth and the route handlers over HTTP", () => {
  test.describe.configure({ timeout: 90_000 });
  test("malformed JSON, wrong content types, junk fields and %00 get no 500", async ({ browser, request }) => {
    const statuses: Record<string, number> = {};
    const record = async (label: string, response: Promise<{ status: () => number }>) => {
      statuses[label] = (await response).status();
    };
    const noRedirects = { maxRedirects: 0 };

    await record(
      "credentials callback, malformed JSON",
      request.post("/api/auth/callback/credentials", {
        headers: { "Content-Type": "application/json" },
        data: '{"email": "a@b.c", "password": ',
        ...noRedirects,
      }),
    );
    await record(
      "credentials callback, XML",
      request.post("/api/auth/callback/credentials", {
        headers: { "Content-Type": "text/xml" },
        data: "<email>&xxe;</email>",
        ...noRedirects,
      }),
    );
    await record(
      "credentials callback, junk form without CSRF",
      request.post("/api/auth/callback/credentials", {
        form: { email: SQL, password: SCRIPT, extra: "%00" },
        ...noRedirects,
      }),
    );
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await record(
      "credentials callback, NUL email and 100 kB password",
      request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: "a\u0000b@example.com", password: "p".repeat(100_000), json: "true" },
        ...noRedirects,
      }),
    );
    await record(
      "credentials callback, markup email",
      request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: `${SCRIPT}@example.com`, password: SQL, json: "true" },
        ...noRedirects,
      }),
    );
    await record(
      "session, markup as the callbackUrl",
      request.get(`/api/auth/session?callbackUrl=${encodeURIComponent(SCRIPT)}`, noRedirects),
    );
    await record(
      "sign-in page, junk callbackUrl",
      request.get("/api/auth/signin?callbackUrl=javascript:alert(1)", noRedirects),
    );
    await record(
      "session, junk callback-url cookie",
      request.get("/api/auth/session", {
        headers: { Cookie: `next-auth.callback-url=${encodeURIComponent(SQL)}` },
        ...noRedirects,
      }),
    );
    await record("unknown next-auth action", request.get("/api/auth/%00", noRedirects));
    await record(
      "health, wrong method with malformed JSON",
      request.post("/api/health", {
        headers: { "Content-Type": "application/json" },
        data: "{",
        ...noRedirects,
      }),
    );
    await record(
      "account export, forged session cookie",
      request.get("/api/account/export", {
        headers: { Cookie: "next-auth.session-token=forged.junk.token" },
        ...noRedirects,
      }),
    );

    const admin = await newPageAs(browser, "admin");
    await record("cohort export, %00 in the id", admin.request.get("/api/admin/cohorts/a%00b/export", noRedirects));
    await record(
      "cohort export, markup in the id",
      admin.request.get(`/api/admin/cohorts/${encodeURIComponent(SCRIPT)}/export`, noRedirects),
    );
    await record(
      "cohort export, junk sort",
      admin.request.get(`/api/admin/cohorts/x/export?sort=${encodeURIComponent(SCRIPT)}&dir=%00`, noRedirects),
    );
    await admin.context().close();

    const serverErrors = Object.entries(statuses).filter(([, status]) => status >= 500);
    expect(serverErrors, JSON.stringify(statuses, null, 2)).toEqual([]);
    expect(statuses["account export, forged session cookie"]).toBe(401);
    expect(statuses["cohort export, %00 in the id"]).toBe(400); // refused by the proxy before any route runs
    expect(statuses["health, wrong method with malformed JSON"]).toBe(405);
    expect(statuses["session, markup as the callbackUrl"]).toBe(400);
    expect(statuses["session, junk callback-url cookie"]).toBe(400);
  });
});
