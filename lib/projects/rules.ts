/**
 * Portfolio project progress, as pure rules. The learner moves a picked project between
 * PLANNED, IN_PROGRESS and SUBMITTED (back and forth: plans change); only a reviewer (a
 * mentor or an admin, through lib/reviews) sets APPROVED, and an approved project is final
 * evidence (docs/proficiency.md: it counts toward the Expert level and clears red flags).
 */
import type { ProjectStatus } from "@/lib/generated/prisma/enums";

export type { ProjectStatus };

export const LEARNER_PROJECT_STATUSES = [
  "PLANNED",
  "IN_PROGRESS",
  "SUBMITTED",
] as const satisfies readonly ProjectStatus[];
export type LearnerProjectStatus = (typeof LEARNER_PROJECT_STATUSES)[number];

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
};

export const PROJECT_APPROVED_FINAL_MESSAGE = "This project is approved. Its status and link are final.";
export const ONLY_REVIEWERS_APPROVE_MESSAGE = "Only a mentor or an admin can approve a project.";

/** A status the learner may choose (anything but APPROVED). */
export function isLearnerProjectStatus(status: ProjectStatus): status is LearnerProjectStatus {
  return (LEARNER_PROJECT_STATUSES as readonly ProjectStatus[]).includes(status);
}

/** Whether the learner may change a project from `from` to `to`. */
export function learnerCanSetProjectStatus(from: ProjectStatus, to: ProjectStatus): boolean {
  return from !== "APPROVED" && isLearnerProjectStatus(to);
}
