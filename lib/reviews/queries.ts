import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { SUBMISSION_STATE_SELECT, VERSION_CONTENT_SELECT } from "@/lib/deliverables/selects";
import { REVIEW_SCORES_SELECT } from "@/lib/rubrics/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffVersions, pickComparison, type FieldDiff } from "@/lib/deliverables/diff";
import { resolveWork, SUBMISSION_WORK_SELECT } from "@/lib/submissions/work";

export { getReviewQueue, queueViewFor, type QueueItem, type ReviewQueue } from "@/lib/reviews/queue";

/**
 * Who may read a learner's submission and its conversation, as a WHERE clause (the same people
 * as canAccessLearner in lib/auth/guards.ts): the learner, an admin, or a mentor assigned to the
 * learner. A submission outside it is simply not found.
 */
export function submissionVisibleTo(user: Pick<CurrentUser, "id" | "role">): Prisma.SubmissionWhereInput {
  if (user.role === "ADMIN") return {};
  if (user.role === "MENTOR") {
    return { OR: [{ learnerId: user.id }, { learner: { mentors: { some: { mentorId: user.id } } } }] };
  }
  return { learnerId: user.id };
}

const person = { select: { id: true, name: true, email: true, role: true } } as const;

/**
 * A submission with everything the review page shows: the work (deliverable or project, resolved by lib/submissions/work.ts), each submitted version
 * (newest first) with its links, description, decision and comments. Drafts stay private to
 * the learner until submitted. A submission has a handful of versions, so loading them whole is
 * bounded.
 */
export async function getSubmissionReview(user: Pick<CurrentUser, "id" | "role">, submissionId: string) {
  const row = await db().submission.findFirst({
    where: { id: submissionId, ...submissionVisibleTo(user) },
    select: {
      ...SUBMISSION_STATE_SELECT,
      learner: person,
      ...SUBMISSION_WORK_SELECT,
      versions: {
        where: { submittedAt: { not: null } },
        orderBy: { number: "desc" },
        select: {
          ...VERSION_CONTENT_SELECT,
          review: {
            select: {
              id: true,
              decision: true,
              summary: true,
              createdAt: true,
              reviewer: person,
              scores: REVIEW_SCORES_SELECT,
            },
          },
          comments: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              body: true,
              tag: true,
              createdAt: true,
              resolvedAt: true,
              author: person,
              resolvedBy: person,
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const { deliverable: _deliverable, projectProgress: _project, ...review } = row;
  return { ...review, work: resolveWork(row) };
}
/**
 * "Compare versions" for a submission: the submitted version numbers to choose from and, when
 * `from` and `to` name two of them, the field-by-field diff. Readable by exactly the people who
 * may read the versions themselves (`submissionVisibleTo`), so the learner's page and the
 * review page share one authorized read; null when the submission is not theirs to see.
 * Drafts are left out, as on the review page: they change until submitted.
 */
export async function getVersionComparison(
  user: Pick<CurrentUser, "id" | "role">,
  submissionId: string,
  from: unknown,
  to: unknown,
): Promise<{
  numbers: number[];
  from: number;
  to: number;
  fields: FieldDiff[] | null;
  /** The two versions' attached files (metadata only), when two are compared. */
  files?: { from: ComparedFile[]; to: ComparedFile[] };
} | null> {
  const submission = await db().submission.findFirst({
    where: { id: submissionId, ...submissionVisibleTo(user) },
    select: {
      versions: {
        where: { submittedAt: { not: null } },
        orderBy: { number: "asc" },
        select: {
          number: true,
          description: true,
          repoUrl: true,
          demoUrl: true,
          docUrl: true,
          attachments: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, name: true, size: true, contentType: true, sha256: true },
          },
        },
      },
    },
  });
  if (!submission) return null;
  const { versions } = submission;
  const picked = pickComparison(versions, from, to);
  const numbers = versions.map((v) => v.number);
  // With nothing chosen the form offers the last two versions, the usual question.
  return {
    numbers,
    from: picked?.from.number ?? numbers.at(-2) ?? numbers[0] ?? 1,
    to: picked?.to.number ?? numbers.at(-1) ?? 1,
    fields: picked ? diffVersions(picked.from, picked.to) : null,
    files: picked ? { from: picked.from.attachments, to: picked.to.attachments } : undefined,
  };
}

type ComparedFile = { id: string; name: string; size: number; contentType: string; sha256: string };

export type SubmissionReview = NonNullable<Awaited<ReturnType<typeof getSubmissionReview>>>;
export type ReviewVersion = SubmissionReview["versions"][number];
export type ReviewComment = ReviewVersion["comments"][number];

// ─── Whose is it? Lookups the actions authorize against (one indexed read each) ───

/** The learner a submission belongs to, or null if there is no such submission. */
export async function learnerOfSubmission(submissionId: string): Promise<string | null> {
  const row = await db().submission.findUnique({ where: { id: submissionId }, select: { learnerId: true } });
  return row?.learnerId ?? null;
}

export async function learnerOfVersion(versionId: string): Promise<string | null> {
  const row = await db().submissionVersion.findUnique({
    where: { id: versionId },
    select: { submission: { select: { learnerId: true } } },
  });
  return row?.submission.learnerId ?? null;
}

export async function learnerOfComment(commentId: string): Promise<string | null> {
  const row = await db().reviewComment.findUnique({
    where: { id: commentId },
    select: { version: { select: { submission: { select: { learnerId: true } } } } },
  });
  return row?.version.submission.learnerId ?? null;
}
