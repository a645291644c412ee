import "server-only";
import { db } from "@/lib/db";
import { readDb } from "@/lib/read-replica/read-db";
import type { CurrentUser } from "@/lib/auth/session";
import { getLearnerSummaries, type LearnerSummary } from "@/lib/dashboard/summaries";
import type { IsoDate } from "@/lib/progress/calendar";

/**
 * A mentor's mentees with their standing, in the batch summaries' fixed number of queries: each on
 * their active guide, or, with `guideId` (the mentor's guide filter), only the mentees enrolled
 * in that guide, each on it.
 * Authorized in the query: a mentor sees only learners assigned to them; an admin sees every
 * learner who has a mentor (the admin's own review queue covers the rest).
 * An aggregate read: on the read replica when there is one (lib/read-replica); opening a
 * mentee is authorized again on the primary (requireLearnerAccessOrForbidden).
 */
export async function getMenteeSummaries(
  user: CurrentUser,
  today: IsoDate,
  { guideId = null }: { guideId?: string | null } = {},
): Promise<LearnerSummary[]> {
  const prisma = await readDb();
  const assignments = await prisma.mentorAssignment.findMany({
    where: {
      ...(user.role === "ADMIN" ? {} : { mentorId: user.id }),
      ...(guideId ? { learner: { enrollments: { some: { guideId } } } } : {}),
    },
    select: { learnerId: true },
    distinct: ["learnerId"],
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  return getLearnerSummaries(
    assignments.map((a) => a.learnerId),
    { today, guideId, prisma },
  );
}

/**
 * The guides the viewer's mentees are enrolled in, for the mentee list's guide filter and a
 * mentee's page (`learnerId`: that mentee's guides only). Authorized like the list: a mentor's
 * own assignments, an admin's any.
 */
export async function listMenteeGuides(user: Pick<CurrentUser, "id" | "role">, learnerId?: string) {
  const assigned = user.role === "ADMIN" ? { some: {} } : { some: { mentorId: user.id } };
  return db().guide.findMany({
    where: { enrollments: { some: { user: { mentors: assigned, ...(learnerId ? { id: learnerId } : {}) } } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true, status: true },
  });
}

/**
 * The header of a mentee's page: who they are and their time zone (their dashboard is read in
 * it). Authorized in the query too: a mentor finds only a learner assigned to them, an admin
 * any learner; anyone else, or an id that is not a learner's, finds nothing.
 */
export async function getMentee(viewer: Pick<CurrentUser, "id" | "role">, learnerId: string) {
  if (viewer.role !== "ADMIN" && viewer.role !== "MENTOR") return null;
  return db().user.findFirst({
    where: {
      id: learnerId,
      role: "LEARNER",
      ...(viewer.role === "ADMIN" ? {} : { mentors: { some: { mentorId: viewer.id } } }),
    },
    select: { name: true, email: true, timeZone: true },
  });
}
