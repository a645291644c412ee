import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * The quiz policy (issue 11) against a real database: attempt limits (also under concurrent
 * starts), the cooldown, what a result reveals to the learner, their mentor and an admin,
 * fresh draws that share at most half their questions, archiving during an attempt, the
 * counting rule feeding the level, and the farming the issue reported. Each test runs on its
 * own copy of the guide (its policy set there), so the shared seeded guide never changes.
 */

const { startQuizAttemptAction, submitQuizAttemptAction } = await import("@/lib/quiz/actions");
const { UNKNOWN_QUESTION_MESSAGE } = await import("@/lib/quiz/mutations");
const { getAttemptResult, getQuizOverview } = await import("@/lib/quiz/queries");
const { countedAttempts, policyOf } = await import("@/lib/quiz/policy");
const { overlap } = await import("@/lib/quiz/draw");
const { getLearnerProgress } = await import("@/lib/dashboard/queries");
const { getLearnerSummaries } = await import("@/lib/dashboard/summaries");
const { saveCurriculumItemAction } = await import("@/lib/curriculum/actions");
const { createEnrolledLearner, createTestUser, testDb } = await import("../support/db");
const { createFixtureGuide } = await import("../support/curriculum");

type Policy = Partial<{
  quizQuestionsPerAttempt: number;
  quizMaxAttempts: number;
  quizCooldownHours: number;
  quizReview: "AFTER_LAST_ATTEMPT" | "AFTER_PASSING" | "NEVER";
  quizPassPercent: number;
  quizCounting: "BEST" | "LATEST" | "AVERAGE_LAST_N";
  quizAverageOf: number;
}>;

/** A private guide with the given policy (the schema's defaults otherwise) and a learner on it, signed in. */
async function setUp(policy: Policy = {}) {
  const guide = await createFixtureGuide();
  await testDb().guide.update({ where: { id: guide.id }, data: policy });
  const learner = signInAs(await createEnrolledLearner({ guideId: guide.id }));
  const questions = new Map(guide.quizQuestions.map((q) => [q.id, q]));
  return { guide, learner, questions };
}
type Setup = Awaited<ReturnType<typeof setUp>>;

const TODAY = "2026-12-05";
const orderOf = async (attemptId: string) =>
  (await testDb().quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).questionOrder;

async function start(): Promise<string> {
  const result = await startQuizAttemptAction({});
  if (!result.ok || !result.data) throw new Error(`start failed: ${JSON.stringify(result)}`);
  return result.data.attemptId;
}

