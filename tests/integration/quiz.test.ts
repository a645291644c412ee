import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const { startQuizAttemptAction, submitQuizAttemptAction } = await import("@/lib/quiz/actions");
const { ALREADY_SUBMITTED_MESSAGE, ATTEMPT_NOT_FOUND_MESSAGE, UNKNOWN_QUESTION_MESSAGE } =
  await import("@/lib/quiz/mutations");
const { INVALID_OPTION_MESSAGE, UNANSWERED_MESSAGE, answerField } = await import("@/lib/quiz/schema");
const { getAttemptResult, getAttemptState, getAttemptToTake, getQuizOverview, QUIZ_HISTORY_PAGE_SIZE } =
  await import("@/lib/quiz/queries");
const { selectBestAndLatest } = await import("@/lib/quiz/scoring");
const { overlap, shareBySubSkill } = await import("@/lib/quiz/draw");
const { INVALID_INPUT_MESSAGE } = await import("@/lib/actions/safe-action");
const { createTestUser, seededGuide, testDb } = await import("../support/db");

type Question = {
  id: string;
  correctOption: number;
  options: string[];
  explanation: string;
  subSkill: { key: string; name: string; position: number };
};

let guideId: string;
let active: Question[];
let archivedId: string;
beforeAll(async () => {
  guideId = (await seededGuide()).id;
  active = await testDb().quizQuestion.findMany({
    where: { guideId, archivedAt: null },
    select: {
      id: true,
      correctOption: true,
      options: true,
      explanation: true,
      subSkill: { select: { key: true, name: true, position: true } },
    },
  });
  // An archived question must never be dealt; removed again after, so the seeded guide is as it was.
  const subSkillId = (await testDb().subSkill.findFirstOrThrow({ where: { guideId }, select: { id: true } })).id;
  archivedId = (
    await testDb().quizQuestion.create({
      data: {
        guideId,
        subSkillId,
        key: `archived-${Date.now()}`,
        position: 999,
        prompt: "Archived?",
        options: ["a", "b", "c", "d"],
        correctOption: 0,
        explanation: "Archived explanation",
        origin: "ADDED",
        archivedAt: new Date(),
      },
    })
  ).id;
});

afterAll(async () => {
  await testDb().quizQuestion.delete({ where: { id: archivedId } });
});

beforeEach(() => signInAs(null));
const signedInLearner = async () => signInAs(await createTestUser("LEARNER"));

async function startAttempt(): Promise<string> {
  const result = await startQuizAttemptAction({});
  if (!result.ok || !result.data) throw new Error(`start failed: ${JSON.stringify(result)}`);
  return result.data.attemptId;
}

const byId = (id: string) => active.find((q) => q.id === id)!;
/** Moves an attempt's start and submission `hours` into the past: the cooldown has passed. */
const elapse = async (attemptId: string, hours: number) => {
  const a = await testDb().quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const back = (d: Date | null) => d && new Date(d.getTime() - hours * 3_600_000);
  await testDb().quizAttempt.update({
    where: { id: attemptId },
    data: { startedAt: back(a.startedAt)!, submittedAt: back(a.submittedAt) },
  });
};
const orderOf = async (attemptId: string) =>
  (await testDb().quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).questionOrder;
/** Right on even positions of the attempt's order, wrong (the next option) on odd ones. */
const patternAnswers = (order: string[]) =>
  Object.fromEntries(
    order.map((id, i) => [id, i % 2 === 0 ? byId(id).correctOption : (byId(id).correctOption + 1) % 4]),
  );
const allCorrect = (order: string[]) => Object.fromEntries(order.map((id) => [id, byId(id).correctOption]));
const snapshot = async (attemptId: string) => ({
  attempt: await testDb().quizAttempt.findUniqueOrThrow({ where: { id: attemptId } }),
  answers: await testDb().quizAnswer.findMany({ where: { attemptId }, orderBy: { questionId: "asc" } }),
});

