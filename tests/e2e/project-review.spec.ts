import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newLearnerPage, newPageAs } from "./support/auth";
import { withDb } from "./support/page";
import { scoreRubric } from "./support/rubric";

/**
 * A learner's own portfolio project through the review loop: the learner adds it (a bad link is
 * refused at its field), submits it with confirmation, the demo mentor asks for changes, the
 * learner edits and resubmits, the mentor approves. A text file attached to the saved project
 * goes in with version 1 and the mentor downloads it from the review page. As in review-flow.spec.ts, the test writes
 * the one MentorAssignment row the app has no screen for.
 */

test.describe("portfolio project review", () => {
  test.describe.configure({ timeout: 120_000 });

  test("add an own project, submit it, changes requested, resubmit, approved", async ({ browser }) => {
    const learnerName = `Pia Project ${randomUUID().slice(0, 6)}`;
    const title = `Feature store ${randomUUID().slice(0, 6)}`;
    const { page: learner, email } = await newLearnerPage(browser, {
      name: learnerName,
      prefix: "project",
      password: "amber lighthouse walnut seven",
    });
    await withDb(async (db) => {
      await db.query(
        `INSERT INTO "MentorAssignment" (id, "mentorId", "learnerId")
         SELECT $1, (SELECT id FROM "User" WHERE email = 'mentor@skilltrail.dev'), (SELECT id FROM "User" WHERE email = $2)`,
        [`e2e-${randomUUID()}`, email],
      );
    });

    // The learner adds their own project; a non-web link is refused at its field.
    await learner.goto("/projects");
    const add = learner.getByRole("form", { name: "Add your own project" });
    await add.getByLabel("Title").fill(title);
    await add.getByLabel("Description").fill("Offline and online features with **point-in-time joins**.");
    await add.getByLabel("Repository URL").fill("ftp://example.com/feature-store");
    await add.getByRole("textbox", { name: "Stack", exact: true }).fill("Python\nPostgreSQL");
    await add.getByRole("checkbox").first().check();
    await expect(add.getByTestId("description-preview").locator("strong")).toHaveText("point-in-time joins");
    await add.getByRole("button", { name: "Add project" }).click();
    await expect(add.getByLabel("Repository URL")).toHaveAccessibleDescription(/starting with https:\/\//);
    await add.getByLabel("Repository URL").fill("https://github.com/example/feature-store");
    await add.getByRole("button", { name: "Add project" }).click();
    await expect(add.getByTestId("form-message")).toHaveText("Project added to your list as planned.");
    await learner.getByRole("link", { name: title }).click();
    await expect(learner.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // Files go with the saved project's next version: save, then attach a text file.
    await expect(learner.getByText("Save a draft first, then attach files to it.")).toBeVisible();
    await learner.getByRole("button", { name: "Save project" }).click();
    await expect(learner.getByTestId("form-message").first()).toHaveText("Saved: planned.");
    const notes = "Point-in-time joins, explained.\n";
    await learner
      .getByLabel("Attach a file")
      .setInputFiles({ name: "join-notes.txt", mimeType: "text/plain", buffer: Buffer.from(notes) });
    await learner.getByRole("button", { name: "Attach file" }).click();
    await expect(learner.getByRole("list", { name: "Files of this draft" })).toContainText("join-notes.txt");

    // Submitting asks for confirmation first; the file goes in with version 1.
    await learner.getByRole("button", { name: "Submit for review" }).click();
    await learner.getByRole("button", { name: "Yes, submit version 1" }).click();
    await expect(learner.getByTestId("project-status")).toHaveText("Submitted");
    await expect(learner.getByRole("list", { name: "Files of version 1" })).toContainText("join-notes.txt");
    await expect(learner.getByRole("button", { name: "Remove join-notes.txt" })).toHaveCount(0);

    // The mentor finds it in the queue, labelled as a project, and asks for changes.
    const mentor = await newPageAs(browser, "mentor");
    await mentor.goto("/mentor/reviews");
    const item = mentor.getByTestId("queue-item").filter({ hasText: learnerName });
    await expect(item).toContainText(title);
    await expect(item).toContainText("Portfolio project");
    await item.getByRole("link", { name: `Review ${title}` }).click();
    await expect(mentor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(mentor.locator("strong", { hasText: "point-in-time joins" })).toBeVisible();
    const reviewUrl = mentor.url();
    const fileLink = mentor
      .getByRole("list", { name: "Files of version 1" })
      .getByRole("link", { name: "join-notes.txt" });
    const [download] = await Promise.all([mentor.waitForEvent("download"), fileLink.click()]);
    expect(download.suggestedFilename()).toBe("join-notes.txt");
    const fetched = await mentor.request.get((await fileLink.getAttribute("href"))!);
    expect(await fetched.text()).toBe(notes);
    await mentor.getByLabel("Review comment").fill("Add a test for the **late-arriving** rows.");
    // A project is scored on the guide's project criteria, as a deliverable on its own.
    await scoreRubric(mentor.getByRole("form", { name: "Decision on version 1" }), "Developing");
    await mentor.getByRole("button", { name: "Request changes" }).click();
    await expect(mentor.getByTestId("review-decision")).toContainText("Changes requested");

    // The learner edits and resubmits as version 2.
    await learner.reload();
    await expect(learner.getByTestId("project-status")).toHaveText("In progress");
    await expect(learner.locator("strong", { hasText: "late-arriving" })).toBeVisible();
    await learner.getByLabel("Description").fill("Now with a test for late-arriving rows.");
    await learner.getByRole("button", { name: "Save project" }).click();
    await expect(learner.getByTestId("form-message").first()).toHaveText("Saved: in progress.");
    await learner.getByRole("button", { name: "Submit for review" }).click();
    await learner.getByRole("button", { name: "Yes, submit version 2" }).click();
    await expect(learner.getByTestId("project-status")).toHaveText("Submitted");

    // The mentor approves version 2; the learner sees it counts as evidence.
    await mentor.goto(reviewUrl);
    await expect(mentor.getByRole("heading", { name: "Version 2" })).toBeVisible();
    await scoreRubric(mentor.getByRole("form", { name: "Decision on version 2" }), "Proficient");
    await mentor.getByRole("button", { name: "Approve" }).click();
    await expect(mentor.getByTestId("review-decision").first()).toContainText("Approved");
    await learner.reload();
    await expect(learner.getByTestId("project-status")).toHaveText("Approved");
    await expect(learner.getByText("Approved: this project counts as evidence toward your level.")).toBeVisible();
  });
});
