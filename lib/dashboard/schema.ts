import { z } from "zod";
import { durationMinutes } from "@/lib/hours/duration";
import { MAX_WEEKLY_GOAL_MINUTES } from "@/lib/progress/goal";
import { formatMinutes } from "@/lib/progress/path";

/** One zod schema per input, shared by the dashboard's goal form and its server action. */

export const WEEKLY_GOAL_FORMAT_MESSAGE = "Write hours a week like 6, 7.5, 6:30 or 6h 30m.";
export const WEEKLY_GOAL_ZERO_MESSAGE = "Enter a goal above 0 minutes, or clear the field to remove it.";
export const WEEKLY_GOAL_TOO_HIGH_MESSAGE = `A weekly goal can be at most ${formatMinutes(MAX_WEEKLY_GOAL_MINUTES)}.`;

/**
 * Hours a week, typed as people type durations (lib/hours/duration.ts: "6", "7.5", "6:30",
 * "6h 30m", "90m"), read into minutes. Empty, blank or absent clears the goal (null): the form
 * has one field, and emptying it is how a learner says "no goal".
 */
export const weeklyGoalSchema = z.object({
  weeklyGoal: z
    .unknown()
    .optional()
    .transform((value, ctx): number | null => {
      if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return null;
      const minutes =
        (typeof value === "string" && value.length <= 40) || typeof value === "number"
          ? durationMinutes(String(value))
          : null;
      const message =
        minutes === null || !Number.isFinite(minutes)
          ? WEEKLY_GOAL_FORMAT_MESSAGE
          : minutes <= 0
            ? WEEKLY_GOAL_ZERO_MESSAGE
            : minutes > MAX_WEEKLY_GOAL_MINUTES
              ? WEEKLY_GOAL_TOO_HIGH_MESSAGE
              : null;
      if (message === null) return minutes;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }),
});
export type WeeklyGoalInput = z.input<typeof weeklyGoalSchema>;
