import "server-only";
import { randomInt } from "node:crypto";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { drawQuestions } from "@/lib/quiz/draw";
import { POLICY_COLUMNS, canStartAttempt, policyOf } from "@/lib/quiz/policy";
import { checkAnswers, describeQuestionNumbers } from "@/lib/quiz/scoring";
import {
  INVALID_OPTION_MESSAGE,
  UNANSWERED_MESSAGE,
  answerField,
  type SubmitQuizAttemptInput,
} from "@/lib/quiz/schema";
import { formatInstant } from "@/lib/ui/format";

export const ATTEMPT_NOT_FOUND_MESSAGE = "That quiz attempt was not found.";
export const ALREADY_SUBMITTED_MESSAGE = "This attempt was already submitted.";
export const NO_QUESTIONS_MESSAGE = "This guide has no quiz questions yet.";
export const UNKNOWN_QUESTION_MESSAGE =
  "Some answers are for questions that are not in this attempt. Reload the page and try again.";

/**
 * Serializes a learner's quiz writes: a double-clicked "Start" then finds the attempt the first
 * click opened. NO KEY UPDATE, so rows that merely reference the user (foreign-key checks take
 * KEY SHARE) are never blocked by it.
 */
async function lockLearner(tx: Prisma.TransactionClient, learnerId: string) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${learnerId} FOR NO KEY UPDATE`;
}

/**
 * Opens an attempt under the guide's quiz policy: refused past the attempt limit or inside the
 * cooldown; otherwise a fresh draw from the question bank (per sub-skill by weight, the
 * previous attempt's questions last: lib/quiz/draw.ts) from the server's cryptographic RNG,
 * stored in the attempt (`questionOrder`), which is scored on exactly those questions whatever
 * the bank becomes. A learner with an attempt still open continues it instead: answers are
 * only stored on submission, so an open attempt has nothing to lose, and two clicks never
 * leave two half-started attempts. The learner's row lock makes the check and the insert one
 * step, so concurrent starts can never exceed the attempt limit. A submitted attempt is never
 * reopened: a retake is always a new attempt.
 */
export async function startQuizAttempt(
  learnerId: string,
  { now = new Date(), timeZone = "UTC" }: { now?: Date; timeZone?: string } = {},
): Promise<{ id: string; resumed: boolean }> {
  const { guideId } = await learnerGuide(learnerId);
  return db().$transaction(async (tx) => {
    await lockLearner(tx, learnerId);
    const open = await tx.quizAttempt.findFirst({
      where: { learnerId, guideId, submittedAt: null },
      orderBy: { startedAt: "desc" },
      select: { id: true },
    });
    if (open) return { id: open.id, resumed: true };
    const [guide, startedCount, previous, pool, subSkills] = await Promise.all([
      tx.guide.findUniqueOrThrow({ where: { id: guideId }, select: POLICY_COLUMNS }),
      tx.quizAttempt.count({ where: { learnerId, guideId } }),
      tx.quizAttempt.findFirst({
        where: { learnerId, guideId, submittedAt: { not: null } },
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        select: { questionOrder: true, submittedAt: true },
      }),
      tx.quizQuestion.findMany({
        where: { guideId, archivedAt: null, subSkill: { archivedAt: null } },
        select: { id: true, subSkill: { select: { key: true } } },
      }),
      tx.subSkill.findMany({
        where: { guideId, archivedAt: null },
        orderBy: { position: "asc" },
        select: { key: true, weightPercent: true },
      }),
    ]);
    const policy = policyOf(guide);
    const decision = canStartAttempt(
      policy,
      { startedCount, lastSubmittedAt: previous?.submittedAt ?? null },
      now,
      (at) => formatInstant(at, timeZone),
    );
    if (!decision.ok) throw new ActionError(decision.message);
    if (pool.length === 0) throw new ActionError(NO_QUESTIONS_MESSAGE);
    const questionOrder = drawQuestions(
      pool.map((q) => ({ id: q.id, subSkillKey: q.subSkill.key })),
      subSkills,
      policy.questionsPerAttempt,
      new Set(previous?.questionOrder ?? []),
      (max) => randomInt(max),
    );
    if (questionOrder.length === 0) throw new ActionError(NO_QUESTIONS_MESSAGE);
    const attempt = await tx.quizAttempt.create({ data: { learnerId, guideId, questionOrder }, select: { id: true } });
    return { id: attempt.id, resumed: false };
  });
}

export interface SubmittedAttempt {
  id: string;
  correctCount: number;
  totalCount: number;
}

/**
 * Scores a submission on the server, in one transaction: the answers, their correctness and
 * the attempt's tally are written together or not at all. The attempt is looked up by id AND
 * learner, so another learner's attempt is "not found" (its existence is not revealed). The
 * tally is written by an UPDATE … WHERE submittedAt IS NULL, so of two concurrent submits
 * exactly one wins; the loser is rolled back with "already submitted".
 */
export async function submitQuizAttempt(learnerId: string, input: SubmitQuizAttemptInput): Promise<SubmittedAttempt> {
  return db().$transaction(async (tx) => {
    const attempt = await tx.quizAttempt.findFirst({
      where: { id: input.attemptId, learnerId },
      select: { id: true, questionOrder: true, submittedAt: true },
    });
    if (!attempt) throw new ActionError(ATTEMPT_NOT_FOUND_MESSAGE);
    if (attempt.submittedAt) throw new ActionError(ALREADY_SUBMITTED_MESSAGE);

    // The attempt's own questions, archived since it started or not: it is scored as it was shown.
    const rows = await tx.quizQuestion.findMany({
      where: { id: { in: attempt.questionOrder } },
      select: { id: true, options: true, correctOption: true, subSkill: { select: { key: true } } },
    });
    const byId = new Map(rows.map((q) => [q.id, q]));
    const questions = attempt.questionOrder.flatMap((id) => {
      const q = byId.get(id);
      return q
        ? [{ id, subSkillKey: q.subSkill.key, optionCount: q.options.length, correctOption: q.correctOption }]
        : [];
    });

    const check = checkAnswers(questions, input.answers);
    if (!check.ok)
      throw answerProblems(
        check,
        questions.map((q) => q.id),
      );

    const submittedAt = new Date();
    const updated = await tx.quizAttempt.updateMany({
      where: { id: attempt.id, learnerId, submittedAt: null },
      data: { submittedAt, correctCount: check.correctCount, totalCount: check.totalCount },
    });
    if (updated.count !== 1) throw new ActionError(ALREADY_SUBMITTED_MESSAGE);
    await tx.quizAnswer.createMany({ data: check.answers.map((a) => ({ attemptId: attempt.id, ...a })) });
    return { id: attempt.id, correctCount: check.correctCount, totalCount: check.totalCount };
  });
}

/** One error for the form: a message naming the questions to fix, and an error on each question's fieldset. */
function answerProblems(
  check: Extract<ReturnType<typeof checkAnswers>, { ok: false }>,
  order: readonly string[],
): ActionError {
  if (check.unknown.length > 0) return new ActionError(UNKNOWN_QUESTION_MESSAGE);
  const numbers = (ids: readonly string[]) => describeQuestionNumbers(ids.map((id) => order.indexOf(id) + 1));
  const fieldErrors: FieldErrors = {};
  for (const id of check.invalidOption) fieldErrors[answerField(id)] = [INVALID_OPTION_MESSAGE];
  for (const id of check.unanswered) fieldErrors[answerField(id)] = [UNANSWERED_MESSAGE];
  const missing = check.unanswered.length;
  // A long list of numbers helps nobody: past a handful, say how many and where to start.
  const unanswered =
    missing > 5
      ? `${missing} questions are unanswered, starting with question ${order.indexOf(check.unanswered[0]!) + 1}`
      : `${numbers(check.unanswered)} ${missing === 1 ? "is" : "are"} unanswered`;
  const message =
    check.invalidOption.length > 0
      ? `Choose one of the listed options for ${numbers(check.invalidOption)}.`
      : `Answer every question before submitting: ${unanswered}.`;
  return new ActionError(message, fieldErrors);
}
