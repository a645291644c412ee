import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { activeMentorIdsSql } from "@/lib/mentor/reviewers";
import { Prisma } from "@/lib/generated/prisma/client";
import { REVIEW_QUEUE_PAGE_SIZE, type QueueView } from "@/lib/reviews/schema";

/**
 * The review queue: deliverables and portfolio projects waiting for a decision, oldest first,
 * in one list. One SQL statement unions both kinds, computes each item's deadline from its
 * guide's review window (the same rule as `isOverdue` in deadlines.ts), scopes a mentor to
 * their own mentees in the WHERE clause, and pages in the database; a second one counts each
 * view for the tabs. A portfolio project has no submittedAt, so it has waited since its last
 * update (the learner marking it submitted).
 */

export type QueueItem = {
  kind: "deliverable" | "project";
  /** Submission id (deliverables) or ProjectProgress id (projects). */
  id: string;
  learnerId: string;
  learnerName: string | null;
  learnerEmail: string;
  title: string;
  /** The phase of a deliverable, or "Portfolio project". */
  context: string;
  version: number | null;
  repoUrl: string | null;
  waitingSince: Date;
  reviewWindowDays: number;
  overdue: boolean;
  hasMentor: boolean;
};

export type ReviewQueue = {
  view: QueueView;
  items: QueueItem[];
  page: number;
  pageCount: number;
  total: number;
  /** Item counts per view; admins only (a mentor has one view). */
  counts: Record<QueueView, number> | null;
};

/** The view a user gets: mentors always "mine"; admins "attention" unless they ask. */
export function queueViewFor(user: Pick<CurrentUser, "role">, requested: QueueView | undefined): QueueView {
  if (user.role !== "ADMIN") return "mine";
  return requested ?? "attention";
}

const VIEW_FILTERS: Record<QueueView, Prisma.Sql> = {
  mine: Prisma.sql`"isMine"`,
  attention: Prisma.sql`(NOT "hasMentor" OR overdue)`,
  all: Prisma.sql`TRUE`,
};

/** All waiting items visible to `user`, with the flags the views filter on. */
function scopedItems(user: Pick<CurrentUser, "id" | "role">, now: Date): Prisma.Sql {
  // timestamp(3) columns hold UTC; an ISO string cast to timestamp keeps that UTC wall time.
  const nowUtc = Prisma.sql`${now.toISOString()}::timestamp(3)`;
  const isAdmin = user.role === "ADMIN";
  return Prisma.sql`
    WITH items AS (
      SELECT 'deliverable'::text AS kind, s.id, s."learnerId", s."submittedAt" AS "waitingSince",
             d.title, ph.title AS context, s."currentVersion" AS version, NULL::text AS "repoUrl", g."reviewWindowDays"
        FROM "Submission" s
        JOIN "Deliverable" d ON d.id = s."deliverableId"
        JOIN "Phase" ph ON ph.id = d."phaseId"
        JOIN "Guide" g ON g.id = ph."guideId"
       WHERE s.status = 'SUBMITTED' AND s."submittedAt" IS NOT NULL
      UNION ALL
      SELECT 'project'::text, pp.id, pp."learnerId", pp."updatedAt", p.title, 'Portfolio project', NULL::int, pp."repoUrl", g."reviewWindowDays"
        FROM "ProjectProgress" pp
        JOIN "PortfolioProject" p ON p.id = pp."projectId"
        JOIN "Guide" g ON g.id = p."guideId"
       WHERE pp.status = 'SUBMITTED'
    ), flagged AS (
      SELECT i.*, u.name AS "learnerName", u.email AS "learnerEmail",
             i."waitingSince" < ${nowUtc} - make_interval(days => i."reviewWindowDays") AS overdue,
             EXISTS (${activeMentorIdsSql(Prisma.sql`i."learnerId"`)}) AS "hasMentor",
             EXISTS (SELECT 1 FROM "MentorAssignment" m
                      WHERE m."learnerId" = i."learnerId" AND m."mentorId" = ${user.id}) AS "isMine"
        FROM items i
        JOIN "User" u ON u.id = i."learnerId"
       WHERE u."deactivatedAt" IS NULL
    ), visible AS (
      SELECT * FROM flagged WHERE ${isAdmin ? Prisma.sql`TRUE` : Prisma.sql`"isMine"`}
    )`;
}

export async function getReviewQueue(
  user: Pick<CurrentUser, "id" | "role">,
  options: { view?: QueueView; page?: number; now?: Date } = {},
): Promise<ReviewQueue> {
  const now = options.now ?? new Date();
  const view = queueViewFor(user, options.view);
  const base = scopedItems(user, now);
  const [countRow] = await db().$queryRaw<Array<Record<QueueView, bigint>>>`
    ${base}
    SELECT count(*) FILTER (WHERE ${VIEW_FILTERS.mine}) AS mine,
           count(*) FILTER (WHERE ${VIEW_FILTERS.attention}) AS attention,
           count(*) AS "all"
      FROM visible`;
  const counts = {
    mine: Number(countRow?.mine ?? 0),
    attention: Number(countRow?.attention ?? 0),
    all: Number(countRow?.all ?? 0),
  };
  const total = counts[view];
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_QUEUE_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const items = await db().$queryRaw<QueueItem[]>`
    ${base}
    SELECT kind, id, "learnerId", "learnerName", "learnerEmail", title, context, version, "repoUrl",
           "waitingSince", "reviewWindowDays", overdue, "hasMentor"
      FROM visible
     WHERE ${VIEW_FILTERS[view]}
     ORDER BY "waitingSince" ASC, id ASC
     LIMIT ${REVIEW_QUEUE_PAGE_SIZE} OFFSET ${(page - 1) * REVIEW_QUEUE_PAGE_SIZE}`;
  return { view, items, page, pageCount, total, counts: user.role === "ADMIN" ? counts : null };
}
