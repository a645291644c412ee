import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Turnaround } from "@/lib/mentor/turnaround";

/**
 * Who reviews a learner's work, written once: the learner's assigned mentors whose accounts are
 * active; a learner with none has their work in the admins' queue ("needs attention"). The
 * review queue (lib/reviews/queue.ts), the notifications (lib/notifications) and the learner's
 * own "who reviews your work" note all use these two forms of the same rule.
 */
export const activeMentorIdsSql = (learnerId: Prisma.Sql): Prisma.Sql => Prisma.sql`
  SELECT am."mentorId" FROM "MentorAssignment" am JOIN "User" amu ON amu.id = am."mentorId"
   WHERE am."learnerId" = ${learnerId} AND amu."deactivatedAt" IS NULL`;

/** The same rule as a Prisma filter on MentorAssignment rows of one learner. */
export const activeMentorWhere = (learnerId: string) =>
  ({ learnerId, mentor: { deactivatedAt: null } }) satisfies Prisma.MentorAssignmentWhereInput;

export type LearnerReviewers = {
  /** Active assigned mentors, by name; empty when the admins review instead. */
  mentors: Array<{ id: string; name: string | null; email: string } & Turnaround>;
  /** The admins' turnaround, when they review (no active mentor); null otherwise. */
  admins: Turnaround | null;
  /** The shortest review window of the learner's guides: what is promised without history. */
  reviewWindowDays: number | null;
};

type Row = { medianSeconds: number | null; reviewCount: bigint };

/** Whose turnaround a learner is told: their active mentors' (by id), or the admins' queue's. */
export type ReviewerSet = { mentorIds: string[] } | { admins: true };

/** Each mentor's turnaround by id, or the admins' one figure. */
export type ReviewerTurnaround = { byMentor: Map<string, Turnaround> } | { admins: Turnaround };

/**
 * The median time from submission to decision over a set of reviewers' past decisions on
 * deliverable versions (portfolio projects record no submission time, so they cannot be timed).
 */
const TURNAROUND = Prisma.sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM r."createdAt" - v."submittedAt"))::float8 AS "medianSeconds",
         count(*) AS "reviewCount"
    FROM "Review" r JOIN "SubmissionVersion" v ON v.id = r."versionId"
   WHERE v."submittedAt" IS NOT NULL`;

const turnaround = (row: Row | undefined): Turnaround => ({
  medianSeconds: row?.medianSeconds ?? null,
  reviewCount: Number(row?.reviewCount ?? 0),
});

/**
 * The turnaround of a reviewer set, in one statement. It reads every past review of those
 * reviewers, so it is the costly part of the rule: the dashboard caches it (./reviewers-cache.ts).
 */
export async function reviewerTurnaround(reviewers: ReviewerSet): Promise<ReviewerTurnaround> {
  const prisma = db();
  if ("admins" in reviewers) {
    const [admins] = await prisma.$queryRaw<Row[]>`
      SELECT ${TURNAROUND}
         AND r."reviewerId" IN (SELECT id FROM "User" WHERE role = 'ADMIN' AND "deactivatedAt" IS NULL)`;
    return { admins: turnaround(admins) };
  }
  const rows = await prisma.$queryRaw<Array<Row & { id: string }>>`
    SELECT r."reviewerId" AS id, ${TURNAROUND} AND r."reviewerId" = ANY(${reviewers.mentorIds}::text[])
     GROUP BY r."reviewerId"`;
  return { byMentor: new Map(rows.map((row) => [row.id, turnaround(row)])) };
}

/** Who reviews the learner's work, without the turnaround: one cheap statement. */
async function reviewerList(
  learnerId: string,
): Promise<{ mentors: Array<{ id: string; name: string | null; email: string }>; reviewWindowDays: number | null }> {
  const [row] = await db().$queryRaw<
    Array<{ mentors: Array<{ id: string; name: string | null; email: string }>; days: number | null }>
  >`
    SELECT COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email)
                                     ORDER BY u.name NULLS LAST, u.email)
                       FROM "User" u
                      WHERE u.id IN (${activeMentorIdsSql(Prisma.sql`${learnerId}`)})), '[]'::json) AS mentors,
           (SELECT min(g."reviewWindowDays")::int
              FROM "Enrollment" e JOIN "Guide" g ON g.id = e."guideId"
             WHERE e."userId" = ${learnerId}) AS days`;
  return { mentors: row?.mentors ?? [], reviewWindowDays: row?.days ?? null };
}

/**
 * The learner's reviewers with their usual turnaround: two statements, who they are and how
 * fast they decide. `turnaroundOf` lets a caller serve the second from a cache.
 */
export async function getLearnerReviewers(
  learnerId: string,
  turnaroundOf: (reviewers: ReviewerSet) => Promise<ReviewerTurnaround> = reviewerTurnaround,
): Promise<LearnerReviewers> {
  const { mentors, reviewWindowDays } = await reviewerList(learnerId);
  const times = await turnaroundOf(mentors.length > 0 ? { mentorIds: mentors.map((m) => m.id) } : { admins: true });
  if ("byMentor" in times) {
    return {
      mentors: mentors.map((m) => ({ ...m, ...turnaround(undefined), ...times.byMentor.get(m.id) })),
      admins: null,
      reviewWindowDays,
    };
  }
  return { mentors: [], admins: times.admins, reviewWindowDays };
}
