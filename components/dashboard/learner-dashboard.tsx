import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { LearnerProgress } from "@/lib/dashboard/evidence";
import { ActivityHeatmap } from "./activity-heatmap";
import { HoursOverview } from "./hours-overview";
import { LevelCard } from "./level-card";
import { LevelExplanation } from "./level-explanation";
import { PaceCard } from "./pace-card";
import { RecentActivity } from "./recent-activity";
import { RedFlags } from "./red-flags";
import { SelfAssessment } from "./self-assessment";
import { SubSkillHoursChart } from "./sub-skill-hours-chart";
import { WeeklyGoalCard } from "./weekly-goal-card";

export type LearnerDashboardProps = {
  /** From getLearnerProgress (lib/dashboard/queries.ts). */
  progress: LearnerProgress;
  /**
   * A mentor's or admin's view of someone else's record: the same figures without the calls to
   * action that only the learner can take (log hours, take the quiz).
   */
  readOnly?: boolean;
};

// Each card is a cell of the grid itself (a grid item stretches, so the cards of one row line
// up at the bottom), not wrapped in one: ten fewer elements on every render. The cards after
// the first row are below a phone's fold: laid out only when scrolled near (globals.css).
const first = "min-w-0";
const narrow = `${first} render-when-visible`;
const wide = `${narrow} lg:col-span-2`;

/**
 * The learner dashboard, for the learner's own page and (read-only) a mentor's mentee page.
 * One column on phones; a three-column grid on laptops, wide cards spanning two.
 */
export function LearnerDashboard({ progress, readOnly = false }: LearnerDashboardProps) {
  return (
    <div className="flex flex-col gap-6">
      {progress.isNew ? (
        <EmptyState
          title={readOnly ? "No activity yet" : "Start your path"}
          description={
            readOnly
              ? "This learner hasn't logged hours, submitted work or taken the quiz yet."
              : `Your ${progress.pathTotalHours}-hour path starts with your first logged session. The quiz shows where you stand today.`
          }
          action={
            readOnly ? undefined : (
              <div className="flex flex-wrap justify-center gap-3">
                <ButtonLink href="/hours">Log your first hours</ButtonLink>
                <ButtonLink href="/quiz" variant="secondary">
                  Take the quiz
                </ButtonLink>
              </div>
            )
          }
        />
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <HoursOverview progress={progress} className={`${first} lg:col-span-2`} />
        <LevelCard progress={progress} readOnly={readOnly} className={first} />
        <LevelExplanation progress={progress} readOnly={readOnly} className={wide} />
        <RedFlags progress={progress} readOnly={readOnly} className={narrow} />
        <SubSkillHoursChart progress={progress} className={wide} />
        <PaceCard progress={progress} className={narrow} />
        <WeeklyGoalCard progress={progress} readOnly={readOnly} className={`${narrow} lg:col-span-3`} />
        <ActivityHeatmap progress={progress} className={`${narrow} lg:col-span-3`} />
        <SelfAssessment progress={progress} className={wide} />
        <RecentActivity progress={progress} className={narrow} />
      </div>
    </div>
  );
}
