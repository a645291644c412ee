-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "weeklyGoalMinutes" INTEGER;

-- A weekly goal is above 0 and at most 100 h (lib/progress/goal.ts#MAX_WEEKLY_GOAL_MINUTES);
-- null means no goal.
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_weeklyGoalMinutes_check"
  CHECK ("weeklyGoalMinutes" IS NULL OR ("weeklyGoalMinutes" > 0 AND "weeklyGoalMinutes" <= 6000));
