import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const { saveSelfAssessmentAction } = await import("@/lib/self-assessment/actions");
const { UNKNOWN_SELF_CHECK_MESSAGE } = await import("@/lib/self-assessment/mutations");
const { CONFIDENCE_RANGE_MESSAGE, confidenceField } = await import("@/lib/self-assessment/schema");
const { getSelfAssessmentPage, RATING_HISTORY_LIMIT } = await import("@/lib/self-assessment/queries");
const { INVALID_INPUT_MESSAGE } = await import("@/lib/actions/safe-action");
const { compareSelfAssessment } = await import("@/lib/progress/proficiency");
const { createTestUser, seededGuide, testDb } = await import("../support/db");

type SelfCheck = { id: string; subSkill: { key: string } };
let guideId: string;
let checks: SelfCheck[];
const SERVING = "model-serving-architecture";

beforeAll(async () => {
  guideId = (await seededGuide()).id;
  checks = await testDb().selfCheckQuestion.findMany({
    where: { guideId, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, subSkill: { select: { key: true } } },
  });
  expect(checks.filter((c) => c.subSkill.key === SERVING).length).toBeGreaterThanOrEqual(2);
});

beforeEach(() => signInAs(null));
const signedInLearner = async () => signInAs(await createTestUser("LEARNER"));

