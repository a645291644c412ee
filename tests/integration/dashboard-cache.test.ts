import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * The dashboard's cache (lib/dashboard/cache.ts) against real writes through the real actions:
 * while nothing changed a render costs one statement (the key) and computes nothing; after each
 * kind of write the learner makes, the very next render shows it. The invalidation is the
 * database's (triggers bump a version in the writer's transaction), so a second app instance
 * sees it too: nothing here relies on this process having taken the write.
 */
const queryLog = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/counting-db")).countingDbModule(importOriginal, queryLog),
);

const { cachedCurriculumChanges, cachedLearnerProgress, dashboardCacheStats, dashboardKey } =
  await import("@/lib/dashboard/cache");
const { getLearnerReviewers } = await import("@/lib/mentor/reviewers");
const { cachedLearnerReviewers, reviewersCacheMisses } = await import("@/lib/mentor/reviewers-cache");
const { assignMentor } = await import("../support/auth");
const { createSubmittedSubmission } = await import("../support/reviews");
const { logHoursAction, deleteTimeEntryAction } = await import("@/lib/hours/actions");
const { toggleChecklistItemAction } = await import("@/lib/phases/actions");
const { saveSelfAssessmentAction } = await import("@/lib/self-assessment/actions");
const { submitDeliverableAction } = await import("@/lib/deliverables/actions");
const { startQuizAttemptAction, submitQuizAttemptAction } = await import("@/lib/quiz/actions");
const { setWeeklyGoalAction } = await import("@/lib/dashboard/actions");
const { addDays, todayInTimeZone } = await import("@/lib/progress/calendar");
const { createEnrolledLearner, createTestUser, seededGuide, testDb } = await import("../support/db");

type Guide = Awaited<ReturnType<typeof seededGuide>>;
let guide: Guide;
beforeAll(async () => {
  guide = await seededGuide();
});

const today = () => todayInTimeZone(new Date(), "UTC");

/** One dashboard render's data, as the page loads it: statements run and computations done. */
async function render(learnerId: string) {
  const before = dashboardCacheStats();
  queryLog.count = 0;
  const key = await dashboardKey(learnerId);
  const [progress, changes] = await Promise.all([
    cachedLearnerProgress(learnerId, key, { today: today(), timeZone: "UTC" }),
    cachedCurriculumChanges(key),
  ]);
  const after = dashboardCacheStats();
  return {
    progress,
    changes,
    statements: queryLog.count,
    computed: after.progress - before.progress,
  };
}

/** A learner who has logged an hour, rendered once (the cache is warm). */
async function warmLearner() {
  const learner = signInAs(await createEnrolledLearner({ timeZone: "UTC" }));
  expect(await logHoursAction(hours())).toMatchObject({ ok: true });
  await render(learner.id);
  return learner;
}

const hours = (overrides: Record<string, unknown> = {}) => ({
  date: addDays(today(), -1),
  duration: "1h",
  phaseId: guide.phases[0]!.id,
  subSkillId: "",
  note: "",
  idempotencyKey: randomUUID(),
  ...overrides,
});

