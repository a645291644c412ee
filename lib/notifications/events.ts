import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { activeMentorWhere } from "@/lib/mentor/reviewers";
import { excerpt, notify, reviewersOf } from "@/lib/notifications/mutations";
import { NOTIFICATION_KINDS } from "@/lib/notifications/schema";
import { resolveWork, SUBMISSION_WORK_SELECT, type SubmissionWork } from "@/lib/submissions/work";

/**
 * The notifications each review event sends, in one place: who hears about it and what they
 * read. Each takes the transaction client of the event, so both commit together.
 */

type Tx = Prisma.TransactionClient;

/** The reviewer's page for a submission. */
export const reviewHref = (submissionId: string) => `/mentor/reviews/${submissionId}`;

/** The work an event is about: its title, and where the learner sees it (lib/submissions/work.ts). */
type Work = Pick<SubmissionWork, "title" | "learnerHref">;

const quoted = (title: string) => `“${title}”`;

/**
 * A learner submitted (version 1) or resubmitted (version 2+) a deliverable or a project: their mentors
 * hear about it, or every admin when they have none. The submit mutation calls this inside its
 * transaction, after the status change:
 *
 *   await notifySubmissionReviewers(tx, submission.id);
 */
export async function notifySubmissionReviewers(tx: Tx, submissionId: string): Promise<number> {
  const submission = await tx.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      learnerId: true,
      currentVersion: true,
      learner: { select: { name: true, email: true } },
      ...SUBMISSION_WORK_SELECT,
    },
  });
  const { title } = resolveWork(submission);
  const who = submission.learner.name ?? submission.learner.email;
  const resubmitted = submission.currentVersion > 1;
  return notify(
    tx,
    await reviewersOf(tx, submission.learnerId),
    {
      kind: resubmitted ? NOTIFICATION_KINDS.resubmitted : NOTIFICATION_KINDS.submitted,
      title: resubmitted ? `${who} resubmitted ${quoted(title)}` : `${who} submitted ${quoted(title)}`,
      body: resubmitted
        ? `Version ${submission.currentVersion} is waiting for your review.`
        : "It is waiting for your review.",
      href: reviewHref(submissionId),
    },
    { exceptUserId: submission.learnerId },
  );
}

type DecisionEvent = {
  learnerId: string;
  reviewerId: string;
  work: Work;
  version: number;
  decision: "APPROVED" | "CHANGES_REQUESTED";
  comment: string | null;
};

/** A reviewer approved or asked for changes: the learner hears about it. */
export async function notifyReviewDecision(tx: Tx, event: DecisionEvent): Promise<number> {
  const approved = event.decision === "APPROVED";
  const fallback = approved
    ? `Version ${event.version} was approved.`
    : `Version ${event.version} needs changes before it can be approved.`;
  return notify(
    tx,
    [event.learnerId],
    {
      kind: approved ? NOTIFICATION_KINDS.approved : NOTIFICATION_KINDS.changesRequested,
      title: approved ? `${quoted(event.work.title)} was approved` : `Changes requested on ${quoted(event.work.title)}`,
      body: event.comment ? excerpt(event.comment) : fallback,
      href: event.work.learnerHref,
    },
    { exceptUserId: event.reviewerId },
  );
}

type CommentEvent = {
  submissionId: string;
  learnerId: string;
  authorId: string;
  authorName: string;
  work: Work;
  body: string;
};

/**
 * A new comment in the conversation. From a reviewer, the learner hears about it; from the
 * learner (a reply), their assigned mentors do, so a question does not sit unseen. A learner
 * without a mentor replies to whichever admin reviews: admins follow the queue instead of
 * being pinged for every reply.
 */
export async function notifyComment(tx: Tx, event: CommentEvent): Promise<number> {
  const fromLearner = event.authorId === event.learnerId;
  const recipients = fromLearner
    ? (
        await tx.mentorAssignment.findMany({
          where: activeMentorWhere(event.learnerId),
          select: { mentorId: true },
        })
      ).map((m) => m.mentorId)
    : [event.learnerId];
  return notify(
    tx,
    recipients,
    {
      kind: NOTIFICATION_KINDS.comment,
      title: `${event.authorName} commented on ${quoted(event.work.title)}`,
      body: excerpt(event.body),
      href: fromLearner ? reviewHref(event.submissionId) : event.work.learnerHref,
    },
    { exceptUserId: event.authorId },
  );
}
