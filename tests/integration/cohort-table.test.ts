import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Counts every SQL statement the app's client sends, so the table's cost can be held fixed
// whatever the cohort's size.
const queryLog = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/counting-db")).countingDbModule(importOriginal, queryLog),
);

const { getCohortProgress } = await import("@/lib/cohorts/queries");
const { clearSummaryCache } = await import("@/lib/dashboard/summaries");
const { getLearnerProgress } = await import("@/lib/dashboard/queries");
const { getMenteeSummaries } = await import("@/lib/mentor/queries");
const { addDays, toDbDate, todayInTimeZone } = await import("@/lib/progress/calendar");
const { createFixtureGuide } = await import("../support/curriculum");
const { createTestUser, testDb } = await import("../support/db");

afterAll(async () => {
  await (await import("@/lib/db")).db().$disconnect();
});

const today = todayInTimeZone(new Date(), "UTC");
const DAY_MS = 86_400_000;
const TIME_ZONES = ["UTC", "Pacific/Auckland", "America/Los_Angeles", "Europe/Berlin"];
type Guide = Awaited<ReturnType<typeof createFixtureGuide>>;
type Learner = { id: string; timeZone: string; startedAt: Date; lastDaysAgo: number | null; open: number };

/** A small deterministic generator, so every run builds the same varied cohort. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

/**
 * Learner `i`'s record on the cohort's guide, stronger as `i` grows: hours on several phases and
 * sub-skills (some untagged, some inside the pace window), deliverables approved with rubric
 * scores or waiting, quiz attempts, self-ratings, projects, and hours on another guide that
 * must not count anywhere in the table.
 */
