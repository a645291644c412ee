import { describe, expect, it } from "vitest";
import { getReviewQueue } from "@/lib/reviews/queries";
import { REVIEW_QUEUE_PAGE_SIZE } from "@/lib/reviews/schema";
import { asCurrentUser, assignMentor } from "../support/auth";
import { createTestUser, testDb } from "../support/db";
import { createSubmittedProject, createSubmittedSubmission } from "../support/reviews";

const DAY = 86_400_000;

describe("the review queue", () => {
  // Dated long ago, so these items sort before anything else in the (fresh) test database.
  const NOW = new Date("2001-01-10T12:00:00Z");
  const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

  it("shows a mentor their mentees' waiting work, oldest first, with overdue flagged", async () => {
    const mentor = await createTestUser("MENTOR");
    const mine = await createTestUser("LEARNER", { name: "Mine" });
    const notMine = await createTestUser("LEARNER");
    await assignMentor(mentor.id, mine.id);
    const fresh = await createSubmittedSubmission(mine.id, { position: 0, submittedAt: daysAgo(1) });
    const overdue = await createSubmittedSubmission(mine.id, { position: 1, submittedAt: daysAgo(5) });
    const edge = await createSubmittedSubmission(mine.id, { position: 2, submittedAt: daysAgo(3) }); // exactly the window
    const project = await createSubmittedProject(mine.id, 0, { submittedAt: daysAgo(4) });
    const reviewed = await createSubmittedSubmission(mine.id, { position: 3, submittedAt: daysAgo(9) });
    await testDb().submission.update({ where: { id: reviewed.id }, data: { status: "APPROVED" } });
    await createSubmittedSubmission(notMine.id, { submittedAt: daysAgo(8) });

    const queue = await getReviewQueue(asCurrentUser(mentor), { view: "all", now: NOW });
    expect(queue.view).toBe("mine"); // a mentor cannot ask for everything
    expect(queue.counts).toBeNull();
    expect(queue.items.map((i) => [i.kind, i.id, i.overdue])).toEqual([
      ["deliverable", overdue.id, true],
      ["project", project.submissionId, true],
      ["deliverable", edge.id, false],
      ["deliverable", fresh.id, false],
    ]);
    expect(queue.items[0]).toMatchObject({
      learnerName: "Mine",
      version: 1,
      reviewWindowDays: 3,
      waitingSince: daysAgo(5),
    });
    expect(queue.total).toBe(4);
  });

  it("shows admins unmentored and overdue work, or everything", async () => {
    // An earlier era than the other tests here: an admin sees everyone's work, and these items
    // must come first, before the overdue items the other tests leave behind.
    const NOW = new Date("1999-06-10T12:00:00Z");
    const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
    const admin = asCurrentUser(await createTestUser("ADMIN"));
    const mentor = await createTestUser("MENTOR");
    const mentored = await createTestUser("LEARNER");
    const alone = await createTestUser("LEARNER");
    await assignMentor(mentor.id, mentored.id);
    const onTime = await createSubmittedSubmission(mentored.id, { position: 0, submittedAt: daysAgo(1) });
    const late = await createSubmittedSubmission(mentored.id, { position: 1, submittedAt: daysAgo(6) });
    const unmentored = await createSubmittedSubmission(alone.id, { submittedAt: daysAgo(2) });
    const ours = new Set([onTime.id, late.id, unmentored.id]);

    const attention = await getReviewQueue(admin, { now: NOW });
    expect(attention.view).toBe("attention");
    expect(attention.items.filter((i) => ours.has(i.id)).map((i) => [i.id, i.overdue, i.hasMentor])).toEqual([
      [late.id, true, true],
      [unmentored.id, false, false],
    ]);
    const all = await getReviewQueue(admin, { view: "all", now: NOW });
    expect(all.items.filter((i) => ours.has(i.id)).map((i) => i.id)).toEqual([late.id, unmentored.id, onTime.id]);
    expect(all.counts!.all).toBeGreaterThanOrEqual(all.counts!.attention);
  });

  it("pages through a long queue", async () => {
    const mentor = await createTestUser("MENTOR");
    const ids: string[] = [];
    for (let l = 0; l < 3; l += 1) {
      const learner = await createTestUser("LEARNER");
      await assignMentor(mentor.id, learner.id);
      for (let d = 0; d < 7; d += 1) {
        ids.push(
          (await createSubmittedSubmission(learner.id, { position: d, submittedAt: daysAgo(30 - ids.length) })).id,
        );
      }
    }
    const first = await getReviewQueue(asCurrentUser(mentor), { now: NOW });
    const second = await getReviewQueue(asCurrentUser(mentor), { page: 2, now: NOW });
    expect(first).toMatchObject({ total: 21, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(REVIEW_QUEUE_PAGE_SIZE);
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(ids);
    expect((await getReviewQueue(asCurrentUser(mentor), { page: 99, now: NOW })).page).toBe(2);
  });
});