describe("starting an attempt", () => {
  // Was: every question, in a new order. Now (issue 11): a fresh draw of the policy's size from the bank.
  it("draws the policy's number of questions from the bank, shared by weight, in a server-shuffled order", async () => {
    const learner = await signedInLearner();
    const first = await startAttempt();
    const order = await orderOf(first);
    const { quizQuestionsPerAttempt } = await testDb().guide.findUniqueOrThrow({ where: { id: guideId } });
    expect(order).toHaveLength(quizQuestionsPerAttempt);
    expect(new Set(order).size).toBe(order.length);
    expect(order.every((id) => active.some((q) => q.id === id))).toBe(true);
    expect(order).not.toContain(archivedId);
    const subSkills = await testDb().subSkill.findMany({
      where: { guideId, archivedAt: null },
      orderBy: { position: "asc" },
    });
    const pool = new Map(subSkills.map((s) => [s.key, active.filter((q) => q.subSkill.key === s.key).length]));
    const shares = shareBySubSkill(subSkills, pool, quizQuestionsPerAttempt);
    for (const s of subSkills)
      expect(order.filter((id) => byId(id).subSkill.key === s.key).length, s.key).toBe(shares.get(s.key));
    expect(await testDb().quizAttempt.findUniqueOrThrow({ where: { id: first } })).toMatchObject({
      learnerId: learner.id,
      guideId,
      submittedAt: null,
      correctCount: 0,
      totalCount: 0,
    });

    // Starting again while it is open continues it (a double click never opens two).
    expect(await startQuizAttemptAction({})).toMatchObject({
      ok: true,
      data: { attemptId: first },
      message: "Continuing your open attempt.",
    });
    expect(await testDb().quizAttempt.count({ where: { learnerId: learner.id } })).toBe(1);

    // A retake after submitting (and the cooldown) is a new attempt with a fresh draw: on the
    // seeded bank (at least twice each sub-skill's share) it shares no question with the first.
    expect((await submitQuizAttemptAction({ attemptId: first, answers: allCorrect(order) })).ok).toBe(true);
    await elapse(first, 25);
    const second = await startAttempt();
    expect(second).not.toBe(first);
    expect(overlap(order, await orderOf(second))).toBe(0);
  });

  it("two concurrent starts open one attempt", async () => {
    const learner = await signedInLearner();
    const ids = await Promise.all([startAttempt(), startAttempt()]);
    expect(ids[0]).toBe(ids[1]);
    expect(await testDb().quizAttempt.count({ where: { learnerId: learner.id } })).toBe(1);
  });
});

