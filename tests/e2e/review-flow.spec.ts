import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newLearnerPage, newPageAs } from "./support/auth";
import { horizontalOverflow, withDb } from "./support/page";
import { scoreRubric } from "./support/rubric";

/**
 * The review loop across two people: a learner submits, the demo mentor asks for changes with
 * a comment, the learner reads the notification and resubmits, the mentor approves, the learner
 * sees "Approved". The learner is a fresh sign-up (so no other test's data is involved); the
 * only thing the app has no screen for yet is assigning a mentor, so the test writes that one
 * MentorAssignment row itself (DATABASE_URL is the app's test database).
 */

const DELIVERABLE_TITLE = "Dockerized ML application with basic API";

test.describe("review flow", () => {
  // Two people, two sign-ins and a dozen round trips: longer than the default 30 s budget.
  test.describe.configure({ timeout: 120_000 });

  test("submit, request changes with a comment, resubmit after the notification, approve", async ({ browser }) => {
    const learnerName = `Rhea Review ${randomUUID().slice(0, 6)}`;
    const { page: learner, email } = await newLearnerPage(browser, {
      name: learnerName,
      prefix: "review",
      password: "amber lighthouse walnut seven",
    });
    const deliverableId = await withDb(async (db) => {
      const ids = await db.query<{ learner: string; mentor: string; deliverable: string }>(
        `SELECT (SELECT id FROM "User" WHERE email = $1) AS learner,
                (SELECT id FROM "User" WHERE email = 'mentor@skilltrail.dev') AS mentor,
                (SELECT d.id FROM "Deliverable" d JOIN "Phase" p ON p.id = d."phaseId" JOIN "Guide" g ON g.id = p."guideId"
                  WHERE d.key = 'dockerized-ml-api' AND g.slug = 'ml-infrastructure') AS deliverable`,
        [email],
      );
      const { learner: learnerId, mentor: mentorId, deliverable } = ids.rows[0]!;
      await db.query(`INSERT INTO "MentorAssignment" (id, "mentorId", "learnerId") VALUES ($1, $2, $3)`, [
        `e2e-${randomUUID()}`,
        mentorId,
        learnerId,
      ]);
      return deliverable;
    });

    // The learner submits version 1.
    await learner.goto(`/deliverables/${deliverableId}`);
    await learner.getByLabel("Repository URL").fill("https://github.com/example/dockerized-api");
    await learner.getByLabel("Description").fill("A **FastAPI** service in a multi-stage Docker image.");
    await learner.getByRole("button", { name: "Submit for review" }).click();
    await expect(learner.getByTestId("submission-status").first()).toHaveText("Submitted");

    // The mentor finds it in the queue and asks for changes; a comment is required.
    const mentor = await newPageAs(browser, "mentor");
    await mentor.goto("/mentor/reviews");
    const item = mentor.getByTestId("queue-item").filter({ hasText: learnerName });
    await expect(item).toContainText(DELIVERABLE_TITLE);
    await expect(item).toContainText("Waiting less than an hour");
    await item.getByRole("link", { name: `Review ${DELIVERABLE_TITLE}` }).click();
    await expect(mentor.getByRole("heading", { level: 1, name: DELIVERABLE_TITLE })).toBeVisible();
    const reviewUrl = mentor.url();
    // Only the most specific navigation item is current: "Reviews", not "Mentees" (/mentor) too.
    const nav = mentor.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Reviews" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Mentees" })).not.toHaveAttribute("aria-current");
    await expect(mentor.locator("strong", { hasText: "FastAPI" })).toBeVisible(); // rendered Markdown

    await mentor.getByLabel("Comment", { exact: true }).fill("The image runs as **root**.");
    await mentor.getByLabel("Tag", { exact: true }).selectOption("BLOCKING");
    await mentor.getByRole("button", { name: "Add comment" }).click();
    const comment = mentor.getByTestId("review-comment").filter({ hasText: "The image runs as root." });
    await expect(comment).toContainText("Blocking");
    const commentForm = mentor.getByRole("form", { name: "Add a comment" });
    await expect(commentForm.getByTestId("form-message")).toHaveText("Comment added.");

    await mentor.getByRole("button", { name: "Request changes" }).click();
    await expect(mentor.getByLabel("Review comment")).toHaveAccessibleDescription(/Say what needs to change/);
    await mentor.getByLabel("Review comment").fill("Add a non-root user and a README with the run command.");
    await scoreRubric(mentor.getByRole("form", { name: "Decision on version 1" }), "Developing");
    await mentor.getByRole("button", { name: "Request changes" }).click();
    await expect(mentor.getByTestId("review-decision")).toContainText("Changes requested");
    // The comment form's earlier "Comment added." does not linger beside the newer decision.
    await expect(mentor.getByText("Comment added.")).toHaveCount(0);
    await expect(mentor.getByRole("button", { name: "Approve" })).toHaveCount(0);

    // The learner hears about it, follows the notification, resolves the comment and resubmits.
    await learner.goto("/notifications");
    const notification = learner
      .getByTestId("notification")
      .filter({ hasText: `Changes requested on “${DELIVERABLE_TITLE}”` });
    await expect(notification).toContainText("Add a non-root user and a README");
    await notification.getByRole("link").click();
    await expect(learner).toHaveURL(new RegExp(`/deliverables/${deliverableId}$`));
    await expect(learner.getByTestId("submission-status").first()).toHaveText("Changes requested");
    await learner.getByLabel("Description").fill("Now runs as `app`, with a README.\n\n- [x] non-root user");
    await learner.getByRole("button", { name: "Submit for review" }).click();
    await expect(learner.getByTestId("submission-status").first()).toHaveText("Submitted");
    // The learner sees the same comparison on their own page.
    await learner.goto(`/deliverables/${deliverableId}?from=1&to=2`);
    await expect(learner.getByTestId("version-diff").locator("ins").filter({ hasText: "README" })).toBeVisible();
    await learner.goto("/notifications");
    await expect(learner.getByTestId("notification").filter({ hasText: "Changes requested on" })).not.toHaveAttribute(
      "data-unread",
    );

    // The mentor sees version 2 with version 1 folded away, and approves.
    await mentor.goto(reviewUrl);
    await expect(mentor.getByRole("heading", { name: "Version 2" })).toBeVisible();
    await expect(mentor.getByRole("heading", { name: "Earlier versions" })).toBeVisible();
    // GitHub Markdown: the task list is a read-only checkbox, not "[x]".
    await expect(mentor.getByRole("checkbox", { name: "Done" })).toBeDisabled();
    // Compare versions (a plain GET form): version 1's text is removed, version 2's added.
    await mentor.getByRole("button", { name: "Compare" }).click();
    await expect(mentor).toHaveURL(/[?&]from=1&to=2#compare$/);
    const diff = mentor.getByTestId("version-diff");
    await expect(diff).toContainText("Changes from version 1 to version 2: description.");
    await expect(diff.locator("del").filter({ hasText: "Docker" })).toContainText("removed:");
    await expect(diff.locator("ins").filter({ hasText: "README" })).toContainText("added:");
    await mentor.getByLabel("Review comment").fill("Clean and documented.");
    await scoreRubric(mentor.getByRole("form", { name: "Decision on version 2" }), "Proficient");
    await mentor.getByRole("button", { name: "Approve" }).click();
    await expect(mentor.getByTestId("review-decision").first()).toContainText("Approved");

    // The mentor's queue no longer lists it; the learner sees it approved.
    await mentor.goto("/mentor/reviews");
    await expect(mentor.getByTestId("queue-item").filter({ hasText: learnerName })).toHaveCount(0);
    await learner.goto(`/deliverables/${deliverableId}`);
    await expect(learner.getByTestId("submission-status").first()).toHaveText("Approved");
    await learner.goto("/notifications");
    await expect(
      learner.getByTestId("notification").filter({ hasText: `“${DELIVERABLE_TITLE}” was approved` }),
    ).toBeVisible();

    // The learner turns the daily email off; it stays off.
    await learner.goto("/account/notifications");
    const digest = learner.getByRole("switch", { name: "Daily email digest" });
    await expect(digest).toHaveAttribute("aria-checked", "true");
    await digest.click();
    await expect(learner.getByTestId("form-message")).toHaveText("You won't get the daily email any more.");
    await learner.reload();
    await expect(learner.getByRole("switch", { name: "Daily email digest" })).toHaveAttribute("aria-checked", "false");
  });

  test("the review page and the notifications fit a phone screen", async ({ browser }) => {
    const mentor = await newPageAs(browser, "mentor");
    await mentor.setViewportSize({ width: 375, height: 740 });
    for (const path of ["/mentor/reviews", "/notifications", "/account/notifications"]) {
      await mentor.goto(path);
      await expect(mentor.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await horizontalOverflow(mentor), path).toBeLessThanOrEqual(0);
    }
    // A review page too, when the demo mentor has something waiting (the seed gives them one).
    await mentor.goto("/mentor/reviews");
    const review = mentor.getByTestId("queue-item").getByRole("link", { name: /^Review / });
    if ((await review.count()) > 0) {
      await review.first().click();
      await expect(mentor.getByRole("heading", { name: "Conversation" })).toBeVisible();
      expect(await horizontalOverflow(mentor), "review page").toBeLessThanOrEqual(0);
    }
  });

  test("a learner cannot open the review queue", async ({ browser }) => {
    const learner = await newPageAs(browser, "learner");
    await learner.goto("/mentor/reviews");
    await expect(learner.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  });
});
