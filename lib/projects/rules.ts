/**
 * Portfolio project progress, as pure rules. The learner moves a project (a guide idea or
 * their own) between PLANNED and IN_PROGRESS (back and forth: plans change). Submitting it for
 * review (a Submission, the same workflow as deliverables) makes it SUBMITTED; the reviewer's
 * decision makes it APPROVED or back IN_PROGRESS (changes requested). An approved project is
 * final evidence (docs/proficiency.md: it counts toward the levels and clears red flags).
 */
import type { ProjectStatus } from "@/lib/generated/prisma/enums";

export type { ProjectStatus };

export const LEARNER_PROJECT_STATUSES = ["PLANNED", "IN_PROGRESS"] as const satisfies readonly ProjectStatus[];
export type LearnerProjectStatus = (typeof LEARNER_PROJECT_STATUSES)[number];

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
};

export const PROJECT_APPROVED_FINAL_MESSAGE = "This project is approved. Its status and link are final.";
export const PROJECT_IN_REVIEW_MESSAGE =
  "This project is waiting for review, so it can't be changed until a reviewer responds.";
export const ONLY_REVIEWERS_APPROVE_MESSAGE = "Only a mentor or an admin can approve a project.";

/** A status the learner may choose (SUBMITTED and APPROVED come from the review). */
export function isLearnerProjectStatus(status: ProjectStatus): status is LearnerProjectStatus {
  return (LEARNER_PROJECT_STATUSES as readonly ProjectStatus[]).includes(status);
}

/** Whether the learner may change a project from `from` to `to`. */
export function learnerCanSetProjectStatus(from: ProjectStatus, to: ProjectStatus): boolean {
  return isLearnerProjectStatus(from) && isLearnerProjectStatus(to);
}

/** Whether the learner can still change the project (it is neither in review nor approved). */
export function isProjectEditable(status: ProjectStatus): boolean {
  return isLearnerProjectStatus(status);
}
