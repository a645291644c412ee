import { LEARNERS_ONLY, type Rules } from "./rules";

/**
 * The weekly goal is self-only and learners only, like hours: the input has no learner id, the
 * caller's own enrollment is written, so "learner-other" sets their own goal. Mentors see a
 * mentee's goal on the dashboard but never set it; admins have no path to set one on.
 */
export const rules: Rules = {
  "lib/dashboard/actions.ts#setWeeklyGoalAction": { expect: LEARNERS_ONLY, input: () => ({ weeklyGoal: "6h 30m" }) },
};
