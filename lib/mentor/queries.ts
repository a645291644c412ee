import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { getLearnerSummaries, type LearnerSummary } from "@/lib/dashboard/summaries";
import type { IsoDate } from "@/lib/progress/calendar";

/**
 * A mentor's mentees with their standing, in the batch summaries' fixed number of queries.
 * Authorized in the query: a mentor sees only learners assigned to them; an admin sees every
 * learner who has a mentor (the admin's own review queue covers the rest).
 */
export async function getMenteeSummaries(user: CurrentUser, today: IsoDate): Promise<LearnerSummary[]> {
  const assignments = await db().mentorAssignment.findMany({
    where: user.role === "ADMIN" ? {} : { mentorId: user.id },
    select: { learnerId: true },
    distinct: ["learnerId"],
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  return getLearnerSummaries(
    assignments.map((a) => a.learnerId),
    { today },
  );
}
