import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { newPageAs, signUpLearner } from "./support/auth";
import { horizontalOverflow, withDb } from "./support/page";

/**
 * Long unbroken user-written text never makes a page wider than the screen (issue 16 item 2).
 * One learner and one mentor with 100-character names, and everything they write at its
 * longest without a space (notes, links, descriptions, comments, a cohort name, an audit entry),
 * then every page that shows it, for the learner, the mentor and an admin, at 1280 and 375 px.
 */

const unbroken = (label: string, length: number) => `${label}${"x".repeat(length - label.length)}`;
const LONG_URL = `https://github.com/${"organisation".repeat(8)}/${"repository".repeat(12)}`;
const WIDTHS = [1280, 375] as const;

/** Every path whose document is wider than the viewport, as "path @ width: +N px". */
async function overflowing(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) found.push(`${path} @ ${width}: +${overflow} px`);
    }
  }
  return found;
}

test.describe("long unbroken text", () => {
  test.describe.configure({ timeout: 300_000 });

  test("no learner, mentor or admin page is wider than the viewport", async ({ browser }) => {
    const learnerPage = await (await browser.newContext()).newPage();
    const learner = await signUpLearner(learnerPage, { name: unbroken("Learner", 100), prefix: "long-learner" });
    const mentorPage = await (await browser.newContext()).newPage();
    const mentor = await signUpLearner(mentorPage, { name: unbroken("Mentor", 100), prefix: "long-mentor" });

    const ids = await withDb(async (db) => {
      const id = () => `e2e-long-${randomUUID()}`;
      const { rows } = await db.query<
        Record<"learner" | "mentor" | "guide" | "phase" | "phaseKey" | "deliverable" | "item" | "project", string>
      >(
        `SELECT (SELECT id FROM "User" WHERE email = $1) AS learner,
                (SELECT id FROM "User" WHERE email = $2) AS mentor,
                g.id AS guide,
                (SELECT p.id FROM "Phase" p WHERE p."guideId" = g.id ORDER BY p.position LIMIT 1) AS phase,
                (SELECT p.key FROM "Phase" p WHERE p."guideId" = g.id ORDER BY p.position LIMIT 1) AS "phaseKey",
                (SELECT d.id FROM "Deliverable" d JOIN "Phase" p ON p.id = d."phaseId"
                  WHERE p."guideId" = g.id AND d.key = 'dockerized-ml-api') AS deliverable,
                (SELECT c.id FROM "ChecklistItem" c JOIN "Phase" p ON p.id = c."phaseId"
                  WHERE p."guideId" = g.id AND c."archivedAt" IS NULL ORDER BY p.position, c.position LIMIT 1) AS item,
                (SELECT pr.id FROM "PortfolioProject" pr WHERE pr."guideId" = g.id AND pr."archivedAt" IS NULL
                  ORDER BY pr.position LIMIT 1) AS project
           FROM "Guide" g WHERE g.slug = 'ml-infrastructure'`,
        [learner.email, mentor.email],
      );
      const r = rows[0]!;
      const [submission, version, cohort] = [id(), id(), id()];
      await db.query(`UPDATE "User" SET role = 'MENTOR' WHERE id = $1`, [r.mentor]);
      await db.query(`INSERT INTO "MentorAssignment" (id, "mentorId", "learnerId") VALUES ($1, $2, $3)`, [
        id(),
        r.mentor,
        r.learner,
      ]);
      await db.query(
        `INSERT INTO "TimeEntry" (id, "learnerId", "phaseId", date, minutes, note, "updatedAt")
         VALUES ($1, $2, $3, CURRENT_DATE, 90, $4, now())`,
        [id(), r.learner, r.phase, unbroken("Note", 500)],
      );
      await db.query(
        `INSERT INTO "ChecklistProgress" (id, "learnerId", "itemId", note, "updatedAt") VALUES ($1, $2, $3, $4, now())`,
        [id(), r.learner, r.item, unbroken("PrivateNote", 400)],
      );
      await db.query(
        `INSERT INTO "Submission" (id, "learnerId", "deliverableId", status, "currentVersion", "submittedAt", "updatedAt")
         VALUES ($1, $2, $3, 'SUBMITTED', 1, now(), now())`,
        [submission, r.learner, r.deliverable],
      );
      await db.query(
        `INSERT INTO "SubmissionVersion" (id, "submissionId", number, "repoUrl", "demoUrl", "docUrl", description, "submittedAt")
         VALUES ($1, $2, 1, $3, $3, $3, $4, now())`,
        [version, submission, LONG_URL, unbroken("Description", 600)],
      );
      await db.query(
        `INSERT INTO "SubmissionStatusChange" (id, "submissionId", "actorId", "toStatus") VALUES ($1, $2, $3, 'SUBMITTED')`,
        [id(), submission, r.learner],
      );
      await db.query(`INSERT INTO "ReviewComment" (id, "versionId", "authorId", body) VALUES ($1, $2, $3, $4)`, [
        id(),
        version,
        r.mentor,
        unbroken("Comment", 500),
      ]);
      await db.query(
        `INSERT INTO "ProjectProgress" (id, "learnerId", "projectId", status, "repoUrl", "updatedAt")
         VALUES ($1, $2, $3, 'SUBMITTED', $4, now())`,
        [id(), r.learner, r.project, LONG_URL],
      );
      for (const userId of [r.learner, r.mentor]) {
        await db.query(
          `INSERT INTO "Notification" (id, "userId", kind, title, body, href) VALUES ($1, $2, 'comment', $3, $4, $5)`,
          [id(), userId, unbroken("Title", 200), unbroken("Body", 500), `/deliverables/${r.deliverable}`],
        );
      }
      await db.query(`INSERT INTO "Cohort" (id, "guideId", name, "startDate") VALUES ($1, $2, $3, CURRENT_DATE - 7)`, [
        cohort,
        r.guide,
        unbroken("Cohort", 120),
      ]);
      await db.query(`INSERT INTO "CohortMember" ("cohortId", "learnerId") VALUES ($1, $2)`, [cohort, r.learner]);
      await db.query(`INSERT INTO "CohortMentor" ("cohortId", "mentorId") VALUES ($1, $2)`, [cohort, r.mentor]);
      // The trail is append-only: this entry stays, as any admin's real change would.
      await db.query(
        `INSERT INTO "AuditLog" (id, "actorId", "actorEmail", action, "entityType", "entityId", before, after)
         VALUES ($1, $2, $3, 'cohort.created', 'Cohort', $4, NULL, $5)`,
        [id(), r.mentor, mentor.email, cohort, JSON.stringify({ name: unbroken("Cohort", 120), link: LONG_URL })],
      );
      return { ...r, submission, cohort };
    });

    try {
      const learnerPaths = [
        "/dashboard",
        "/hours",
        "/hours/import",
        "/hours/report",
        `/phases/${ids.phaseKey}`,
        `/deliverables/${ids.deliverable}`,
        "/projects",
        "/notifications",
        "/account",
      ];
      const mentorPaths = [
        "/mentor",
        `/mentor/mentees/${ids.learner}`,
        "/mentor/reviews",
        `/mentor/reviews/${ids.submission}`,
      ];
      const admin = await newPageAs(browser, "admin");
      const adminPaths = [
        `/admin/users?q=${encodeURIComponent(learner.email)}`,
        `/admin/users/${ids.learner}`,
        "/admin/cohorts",
        `/admin/cohorts/${ids.cohort}`,
        "/admin/audit",
      ];
      const found = [
        ...(await overflowing(learnerPage, learnerPaths)),
        ...(await overflowing(mentorPage, mentorPaths)),
        ...(await overflowing(admin, adminPaths)),
      ];
      expect(found).toEqual([]);

      // The learner sees their mentor by name where work is submitted (issue 16 item 8).
      for (const path of ["/dashboard", `/deliverables/${ids.deliverable}`, "/projects"]) {
        await learnerPage.goto(path);
        const note = learnerPage.getByRole("region", { name: "Your mentor" });
        await expect(note).toContainText(mentor.name);
        await expect(note).toContainText("no past reviews to time yet");
      }
    } finally {
      await withDb(async (db) => {
        await db.query(`DELETE FROM "Cohort" WHERE id = $1`, [ids.cohort]);
      });
    }
  });
});
