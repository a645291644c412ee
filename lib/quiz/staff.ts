import "server-only";
import { z } from "zod";
import { searchParam } from "@/lib/validation/fields";
import { db } from "@/lib/db";
import { getAttemptResult, getQuizOverview, type AttemptViewer } from "@/lib/quiz/queries";

/**
 * What staff (a learner's assigned mentor, an admin) see of the learner's quiz: the history, and
 * one submitted attempt with the learner's own answer to every question and whether it was
 * right. That correctness is always shown to staff (it is how a mentor helps); the correct
 * option of a question answered wrongly stays under the guide's review policy for a mentor
 * (lib/quiz/policy.ts#revealsAnswers: what the learner sees), so a mentor's screen never hands
 * out the answer key the policy holds back. Admins, who write the answers, see them all.
 * A learner, or a mentor not assigned to the learner, gets null (the page's 404).
 */

export async function getMenteeAttempt(viewer: AttemptViewer, learnerId: string, attemptId: string) {
  if (viewer.role === "LEARNER") return null;
  const result = await getAttemptResult(viewer, attemptId);
  if (!result || result.learnerId !== learnerId) return null;
  const answers = await db().quizAnswer.findMany({
    where: { attemptId: result.id },
    select: { questionId: true, chosenOption: true, isCorrect: true },
  });
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  return {
    ...result,
    questions: result.questions.map(({ review, ...q }) => {
      const answer = byQuestion.get(q.id);
      return {
        ...q,
        answer: {
          chosenOption: answer?.chosenOption ?? null,
          isCorrect: answer?.isCorrect ?? false,
          // Known when the policy shows it to this viewer, or when the learner's own answer was right.
          correctOption: review?.correctOption ?? (answer?.isCorrect ? answer.chosenOption : null),
        },
      };
    }),
  };
}
export type MenteeAttempt = NonNullable<Awaited<ReturnType<typeof getMenteeAttempt>>>;

/** The learner's submitted attempts, one page, for staff (authorized by the page: requireLearnerAccessOrForbidden). */
export async function getMenteeQuizHistory(learnerId: string, page: number) {
  const { history, best, latest, submittedCount, page: current, pageCount } = await getQuizOverview(learnerId, page);
  return { history, best, latest, submittedCount, page: current, pageCount };
}
export type MenteeQuizHistory = Awaited<ReturnType<typeof getMenteeQuizHistory>>;

/** The mentee page's search params: which page of the quiz history. */
export const quizPageSchema = z.object({ quizPage: searchParam.page() });
