import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttemptResultView } from "@/components/quiz/attempt-result";
import { TakeAttemptView } from "@/components/quiz/take-view";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getAttemptResult, getAttemptState, getAttemptToTake, getQuizStartState } from "@/lib/quiz/queries";

export const metadata: Metadata = { title: "Quiz attempt" };

/**
 * One attempt: the questions while it is open, the result once submitted. The two loaders are
 * separate so the open view's data (and so its HTML and RSC payload) cannot hold an answer key.
 * Someone else's attempt id is simply not found.
 */
export default async function QuizAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireRoleOrForbidden(["LEARNER"], `/quiz/${encodeURIComponent(attemptId)}`);
  const state = await getAttemptState(user.id, attemptId);
  if (state === "open") {
    const attempt = await getAttemptToTake(user.id, attemptId);
    if (attempt) return <TakeAttemptView attempt={attempt} timeZone={user.timeZone} />;
    // Submitted in the meantime (another tab): show the result below.
  }
  const [result, policy] = await Promise.all([
    state ? getAttemptResult(user, attemptId) : null,
    getQuizStartState(user.id),
  ]);
  if (!result) notFound();
  return (
    <AttemptResultView
      result={result}
      timeZone={user.timeZone}
      countedAs={policy.countedAs}
      canRetake={policy.start.ok}
    />
  );
}