async function insertRecord(i: number, guide: Guide, other: Guide, mentorId: string): Promise<Learner> {
  const prisma = testDb();
  const pick = random(i + 1);
  const timeZone = TIME_ZONES[i % TIME_ZONES.length]!;
  const learner = await createTestUser("LEARNER", { name: `Row ${String(i).padStart(2, "0")}`, timeZone });
  const startedAt = new Date(Date.now() - (i % 3 === 0 ? 10 : 90) * DAY_MS);
  // Enrolled on the other guide first for some, then on the cohort's; for others the other guide is the active one.
  await prisma.enrollment.create({
    data: { userId: learner.id, guideId: guide.id, startedAt, activatedAt: new Date(Date.now() - 5 * DAY_MS) },
  });
  if (i % 2 === 1)
    await prisma.enrollment.create({
      data: {
        userId: learner.id,
        guideId: other.id,
        activatedAt: new Date(Date.now() - (i % 4 === 1 ? 1 : 9) * DAY_MS),
      },
    });
  await prisma.mentorAssignment.create({ data: { mentorId, learnerId: learner.id } });

  // Days ago ≥ 1 (never a future day in any learner's time zone), one entry a day (under the daily cap).
  const entries = i === 0 ? [] : Array.from({ length: 4 + i * 3 }, (_, k) => ({ daysAgo: 1 + ((k * 37 + i) % 97), k }));
  await prisma.timeEntry.createMany({
    data: entries.map(({ daysAgo, k }) => ({
      learnerId: learner.id,
      phaseId: guide.phases[(k + i) % guide.phases.length]!.id,
      subSkillId: k % 4 === 0 ? null : guide.subSkills[pick(guide.subSkills.length)]!.id,
      date: toDbDate(addDays(today, -daysAgo)),
      minutes: 30 + pick(200),
    })),
  });
  const lastDaysAgo = entries.length === 0 ? null : Math.min(...entries.map((e) => e.daysAgo));
  // Another guide's hours, on the most recent day of all: they must move neither the hours nor the last activity.
  await prisma.timeEntry.create({
    data: { learnerId: learner.id, phaseId: other.phases[0]!.id, date: toDbDate(addDays(today, -1)), minutes: 45 + i },
  });

  // Deliverables in path order: the first `approved` approved (rubric scores from Developing to
  // Exemplary, or none), then one submitted, one with changes requested, one draft.
  const deliverables = guide.phases.flatMap((p) => p.deliverables.filter((d) => d.archivedAt === null));
  const approved = Math.min(deliverables.length, Math.floor(i / 2));
  let open = 0;
  for (const [n, deliverable] of deliverables.slice(0, approved + 3).entries()) {
    const status = n < approved ? "APPROVED" : (["SUBMITTED", "CHANGES_REQUESTED", "DRAFT"] as const)[n - approved]!;
    if (status === "SUBMITTED" || status === "CHANGES_REQUESTED") open += 1;
    const submission = await prisma.submission.create({
      data: {
        learnerId: learner.id,
        deliverableId: deliverable.id,
        status,
        submittedAt: status === "DRAFT" ? null : new Date(),
        approvedAt: status === "APPROVED" ? new Date() : null,
        versions: { create: { number: 1, description: "Work", submittedAt: new Date() } },
      },
      include: { versions: true },
    });
    if (status !== "APPROVED" || n % 3 === 2) continue; // every third approval has no rubric scores
    const criteria = await prisma.rubricCriterion.findMany({
      where: { deliverableId: deliverable.id, archivedAt: null },
    });
    await prisma.review.create({
      data: {
        versionId: submission.versions[0]!.id,
        decision: "APPROVED",
        scores: { create: criteria.map((c, j) => ({ criterionId: c.id, level: 2 + ((i + j) % 3) })) },
      },
    });
  }

  // Quiz: none for some, one to three submitted attempts (different scores) and an unfinished one.
  const questions = guide.quizQuestions.filter((q) => q.archivedAt === null).slice(0, 12);
  for (let attempt = 0; attempt < i % 4; attempt += 1) {
    const answers = questions.map((q, j) => ({
      questionId: q.id,
      chosenOption: 0,
      isCorrect: (j + attempt + i) % 4 !== 0 || i > 20,
    }));
    await prisma.quizAttempt.create({
      data: {
        learnerId: learner.id,
        guideId: guide.id,
        questionOrder: questions.map((q) => q.id),
        submittedAt: new Date(Date.now() - (attempt + 1) * 3_600_000),
        totalCount: answers.length,
        correctCount: answers.filter((a) => a.isCorrect).length,
        answers: { create: answers },
      },
    });
  }
  await prisma.quizAttempt.create({
    data: { learnerId: learner.id, guideId: guide.id, questionOrder: questions.map((q) => q.id) },
  });

  // Self-ratings (the dashboard compares them; the table must be unaffected) and projects.
  await prisma.selfAssessment.createMany({
    data: guide.selfChecks
      .slice(0, 3)
      .map((q, j) => ({ learnerId: learner.id, questionId: q.id, confidence: 1 + ((i + j) % 5) })),
  });
  if (i % 3 === 2)
    await prisma.projectProgress.create({
      data: { learnerId: learner.id, projectId: guide.projects[0]!.id, status: "APPROVED", approvedAt: new Date() },
    });
  if (i % 5 === 4)
    await prisma.projectProgress.create({
      data: {
        learnerId: learner.id,
        guideId: guide.id,
        title: "Own project",
        status: "APPROVED",
        approvedAt: new Date(),
        subSkills: { create: guide.subSkills.slice(0, 2).map((s) => ({ subSkillId: s.id })) },
      },
    });
  return { id: learner.id, timeZone, startedAt, lastDaysAgo, open };
}

