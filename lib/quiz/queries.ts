import "server-only";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { canAccessLearner } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/auth/session";
import {
  POLICY_COLUMNS,
  attemptsLeft,
  canStartAttempt,
  describeCounting,
  hiddenAnswersNote,
  policyOf,
  revealsAnswers,
  type QuizViewer,
} from "@/lib/quiz/policy";
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

/**
 * The overview: the policy and whether a new attempt may start now (and if not, why), an open
 * attempt to continue, best and latest, one page of history (newest first).
 */
export async function getQuizOverview(learnerId: string, requestedPage = 1, now = new Date()) {
  const { guideId } = await learnerGuide(learnerId);
  const prisma = db();
  const submitted = { learnerId, guideId, submittedAt: { not: null } };
  const [guide, startedCount, openAttempt, highlights, submittedCount] = await Promise.all([
    prisma.guide.findUniqueOrThrow({ where: { id: guideId }, select: POLICY_COLUMNS }),
    prisma.quizAttempt.count({ where: { learnerId, guideId } }),
    prisma.quizAttempt.findFirst({
      where: { learnerId, guideId, submittedAt: null },
      orderBy: { startedAt: "desc" },
      select: { id: true, startedAt: true },
    }),
    bestAndLatest(learnerId, guideId),
    prisma.quizAttempt.count({ where: submitted }),
  ]);
  const policy = policyOf(guide);
  // An open attempt is continued, never refused; otherwise the policy decides.
  const start = openAttempt
    ? ({ ok: true } as const)
    : canStartAttempt(policy, { startedCount, lastSubmittedAt: highlights.latest?.submittedAt ?? null }, now);
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
    policy,
    start,
    attemptsLeft: attemptsLeft(policy, startedCount),
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

/** The learner's quiz policy, and whether a new attempt may start now (an open one is always continued). */
export async function getQuizStartState(learnerId: string, now = new Date()) {
  const { guideId } = await learnerGuide(learnerId);
  const prisma = db();
  const [guide, startedCount, open, last] = await Promise.all([
    prisma.guide.findUniqueOrThrow({ where: { id: guideId }, select: POLICY_COLUMNS }),
    prisma.quizAttempt.count({ where: { learnerId, guideId } }),
    prisma.quizAttempt.count({ where: { learnerId, guideId, submittedAt: null } }),
    prisma.quizAttempt.findFirst({
      where: { learnerId, guideId, submittedAt: { not: null } },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: { submittedAt: true },
    }),
  ]);
  const policy = policyOf(guide);
  const start = open
    ? ({ ok: true } as const)
    : canStartAttempt(policy, { startedCount, lastSubmittedAt: last?.submittedAt ?? null }, now);
  return { policy, start, countedAs: describeCounting(policy) };
}

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
    select: { id: true, prompt: true, options: true, origin: true },
  });
  const byId = new Map(rows.map(({ origin, ...q }) => [q.id, { ...q, fromGuide: origin === "GUIDE" }]));
  const questions = attempt.questionOrder.flatMap((id) => byId.get(id) ?? []);
  return { id: attempt.id, startedAt: attempt.startedAt, questions };
}
export type AttemptToTake = NonNullable<Awaited<ReturnType<typeof getAttemptToTake>>>;

/** Who is looking at an attempt: its learner, their assigned mentor, or an admin. */
export type AttemptViewer = Pick<CurrentUser, "id" | "role">;
const viewerKind = (viewer: AttemptViewer): QuizViewer =>
  viewer.role === "ADMIN" ? "admin" : viewer.role === "MENTOR" ? "mentor" : "learner";

/**
 * A submitted attempt: the score, the score per sub-skill and every question with its
 * explanation, always; which answers were right (the correct option, the learner's answer
 * marked right or wrong) only when the guide's review policy reveals them to this viewer
 * (lib/quiz/policy.ts#revealsAnswers). When hidden, the answer key and the learner's choices are
 * not selected into the result at all, so no page or payload built from it can hold them.
 * Null when the viewer may not see the learner's records or the attempt is not submitted.
 */
