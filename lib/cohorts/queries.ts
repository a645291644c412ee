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

type Person = { id: string; name: string | null; email: string };
type CohortRow = {
  id: string;
  name: string;
  startDate: IsoDate;
  guideId: string;
  guideTitle: string;
  phases: Array<{ key: string; title: string; estimatedHours: number }>;
  members: Person[];
  mentors: Person[];
  invitations: Array<{ id: string; email: string; createdAt: string; expiresAt: string; invitedBy: string | null }>;
};

/**
 * A cohort with its guide's active phases, its learners and mentors (by name) and its open
 * invitations (not accepted yet; revoked ones are deleted), newest first: ONE statement, its
 * lists as JSON. Prisma's nested selects issued one statement per relation (10 for this page),
 * and each costs app CPU to plan and map whatever its size.
 */
export async function getCohort(cohortId: string, prisma: Db = db()) {
  const [cohort] = await prisma.$queryRaw<CohortRow[]>`
    SELECT c.id, c.name, c."startDate"::text AS "startDate", c."guideId", g.title AS "guideTitle",
           (SELECT COALESCE(json_agg(json_build_object('key', p.key, 'title', p.title, 'estimatedHours', p."estimatedHours")
                                     ORDER BY p.position), '[]'::json)
              FROM "Phase" p WHERE p."guideId" = c."guideId" AND p."archivedAt" IS NULL) AS phases,
           -- Each person by primary key (a subplan per member): a join let the planner hash the
           -- whole User table, 3 ms at 2,000 users and growing with the platform, not the cohort.
           (SELECT COALESCE(json_agg((SELECT json_build_object('id', u.id, 'name', u.name, 'email', u.email)
                                        FROM "User" u WHERE u.id = m."learnerId")), '[]'::json)
              FROM "CohortMember" m WHERE m."cohortId" = c.id) AS members,
           (SELECT COALESCE(json_agg((SELECT json_build_object('id', u.id, 'name', u.name, 'email', u.email)
                                        FROM "User" u WHERE u.id = m."mentorId")), '[]'::json)
              FROM "CohortMentor" m WHERE m."cohortId" = c.id) AS mentors,
           (SELECT COALESCE(json_agg(json_build_object(
                     'id', i.id, 'email', i.email, 'invitedBy', b.email,
                     -- Prisma's DateTime columns hold UTC without a zone: say so, for new Date().
                     'createdAt', to_char(i."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                     'expiresAt', to_char(i."expiresAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                   ORDER BY i."createdAt" DESC), '[]'::json)
              FROM "Invitation" i LEFT JOIN "User" b ON b.id = i."invitedById"
             WHERE i."cohortId" = c.id AND i."acceptedAt" IS NULL) AS invitations
      FROM "Cohort" c JOIN "Guide" g ON g.id = c."guideId"
     WHERE c.id = ${cohortId}`;
  if (!cohort) return null;
  const byName = (a: Person, b: Person) => (a.name ?? a.email).localeCompare(b.name ?? b.email);
  return {
    id: cohort.id,
    name: cohort.name,
    startDate: cohort.startDate,
    guideId: cohort.guideId,
    guideTitle: cohort.guideTitle,
    // Numbered 1..n along the active path, as the learner's dashboard numbers them.
    phases: cohort.phases.map((p, i): PhaseColumn => ({ ...p, number: i + 1 })),
    members: cohort.members.sort(byName),
    mentors: cohort.mentors.sort(byName),
    invitations: cohort.invitations.map((i) => ({
      ...i,
      createdAt: new Date(i.createdAt),
      expiresAt: new Date(i.expiresAt),
    })),
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
