/**
 * Review deadlines: how long a piece of work has waited and whether it is past the guide's
 * review window. Pure (the clock is an argument), so the queue, the review page and the tests
 * agree. The queue's SQL filter applies the same rule (`waitingSince + window < now`); see
 * `lib/reviews/queue.ts`.
 */
import { plural } from "@/lib/words";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The default review window when a guide does not set one (Guide.reviewWindowDays default). */
export const DEFAULT_REVIEW_WINDOW_DAYS = 3;

/** Past the window: waited strictly longer than `windowDays` whole days. */
export function isOverdue(waitingSince: Date, windowDays: number, now: Date): boolean {
  return now.getTime() - waitingSince.getTime() > windowDays * DAY_MS;
}

/**
 * How long since `from`, in the largest whole unit that reads naturally: "less than an hour",
 * "1 hour", "5 hours", "1 day", "2 days", "3 weeks" (from 14 days on). Never negative: a clock
 * a little ahead of the database's reads as "less than an hour".
 */
export function elapsedLabel(from: Date, now: Date): string {
  const ms = Math.max(0, now.getTime() - from.getTime());
  if (ms < HOUR_MS) return "less than an hour";
  if (ms < DAY_MS) return plural(Math.floor(ms / HOUR_MS), "hour");
  const days = Math.floor(ms / DAY_MS);
  if (days < 14) return plural(days, "day");
  return plural(Math.floor(days / 7), "week");
}