describe("the dashboard's cache", () => {
  it("costs one statement and no computation while nothing changed", async () => {
    const learner = await warmLearner();
    const first = await render(learner.id);
    const second = await render(learner.id);
    expect(first.computed).toBe(0);
    expect(second.computed).toBe(0);
    // The key (enrollment and versions) only: the 8 progress statements and the changes note are cached.
    expect(second.statements).toBe(1);
    expect(second.progress).toBe(first.progress);
    expect(second.progress.total.loggedMinutes).toBe(60);
  });

  it("is not shared: another learner's write leaves this learner's entry cached", async () => {
    const learner = await warmLearner();
    signInAs(await createEnrolledLearner({ timeZone: "UTC" }));
    expect(await logHoursAction(hours())).toMatchObject({ ok: true });
    expect((await render(learner.id)).computed).toBe(0);
  });

  it("shows logged, then deleted hours at once", async () => {
    const learner = await warmLearner();
    expect(await logHoursAction(hours({ duration: "2h" }))).toMatchObject({ ok: true });
    const logged = await render(learner.id);
    expect(logged.computed).toBe(1);
    expect(logged.progress.total.loggedMinutes).toBe(180);
    expect(
      logged.progress.heatmap.weeks.flatMap((w) => w.days).find((d) => d.date === addDays(today(), -1))?.minutes,
    ).toBe(180);

    const entry = await testDb().timeEntry.findFirstOrThrow({ where: { learnerId: learner.id, minutes: 120 } });
    expect(await deleteTimeEntryAction({ id: entry.id })).toMatchObject({ ok: true });
    expect((await render(learner.id)).progress.total.loggedMinutes).toBe(60);
  });

  it("shows a submitted deliverable at once", async () => {
    const learner = await warmLearner();
    const deliverable = await testDb().deliverable.findFirstOrThrow({
      where: { phase: { guideId: guide.id, archivedAt: null }, archivedAt: null },
      orderBy: [{ phase: { position: "asc" } }, { position: "asc" }],
    });
    const submissions = (progress: Awaited<ReturnType<typeof render>>["progress"]) =>
      progress.recentActivity.filter((a) => a.kind === "submission").length;
    expect(submissions((await render(learner.id)).progress)).toBe(0);

    const submitted = await submitDeliverableAction({
      deliverableId: deliverable.id,
      repoUrl: "https://github.com/ada/dockerized-model",
      demoUrl: "",
      docUrl: "",
      description: "A Dockerized model behind /predict.",
    });
    expect(submitted).toMatchObject({ ok: true });
    const after = await render(learner.id);
    expect(after.computed).toBe(1);
    expect(submissions(after.progress)).toBe(1);
    expect(after.progress.recentActivity[0]).toMatchObject({ kind: "submission", status: "SUBMITTED" });
  });

  it("shows a submitted quiz attempt at once", async () => {
    const learner = await warmLearner();
    const started = await startQuizAttemptAction({});
    if (!started.ok || !started.data) throw new Error(`start failed: ${JSON.stringify(started)}`);
    // Starting an attempt changes no figure, but it is a write: the next render recomputes.
    expect((await render(learner.id)).progress.quiz.attempts).toBe(0);

    const { questionOrder } = await testDb().quizAttempt.findUniqueOrThrow({ where: { id: started.data.attemptId } });
    const questions = await testDb().quizQuestion.findMany({ where: { id: { in: questionOrder } } });
    const answers = Object.fromEntries(questions.map((q) => [q.id, q.correctOption]));
    expect(await submitQuizAttemptAction({ attemptId: started.data.attemptId, answers })).toMatchObject({ ok: true });
    const after = await render(learner.id);
    expect(after.computed).toBe(1);
    expect(after.progress.quiz.attempts).toBe(1);
    expect(after.progress.quiz.latest).toMatchObject({ correct: questions.length, percent: 100 });
  });

  it("shows a self-rating at once", async () => {
    const learner = await warmLearner();
    const rated = (p: Awaited<ReturnType<typeof render>>["progress"]) =>
      p.selfAssessment.filter((s) => s.meanConfidence !== null).length;
    expect(rated((await render(learner.id)).progress)).toBe(0);
    const question = await testDb().selfCheckQuestion.findFirstOrThrow({
      where: { guideId: guide.id, archivedAt: null },
    });
    expect(await saveSelfAssessmentAction({ ratings: { [question.id]: 4 } })).toMatchObject({ ok: true });
    const after = await render(learner.id);
    expect(after.computed).toBe(1);
    expect(rated(after.progress)).toBe(1);
  });

  it("recomputes after a ticked topic and shows a new weekly goal at once", async () => {
    const learner = await warmLearner();
    const topic = await testDb().checklistItem.findFirstOrThrow({
      where: { phase: { guideId: guide.id }, archivedAt: null },
    });
    expect(await toggleChecklistItemAction({ itemId: topic.id, completed: true })).toMatchObject({ ok: true });
    expect((await render(learner.id)).computed).toBe(1);

    expect(await setWeeklyGoalAction({ weeklyGoal: "5" })).toMatchObject({ ok: true });
    const after = await render(learner.id);
    expect(after.computed).toBe(1);
    expect(after.progress.weeklyGoal?.week.goalMinutes).toBe(300);
  });

  it("sees a curriculum edit at once (one version for every guide)", async () => {
    const learner = await warmLearner();
    const before = await render(learner.id);
    const phase = guide.phases.find((p) => p.archivedAt === null)!;
    const title = `${phase.title} (${randomUUID().slice(0, 8)})`;
    await testDb().phase.update({ where: { id: phase.id }, data: { title } });
    try {
      const after = await render(learner.id);
      expect(after.computed).toBe(1);
      expect(after.progress.phases.map((p) => p.title)).toContain(title);
      expect(before.progress.phases.map((p) => p.title)).not.toContain(title);
    } finally {
      await testDb().phase.update({ where: { id: phase.id }, data: { title: phase.title } });
    }
  });
});