describe("submitting an attempt", () => {
  it("scores on the server, per sub-skill, and stores every answer with its correctness", async () => {
    const learner = await signedInLearner();
    const attemptId = await startAttempt();
    const order = await orderOf(attemptId);
    const answers = patternAnswers(order);
    const expectedCorrect = order.filter((_, i) => i % 2 === 0).length;

    const result = await submitQuizAttemptAction({ attemptId, answers });
    expect(result).toMatchObject({
      ok: true,
      data: { attemptId, correctCount: expectedCorrect, totalCount: order.length },
    });

    const { attempt, answers: rows } = await snapshot(attemptId);
    expect(attempt).toMatchObject({ correctCount: expectedCorrect, totalCount: order.length, learnerId: learner.id });
    expect(attempt.submittedAt).toBeInstanceOf(Date);
    expect(rows).toHaveLength(order.length);
    for (const row of rows) {
      expect(row.chosenOption).toBe(answers[row.questionId]);
      expect(row.isCorrect).toBe(order.indexOf(row.questionId) % 2 === 0);
    }

    // Per sub-skill, as the test computes it from the answers it sent.
    const expected = new Map<string, { correct: number; total: number }>();
    order.forEach((id, i) => {
      const tally = expected.get(byId(id).subSkill.key) ?? { correct: 0, total: 0 };
      expected.set(byId(id).subSkill.key, { correct: tally.correct + (i % 2 === 0 ? 1 : 0), total: tally.total + 1 });
    });
    const view = await getAttemptResult(learner, attemptId);
    const position = (key: string) => active.find((q) => q.subSkill.key === key)!.subSkill.position;
    expect(view?.bySubSkill.map((s) => [s.key, { correct: s.correct, total: s.total }])).toEqual(
      [...expected.entries()].sort(([a], [b]) => position(a) - position(b)),
    );
    expect(view?.bySubSkill.reduce((sum, s) => sum + s.correct, 0)).toBe(expectedCorrect);
    // Was: the learner saw every correct answer. Now (issue 11, default review "after passing"):
    // a failed attempt shows the questions and explanations in the attempt's order, no answer key.
    expect(view?.questions.map((q) => q.id)).toEqual(order);
    expect(view?.answersShown).toBe(false);
    expect(view?.questions.every((q) => q.review === null)).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(/correctOption|isCorrect|chosenOption/);
    expect(view?.questions[1]?.explanation).toBe(byId(order[1]!).explanation);
    expect(view?.number).toBe(1);
    // An admin sees the learner's answer and the correct one.
    const admin = await createTestUser("ADMIN");
    expect((await getAttemptResult(admin, attemptId))?.questions[1]).toMatchObject({
      review: { chosenOption: answers[order[1]!], correctOption: byId(order[1]!).correctOption, isCorrect: false },
    });
  });

  it("accepts the form's flat fields (answer-<questionId>) too", async () => {
    await signedInLearner();
    const attemptId = await startAttempt();
    const order = await orderOf(attemptId);
    const form = new FormData();
    form.set("attemptId", attemptId);
    for (const id of order) form.set(answerField(id), String(byId(id).correctOption));
    expect(await submitQuizAttemptAction(null, form)).toMatchObject({ ok: true, data: { correctCount: order.length } });
  });

  it("refuses a second submit and changes nothing", async () => {
    await signedInLearner();
    const attemptId = await startAttempt();
    const order = await orderOf(attemptId);
    await submitQuizAttemptAction({ attemptId, answers: patternAnswers(order) });
    const before = await snapshot(attemptId);
    expect(await submitQuizAttemptAction({ attemptId, answers: allCorrect(order) })).toEqual({
      ok: false,
      message: ALREADY_SUBMITTED_MESSAGE,
    });
    expect(await snapshot(attemptId)).toEqual(before);
  });

  it("lets exactly one of two concurrent submits through", async () => {
    await signedInLearner();
    const attemptId = await startAttempt();
    const order = await orderOf(attemptId);
    const results = await Promise.all([
      submitQuizAttemptAction({ attemptId, answers: allCorrect(order) }),
      submitQuizAttemptAction({ attemptId, answers: patternAnswers(order) }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, message: ALREADY_SUBMITTED_MESSAGE });
    expect(await testDb().quizAnswer.count({ where: { attemptId } })).toBe(order.length);
  });

  it("refuses unanswered questions, naming them and marking each, and saves nothing", async () => {
    await signedInLearner();
    const attemptId = await startAttempt();
    const order = await orderOf(attemptId);
    const answers = allCorrect(order);
    delete answers[order[3]!];
    answers[order[8]!] = "" as unknown as number; // a group sent empty counts as unanswered too
    const result = await submitQuizAttemptAction({ attemptId, answers });
    expect(result).toEqual({
      ok: false,
      message: "Answer every question before submitting: questions 4 and 9 are unanswered.",
      fieldErrors: { [answerField(order[3]!)]: [UNANSWERED_MESSAGE], [answerField(order[8]!)]: [UNANSWERED_MESSAGE] },
    });
    expect(await snapshot(attemptId)).toMatchObject({
      attempt: { submittedAt: null, correctCount: 0, totalCount: 0 },
      answers: [],
    });
  });

  it("says how many are unanswered, and where to start, when many are", async () => {
    await signedInLearner();
    const attemptId = await startAttempt();
    const order = await orderOf(attemptId);
    const result = await submitQuizAttemptAction({ attemptId, answers: { [order[0]!]: 0 } });
    expect(result).toMatchObject({
      ok: false,
      message: `Answer every question before submitting: ${order.length - 1} questions are unanswered, starting with question 2.`,
    });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toHaveLength(order.length - 1);
  });

  it.each([
    ["an option the question doesn't have (7)", 7, `Choose one of the listed options for question 2.`],
    ["a negative option (-1)", -1, INVALID_INPUT_MESSAGE],
    ['a non-number ("x")', "x", INVALID_INPUT_MESSAGE],
    ["a fraction (1.5)", 1.5, INVALID_INPUT_MESSAGE],
  ])("refuses %s on that question's field and saves nothing", async (_case, value, message) => {
    await signedInLearner();
    const attemptId = await startAttempt();
    const order = await orderOf(attemptId);
    const answers: Record<string, unknown> = allCorrect(order);
    answers[order[1]!] = value;
    expect(await submitQuizAttemptAction({ attemptId, answers })).toEqual({
      ok: false,
      message,
      fieldErrors: { [answerField(order[1]!)]: [INVALID_OPTION_MESSAGE] },
    });
    expect(await snapshot(attemptId)).toMatchObject({ attempt: { submittedAt: null }, answers: [] });
  });

  it("refuses answers to questions outside the attempt", async () => {
    await signedInLearner();
    const attemptId = await startAttempt();
    const order = await orderOf(attemptId);
    const result = await submitQuizAttemptAction({ attemptId, answers: { ...allCorrect(order), [archivedId]: 0 } });
    expect(result).toEqual({ ok: false, message: UNKNOWN_QUESTION_MESSAGE });
    expect(await testDb().quizAnswer.count({ where: { attemptId } })).toBe(0);
  });

  it("treats another learner's attempt as not found, in the action and in every loader", async () => {
    const owner = await signedInLearner();
    const attemptId = await startAttempt();
    const order = await orderOf(attemptId);
    const other = await signedInLearner();
    expect(await submitQuizAttemptAction({ attemptId, answers: allCorrect(order) })).toEqual({
      ok: false,
      message: ATTEMPT_NOT_FOUND_MESSAGE,
    });
    expect(await snapshot(attemptId)).toMatchObject({ attempt: { submittedAt: null }, answers: [] });
    expect(await getAttemptState(other.id, attemptId)).toBeNull();
    expect(await getAttemptToTake(other.id, attemptId)).toBeNull();

    signInAs(owner);
    await submitQuizAttemptAction({ attemptId, answers: allCorrect(order) });
    expect(await getAttemptState(owner.id, attemptId)).toBe("submitted");
    expect(await getAttemptResult(other, attemptId)).toBeNull();
    expect(await getAttemptResult(owner, attemptId)).not.toBeNull();
  });

  it("refuses mentors and admins: the quiz is the learner's own", async () => {
    signInAs(await createTestUser("MENTOR")); // (the matrix covers every persona)
    expect(await startQuizAttemptAction({})).toMatchObject({ ok: false, message: "You don't have access to this." });
  });
});

describe("the take page's data", () => {
  it("holds prompts and options only: no correct option, no explanation", async () => {
    const learner = await signedInLearner();
    const attemptId = await startAttempt();
    const data = await getAttemptToTake(learner.id, attemptId);
    expect(data?.questions.map((q) => q.id)).toEqual(await orderOf(attemptId));
    for (const q of data!.questions) expect(Object.keys(q).sort()).toEqual(["fromGuide", "id", "options", "prompt"]);
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/correctOption|explanation|isCorrect/);
    for (const q of active) expect(json).not.toContain(q.explanation);
    expect(await getAttemptState(learner.id, attemptId)).toBe("open");
    // Once submitted, the take loader has nothing to give.
    await submitQuizAttemptAction({ attemptId, answers: allCorrect(await orderOf(attemptId)) });
    expect(await getAttemptToTake(learner.id, attemptId)).toBeNull();
  });
});

