import "server-only";
import { db, type Db } from "@/lib/db";
import { readDb } from "@/lib/read-replica/read-db";
import { getLearnerSummaries } from "@/lib/dashboard/summaries";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/default-guide";
import { fromDbDate, type IsoDate } from "@/lib/progress/calendar";
import type { PhaseColumn } from "./table";

/** Admin reads of cohorts. Callers are admin pages and the CSV route, guarded before calling. */

export async function listCohorts() {
  const cohorts = await db().cohort.findMany({
    orderBy: [{ startDate: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      startDate: true,
      guide: { select: { title: true } },
      _count: { select: { members: true, mentors: true } },
    },
  });
  return cohorts.map(({ startDate, _count, guide, ...c }) => ({
    ...c,
    startDate: fromDbDate(startDate),
    guideTitle: guide.title,
    memberCount: _count.members,
    mentorCount: _count.mentors,
  }));
}

export async function getCohort(cohortId: string, prisma: Db = db()) {
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      startDate: true,
      guideId: true,
      guide: {
        select: {
          title: true,
          phases: {
            where: { archivedAt: null },
            orderBy: { position: "asc" },
            select: { key: true, title: true, estimatedHours: true },
          },
        },
      },
      members: { select: { learner: { select: { id: true, name: true, email: true } } } },
      mentors: { select: { mentor: { select: { id: true, name: true, email: true } } } },
      // Open invitations (not accepted yet; revoked ones are deleted), newest first.
      invitations: {
        where: { acceptedAt: null },
        orderBy: { createdAt: "desc" },
        select: { id: true, email: true, createdAt: true, expiresAt: true, invitedBy: { select: { email: true } } },
      },
    },
  });
  if (!cohort) return null;
  const byName = (a: { name: string | null; email: string }, b: { name: string | null; email: string }) =>
    (a.name ?? a.email).localeCompare(b.name ?? b.email);
  // Numbered 1..n along the active path, as the learner's dashboard numbers them.
  const phases: PhaseColumn[] = cohort.guide.phases.map((p, i) => ({ ...p, number: i + 1 }));
  return {
    id: cohort.id,
    name: cohort.name,
    startDate: fromDbDate(cohort.startDate),
    guideId: cohort.guideId,
    guideTitle: cohort.guide.title,
    phases,
    members: cohort.members.map((m) => m.learner).sort(byName),
    mentors: cohort.mentors.map((m) => m.mentor).sort(byName),
    invitations: cohort.invitations.map(({ invitedBy, ...i }) => ({ ...i, invitedBy: invitedBy?.email ?? null })),
  };
}
export type CohortSummary = Awaited<ReturnType<typeof listCohorts>>[number];
export type CohortDetail = NonNullable<Awaited<ReturnType<typeof getCohort>>>;

/**
 * The cohort and each member's summary: a fixed number of queries whatever its size. An
 * aggregate read: on the read replica when there is one (lib/read-replica).
 */
export async function getCohortProgress(cohortId: string, { today }: { today: IsoDate }) {
  const prisma = await readDb();
  const cohort = await getCohort(cohortId, prisma);
  if (!cohort) return null;
  const summaries = await getLearnerSummaries(
    cohort.members.map((m) => m.id),
    { today, guideId: cohort.guideId, prisma },
  );
  return { cohort, summaries };
}

/** The guides a new cohort may follow (not archived; drafts too, for a cohort planned ahead), the default first. */
export async function listCohortGuides() {
  const guides = await db().guide.findMany({
    where: { status: { not: "ARCHIVED" } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true },
  });
  return guides.map((g) => ({ id: g.id, title: g.title, isDefault: g.slug === DEFAULT_GUIDE_SLUG }));
}
