import type { Prisma } from "@/lib/generated/prisma/client";
import { REVIEW_SCORES_SELECT } from "@/lib/rubrics/queries";

/** Where a submission stands, as the learner's deliverable page and the review page show it. */
export const SUBMISSION_STATE_SELECT = {
  id: true,
  status: true,
  currentVersion: true,
  submittedAt: true,
  approvedAt: true,
} as const satisfies Prisma.SubmissionSelect;

/**
 * What a submitted version says (its links, description and attached files, when it went in), as the learner's
 * deliverable page and the reviewer's page both show it. Each adds what only it needs.
 */
export const VERSION_CONTENT_SELECT = {
  id: true,
  number: true,
  repoUrl: true,
  demoUrl: true,
  docUrl: true,
  description: true,
  submittedAt: true,
  // The files' metadata only: their bytes are read by the download route alone (lib/attachments).
  attachments: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, size: true, contentType: true },
  },
} as const satisfies Prisma.SubmissionVersionSelect;

/**
 * A learner's own submission as their page shows it (a deliverable's or a project's): every
 * version with its review and comments, and the dated status changes.
 */
export const LEARNER_SUBMISSION_SELECT = {
  ...SUBMISSION_STATE_SELECT,
  versions: {
    orderBy: { number: "desc" },
    select: {
      ...VERSION_CONTENT_SELECT,
      createdAt: true,
      review: {
        select: {
          decision: true,
          summary: true,
          createdAt: true,
          reviewer: { select: { name: true } },
          scores: REVIEW_SCORES_SELECT,
        },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          tag: true,
          resolvedAt: true,
          createdAt: true,
          author: { select: { name: true } },
        },
      },
    },
  },
  statusChanges: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      createdAt: true,
      actor: { select: { name: true, role: true } },
      actorId: true,
    },
  },
} as const satisfies Prisma.SubmissionSelect;
