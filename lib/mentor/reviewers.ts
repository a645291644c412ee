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

/**
 * The median time from submission to decision over a set of reviewers' past decisions on
 * deliverable versions (portfolio projects record no submission time, so they cannot be timed).
 */
const turnaroundOf = (reviewerFilter: Prisma.Sql): Prisma.Sql => Prisma.sql`
  SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM r."createdAt" - v."submittedAt"))::float8 AS "medianSeconds",
         count(*) AS "reviewCount"
    FROM "Review" r JOIN "SubmissionVersion" v ON v.id = r."versionId"
   WHERE v."submittedAt" IS NOT NULL AND ${reviewerFilter}`;

const turnaround = (row: Row | undefined): Turnaround => ({
  medianSeconds: row?.medianSeconds ?? null,
  reviewCount: Number(row?.reviewCount ?? 0),
});

/** The learner's reviewers with their usual turnaround: two statements (three without a mentor). */
export async function getLearnerReviewers(learnerId: string): Promise<LearnerReviewers> {
  const prisma = db();
  const [mentors, [window]] = await Promise.all([
    prisma.$queryRaw<Array<{ id: string; name: string | null; email: string } & Row>>`
      SELECT u.id, u.name, u.email, t."medianSeconds", t."reviewCount"
        FROM "User" u
        CROSS JOIN LATERAL (${turnaroundOf(Prisma.sql`r."reviewerId" = u.id`)}) t
       WHERE u.id IN (${activeMentorIdsSql(Prisma.sql`${learnerId}`)})
       ORDER BY u.name NULLS LAST, u.email`,
    prisma.$queryRaw<Array<{ days: number | null }>>`
      SELECT min(g."reviewWindowDays")::int AS days
        FROM "Enrollment" e JOIN "Guide" g ON g.id = e."guideId"
       WHERE e."userId" = ${learnerId}`,
  ]);
  const reviewWindowDays = window?.days ?? null;
  if (mentors.length > 0) {
    return { mentors: mentors.map((m) => ({ ...m, ...turnaround(m) })), admins: null, reviewWindowDays };
  }
  const [admins] = await prisma.$queryRaw<Row[]>`
    ${turnaroundOf(Prisma.sql`r."reviewerId" IN (SELECT id FROM "User" WHERE role = 'ADMIN' AND "deactivatedAt" IS NULL)`)}`;
  return { mentors: [], admins: turnaround(admins), reviewWindowDays };
}