export async function getAttemptResult(viewer: AttemptViewer, attemptId: string) {
  const prisma = db();
  const attempt = await prisma.quizAttempt.findFirst({
    where: {
      id: attemptId,
      submittedAt: { not: null },
      ...(viewer.role === "LEARNER" ? { learnerId: viewer.id } : {}),
    },
    select: {
      id: true,
      learnerId: true,
      guideId: true,
      startedAt: true,
      submittedAt: true,
      correctCount: true,
      totalCount: true,
      questionOrder: true,
      answers: { select: { questionId: true, chosenOption: true, isCorrect: true } },
      guide: { select: POLICY_COLUMNS },
    },
  });
  if (!attempt?.submittedAt) return null;
  // Mentors: only their mentees' (same rule as the mentee's dashboard); the id is "not found" otherwise.
  if (viewer.role !== "LEARNER" && !(await canAccessLearner(viewer as CurrentUser, attempt.learnerId))) return null;
  const policy = policyOf(attempt.guide);
  const learnerAttempts = { learnerId: attempt.learnerId, guideId: attempt.guideId, submittedAt: { not: null } };
  const [rows, number, submittedCount, passed] = await Promise.all([
    prisma.quizQuestion.findMany({
      where: { id: { in: attempt.questionOrder } },
      select: {
        id: true,
        prompt: true,
        options: true,
        correctOption: true,
        explanation: true,
        origin: true,
        archivedAt: true,
        subSkill: { select: { key: true, name: true, position: true } },
      },
    }),
    prisma.quizAttempt.count({ where: { ...learnerAttempts, submittedAt: { lte: attempt.submittedAt } } }),
    prisma.quizAttempt.count({ where: learnerAttempts }),
    prisma.$queryRaw<Array<{ passed: boolean }>>`
      SELECT EXISTS (SELECT 1 FROM "QuizAttempt"
                      WHERE "learnerId" = ${attempt.learnerId} AND "guideId" = ${attempt.guideId}
                        AND "submittedAt" IS NOT NULL AND "totalCount" > 0
                        AND "correctCount" * 100 >= ${policy.passPercent} * "totalCount") AS passed`,
  ]);
  const reveal = revealsAnswers(policy, { submittedCount, passedEver: passed[0]?.passed ?? false }, viewerKind(viewer));
  const byId = new Map(rows.map((q) => [q.id, q]));
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const scored = attempt.questionOrder.flatMap((id) => {
    const q = byId.get(id);
    if (!q) return [];
    const answer = answers.get(id);
    return [{ q, chosenOption: answer?.chosenOption ?? null, isCorrect: answer?.isCorrect ?? false }];
  });
  const subSkills = [...new Map(scored.map(({ q }) => [q.subSkill.key, q.subSkill])).values()].sort(
    (a, b) => a.position - b.position,
  );
  const bySubSkill = scoreBySubSkill(
    subSkills,
    scored.map(({ q, isCorrect }) => ({ subSkillKey: q.subSkill.key, isCorrect })),
  );
  // Archived before the submission, i.e. while the attempt was open: still scored, as it was shown.
  const archivedDuringAttempt = scored.filter(({ q }) => q.archivedAt && q.archivedAt <= attempt.submittedAt!).length;
  const questions = scored.map(({ q, chosenOption, isCorrect }) => ({
    id: q.id,
    prompt: q.prompt,
    options: q.options,
    explanation: q.explanation,
    fromGuide: q.origin === "GUIDE",
    subSkill: q.subSkill,
    review: reveal ? { chosenOption, correctOption: q.correctOption, isCorrect } : null,
  }));
  return {
    id: attempt.id,
    learnerId: attempt.learnerId,
    number,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    correctCount: attempt.correctCount,
    totalCount: attempt.totalCount,
    bySubSkill,
    questions,
    answersShown: reveal,
    hiddenAnswersNote: reveal ? null : hiddenAnswersNote(policy),
    archivedDuringAttempt,
  };
}
export type AttemptResult = NonNullable<Awaited<ReturnType<typeof getAttemptResult>>>;
