import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { activeMentorIdsSql } from "@/lib/mentor/reviewers";
import { Prisma } from "@/lib/generated/prisma/client";
import { REVIEW_QUEUE_PAGE_SIZE, type QueueView } from "@/lib/reviews/schema";
import { PROJECT_CONTEXT } from "@/lib/submissions/work";

/**
 * The review queue: deliverables and portfolio projects waiting for a decision, oldest first,
 * in one list. Both are submissions (a project's through Submission.projectProgressId), so one
 * SQL statement reads them, names each from its deliverable or project, computes each item's deadline from its
 * guide's review window (the same rule as `isOverdue` in deadlines.ts), scopes a mentor to
 * their own mentees in the WHERE clause, and pages in the database; a second one counts each
 * view for the tabs.
 */

export type QueueItem = {
  kind: "deliverable" | "project";
  /** The submission's id (a deliverable's or a project's: both are reviewed as submissions). */
  id: string;
  learnerId: string;
  learnerName: string | null;
  learnerEmail: string;
  title: string;
  /** The phase of a deliverable, or "Portfolio project". */
  context: string;
  version: number;
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
      SELECT CASE WHEN s."deliverableId" IS NULL THEN 'project' ELSE 'deliverable' END AS kind,
             s.id, s."learnerId", s."submittedAt" AS "waitingSince",
             COALESCE(d.title, p.title, pp.title) AS title, COALESCE(ph.title, ${PROJECT_CONTEXT}) AS context,
             s."currentVersion" AS version, g."reviewWindowDays"
        FROM "Submission" s
        LEFT JOIN "Deliverable" d ON d.id = s."deliverableId"
        LEFT JOIN "Phase" ph ON ph.id = d."phaseId"
        LEFT JOIN "ProjectProgress" pp ON pp.id = s."projectProgressId"
        LEFT JOIN "PortfolioProject" p ON p.id = pp."projectId"
        JOIN "Guide" g ON g.id = COALESCE(ph."guideId", p."guideId", pp."guideId")
       WHERE s.status = 'SUBMITTED' AND s."submittedAt" IS NOT NULL${
         // A mentor sees only their mentees: name them here, so the plan starts from the
         // mentor's assignments (one index range) instead of every learner's waiting work,
         // which grows with the whole platform (10 × at BENCH_SCALE=10), not with the mentor.
         isAdmin
           ? Prisma.empty
           : Prisma.sql` AND s."learnerId" IN (SELECT m."learnerId" FROM "MentorAssignment" m WHERE m."mentorId" = ${user.id})`
       }
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
    SELECT kind, id, "learnerId", "learnerName", "learnerEmail", title, context, version,
           "waitingSince", "reviewWindowDays", overdue, "hasMentor"
      FROM visible
     WHERE ${VIEW_FILTERS[view]}
     ORDER BY "waitingSince" ASC, id ASC
     LIMIT ${REVIEW_QUEUE_PAGE_SIZE} OFFSET ${(page - 1) * REVIEW_QUEUE_PAGE_SIZE}`;
  return { view, items, page, pageCount, total, counts: user.role === "ADMIN" ? counts : null };
}
