import "server-only";
import { db } from "@/lib/db";
import { learnerGuide } from "@/lib/guides/enrollment";

/**
 * Sets (minutes) or clears (null) the learner's weekly goal on the path they follow. The goal
 * lives on the enrollment row, so the dashboard reads it with the enrollment it resolves anyway,
 * and a second guide would get a goal of its own. The CHECK on the column bounds it again.
 */
export async function setWeeklyGoal(learnerId: string, minutes: number | null): Promise<number | null> {
  const { guideId } = await learnerGuide(learnerId);
  const saved = await db().enrollment.update({
    where: { userId_guideId: { userId: learnerId, guideId } },
    data: { weeklyGoalMinutes: minutes },
    select: { weeklyGoalMinutes: true },
  });
  return saved.weeklyGoalMinutes;
}