/** Answers the attempt: the first `correct` questions right, the rest wrong (unless `choose` says otherwise). */
async function take(s: Setup, attemptId: string, correct: number, choose?: (id: string) => number | undefined) {
  const order = await orderOf(attemptId);
  const answers = Object.fromEntries(
    order.map((id, i) => {
      const right = s.questions.get(id)!.correctOption;
      return [id, choose?.(id) ?? (i < correct ? right : (right + 1) % 4)];
    }),
  );
  const result = await submitQuizAttemptAction({ attemptId, answers });
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result)}`);
  return { order, answers };
}

/** Moves every attempt of the learner `hours` into the past: the cooldown has passed. */
async function elapse(learnerId: string, hours: number) {
  await testDb().$executeRaw`
    UPDATE "QuizAttempt" SET "startedAt" = "startedAt" - make_interval(hours => ${hours}::int),
                             "submittedAt" = "submittedAt" - make_interval(hours => ${hours}::int)
     WHERE "learnerId" = ${learnerId}`;
}

beforeEach(() => signInAs(null));

describe("attempt limit", () => {
  it("refuses a start past the maximum, with a clear message, and keeps the attempts as they were", async () => {
    const s = await setUp({ quizMaxAttempts: 2, quizCooldownHours: 0 });
    await take(s, await start(), 3);
    await take(s, await start(), 4);
    expect(await startQuizAttemptAction({})).toEqual({
      ok: false,
      message: "You have used all 2 attempts this quiz allows: no more attempts can be started.",
    });
    expect(await testDb().quizAttempt.count({ where: { learnerId: s.learner.id } })).toBe(2);
    expect((await getQuizOverview(s.learner.id)).start).toMatchObject({ ok: false, reason: "max-attempts" });
    expect((await getQuizOverview(s.learner.id)).attemptsLeft).toBe(0);
  });

  it("holds under concurrent starts: never more attempts than the maximum", async () => {
    const s = await setUp({ quizMaxAttempts: 2, quizCooldownHours: 0 });
    await take(s, await start(), 1);
    // Four starts at once with one attempt left: one is opened, the others continue it.
    const results = await Promise.all([1, 2, 3, 4].map(() => startQuizAttemptAction({})));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.data?.attemptId : null))).size).toBe(1);
    expect(await testDb().quizAttempt.count({ where: { learnerId: s.learner.id } })).toBe(2);
    await take(s, results[0]!.ok ? results[0]!.data!.attemptId : "", 1);
    // None left: every concurrent start is refused and nothing is written.
    const refused = await Promise.all([1, 2, 3].map(() => startQuizAttemptAction({})));
    expect(refused.every((r) => !r.ok)).toBe(true);
    expect(await testDb().quizAttempt.count({ where: { learnerId: s.learner.id } })).toBe(2);
  });

  it("counts unlimited attempts when the maximum is 0", async () => {
    const s = await setUp({ quizMaxAttempts: 0, quizCooldownHours: 0 });
    for (let i = 0; i < 4; i += 1) await take(s, await start(), 1);
    expect((await getQuizOverview(s.learner.id)).attemptsLeft).toBeNull();
    expect((await startQuizAttemptAction({})).ok).toBe(true);
  });
});

describe("cooldown", () => {
  it("refuses a retake until the cooldown has passed since the last submission, then allows it", async () => {
    const s = await setUp({ quizCooldownHours: 24 });
    await take(s, await start(), 2);
    const refused = await startQuizAttemptAction({});
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(
      /^You can take the quiz again from .+: the quiz asks for 24 hours between attempts\.$/,
    );
    expect((await getQuizOverview(s.learner.id)).start).toMatchObject({ ok: false, reason: "cooldown" });
    await elapse(s.learner.id, 23);
    expect((await startQuizAttemptAction({})).ok).toBe(false);
    await elapse(s.learner.id, 1);
    expect((await startQuizAttemptAction({})).ok).toBe(true);
  });
});

describe("what a result reveals, per policy and per viewer", () => {
  /** The learner, their assigned mentor, an unassigned mentor and an admin. */
  async function viewers(learnerId: string) {
    const mentor = await createTestUser("MENTOR");
    await testDb().mentorAssignment.create({ data: { mentorId: mentor.id, learnerId } });
    return { mentor, stranger: await createTestUser("MENTOR"), admin: await createTestUser("ADMIN") };
  }
  const shown = async (viewer: { id: string; role: "LEARNER" | "MENTOR" | "ADMIN" }, attemptId: string) => {
    const result = await getAttemptResult(viewer, attemptId);
    if (!result) return null;
    // The flag and the data agree: no answer key in a hidden result.
    expect(result.questions.every((q) => (q.review !== null) === result.answersShown)).toBe(true);
    if (!result.answersShown) expect(JSON.stringify(result)).not.toMatch(/correctOption|isCorrect|chosenOption/);
    // Always: the score per sub-skill and every explanation.
    expect(result.bySubSkill.length).toBeGreaterThan(0);
    expect(result.questions.every((q) => q.explanation.length > 0)).toBe(true);
    return result.answersShown;
  };

  it("after the last attempt: hidden from learner and mentor until then, always shown to an admin", async () => {
    const s = await setUp({ quizReview: "AFTER_LAST_ATTEMPT", quizMaxAttempts: 2, quizCooldownHours: 0 });
    const v = await viewers(s.learner.id);
    const first = await start();
    await take(s, first, 12);
    expect(await shown(s.learner, first)).toBe(false);
    expect(await shown(v.mentor, first)).toBe(false);
    expect(await shown(v.admin, first)).toBe(true);
    expect(await shown(v.stranger, first)).toBeNull(); // not their mentee: not found
    const second = await start();
    await take(s, second, 0);
    for (const attempt of [first, second]) {
      expect(await shown(s.learner, attempt)).toBe(true);
      expect(await shown(v.mentor, attempt)).toBe(true);
    }
    expect((await getAttemptResult(s.learner, first))?.hiddenAnswersNote).toBeNull();
  });

  it("after passing (the default): hidden while every attempt fails, shown once one passes", async () => {
    const s = await setUp({ quizCooldownHours: 0 });
    const v = await viewers(s.learner.id);
    const failed = await start();
    await take(s, failed, 8); // 8 of 12 = 66.7 % < 70 %
    expect(await shown(s.learner, failed)).toBe(false);
    expect(await shown(v.mentor, failed)).toBe(false);
    expect((await getAttemptResult(s.learner, failed))?.hiddenAnswersNote).toBe(
      "Which answers were right is shown once you pass the quiz (70% or more).",
    );
    const passed = await start();
    await take(s, passed, 9); // 75 %
    expect(await shown(s.learner, passed)).toBe(true);
    expect(await shown(v.mentor, passed)).toBe(true);
  });

  it("never: hidden from learner and mentor even after passing; an admin still sees the answers", async () => {
    const s = await setUp({ quizReview: "NEVER", quizCooldownHours: 0 });
    const v = await viewers(s.learner.id);
    const attempt = await start();
    await take(s, attempt, 12);
    expect(await shown(s.learner, attempt)).toBe(false);
    expect(await shown(v.mentor, attempt)).toBe(false);
    expect(await shown(v.admin, attempt)).toBe(true);
  });
});

describe("fresh draws from the question bank", () => {
  it("draws a new subset for every attempt; two in a row share none on the seeded bank", async () => {
    const s = await setUp({ quizCooldownHours: 0 });
    let previous: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const attempt = await start();
      const { order } = await take(s, attempt, 1);
      expect(order).toHaveLength(12);
      expect(overlap(previous, order)).toBe(0);
      previous = order;
    }
  });

  it("shares at most half when each sub-skill's pool is only 1.5 × its share", async () => {
    const s = await setUp({ quizCooldownHours: 0 });
    // Shares of 12 by weight: 3, 3, 2, 2, 1, 1 → keep 5, 5, 3, 3, 2, 2 questions, archive the rest.
    const keep = [5, 5, 3, 3, 2, 2];
    for (const [i, subSkill] of s.guide.subSkills.entries()) {
      const extra = s.guide.quizQuestions.filter((q) => q.subSkillId === subSkill.id).slice(keep[i]);
      await testDb().quizQuestion.updateMany({
        where: { id: { in: extra.map((q) => q.id) } },
        data: { archivedAt: new Date() },
      });
    }
    let previous = (await take(s, await start(), 1)).order;
    for (let i = 0; i < 6; i += 1) {
      const { order } = await take(s, await start(), 1);
      expect(order).toHaveLength(12);
      expect(overlap(previous, order)).toBeLessThanOrEqual(6);
      previous = order;
    }
  });
});

describe("archiving during an attempt", () => {
  it("scores an open attempt on the questions it had, with a note; a new question is not added to it", async () => {
    const s = await setUp({ quizCooldownHours: 0 });
    const attempt = await start();
    const order = await orderOf(attempt);
    await testDb().quizQuestion.update({ where: { id: order[0]! }, data: { archivedAt: new Date() } });
    const added = await testDb().quizQuestion.create({
      data: {
        guideId: s.guide.id,
        subSkillId: s.guide.subSkills[0]!.id,
        key: `added-${Date.now()}`,
        position: 900,
        prompt: "Added while the attempt was open",
        options: ["a", "b", "c", "d"],
        correctOption: 0,
        explanation: "New",
        origin: "ADDED",
      },
    });
    const answers = Object.fromEntries(order.map((id) => [id, s.questions.get(id)!.correctOption]));
    expect(await submitQuizAttemptAction({ attemptId: attempt, answers: { ...answers, [added.id]: 0 } })).toEqual({
      ok: false,
      message: UNKNOWN_QUESTION_MESSAGE,
    });
    expect(await submitQuizAttemptAction({ attemptId: attempt, answers })).toMatchObject({
      ok: true,
      data: { correctCount: 12, totalCount: 12 },
    });
    const result = await getAttemptResult(s.learner, attempt);
    expect(result?.questions.map((q) => q.id)).toEqual(order);
    expect(result?.archivedDuringAttempt).toBe(1);
  });

  it("never changes a submitted attempt's score or the level's evidence", async () => {
    const s = await setUp({ quizCooldownHours: 0 });
    const attempt = await start();
    const { order } = await take(s, attempt, 6);
    const before = await getLearnerProgress(s.learner.id, { today: TODAY });
    await testDb().quizQuestion.updateMany({
      where: { id: { in: order.slice(0, 6) } },
      data: { archivedAt: new Date() },
    });
    const after = await getLearnerProgress(s.learner.id, { today: TODAY });
    expect(await testDb().quizAttempt.findUniqueOrThrow({ where: { id: attempt } })).toMatchObject({
      correctCount: 6,
      totalCount: 12,
    });
    expect(after.quiz.counted).toEqual(before.quiz.counted);
    expect(after.explanation.assessment.subSkills.map((x) => x.quiz)).toEqual(
      before.explanation.assessment.subSkills.map((x) => x.quiz),
    );
    expect((await getAttemptResult(s.learner, attempt))?.archivedDuringAttempt).toBe(0);
    // The next attempt draws none of the archived questions.
    const next = await orderOf(await start());
    expect(next.filter((id) => order.slice(0, 6).includes(id))).toEqual([]);
  });
});

describe("the counting rule feeds the level", () => {
  // Three attempts of 12: 3, then 9, then 6 correct (oldest first).
  async function threeAttempts(counting: Policy["quizCounting"], averageOf = 3) {
    const s = await setUp({ quizCooldownHours: 0, quizCounting: counting, quizAverageOf: averageOf });
    for (const correct of [3, 9, 6]) {
      await take(s, await start(), correct);
      await elapse(s.learner.id, 1); // distinct submission times, oldest first
    }
    const progress = await getLearnerProgress(s.learner.id, { today: TODAY });
    const attempts = await testDb().quizAttempt.findMany({
      where: { learnerId: s.learner.id },
      select: { id: true, correctCount: true, totalCount: true, submittedAt: true },
    });
    const expected = countedAttempts(
      policyOf(await testDb().guide.findUniqueOrThrow({ where: { id: s.guide.id } })),
      attempts.map((a) => ({ id: a.id, correct: a.correctCount, total: a.totalCount, submittedAt: a.submittedAt! })),
    );
    const [summary] = await getLearnerSummaries([s.learner.id], { today: TODAY });
    return { progress, expected, summary, s };
  }

  it.each([
    ["LATEST", 3, { correct: 6, total: 12, attempts: 1, percent: 50 }, "your latest attempt"],
    ["BEST", 3, { correct: 9, total: 12, attempts: 1, percent: 75 }, "your best attempt"],
    ["AVERAGE_LAST_N", 2, { correct: 15, total: 24, attempts: 2, percent: 62.5 }, "your last 2 attempts together"],
  ] as const)("%s (N=%s)", async (counting, n, counted, words) => {
    const { progress, expected, summary } = await threeAttempts(counting, n);
    expect(progress.quiz.counted).toEqual(counted);
    expect(progress.quiz.countedAs).toBe(words);
    expect(progress.explanation.assessment.quizPercent).toBe(counted.percent);
    // The SQL takes the attempts the pure rule takes.
    expect({ correct: counted.correct, total: counted.total }).toEqual({
      correct: expected.reduce((sum, a) => sum + a.correct, 0),
      total: expected.reduce((sum, a) => sum + a.total, 0),
    });
    // Per sub-skill, the counted attempts' questions add up to the counted total.
    const perSubSkill = progress.explanation.assessment.subSkills.reduce((sum, x) => sum + (x.quiz?.total ?? 0), 0);
    expect(perSubSkill).toBe(counted.total);
    // The mentor's and cohort's tables place the learner on the same level.
    expect(summary?.level?.key ?? null).toBe(progress.explanation.assessment.level?.key ?? null);
  });
});

describe("farming (issue 11): copying an earlier attempt's answers", () => {
  /**
   * A learner who knows little: attempt 1 answers 2 of 12 right (16.7 %). They read everything
   * the result page's query exposes, wait out the cooldown, and answer attempt 2 by copying:
   * the correct option where the result revealed it, their own earlier answer where a question
   * repeats, and a guess (wrong) on new questions. Returns the level evidence before and after.
   */
  async function farm(policy: Policy) {
    const s = await setUp(policy);
    // Only the quiz decides the level here: Beginner, then 50 %, 90 % and 100 % of the quiz.
    for (const [i, level] of s.guide.levels.entries())
      await testDb().level.update({
        where: { id: level.id },
        data: {
          minTotalHours: 0,
          minPhasesCompleted: 0,
          minOverallScore: 0,
          minSubSkillScore: 0,
          minApprovedProjects: 0,
          minQuizPercent: [0, 50, 90, 100][i] ?? 100,
        },
      });
    const first = await start();
    const attempt1 = await take(s, first, 2);
    const before = await getLearnerProgress(s.learner.id, { today: TODAY });

    const exposed = await getAttemptResult(s.learner, first);
    const copied = new Map<string, number>();
    for (const q of exposed!.questions) copied.set(q.id, q.review ? q.review.correctOption : attempt1.answers[q.id]!);

    await elapse(s.learner.id, 24 * 31);
    const second = await start();
    const attempt2 = await take(s, second, 0, (id) => copied.get(id));
    const after = await getLearnerProgress(s.learner.id, { today: TODAY });
    return { before, after, repeated: attempt2.order.filter((id) => copied.has(id)).length, exposed: exposed! };
  }
  const levelIndex = (p: Awaited<ReturnType<typeof getLearnerProgress>>) =>
    p.levels.findIndex((l) => l.key === p.explanation.assessment.level?.key);

  it("under the default policy: nothing to copy, and the level does not rise", async () => {
    const { before, after, exposed, repeated } = await farm({});
    expect(exposed.answersShown).toBe(false);
    expect(JSON.stringify(exposed)).not.toMatch(/correctOption|isCorrect|chosenOption/);
    expect(repeated).toBeLessThanOrEqual(6); // at most half of 12 (0 on the seeded bank)
    expect(before.quiz.counted?.percent).toBe(16.7);
    expect(after.quiz.counted!.percent).toBeLessThanOrEqual(before.quiz.counted!.percent);
    expect(after.explanation.assessment.quizPercent!).toBeLessThanOrEqual(before.explanation.assessment.quizPercent!);
    expect(levelIndex(after)).toBeLessThanOrEqual(levelIndex(before));
    expect(after.explanation.assessment.overallScore).toBeLessThanOrEqual(before.explanation.assessment.overallScore);
  });

  it("the same copying does raise the level under the old, gameable rules (the test can see farming)", async () => {
    // Every question in every attempt, answers revealed after any attempt, best attempt counts, no cooldown.
    const { before, after, repeated } = await farm({
      quizQuestionsPerAttempt: 100,
      quizReview: "AFTER_PASSING",
      quizPassPercent: 1,
      quizCounting: "BEST",
      quizCooldownHours: 0,
    });
    expect(repeated).toBe(after.quiz.counted!.total);
    expect(after.quiz.counted!.percent).toBe(100);
    expect(levelIndex(after)).toBeGreaterThan(levelIndex(before));
  });
});

describe("the admin sets the policy in the curriculum editor", () => {
  it("saves it audited, and refuses values outside the bounds at the field", async () => {
    const s = await setUp();
    signInAs(await createTestUser("ADMIN"));
    const input = {
      part: "quizPolicy",
      id: s.guide.id,
      quizQuestionsPerAttempt: "10",
      quizMaxAttempts: "2",
      quizCooldownHours: "0",
      quizPassPercent: "80",
      quizReview: "AFTER_LAST_ATTEMPT",
      quizCounting: "AVERAGE_LAST_N",
      quizAverageOf: "2",
    };
    expect((await saveCurriculumItemAction(input)).ok).toBe(true);
    expect(policyOf(await testDb().guide.findUniqueOrThrow({ where: { id: s.guide.id } }))).toEqual({
      questionsPerAttempt: 10,
      maxAttempts: 2,
      cooldownHours: 0,
      passPercent: 80,
      review: "AFTER_LAST_ATTEMPT",
      counting: "AVERAGE_LAST_N",
      averageOf: 2,
    });
    expect(await testDb().auditLog.count({ where: { entityId: s.guide.id, action: "quizPolicy.updated" } })).toBe(1);
    const bad = await saveCurriculumItemAction({ ...input, quizMaxAttempts: "101", quizReview: "SOMETIMES" });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        quizMaxAttempts: ["The maximum attempts must be at most 100."],
        quizReview: ["Choose when answers are shown."],
      },
    });
    // Nothing already saved is lost.
    expect((await testDb().guide.findUniqueOrThrow({ where: { id: s.guide.id } })).quizMaxAttempts).toBe(2);
  });
});