const rows = (learnerId: string) =>
  testDb().selfAssessment.findMany({
    where: { learnerId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { questionId: true, confidence: true },
  });
const q1 = () => checks[0]!.id;
const q2 = () => checks[1]!.id;
const q3 = () => checks[2]!.id;

describe("saving ratings", () => {
  it("appends to the history, only for ratings that changed", async () => {
    const learner = await signedInLearner();
    expect(await saveSelfAssessmentAction({ ratings: { [q1()]: 3, [q2()]: 4 } })).toEqual({
      ok: true,
      data: { saved: 2 },
      message: "Saved 2 ratings.",
    });
    expect(await saveSelfAssessmentAction({ ratings: { [q1()]: 3, [q2()]: 5 } })).toEqual({
      ok: true,
      data: { saved: 1 },
      message: "Saved 1 rating.",
    });
    expect(await rows(learner.id)).toEqual([
      { questionId: q1(), confidence: 3 },
      { questionId: q2(), confidence: 4 },
      { questionId: q2(), confidence: 5 },
    ]);
  });

  it("creates nothing when nothing changed, or nothing was rated", async () => {
    const learner = await signedInLearner();
    await saveSelfAssessmentAction({ ratings: { [q1()]: 2 } });
    expect(await saveSelfAssessmentAction({ ratings: { [q1()]: 2 } })).toMatchObject({
      ok: true,
      data: { saved: 0 },
      message: expect.stringMatching(/No changes/),
    });
    expect(await saveSelfAssessmentAction({ ratings: {} })).toMatchObject({
      ok: true,
      data: { saved: 0 },
      message: expect.stringMatching(/Nothing to save/),
    });
    expect(await rows(learner.id)).toHaveLength(1);
  });

  it("appends once when the same save arrives twice at the same time", async () => {
    const learner = await signedInLearner();
    await Promise.all([
      saveSelfAssessmentAction({ ratings: { [q1()]: 4 } }),
      saveSelfAssessmentAction({ ratings: { [q1()]: 4 } }),
    ]);
    expect(await rows(learner.id)).toHaveLength(1);
  });

  it("reads the form's flat fields, skipping questions left unrated", async () => {
    const learner = await signedInLearner();
    const form = new FormData();
    form.set(confidenceField(q1()), "5");
    form.set(confidenceField(q2()), "");
    expect(await saveSelfAssessmentAction(null, form)).toMatchObject({ ok: true, data: { saved: 1 } });
    expect(await rows(learner.id)).toEqual([{ questionId: q1(), confidence: 5 }]);
  });

  it.each([0, 6, -1, 2.5, "x", "10"])(
    "refuses a confidence of %j with a message on that question, saving nothing",
    async (value) => {
      const learner = await signedInLearner();
      const result = await saveSelfAssessmentAction({ ratings: { [q1()]: 4, [q2()]: value } });
      expect(result).toEqual({
        ok: false,
        message: INVALID_INPUT_MESSAGE,
        fieldErrors: { [confidenceField(q2())]: [CONFIDENCE_RANGE_MESSAGE] },
      });
      expect(await rows(learner.id)).toEqual([]);
    },
  );

  it("refuses a question that is not one of the guide's current self-checks, saving nothing", async () => {
    const learner = await signedInLearner();
    const result = await saveSelfAssessmentAction({ ratings: { [q1()]: 4, "not-a-question": 3 } });
    expect(result).toEqual({ ok: false, message: UNKNOWN_SELF_CHECK_MESSAGE });
    expect(await rows(learner.id)).toEqual([]);
  });

  it("refuses mentors and admins", async () => {
    signInAs(await createTestUser("ADMIN"));
    expect(await saveSelfAssessmentAction({ ratings: { [q1()]: 4 } })).toMatchObject({
      ok: false,
      message: "You don't have access to this.",
    });
  });
});

describe("the self-assessment page's data", () => {
  it("shows per question the latest rating first and a bounded history, with the total count", async () => {
    const learner = await signedInLearner();
    const values = [1, 2, 3, 4, 5, 4, 3];
    await testDb().selfAssessment.createMany({
      data: values.map((confidence, i) => ({
        learnerId: learner.id,
        questionId: q3(),
        confidence,
        createdAt: new Date(Date.UTC(2026, 1, i + 1)),
      })),
    });
    const page = await getSelfAssessmentPage(learner.id, "UTC");
    const question = page.subSkills.flatMap((s) => s.questions).find((q) => q.id === q3())!;
    expect(question.ratings.map((r) => r.confidence)).toEqual([...values].reverse().slice(0, RATING_HISTORY_LIMIT));
    expect(question.ratingCount).toBe(values.length);
    expect(page.ratedCount).toBe(1);
    expect(page.questionCount).toBe(checks.length);
  });

  it("gives per sub-skill the mean of the LATEST ratings, and another learner's ratings don't count", async () => {
    const other = await signedInLearner();
    await saveSelfAssessmentAction({ ratings: Object.fromEntries(checks.map((c) => [c.id, 1])) });
    const learner = await signedInLearner();
    // Three saves: the first ratings are superseded, and not every question is rated.
    const rated = checks.slice(0, -1);
    await saveSelfAssessmentAction({ ratings: Object.fromEntries(rated.map((c) => [c.id, 2])) });
    await saveSelfAssessmentAction({ ratings: Object.fromEntries(rated.map((c, i) => [c.id, 1 + (i % 5)])) });
    await saveSelfAssessmentAction({ ratings: { [rated[0]!.id]: 5 } });

    const latest = new Map(rated.map((c, i) => [c.id, 1 + (i % 5)]));
    latest.set(rated[0]!.id, 5);
    const expected = new Map<string, number[]>();
    for (const c of rated) expected.set(c.subSkill.key, [...(expected.get(c.subSkill.key) ?? []), latest.get(c.id)!]);

    const page = await getSelfAssessmentPage(learner.id, "UTC");
    for (const s of page.subSkills) {
      const mine = expected.get(s.key);
      const mean = mine ? mine.reduce((a, b) => a + b, 0) / mine.length : null;
      expect(s.comparison.meanConfidence, s.key).toBe(mean);
    }
    expect(
      (await getSelfAssessmentPage(other.id, "UTC")).subSkills.every(
        (s) => s.questions.length === 0 || s.comparison.meanConfidence === 1,
      ),
    ).toBe(true);
  });

  it("puts the ratings beside the evidence (hours, approved deliverables, best quiz) with the calibration verdict", async () => {
    const learner = await signedInLearner();
    const guide = await seededGuide();
    const serving = guide.subSkills.find((s) => s.key === SERVING)!;
    await testDb().timeEntry.create({
      data: {
        learnerId: learner.id,
        phaseId: guide.phases[0]!.id,
        subSkillId: serving.id,
        date: new Date("2026-01-05"),
        minutes: 720,
      },
    });
    const touching = await testDb().deliverableSubSkill.findMany({
      where: { subSkillId: serving.id, deliverable: { archivedAt: null, phase: { archivedAt: null } } },
      select: { deliverableId: true },
    });
    await testDb().submission.create({
      data: {
        learnerId: learner.id,
        deliverableId: touching[0]!.deliverableId,
        status: "APPROVED",
        approvedAt: new Date(),
      },
    });
    const questions = await testDb().quizQuestion.findMany({
      where: { guideId, archivedAt: null },
      select: { id: true, correctOption: true, subSkillId: true },
    });
    const servingQuestions = questions.filter((q) => q.subSkillId === serving.id);
    const rightIds = new Set(servingQuestions.slice(0, 2).map((q) => q.id));
    const answers = questions.map((q) => {
      const isCorrect = rightIds.has(q.id);
      return { questionId: q.id, chosenOption: isCorrect ? q.correctOption : (q.correctOption + 1) % 4, isCorrect };
    });
    await testDb().quizAttempt.create({
      data: {
        learnerId: learner.id,
        guideId,
        questionOrder: questions.map((q) => q.id),
        correctCount: 2,
        totalCount: questions.length,
        submittedAt: new Date(),
        answers: { create: answers },
      },
    });
    const servingChecks = checks.filter((c) => c.subSkill.key === SERVING);
    await saveSelfAssessmentAction({ ratings: { [servingChecks[0]!.id]: 4, [servingChecks[1]!.id]: 5 } });

    const page = await getSelfAssessmentPage(learner.id, "UTC");
    const row = page.subSkills.find((s) => s.key === SERVING)!;
    expect(page.quizTaken).toBe(true);
    expect(row.evidence.hours?.loggedMinutes).toBe(720);
    expect(row.evidence.deliverables).toMatchObject({ approved: 1, total: touching.length });
    expect(row.evidence.quiz).toMatchObject({ correct: 2, total: servingQuestions.length });
    const pathHours = guide.phases.filter((p) => p.archivedAt === null).reduce((sum, p) => sum + p.estimatedHours, 0);
    const share = (serving.weightPercent / 100) * pathHours * 60;
    const score =
      Math.round(
        1000 * (0.4 * Math.min(1, 720 / share) + 0.4 * (1 / touching.length) + 0.2 * (2 / servingQuestions.length)),
      ) / 10;
    expect(row.evidence.score).toBe(score);
    // Only rated questions count: the mean of 4 and 5.
    expect(row.comparison).toEqual(
      compareSelfAssessment(
        [{ subSkillKey: SERVING, meanConfidence: 4.5 }],
        [{ key: SERVING, name: serving.name, score }],
      )[0],
    );
    expect(row.comparison.verdict).toBe("over-confident");
  });
});
