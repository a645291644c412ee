import { describe, expect, it } from "vitest";
import { getLearnerReviewers } from "@/lib/mentor/reviewers";
import { getReviewQueue } from "@/lib/reviews/queries";
import { asCurrentUser, assignMentor } from "../support/auth";
import { createEnrolledLearner, createTestUser, testDb } from "../support/db";
import { createSubmittedSubmission } from "../support/reviews";

const HOUR = 3_600_000;

/** `reviewer` decides one submission of a fresh learner `hours` after it was submitted. */
async function pastReview(reviewerId: string, hours: number) {
  const other = await createTestUser("LEARNER");
  const submittedAt = new Date("2026-02-01T09:00:00Z");
  const submission = await createSubmittedSubmission(other.id, { submittedAt });
  await testDb().review.create({
    data: {
      versionId: submission.versions[0]!.id,
      reviewerId,
      decision: "APPROVED",
      createdAt: new Date(submittedAt.getTime() + hours * HOUR),
    },
  });
}

/** What the admin's queue says about the learner's waiting work: filed under a mentor or not. */
async function queueHasMentor(learnerId: string): Promise<boolean> {
  const admin = asCurrentUser(await createTestUser("ADMIN"));
  // Dated before anything else, so it is on the first page; removed again, so it never pushes
  // another test's items off review-queue.test.ts's first page.
  const submission = await createSubmittedSubmission(learnerId, { submittedAt: new Date("1990-01-01T00:00:00Z") });
  try {
    const queue = await getReviewQueue(admin, { view: "all", now: new Date("1990-01-02T00:00:00Z") });
    const item = queue.items.find((i) => i.id === submission.id);
    if (!item) throw new Error("the learner's submission is not in the admin's queue");
    return item.hasMentor;
  } finally {
    await testDb().submission.delete({ where: { id: submission.id } });
  }
}

describe("getLearnerReviewers: who reviews a learner's work", () => {
  it("names the learner's mentors with the median time from submission to decision of their past reviews", async () => {
    const learner = await createEnrolledLearner();
    const fast = await createTestUser("MENTOR", { name: "Ada Fast" });
    const fresh = await createTestUser("MENTOR", { name: "Bo Fresh" });
    await assignMentor(fast.id, learner.id);
    await assignMentor(fresh.id, learner.id);
    for (const hours of [1, 3, 50]) await pastReview(fast.id, hours);

    const reviewers = await getLearnerReviewers(learner.id);
    expect(reviewers.admins).toBeNull();
    expect(reviewers.reviewWindowDays).toBe(3); // the seeded guide's review window
    expect(reviewers.mentors.map((m) => [m.name, m.medianSeconds, m.reviewCount])).toEqual([
      ["Ada Fast", 3 * 3600, 3],
      ["Bo Fresh", null, 0],
    ]);
    expect(await queueHasMentor(learner.id)).toBe(true);
  });

  it("sends a learner without an active mentor to the admins, as the queue does", async () => {
    const learner = await createEnrolledLearner();
    const gone = await createTestUser("MENTOR", { name: "Gone Mentor" });
    await assignMentor(gone.id, learner.id);
    await testDb().user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });

    const reviewers = await getLearnerReviewers(learner.id);
    expect(reviewers.mentors).toEqual([]);
    expect(reviewers.admins).toEqual({
      medianSeconds: expect.toBeOneOf([null, expect.any(Number)]),
      reviewCount: expect.any(Number),
    });
    expect(await queueHasMentor(learner.id)).toBe(false);
  });

  it("times the admins' reviews when they review instead", async () => {
    const learner = await createEnrolledLearner();
    const admin = await createTestUser("ADMIN");
    await pastReview(admin.id, 2);
    const { admins } = await getLearnerReviewers(learner.id);
    // Other test files' admins review too, so only the presence of this review is certain.
    expect(admins?.reviewCount).toBeGreaterThanOrEqual(1);
    expect(admins?.medianSeconds).toEqual(expect.any(Number));
  });
});
