import type { LearnerProgress } from "@/lib/dashboard/evidence";

/**
 * What a dashboard card that acts on the learner's figures takes: the progress, whether the
 * viewer may change it (a mentor's view of a mentee is read-only), and its place in the grid
 * (each card is a grid cell of learner-dashboard.tsx itself, without a wrapper).
 */
export type DashboardCardProps = {
  progress: LearnerProgress;
  readOnly: boolean;
  className?: string;
};