describe("the overview", () => {
  it("lists submitted attempts newest first, numbered, with best (ties → latest) and latest, paginated", async () => {
    const learner = await signedInLearner();
    const total = active.length;
    const scores = [9, 15, 12, 15, 3, 10, 11, 12, 8, 14, 7, 6];
    const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12));
    const created = [];
    for (const [i, correctCount] of scores.entries()) {
      created.push(
        await testDb().quizAttempt.create({
          data: {
            learnerId: learner.id,
            guideId,
            questionOrder: [],
            correctCount,
            totalCount: total,
            startedAt: day(i + 1),
            submittedAt: day(i + 1),
          },
        }),
      );
    }
    const open = await startAttempt();

    const overview = await getQuizOverview(learner.id);
    const expected = selectBestAndLatest(created);
    expect(overview.best?.id).toBe(expected.best!.id);
    expect(overview.best?.id).toBe(created[3]!.id); // 15 twice: the later one
    expect(overview.latest?.id).toBe(created.at(-1)!.id);
    expect(overview.openAttempt?.id).toBe(open);
    expect(overview.submittedCount).toBe(scores.length);
    expect(overview.pageCount).toBe(Math.ceil(scores.length / QUIZ_HISTORY_PAGE_SIZE));
    expect(overview.history.map((a) => a.id)).toEqual(
      [...created]
        .reverse()
        .slice(0, QUIZ_HISTORY_PAGE_SIZE)
        .map((a) => a.id),
    );
    expect(overview.history[0]?.number).toBe(scores.length);

    const page2 = await getQuizOverview(learner.id, 2);
    expect(page2.history.map((a) => a.number)).toEqual([2, 1]);
    expect((await getQuizOverview(learner.id, 99)).page).toBe(page2.pageCount);
  });

  it("is empty for a learner who never submitted", async () => {
    const learner = await signedInLearner();
    expect(await getQuizOverview(learner.id)).toMatchObject({
      best: null,
      latest: null,
      history: [],
      submittedCount: 0,
      openAttempt: null,
      start: { ok: true },
      attemptsLeft: null,
      policy: { counting: "LATEST", review: "AFTER_PASSING" },
    });
  });
});
