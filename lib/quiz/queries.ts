import "server-only";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { scoreBySubSkill, selectBestAndLatest, type AttemptSummary } from "@/lib/quiz/scoring";

/**
 * Quiz reads. Every attempt is looked up by id AND learner, so someone else's attempt id finds
 * nothing. The take loader selects prompts and options only: the correct option and the
 * explanation of a question never leave the server before its attempt is submitted.
 */

export const QUIZ_HISTORY_PAGE_SIZE = 10;

type SubmittedSummary = AttemptSummary & { submittedAt: Date };

/**
 * The best and the latest submitted attempt, found in SQL (two indexed LIMIT 1 scans, one round
 * trip) whatever the number of attempts. The rule itself (percent compared exactly, ties → the
 * later) is `selectBestAndLatest`, applied to these at most two candidates.
 */
async function bestAndLatest(learnerId: string, guideId: string) {
  const candidates = await db().$queryRaw<SubmittedSummary[]>`
    (SELECT id, "correctCount", "totalCount", "submittedAt" FROM "QuizAttempt"
      WHERE "learnerId" = ${learnerId} AND "guideId" = ${guideId} AND "submittedAt" IS NOT NULL
      ORDER BY "correctCount"::numeric / GREATEST("totalCount", 1) DESC, "submittedAt" DESC, id DESC LIMIT 1)
    UNION ALL
    (SELECT id, "correctCount", "totalCount", "submittedAt" FROM "QuizAttempt"
      WHERE "learnerId" = ${learnerId} AND "guideId" = ${guideId} AND "submittedAt" IS NOT NULL
      ORDER BY "submittedAt" DESC, id DESC LIMIT 1)`;
  return selectBestAndLatest(candidates);
}

/** The overview: question count, an open attempt to continue, best and latest, one page of history (newest first). */
export async function getQuizOverview(learnerId: string, requestedPage = 1) {
  const { guideId } = await learnerGuide(learnerId);
  const prisma = db();
  const submitted = { learnerId, guideId, submittedAt: { not: null } };
  const [questionCount, openAttempt, highlights, submittedCount] = await Promise.all([
    prisma.quizQuestion.count({ where: { guideId, archivedAt: null } }),
    prisma.quizAttempt.findFirst({
      where: { learnerId, guideId, submittedAt: null },
      orderBy: { startedAt: "desc" },
      select: { id: true, startedAt: true },
    }),
    bestAndLatest(learnerId, guideId),
    prisma.quizAttempt.count({ where: submitted }),
  ]);
  const pageCount = Math.max(1, Math.ceil(submittedCount / QUIZ_HISTORY_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const skip = (page - 1) * QUIZ_HISTORY_PAGE_SIZE;
  const rows = await prisma.quizAttempt.findMany({
    where: submitted,
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    skip,
    take: QUIZ_HISTORY_PAGE_SIZE,
    select: { id: true, correctCount: true, totalCount: true, startedAt: true, submittedAt: true },
  });
  // Attempts are numbered in the order they were submitted: the newest is number `submittedCount`.
  const history = rows.map((row, index) => ({
    ...row,
    submittedAt: row.submittedAt!,
    number: submittedCount - skip - index,
  }));
  return {
    questionCount,
    openAttempt,
    best: highlights.best,
    latest: highlights.latest,
    history,
    submittedCount,
    page,
    pageCount,
  };
}
export type QuizOverview = Awaited<ReturnType<typeof getQuizOverview>>;

/** Whether the attempt exists for this learner, and whether it was submitted: which view its page shows. */
export async function getAttemptState(learnerId: string, attemptId: string): Promise<"open" | "submitted" | null> {
  const attempt = await db().quizAttempt.findFirst({
    where: { id: attemptId, learnerId },
    select: { submittedAt: true },
  });
  return attempt ? (attempt.submittedAt ? "submitted" : "open") : null;
}

/** An open attempt's questions in its order: id, prompt and options, nothing else. Null if not the learner's or already submitted. */
export async function getAttemptToTake(learnerId: string, attemptId: string) {
  const prisma = db();
  const attempt = await prisma.quizAttempt.findFirst({
    where: { id: attemptId, learnerId, submittedAt: null },
    select: { id: true, startedAt: true, questionOrder: true },
  });
  if (!attempt) return null;
  const rows = await prisma.quizQuestion.findMany({
    where: { id: { in: attempt.questionOrder } },
    select: { id: true, prompt: true, options: true },
  });
  const byId = new Map(rows.map((q) => [q.id, q]));
  const questions = attempt.questionOrder.flatMap((id) => byId.get(id) ?? []);
  return { id: attempt.id, startedAt: attempt.startedAt, questions };
}
export type AttemptToTake = NonNullable<Awaited<ReturnType<typeof getAttemptToTake>>>;

/** A submitted attempt with every question, the learner's answer, the correct one and the explanation. */
export async function getAttemptResult(learnerId: string, attemptId: string) {
  const prisma = db();
  const attempt = await prisma.quizAttempt.findFirst({
    where: { id: attemptId, learnerId, submittedAt: { not: null } },
    select: {
      id: true,
      guideId: true,
      startedAt: true,
      submittedAt: true,
      correctCount: true,
      totalCount: true,
      questionOrder: true,
      answers: { select: { questionId: true, chosenOption: true, isCorrect: true } },
    },
  });
  if (!attempt?.submittedAt) return null;
  const [rows, number] = await Promise.all([
    prisma.quizQuestion.findMany({
      where: { id: { in: attempt.questionOrder } },
      select: {
        id: true,
        prompt: true,
        options: true,
        correctOption: true,
        explanation: true,
        subSkill: { select: { key: true, name: true, position: true } },
      },
    }),
    prisma.quizAttempt.count({
      where: { learnerId, guideId: attempt.guideId, submittedAt: { lte: attempt.submittedAt } },
    }),
  ]);
  const byId = new Map(rows.map((q) => [q.id, q]));
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const questions = attempt.questionOrder.flatMap((id) => {
    const q = byId.get(id);
    if (!q) return [];
    const answer = answers.get(id);
    return [{ ...q, chosenOption: answer?.chosenOption ?? null, isCorrect: answer?.isCorrect ?? false }];
  });
  const subSkills = [...new Map(questions.map((q) => [q.subSkill.key, q.subSkill])).values()].sort(
    (a, b) => a.position - b.position,
  );
  const bySubSkill = scoreBySubSkill(
    subSkills,
    questions.map((q) => ({ subSkillKey: q.subSkill.key, isCorrect: q.isCorrect })),
  );
  return {
    id: attempt.id,
    number,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    correctCount: attempt.correctCount,
    totalCount: attempt.totalCount,
    bySubSkill,
    questions,
  };
}
export type AttemptResult = NonNullable<Awaited<ReturnType<typeof getAttemptResult>>>;
