import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Counts every SQL statement the app's client sends: the summaries must cost the same number
// of queries for 3 learners as for 50.
const queryLog = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/counting-db")).countingDbModule(importOriginal, queryLog),
);

const { clearSummaryCache, getLearnerSummaries } = await import("@/lib/dashboard/summaries");
const { getLearnerProgress } = await import("@/lib/dashboard/queries");
const { addDays, toDbDate, todayInTimeZone } = await import("@/lib/progress/calendar");
const { createTestUser, seededGuide, testDb } = await import("../support/db");
const { enrollLearner } = await import("@/lib/guides/enrollment");

afterAll(async () => {
  await (await import("@/lib/db")).db().$disconnect();
});

const today = todayInTimeZone(new Date(), "UTC");
const DAY_MS = 86_400_000;
type Guide = Awaited<ReturnType<typeof seededGuide>>;
type Entry = { phase: number; subSkill: number | null; daysAgo: number; minutes: number };

async function enroll(learnerId: string, guideId: string, daysAgo: number) {
  await enrollLearner(testDb(), learnerId, { guideId, startedAt: new Date(Date.now() - daysAgo * DAY_MS) });
}

async function logEntries(learnerId: string, guide: Guide, entries: Entry[]) {
  await testDb().timeEntry.createMany({
    data: entries.map((e) => ({
      learnerId,
      phaseId: guide.phases[e.phase]!.id,
      subSkillId: e.subSkill === null ? null : guide.subSkills[e.subSkill]!.id,
      date: toDbDate(addDays(today, -e.daysAgo)),
      minutes: e.minutes,
    })),
  });
}

/** What the summary must say, computed here from the rows this test inserts. */
function expected(entries: Entry[], { windowDays }: { windowDays: number }) {
  const inWindow = entries.filter((e) => e.daysAgo < windowDays).reduce((sum, e) => sum + e.minutes, 0);
  const byPhase = [0, 1, 2].map((p) => entries.filter((e) => e.phase === p).reduce((sum, e) => sum + e.minutes, 0));
  const lastDaysAgo = entries.length === 0 ? null : Math.min(...entries.map((e) => e.daysAgo));
  return {
    totalMinutes: entries.reduce((sum, e) => sum + e.minutes, 0),
    byPhase,
    hoursPerWeek: Math.round((inWindow / 60 / (windowDays / 7)) * 10) / 10,
    lastActivityDate: lastDaysAgo === null ? null : addDays(today, -lastDaysAgo),
  };
}

