import { learnerGuide } from "@/lib/guides/enrollment";
import { testDb } from "../../support/db";
import { LEARNERS_ONLY, self, type Rules } from "./rules";

/**
 * Quiz actions take no learner id, and each input is built for the caller, so "learner-other"
 * acts on their own attempt too. Another learner's attempt id is "not found", not a denial:
 * tests/integration/quiz.test.ts covers it. Mentors and admins don't take the quiz.
 */
export const rules: Rules = {
  "lib/quiz/actions.ts#startQuizAttemptAction": { expect: LEARNERS_ONLY, input: () => ({}) },
  "lib/quiz/actions.ts#submitQuizAttemptAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => {
      const learnerId = self(context).id;
      const { guideId } = await learnerGuide(learnerId);
      const questions = await testDb().quizQuestion.findMany({
        where: { guideId, archivedAt: null },
        select: { id: true },
      });
      const attempt = await testDb().quizAttempt.create({
        data: { learnerId, guideId, questionOrder: questions.map((q) => q.id) },
      });
      return { attemptId: attempt.id, answers: Object.fromEntries(questions.map((q) => [q.id, 0])) };
    },
  },
};
