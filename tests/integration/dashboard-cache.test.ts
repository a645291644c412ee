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
const { logHoursAction, deleteTimeEntryAction } = await import("@/lib/hours/actions");
const { toggleChecklistItemAction } = await import("@/lib/phases/actions");
const { saveSelfAssessmentAction } = await import("@/lib/self-assessment/actions");
const { submitDeliverableAction } = await import("@/lib/deliverables/actions");
const { startQuizAttemptAction, submitQuizAttemptAction } = await import("@/lib/quiz/actions");
const { setWeeklyGoalAction } = await import("@/lib/dashboard/actions");
const { addDays, todayInTimeZone } = await import("@/lib/progress/calendar");
const { createEnrolledLearner, seededGuide, testDb } = await import("../support/db");

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
