import type { Prisma } from "@/lib/generated/prisma/client";

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