describe("getLearnerSummaries", () => {
  let guide: Guide;
  const learners: Array<{ id: string; entries: Entry[]; windowDays: number; open: number }> = [];

  beforeAll(async () => {
    guide = await seededGuide();
    const prisma = testDb();
    const phase1Deliverables = await prisma.deliverable.findMany({
      where: { phaseId: guide.phases[0]!.id, archivedAt: null },
      orderBy: { position: "asc" },
    });
    const phase2Deliverable = await prisma.deliverable.findFirstOrThrow({
      where: { phaseId: guide.phases[1]!.id, archivedAt: null },
    });
    const questions = await prisma.quizQuestion.findMany({
      where: { guideId: guide.id, archivedAt: null },
      orderBy: { position: "asc" },
    });
    const project = await prisma.portfolioProject.findFirstOrThrow({ where: { guideId: guide.id, archivedAt: null } });

    // A: six weeks in, 66 h over phases 1 and 2 (tagged and untagged, inside and outside the
    // pace window), phase 1 approved, one phase-2 submission waiting, two quiz attempts, a project.
    const a = await createTestUser("LEARNER", { name: "Summary A" });
    await enroll(a.id, guide.id, 42);
    const aEntries: Entry[] = [
      ...Array.from({ length: 30 }, (_, i) => ({
        phase: 0,
        subSkill: i % 3 === 0 ? null : i % 6,
        daysAgo: 40 - i,
        minutes: 120,
      })),
      { phase: 1, subSkill: 2, daysAgo: 3, minutes: 240 },
      { phase: 1, subSkill: null, daysAgo: 0, minutes: 120 },
    ];
    await logEntries(a.id, guide, aEntries);
    for (const d of phase1Deliverables) {
      await prisma.submission.create({
        data: {
          learnerId: a.id,
          deliverableId: d.id,
          status: "APPROVED",
          submittedAt: new Date(),
          approvedAt: new Date(),
        },
      });
    }
    await prisma.submission.create({
      data: { learnerId: a.id, deliverableId: phase2Deliverable.id, status: "SUBMITTED", submittedAt: new Date() },
    });
    for (const correctEvery of [2, 4]) {
      // correctEvery 4: three answers in four right (the best attempt); 2: one in two.
      const answers = questions.map((q, i) => ({
        questionId: q.id,
        chosenOption: q.correctOption,
        isCorrect: i % correctEvery !== 0,
      }));
      await prisma.quizAttempt.create({
        data: {
          learnerId: a.id,
          guideId: guide.id,
          questionOrder: questions.map((q) => q.id),
          submittedAt: new Date(),
          totalCount: answers.length,
          correctCount: answers.filter((x) => x.isCorrect).length,
          answers: { create: answers },
        },
      });
    }
    await prisma.projectProgress.create({
      data: { learnerId: a.id, projectId: project.id, status: "APPROVED", approvedAt: new Date() },
    });
    learners.push({ id: a.id, entries: aEntries, windowDays: 28, open: 1 });

    // B: enrolled 10 days ago, so the pace window is the 11 days since (today included);
    // changes requested on one deliverable.
    const b = await createTestUser("LEARNER", { name: "Summary B" });
    await enroll(b.id, guide.id, 10);
    const bEntries: Entry[] = [
      { phase: 0, subSkill: null, daysAgo: 9, minutes: 90 },
      { phase: 0, subSkill: 1, daysAgo: 2, minutes: 45 },
    ];
    await logEntries(b.id, guide, bEntries);
    await prisma.submission.create({
      data: {
        learnerId: b.id,
        deliverableId: phase1Deliverables[0]!.id,
        status: "CHANGES_REQUESTED",
        submittedAt: new Date(),
      },
    });
    learners.push({ id: b.id, entries: bEntries, windowDays: 11, open: 1 });

    // C: enrolled long ago, nothing recorded.
    const c = await createTestUser("LEARNER", { name: "Summary C" });
    await enroll(c.id, guide.id, 100);
    learners.push({ id: c.id, entries: [], windowDays: 28, open: 0 });
  });

  it("matches what the rows say, learner by learner, in the order asked", async () => {
    const summaries = await getLearnerSummaries([learners[2]!.id, learners[0]!.id, learners[1]!.id], { today });
    expect(summaries.map((s) => s.learnerId)).toEqual([learners[2]!.id, learners[0]!.id, learners[1]!.id]);
    for (const learner of learners) {
      const summary = summaries.find((s) => s.learnerId === learner.id)!;
      const want = expected(learner.entries, learner);
      expect(summary.totalMinutes).toBe(want.totalMinutes);
      expect(summary.pathTotalHours).toBe(360);
      expect(summary.phases.map((p) => p.minutes)).toEqual(want.byPhase);
      expect(summary.phases.map((p) => p.number)).toEqual([1, 2, 3]);
      expect(summary.hoursPerWeek).toBe(want.hoursPerWeek);
      expect(summary.lastActivityDate).toBe(want.lastActivityDate);
      expect(summary.openSubmissions).toBe(learner.open);
    }
    const [c, a] = summaries;
    expect(a!.hoursPerWeek).toBeGreaterThan(0);
    expect(c).toMatchObject({
      totalMinutes: 0,
      hoursPerWeek: 0,
      level: { name: "Beginner" },
      nextLevelName: "Intermediate",
      readinessPercent: 0,
    });
    // 66 h, phase 1 approved, 75 % on the quiz: Intermediate on hours, phases and quiz alike.
    expect(a!.level?.name).toBe(
      (await getLearnerProgress(learners[0]!.id, { today })).explanation.assessment.level?.name,
    );
  });

  it("places every learner at the level and readiness their own dashboard shows", async () => {
    const summaries = await getLearnerSummaries(
      learners.map((l) => l.id),
      { today },
    );
    for (const summary of summaries) {
      const dashboard = await getLearnerProgress(summary.learnerId, { today });
      const { assessment } = dashboard.explanation;
      expect(summary.level?.key ?? null, summary.name ?? "").toBe(assessment.level?.key ?? null);
      expect(summary.readinessPercent).toBe(assessment.readinessPercent);
      expect(summary.totalMinutes).toBe(dashboard.total.loggedMinutes);
      expect(summary.hoursPerWeek).toBe(dashboard.pace.hoursPerWeek);
    }
  });

  it("costs the same number of SQL queries for 3 learners as for 50", async () => {
    const more = await Promise.all(
      Array.from({ length: 47 }, (_, i) => createTestUser("LEARNER", { name: `Bulk ${i}` })),
    );
    await testDb().enrollment.createMany({
      data: more.map((u) => ({ userId: u.id, guideId: guide.id, startedAt: new Date(Date.now() - 30 * DAY_MS) })),
    });
    await testDb().timeEntry.createMany({
      data: more.flatMap((u, i) =>
        [0, 5, 12].map((daysAgo) => ({
          learnerId: u.id,
          phaseId: guide.phases[i % 3]!.id,
          date: toDbDate(addDays(today, -daysAgo)),
          minutes: 30 + i,
        })),
      ),
    });
    const ids = [...learners.map((l) => l.id), ...more.map((u) => u.id)];

    // Both uncached (the per-learner cache would otherwise serve the first 3 from earlier tests).
    clearSummaryCache();
    queryLog.count = 0;
    const few = await getLearnerSummaries(ids.slice(0, 3), { today });
    const fewQueries = queryLog.count;
    clearSummaryCache();
    queryLog.count = 0;
    const many = await getLearnerSummaries(ids, { today });
    const manyQueries = queryLog.count;

    expect(few).toHaveLength(3);
    expect(many).toHaveLength(50);
    expect(manyQueries).toBe(fewQueries);
    // 1 for the learners, 1 for the curriculum (one guide), 4 grouped over the learners (time, submissions, quiz, projects).
    expect(fewQueries).toBe(6);
    expect(many.slice(3).every((s) => s.totalMinutes > 0 && s.lastActivityDate === today)).toBe(true);
  });

  it("returns nothing for no ids or unknown ids, without a query for an empty list", async () => {
    queryLog.count = 0;
    expect(await getLearnerSummaries([], { today })).toEqual([]);
    expect(queryLog.count).toBe(0);
    expect(await getLearnerSummaries(["no-such-user"], { today })).toEqual([]);
  });
});
