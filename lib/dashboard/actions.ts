"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { setWeeklyGoal } from "@/lib/dashboard/mutations";
import { weeklyGoalSchema } from "@/lib/dashboard/schema";
import { formatMinutes } from "@/lib/progress/path";

/**
 * The weekly goal is the learner's own plan: self-only (no learner id in the input, the caller's
 * enrollment is the one written) and learners only, like logging hours. A mentor sees the goal
 * on the mentee's dashboard but does not set it.
 */
export const setWeeklyGoalAction = userAction({
  name: "dashboard.setWeeklyGoal",
  schema: weeklyGoalSchema,
  roles: ["LEARNER"],
  handler: async ({ weeklyGoal }, user) => {
    const saved = await setWeeklyGoal(user.id, weeklyGoal);
    revalidatePath("/dashboard");
    return success(
      { weeklyGoalMinutes: saved },
      saved === null ? "Weekly goal removed." : `Weekly goal set: ${formatMinutes(saved)} a week.`,
    );
  },
});
