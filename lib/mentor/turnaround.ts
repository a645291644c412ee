/**
 * How a learner is told when their reviewers usually decide. Pure, so the wording is unit-tested
 * (tests/unit/review-turnaround.test.ts); the figure is a median computed in SQL
 * (lib/mentor/reviewers.ts).
 */
import { countOf } from "@/lib/words";

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Past reviews to time the turnaround by: the median of their submission-to-decision times. */
export type Turnaround = { medianSeconds: number | null; reviewCount: number };

/**
 * "decisions usually within 2 days (median of 14 reviews)", for a mentor or the admins alike. Rounded up, so "within" stays true for
 * the median case; a day once past 24 hours, because learners plan in days. Without history,
 * the promise the guide makes instead (its review window), or nothing to promise at all.
 */
export function describeTurnaround(
  { medianSeconds, reviewCount }: Turnaround,
  reviewWindowDays: number | null,
): string {
  if (medianSeconds === null || reviewCount === 0) {
    const window = reviewWindowDays ? `; the guide asks for a decision within ${countOf(reviewWindowDays, "day")}` : "";
    return `no past reviews to time yet${window}`;
  }
  const within =
    medianSeconds <= HOUR
      ? "an hour"
      : medianSeconds < DAY
        ? countOf(Math.ceil(medianSeconds / HOUR), "hour")
        : countOf(Math.ceil(medianSeconds / DAY), "day");
  return `decisions usually within ${within} (median of ${countOf(reviewCount, "review")})`;
}
