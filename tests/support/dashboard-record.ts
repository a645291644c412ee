import type { DeliverableStatus } from "@/lib/progress/path";
import { seededGuide, testDb } from "./db";

/** Fixtures of tests/integration/dashboard.test.ts: the seeded guide's details and one learner's known record. */

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const at = (iso: string, time = "20:00") => new Date(`${iso}T${time}:00Z`);

/** The seeded guide with what the expectations need: deliverables' sub-skills, quiz and self-check questions, projects, red flags. */
export async function loadDashboardGuide() {
  const guide = await seededGuide();
  const prisma = testDb();
  const [deliverables, questions, selfChecks, projects, redFlags, levels] = await Promise.all([
    prisma.deliverable.findMany({
      where: { phase: { guideId: guide.id }, archivedAt: null },
      orderBy: { position: "asc" },
      select: {
        id: true,
        key: true,
        title: true,
        phaseId: true,
        subSkills: { select: { subSkill: { select: { key: true } } } },
      },
    }),
    // The guide file's own 18 questions (not the bank's), as one attempt an admin set to 18 questions would hold.
    prisma.quizQuestion.findMany({
      where: { guideId: guide.id, archivedAt: null, NOT: { key: { startsWith: "bank-" } } },
      orderBy: { position: "asc" },
      select: { id: true, subSkillId: true },
    }),
    prisma.selfCheckQuestion.findMany({
      where: { guideId: guide.id, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, subSkillId: true },
    }),
    prisma.portfolioProject.findMany({
      where: { guideId: guide.id, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, key: true, title: true, subSkills: { select: { subSkill: { select: { key: true } } } } },
    }),
    prisma.redFlag.findMany({
      where: { guideId: guide.id, archivedAt: null },
      select: { key: true, subSkill: { select: { key: true } } },
    }),
    prisma.level.findMany({ where: { guideId: guide.id }, orderBy: { position: "asc" } }),
  ]);
  const phases = guide.phases.filter((p) => p.archivedAt === null);
  const subSkill = (key: string) => guide.subSkills.find((s) => s.key === key)!;
  return { guide, phases, deliverables, questions, selfChecks, projects, redFlags, levels, subSkill };
}

export type DashboardGuide = Awaited<ReturnType<typeof loadDashboardGuide>>;

export const keysOf = (row: { subSkills: Array<{ subSkill: { key: string } }> }) =>
  row.subSkills.map((s) => s.subSkill.key);

/**
 * One learner's record across every kind of evidence: hours over several days, phases (an
 * archived one too) and sub-skills (some untagged), submissions in several states, two
 * submitted quiz attempts and an unfinished one, self-ratings with history, an approved project.
 */