describe("the reviewers note on the dashboard", () => {
  /** The note's data as the page loads it: statements run and turnaround computations done. */
  async function reviewers(learnerId: string) {
    const before = reviewersCacheMisses();
    queryLog.count = 0;
    const value = await cachedLearnerReviewers(learnerId, dashboardKey(learnerId));
    return { value, statements: queryLog.count, computed: reviewersCacheMisses() - before };
  }

  /** `reviewerId` decides `learnerId`'s submission `hours` after it was submitted. */
  async function review(reviewerId: string, learnerId: string, hours: number) {
    const submittedAt = new Date("2026-02-01T09:00:00Z");
    const submission = await createSubmittedSubmission(learnerId, { submittedAt });
    await testDb().review.create({
      data: {
        versionId: submission.versions[0]!.id,
        reviewerId,
        decision: "APPROVED",
        createdAt: new Date(submittedAt.getTime() + hours * 3_600_000),
      },
    });
  }

  it("reads who reviews live and serves the turnaround medians from memory until the learner's work changes", async () => {
    const learner = await createEnrolledLearner({ timeZone: "UTC" });
    const mentor = await createTestUser("MENTOR", { name: "Ada Cached" });
    await assignMentor(mentor.id, learner.id);
    await review(mentor.id, (await createEnrolledLearner()).id, 2);

    const first = await reviewers(learner.id);
    expect(first.computed).toBe(1);
    expect(first.value).toEqual(await getLearnerReviewers(learner.id));
    expect(first.value.mentors.map((m) => [m.name, m.medianSeconds, m.reviewCount])).toEqual([["Ada Cached", 7200, 1]]);

    // Nothing changed: the key and the list of reviewers, no median.
    const warm = await reviewers(learner.id);
    expect(warm).toMatchObject({ statements: 2, computed: 0 });
    expect(warm.value).toEqual(first.value);

    // Another learner's review moves the median only when the learner's period turns (see cache.ts)...
    await review(mentor.id, (await createEnrolledLearner()).id, 4);
    expect((await reviewers(learner.id)).computed).toBe(0);
    // ...a review of the learner's own work bumps their version: it shows at once.
    await review(mentor.id, learner.id, 6);
    const reviewed = await reviewers(learner.id);
    expect(reviewed.computed).toBe(1);
    expect(reviewed.value.mentors.map((m) => [m.medianSeconds, m.reviewCount])).toEqual([[4 * 3600, 3]]);

    // A new mentor is named at once, with their own (empty) history.
    const second = await createTestUser("MENTOR", { name: "Bo Second" });
    await assignMentor(second.id, learner.id);
    const assigned = await reviewers(learner.id);
    expect(assigned.computed).toBe(1);
    expect(assigned.value.mentors.map((m) => [m.name, m.medianSeconds, m.reviewCount])).toEqual([
      ["Ada Cached", 4 * 3600, 3],
      ["Bo Second", null, 0],
    ]);
    expect(assigned.value).toEqual(await getLearnerReviewers(learner.id));
  });
});
