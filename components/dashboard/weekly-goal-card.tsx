import { ProgressBar } from "@/components/ui/progress-bar";
import { cn } from "@/lib/ui/cn";
import type { WeeklyGoal } from "@/lib/progress/goal";
import { formatMinutes } from "@/lib/progress/path";
import { formatIsoDate } from "@/lib/ui/format";
import { ProjectionText } from "./projection-text";
import { RegionCard } from "./region-card";
import { WeeklyGoalForm } from "./weekly-goal-form";
import type { DashboardCardProps } from "./card-props";

/**
 * This week (Monday to Sunday in the learner's zone) against their weekly goal, and when the
 * path ends if the goal is kept. The learner sets it here; a mentor's read-only view shows it.
 */
export function WeeklyGoalCard({ progress, readOnly, className }: DashboardCardProps) {
  const goal = progress.weeklyGoal;
  if (readOnly && !goal) return null;
  return (
    <RegionCard
      id="weekly-goal"
      title="Weekly goal"
      description={
        goal
          ? `This week: ${formatIsoDate(goal.week.weekStart)} to ${formatIsoDate(goal.week.weekEnd)}.`
          : "Set the hours you mean to study each week: the dashboard tracks the week against it."
      }
      className={cn("flex flex-col gap-4", className)}
      headerClassName="mb-0"
    >
      <div className="flex flex-col gap-6 md:flex-row md:items-start">
        {goal ? <GoalWeek goal={goal} /> : null}
        {readOnly ? null : (
          <div className="md:w-72 md:shrink-0">
            <WeeklyGoalForm goalMinutes={goal?.week.goalMinutes ?? null} />
          </div>
        )}
      </div>
    </RegionCard>
  );
}

function GoalWeek({ goal }: { goal: WeeklyGoal }) {
  const { week, path } = goal;
  const target = formatMinutes(week.goalMinutes);
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-3 text-sm">
      <ProgressBar
        label="Logged this week"
        value={week.loggedMinutes}
        max={week.goalMinutes}
        valueText={`${formatMinutes(week.loggedMinutes)} of ${target}`}
      />
      <p data-testid="goal-status" className={week.behind ? "text-amber-800" : "text-slate-700"}>
        {week.met
          ? "Goal met for this week."
          : week.behind
            ? `Behind: by today the goal asks for ${formatMinutes(week.expectedMinutes)}; ${formatMinutes(week.remainingMinutes)} to go this week.`
            : `On track: ${formatMinutes(week.remainingMinutes)} to go this week.`}
      </p>
      <p data-testid="goal-finish" className="text-slate-700">
        {path.status === "projected" ? (
          <>
            At {target} a week you finish the path around <ProjectionText projection={path} />.
          </>
        ) : (
          <ProjectionText projection={path} />
        )}
      </p>
    </div>
  );
}