export async function insertKnownRecord(
  g: DashboardGuide,
  {
    learner,
    other,
    archivedPhaseId,
    today,
  }: { learner: { id: string }; other: { id: string }; archivedPhaseId: string; today: string },
) {
  const [p1, p2] = g.phases;
  const prisma = testDb();
  const entries: Array<{ date: string; phaseId: string; subSkill: string | null; minutes: number }> = [
    { date: "2026-03-11", phaseId: p1!.id, subSkill: "model-serving-architecture", minutes: 120 },
    { date: "2026-03-10", phaseId: p1!.id, subSkill: "infrastructure-as-code", minutes: 90 },
    { date: "2026-03-09", phaseId: p1!.id, subSkill: null, minutes: 240 },
    { date: "2026-03-09", phaseId: p2!.id, subSkill: "ml-pipeline-automation", minutes: 60 },
    { date: "2026-03-07", phaseId: p1!.id, subSkill: "data-pipeline-engineering", minutes: 45 },
    { date: "2026-02-20", phaseId: archivedPhaseId, subSkill: null, minutes: 600 },
    { date: "2026-01-10", phaseId: p1!.id, subSkill: "monitoring-observability", minutes: 1440 },
    { date: "2026-01-11", phaseId: p1!.id, subSkill: "model-serving-architecture", minutes: 1440 },
    { date: "2026-01-12", phaseId: p1!.id, subSkill: "ml-governance-security", minutes: 1000 },
    { date: "2025-03-01", phaseId: p1!.id, subSkill: "model-serving-architecture", minutes: 300 }, // before the heatmap
  ];
  await prisma.timeEntry.createMany({
    data: entries.map((e) => ({
      learnerId: learner.id,
      phaseId: e.phaseId,
      subSkillId: e.subSkill ? g.subSkill(e.subSkill).id : null,
      date: day(e.date),
      minutes: e.minutes,
      createdAt: at(e.date),
    })),
  });
  await prisma.timeEntry.create({ data: { learnerId: other.id, phaseId: p1!.id, date: day(today), minutes: 500 } });
  // Untagged minutes are shared among the sub-skills phase 1's deliverables touch; the archived phase's go nowhere.
  const p1Deliverables = g.deliverables.filter((d) => d.phaseId === p1!.id);
  const p1Touched = [...new Set(p1Deliverables.flatMap(keysOf))];
  const untaggedP1 = entries
    .filter((e) => e.phaseId === p1!.id && e.subSkill === null)
    .reduce((total, e) => total + e.minutes, 0);
  const subSkillMinutes = (key: string) =>
    entries.filter((e) => e.subSkill === key).reduce((total, e) => total + e.minutes, 0) +
    (p1Touched.includes(key) ? untaggedP1 / p1Touched.length : 0);

  // Phase 1 fully approved; phase 2: one awaiting review, one with changes requested.
  const p2Deliverables = g.deliverables.filter((d) => d.phaseId === p2!.id);
  const statuses = new Map<string, Exclude<DeliverableStatus, "NOT_STARTED" | "DRAFT">>([
    ...p1Deliverables.map((d) => [d.id, "APPROVED"] as const),
    [p2Deliverables[0]!.id, "SUBMITTED"],
    [p2Deliverables[1]!.id, "CHANGES_REQUESTED"],
  ]);
  const changes: Date[] = [];
  for (const [i, [deliverableId, status]] of [...statuses].entries()) {
    const submission = await prisma.submission.create({ data: { learnerId: learner.id, deliverableId, status } });
    const change = await prisma.submissionStatusChange.create({
      data: { submissionId: submission.id, toStatus: status, createdAt: at(`2026-03-0${i + 1}`, "12:00") },
    });
    changes.push(change.createdAt);
  }

  // Two submitted attempts (the first is best, the latest is what counts by default) and one never submitted.
  const questionOrder = g.questions.map((q) => q.id);
  const attempt = async (correct: number, submittedAt: Date | null) => {
    const row = await prisma.quizAttempt.create({
      data: {
        learnerId: learner.id,
        guideId: g.guide.id,
        questionOrder,
        correctCount: submittedAt ? correct : 0,
        totalCount: submittedAt ? questionOrder.length : 0,
        submittedAt,
      },
    });
    if (submittedAt)
      await prisma.quizAnswer.createMany({
        data: g.questions.map((q, i) => ({
          attemptId: row.id,
          questionId: q.id,
          chosenOption: 0,
          isCorrect: i < correct,
        })),
      });
    return row;
  };
  const best = await attempt(14, at("2026-03-01", "10:00"));
  const latest = await attempt(10, at("2026-03-05", "10:00"));
  await attempt(0, null);

  // Self-check: the latest rating per question counts, older ones don't.
  const servingChecks = g.selfChecks.filter((q) => q.subSkillId === g.subSkill("model-serving-architecture").id);
  const dataCheck = g.selfChecks.find((q) => q.subSkillId === g.subSkill("data-pipeline-engineering").id)!;
  await prisma.selfAssessment.createMany({
    data: [
      { learnerId: learner.id, questionId: servingChecks[0]!.id, confidence: 2, createdAt: at("2026-02-01") },
      { learnerId: learner.id, questionId: servingChecks[0]!.id, confidence: 5, createdAt: at("2026-03-01") },
      ...servingChecks.slice(1).map((q) => ({ learnerId: learner.id, questionId: q.id, confidence: 4 })),
      { learnerId: learner.id, questionId: dataCheck.id, confidence: 2 },
    ],
  });

  // One approved project, one still in progress.
  const [approvedProject, otherProject] = g.projects;
  await prisma.projectProgress.createMany({
    data: [
      { learnerId: learner.id, projectId: approvedProject!.id, status: "APPROVED", approvedAt: at("2026-03-02") },
      { learnerId: learner.id, projectId: otherProject!.id, status: "IN_PROGRESS" },
    ],
  });
  return {
    learnerId: learner.id,
    entries,
    subSkillMinutes,
    statuses,
    changes,
    best,
    latest,
    servingRatings: [5, ...servingChecks.slice(1).map(() => 4)],
    approvedProject: approvedProject!,
  };
}
