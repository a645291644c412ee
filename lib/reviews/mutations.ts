import "server-only";
import { ActionError } from "@/lib/actions/result";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { Prisma, type CommentTag, type ReviewDecision } from "@/lib/generated/prisma/client";
import { notifyComment, notifyReviewDecision } from "@/lib/notifications/events";
import { resolveWork, SUBMISSION_WORK_SELECT } from "@/lib/submissions/work";
import { ALREADY_REVIEWED_MESSAGE } from "@/lib/reviews/schema";
import { canTransition, statusAfterReview } from "@/lib/deliverables/rules";
import { saveRubricScores } from "@/lib/rubrics/mutations";

/**
 * Review writes. The actions authorize first (lib/reviews/actions.ts); each write here runs in
 * one transaction with everything it implies: the status change, the audit row, the
 * notifications.
 */

type Actor = NonNullable<AuditActor> & { name: string | null };

export type Decision = {
  submissionId: string;
  /** The version the reviewer looked at. */
  version: number;
  decision: ReviewDecision;
  comment: string | null;
  /** The rubric's scores, criterionId → level: every active criterion of the deliverable's rubric. */
  scores: Readonly<Record<string, number>>;
};

/**
 * Approve or request changes on one submitted version. Two reviewers deciding the same version
 * at once cannot both win: the status moves only if the submission is still SUBMITTED on that
 * version (a conditional update, which makes the second transaction wait for the first and then
 * match nothing), and Review.versionId is unique besides. The loser gets ALREADY_REVIEWED_MESSAGE
 * and its whole transaction rolls back, so nothing is overwritten.
 */
export async function decideSubmission(actor: Actor, input: Decision, now = new Date()) {
  return db().$transaction(async (tx) => {
    const version = await tx.submissionVersion.findUnique({
      where: { submissionId_number: { submissionId: input.submissionId, number: input.version } },
      select: {
        id: true,
        submittedAt: true,
        review: { select: { id: true } },
        submission: { select: { learnerId: true, projectProgressId: true, ...SUBMISSION_WORK_SELECT } },
      },
    });
    if (!version?.submittedAt) throw new ActionError("That version was not submitted. Reload the page.");
    if (version.review) throw new ActionError(ALREADY_REVIEWED_MESSAGE);

    const approved = input.decision === "APPROVED";
    // The transition table is lib/deliverables/rules.ts: a reviewer decides only from SUBMITTED.
    const to = statusAfterReview(input.decision);
    if (!canTransition("SUBMITTED", to, "REVIEWER")) throw new Error(`A reviewer cannot move a submission to ${to}`);
    const moved = await tx.submission.updateMany({
      where: { id: input.submissionId, status: "SUBMITTED", currentVersion: input.version },
      data: { status: to, approvedAt: approved ? now : null },
    });
    if (moved.count !== 1) throw new ActionError(await whyNotWaiting(tx, input));
    // A project's own status follows the decision: approvedAt is the evidence the proficiency
    // model counts (docs/proficiency.md), for projects reviewed here as for earlier approvals.
    const { projectProgressId } = version.submission;
    if (projectProgressId) {
      await tx.projectProgress.update({
        where: { id: projectProgressId },
        data: approved ? { status: "APPROVED", approvedAt: now } : { status: "IN_PROGRESS" },
      });
    }

    let reviewId: string;
    try {
      const review = await tx.review.create({
        data: {
          versionId: version.id,
          reviewerId: actor.id,
          decision: input.decision,
          summary: input.comment,
          createdAt: now,
        },
        select: { id: true },
      });
      reviewId = review.id;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new ActionError(ALREADY_REVIEWED_MESSAGE);
      }
      throw error;
    }
    // A deliverable is scored on its own criteria, a project on its guide's project criteria.
    const work = resolveWork(version.submission);
    const scores = work.guideId
      ? await saveRubricScores(
          tx,
          { id: reviewId, deliverableId: work.kind === "deliverable" ? work.id : null, guideId: work.guideId },
          input.scores,
        )
      : [];
    await tx.submissionStatusChange.create({
      data: {
        submissionId: input.submissionId,
        actorId: actor.id,
        fromStatus: "SUBMITTED",
        toStatus: to,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      actor: { id: actor.id, email: actor.email },
      action: approved ? "review.approved" : "review.changes-requested",
      entityType: "Submission",
      entityId: input.submissionId,
      before: { status: "SUBMITTED", version: input.version, approvedAt: null },
      after: {
        status: to,
        version: input.version,
        approvedAt: approved ? now.toISOString() : null,
        reviewId,
        comment: input.comment,
        scores,
      },
    });
    await notifyReviewDecision(tx, {
      learnerId: version.submission.learnerId,
      reviewerId: actor.id,
      work,
      version: input.version,
      decision: input.decision,
      comment: input.comment,
    });
    return { reviewId, status: to };
  });
}

/** After the conditional update matched nothing: the first reason that applies, for the user. */
async function whyNotWaiting(tx: Prisma.TransactionClient, input: Decision): Promise<string> {
  const current = await tx.submission.findUnique({
    where: { id: input.submissionId },
    select: { status: true, currentVersion: true },
  });
  if (!current) return "That submission no longer exists.";
  if (current.currentVersion !== input.version) {
    return "A newer version was submitted since you opened this page. Reload to review it.";
  }
  if (current.status === "APPROVED" || current.status === "CHANGES_REQUESTED") return ALREADY_REVIEWED_MESSAGE;
  return "This submission isn't waiting for review.";
}

/** A comment on a submitted version, by a reviewer or the learner; the other side is notified. */
export async function addReviewComment(
  actor: Actor,
  input: { versionId: string; body: string; tag: CommentTag },
  now = new Date(),
) {
  return db().$transaction(async (tx) => {
    const version = await tx.submissionVersion.findUniqueOrThrow({
      where: { id: input.versionId },
      select: {
        submittedAt: true,
        submission: { select: { id: true, learnerId: true, ...SUBMISSION_WORK_SELECT } },
      },
    });
    if (!version.submittedAt) throw new ActionError("Comments go on a submitted version.");
    const comment = await tx.reviewComment.create({
      data: { versionId: input.versionId, authorId: actor.id, body: input.body, tag: input.tag, createdAt: now },
      select: { id: true },
    });
    const { submission } = version;
    await notifyComment(tx, {
      submissionId: submission.id,
      learnerId: submission.learnerId,
      authorId: actor.id,
      authorName: actor.name ?? actor.email,
      work: resolveWork(submission),
      body: input.body,
    });
    return comment;
  });
}

/** Resolves or reopens a comment. Idempotent: resolving a resolved comment changes nothing. */
export async function setCommentResolved(
  actor: Actor,
  input: { commentId: string; resolved: boolean },
  now = new Date(),
) {
  await db().reviewComment.updateMany({
    where: { id: input.commentId, resolvedAt: input.resolved ? null : { not: null } },
    data: input.resolved ? { resolvedAt: now, resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
  });
}
