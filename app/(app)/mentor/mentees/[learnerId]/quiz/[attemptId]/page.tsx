import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MenteeAttemptView } from "@/components/quiz/mentee-attempt";
import { requireLearnerAccessOrForbidden, requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getMentee } from "@/lib/mentor/queries";
import { getMenteeAttempt } from "@/lib/quiz/staff";

export const metadata: Metadata = { title: "Mentee's quiz attempt" };

/**
 * One of a mentee's submitted quiz attempts with their answers: their assigned mentors and
 * admins (403 for anyone else); an attempt that is not this learner's, or still open, is not found.
 */
export default async function MenteeQuizAttemptPage({
  params,
}: {
  params: Promise<{ learnerId: string; attemptId: string }>;
}) {
  const { learnerId, attemptId } = await params;
  const path = `/mentor/mentees/${encodeURIComponent(learnerId)}/quiz/${encodeURIComponent(attemptId)}`;
  await requireRoleOrForbidden(["MENTOR", "ADMIN"], path);
  const viewer = await requireLearnerAccessOrForbidden(learnerId);
  const [learner, attempt] = await Promise.all([
    getMentee(viewer, learnerId),
    getMenteeAttempt(viewer, learnerId, attemptId),
  ]);
  if (!learner || !attempt) notFound();
  return <MenteeAttemptView attempt={attempt} learnerName={learner.name ?? learner.email} timeZone={viewer.timeZone} />;
}
