import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * The staff view of a mentee's quiz attempt (lib/quiz/staff.ts): an assigned mentor or an admin
 * sees every question with the learner's answer marked right or wrong; the correct option of a
 * wrong answer follows the review policy for a mentor and is always there for an admin. Anyone
 * else (another learner, the learner themself, a mentor not assigned) gets nothing.
 */

const { startQuizAttemptAction, submitQuizAttemptAction } = await import("@/lib/quiz/actions");
const { getMenteeAttempt, getMenteeQuizHistory } = await import("@/lib/quiz/staff");
const { createEnrolledLearner, createTestUser, testDb } = await import("../support/db");
const { createFixtureGuide } = await import("../support/curriculum");

beforeEach(() => signInAs(null));

/** A learner on a private guide (default policy: answers shown after passing) who fails one attempt: 4 of 12 right. */
async function failedAttempt() {
  const guide = await createFixtureGuide();
  const learner = signInAs(await createEnrolledLearner({ guideId: guide.id }));
  const started = await startQuizAttemptAction({});
  if (!started.ok || !started.data) throw new Error("start failed");
  const { attemptId } = started.data;
  const order = (await testDb().quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).questionOrder;
  const key = new Map(guide.quizQuestions.map((q) => [q.id, q.correctOption]));
  const answers = Object.fromEntries(order.map((id, i) => [id, i < 4 ? key.get(id)! : (key.get(id)! + 1) % 4]));
  expect(await submitQuizAttemptAction({ attemptId, answers })).toMatchObject({ ok: true });
  signInAs(null);
  const mentor = await createTestUser("MENTOR");
  await testDb().mentorAssignment.create({ data: { mentorId: mentor.id, learnerId: learner.id } });
  return { learner, mentor, attemptId, order, answers, key };
}

describe("a mentee's quiz attempt, for staff", () => {
  it("shows the assigned mentor every answer marked right or wrong, but not the key the policy still hides", async () => {
    const { learner, mentor, attemptId, order, answers, key } = await failedAttempt();
    const attempt = await getMenteeAttempt(mentor, learner.id, attemptId);
    expect(attempt).not.toBeNull();
    expect(attempt!.questions.map((q) => q.id)).toEqual(order);
    expect(attempt!.correctCount).toBe(4);
    for (const q of attempt!.questions) {
      expect(q.answer.chosenOption).toBe(answers[q.id]);
      expect(q.answer.isCorrect).toBe(answers[q.id] === key.get(q.id));
      // Right answers show themselves; a wrong answer's correct option stays hidden (after passing: not passed).
      expect(q.answer.correctOption).toBe(q.answer.isCorrect ? key.get(q.id) : null);
    }
    expect(attempt!.answersShown).toBe(false);
  });

  it("shows an admin the correct option of every question", async () => {
    const { learner, attemptId, key } = await failedAttempt();
    const admin = await createTestUser("ADMIN");
    const attempt = await getMenteeAttempt(admin, learner.id, attemptId);
    expect(attempt!.questions.every((q) => q.answer.correctOption === key.get(q.id))).toBe(true);
  });

  it("refuses a mentor not assigned to the learner, another learner, the learner, and a mismatched learner id", async () => {
    const { learner, mentor, attemptId } = await failedAttempt();
    const other = await createEnrolledLearner();
    expect(await getMenteeAttempt(await createTestUser("MENTOR"), learner.id, attemptId)).toBeNull();
    expect(await getMenteeAttempt(other, learner.id, attemptId)).toBeNull();
    expect(await getMenteeAttempt(learner, learner.id, attemptId)).toBeNull();
    expect(await getMenteeAttempt(mentor, other.id, attemptId)).toBeNull();
    expect(await getMenteeAttempt(mentor, learner.id, "no-such-attempt")).toBeNull();
  });

  it("lists the mentee's submitted attempts for the progress page", async () => {
    const { learner, attemptId } = await failedAttempt();
    const history = await getMenteeQuizHistory(learner.id, 1);
    expect(history.submittedCount).toBe(1);
    expect(history.history.map((a) => a.id)).toEqual([attemptId]);
  });
});