describe("the cohort progress table", () => {
  let guide: Guide;
  let cohortId: string;
  let mentor: Awaited<ReturnType<typeof createTestUser>>;
  const learners: Learner[] = [];

  beforeAll(async () => {
    guide = await createFixtureGuide();
    const other = await createFixtureGuide();
    mentor = await createTestUser("MENTOR");
    for (let i = 0; i < 30; i += 1) learners.push(await insertRecord(i, guide, other, mentor.id));
    const cohort = await testDb().cohort.create({
      data: {
        guideId: guide.id,
        name: `Table ${guide.slug}`,
        startDate: new Date("2026-01-05T00:00:00Z"),
        members: { create: learners.map((l) => ({ learnerId: l.id })) },
      },
    });
    cohortId = cohort.id;
  }, 120_000);

  it("shows for each learner the figures of their own dashboard on the cohort's guide", async () => {
    const progress = (await getCohortProgress(cohortId, { today }))!;
    expect(progress.summaries).toHaveLength(learners.length);
    const levels = new Set<string | null>();
    for (const learner of learners) {
      const row = progress.summaries.find((s) => s.learnerId === learner.id)!;
      const dashboard = await getLearnerProgress(learner.id, {
        today,
        timeZone: learner.timeZone,
        enrollment: { guideId: guide.id, startedAt: learner.startedAt, weeklyGoalMinutes: null },
      });
      const { assessment } = dashboard.explanation;
      levels.add(assessment.level?.key ?? null);
      expect(
        {
          totalMinutes: row.totalMinutes,
          totalPercent: row.totalPercent,
          pathTotalHours: row.pathTotalHours,
          phases: row.phases.map((p) => [p.key, p.number, p.minutes, p.estimatedHours]),
          hoursPerWeek: row.hoursPerWeek,
          level: row.level?.key ?? null,
          levelIndex: row.levelIndex,
          nextLevelName: row.nextLevelName,
          readinessPercent: row.readinessPercent,
          lastActivityDate: row.lastActivityDate,
          openSubmissions: row.openSubmissions,
        },
        row.name ?? "",
      ).toEqual({
        totalMinutes: dashboard.total.loggedMinutes,
        totalPercent: dashboard.total.percent,
        pathTotalHours: dashboard.pathTotalHours,
        phases: dashboard.phases.map((p) => [p.key, p.position, p.loggedMinutes, p.targetMinutes / 60]),
        hoursPerWeek: dashboard.pace.hoursPerWeek,
        level: assessment.level?.key ?? null,
        levelIndex: assessment.level ? dashboard.levels.findIndex((l) => l.key === assessment.level!.key) : -1,
        nextLevelName: assessment.nextLevel?.name ?? null,
        readinessPercent: assessment.readinessPercent,
        lastActivityDate: learner.lastDaysAgo === null ? null : addDays(today, -learner.lastDaysAgo),
        openSubmissions: learner.open,
      });
    }
    // The cohort is varied enough to test something: several levels, someone with no hours.
    expect(levels.size).toBeGreaterThan(1);
    expect(progress.summaries.some((s) => s.totalMinutes === 0 && s.lastActivityDate === null)).toBe(true);
  });

  it("gives the mentor's list the same rows on the same guide", async () => {
    const onGuide = await getMenteeSummaries({ ...mentor, colorScheme: "system", timeZoneSet: true }, today, {
      guideId: guide.id,
    });
    const table = (await getCohortProgress(cohortId, { today }))!.summaries;
    const byId = new Map(table.map((s) => [s.learnerId, s]));
    expect(onGuide).toHaveLength(learners.length);
    for (const row of onGuide) expect(row).toEqual(byId.get(row.learnerId));
  });

  it("costs the same number of SQL statements for one learner as for thirty", async () => {
    const one = await testDb().cohort.create({
      data: {
        guideId: guide.id,
        name: `One ${guide.slug}`,
        startDate: new Date("2026-01-05T00:00:00Z"),
        members: { create: [{ learnerId: learners[7]!.id }] },
      },
    });
    // Both uncached: the per-learner cache (tests/integration/cohort-table-cache.test.ts) would
    // otherwise serve these learners from the tests above.
    clearSummaryCache();
    queryLog.count = 0;
    expect((await getCohortProgress(one.id, { today }))!.summaries).toHaveLength(1);
    const forOne = queryLog.count;
    clearSummaryCache();
    queryLog.count = 0;
    expect((await getCohortProgress(cohortId, { today }))!.summaries).toHaveLength(30);
    expect(queryLog.count).toBe(forOne);
  });
});
