import { randomUUID } from "node:crypto";
import { expect as baseExpect, test } from "@playwright/test";
import { newLearnerPage, newPageAs } from "./support/auth";
import { withDb } from "./support/page";

// Server actions then a server render per step; a busy 2-core machine can take seconds each.
const expect = baseExpect.configure({ timeout: 15_000 });

const DELIVERABLE = "Dockerized ML application with basic API";

/**
 * A mentor scores a rubric while requesting changes (an unscored criterion is refused at its own
 * radio group first), the learner sees the scores with their descriptors on the deliverable page;
 * then the mentor opens the learner's quiz attempt from the mentee page and sees the answers
 * marked right or wrong. The demo mentor takes the fresh learner on for this test only (other
 * specs count the demo mentor's mentees), so the assignment is removed at the end.
 */
test.describe("rubric-scored review and the mentee's quiz attempt", () => {
  test.describe.configure({ timeout: 150_000 });

  test("mentor scores the rubric with a change request; the learner sees the scores", async ({ browser }) => {
    const name = `Ruby Rubric ${randomUUID().slice(0, 6)}`;
    const { page: learner, email } = await newLearnerPage(browser, { name, prefix: "rubric" });
    const { assignment, learnerId, deliverableId } = await withDb(async (db) => {
      const { rows } = await db.query<{ learner: string; mentor: string; deliverable: string }>(
        `SELECT (SELECT id FROM "User" WHERE email = $1) AS learner,
                (SELECT id FROM "User" WHERE email = 'mentor@skilltrail.dev') AS mentor,
                (SELECT d.id FROM "Deliverable" d JOIN "Phase" p ON p.id = d."phaseId" JOIN "Guide" g ON g.id = p."guideId"
                  WHERE d.key = 'dockerized-ml-api' AND g.slug = 'ml-infrastructure') AS deliverable`,
        [email],
      );
      const id = `rubric-${randomUUID()}`;
      await db.query(`INSERT INTO "MentorAssignment" (id, "mentorId", "learnerId") VALUES ($1, $2, $3)`, [
        id,
        rows[0]!.mentor,
        rows[0]!.learner,
      ]);
      return { assignment: id, learnerId: rows[0]!.learner, deliverableId: rows[0]!.deliverable };
    });
    const mentor = await newPageAs(browser, "mentor");
    try {
      await learner.goto(`/deliverables/${deliverableId}`);
      await learner.getByLabel("Repository URL").fill("https://github.com/example/rubric-api");
      await learner.getByLabel("Description").fill("A FastAPI service in Docker.");
      await learner.getByRole("button", { name: "Submit for review" }).click();
      await expect(learner.getByTestId("submission-status").first()).toHaveText("Submitted");

      await mentor.goto("/mentor/reviews");
      await mentor
        .getByTestId("queue-item")
        .filter({ hasText: name })
        .getByRole("link", { name: `Review ${DELIVERABLE}` })
        .click();
      const form = mentor.getByRole("form", { name: "Decision on version 1" });
      const groups = form.getByTestId("rubric-form").getByRole("group");
      await expect(groups).toHaveCount(3);
      // Each level's descriptor is visible beside its name.
      await expect(
        groups.first().getByText("The Dockerfile builds an image that starts and loads the trained model."),
      ).toBeVisible();

      // A criterion left unscored is refused at its own group, focused, with the message linked.
      await form.getByLabel("Review comment").fill("Add a **health check** and run as a non-root user.");
      await groups
        .nth(0)
        .getByRole("radio", { name: /^Exemplary\b/ })
        .check();
      await groups
        .nth(1)
        .getByRole("radio", { name: /^Developing\b/ })
        .check();
      await form.getByRole("button", { name: "Request changes" }).click();
      const third = groups.nth(2);
      await expect(third).toHaveAttribute("aria-invalid", "true");
      await expect(third).toBeFocused();
      await expect(third).toHaveAccessibleDescription("Choose a level for this criterion.");

      await third.getByRole("radio", { name: /^Not yet\b/ }).check();
      await form.getByRole("button", { name: "Request changes" }).click();
      const decision = mentor.getByTestId("review-decision");
      await expect(decision).toContainText("Changes requested");
      await expect(decision.getByTestId("rubric-level")).toHaveText(["Exemplary", "Developing", "Not yet"]);

      // The learner sees each criterion's level and what it means, beside the reviewer's comment.
      await learner.goto(`/deliverables/${deliverableId}`);
      const scores = learner.getByTestId("version-1").getByTestId("rubric-scores");
      await expect(scores.getByTestId("rubric-level")).toHaveText(["Exemplary", "Developing", "Not yet"]);
      await expect(scores).toContainText("Container builds and runs the model");
      await expect(scores).toContainText("No way to see the build, the run and a sample request");
      await expect(learner.getByTestId("version-1").locator("strong", { hasText: "health check" })).toBeVisible();

      // The learner takes the quiz; the mentor opens the attempt from the mentee page.
      await learner.goto("/quiz");
      await learner.getByRole("button", { name: "Take the quiz" }).click();
      const questions = learner.getByRole("group", { name: /^Question \d+ of \d+/ });
      await expect(questions.first()).toBeVisible();
      const questionCount = await questions.count();
      for (let i = 0; i < questionCount; i += 1) await questions.nth(i).getByRole("radio").first().check();
      await learner.getByRole("button", { name: "Submit answers" }).click();
      await expect(learner.getByRole("heading", { level: 1, name: "Attempt 1: your result" })).toBeVisible();

      await mentor.goto(`/mentor/mentees/${learnerId}`);
      await mentor.getByTestId("mentee-quiz-history").getByRole("link", { name: "View attempt 1" }).click();
      await expect(mentor.getByRole("heading", { level: 1, name: "Quiz attempt 1" })).toBeVisible();
      const answered = mentor.getByTestId("mentee-attempt-questions").getByText("Learner's answer");
      await expect(answered).toHaveCount(questionCount);
    } finally {
      await withDb((db) => db.query(`DELETE FROM "MentorAssignment" WHERE id = $1`, [assignment]));
      await mentor.context().close();
      await learner.context().close();
    }
  });

  test("another mentor's mentee's quiz attempt is refused", async ({ browser }) => {
    const { page: learner, email } = await newLearnerPage(browser, { prefix: "rubric-other" });
    await learner.goto("/quiz");
    await learner.getByRole("button", { name: "Take the quiz" }).click();
    const attemptUrl = learner.url();
    const learnerId = await withDb(async (db) => {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
      return rows[0]!.id;
    });
    const mentor = await newPageAs(browser, "mentor"); // not assigned to this learner
    const response = await mentor.goto(`/mentor/mentees/${learnerId}/quiz/${attemptUrl.split("/").pop()}`);
    expect(response?.status()).toBe(403);
    await mentor.context().close();
    await learner.context().close();
  });
});
