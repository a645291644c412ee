"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { startQuizAttempt, submitQuizAttempt } from "@/lib/quiz/mutations";
import { startQuizAttemptSchema, submitQuizAttemptSchema } from "@/lib/quiz/schema";
import { attemptPercent } from "@/lib/quiz/scoring";

/**
 * Quiz actions: a learner acts on their own attempts only. Neither takes a learner id; an
 * attempt id is resolved together with the caller's id, so another learner's attempt is
 * "not found". Mentors and admins don't take the quiz (they see a learner's results elsewhere).
 */

export const startQuizAttemptAction = userAction({
  name: "quiz.startAttempt",
  schema: startQuizAttemptSchema,
  roles: ["LEARNER"],
  handler: async (_input, user) => {
    const attempt = await startQuizAttempt(user.id, { timeZone: user.timeZone });
    revalidatePath("/quiz");
    // The form navigates to the attempt: a redirect here would also end the matrix's and tests' calls.
    return success({ attemptId: attempt.id }, attempt.resumed ? "Continuing your open attempt." : "Attempt started.");
  },
});

export const submitQuizAttemptAction = userAction({
  name: "quiz.submitAttempt",
  schema: submitQuizAttemptSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const result = await submitQuizAttempt(user.id, input);
    revalidatePath("/quiz");
    revalidatePath(`/quiz/${result.id}`);
    revalidatePath("/self-assessment"); // the quiz evidence beside the ratings
    revalidatePath("/dashboard");
    return success(
      { attemptId: result.id, correctCount: result.correctCount, totalCount: result.totalCount },
      `Submitted: ${result.correctCount} of ${result.totalCount} correct (${attemptPercent(result)}%).`,
    );
  },
});
