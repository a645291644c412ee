import "server-only";
import type { DashboardKey } from "@/lib/dashboard/cache";
import { VersionedCache } from "@/lib/dashboard/versioned-cache";
import { getLearnerReviewers, reviewerTurnaround, type LearnerReviewers, type ReviewerTurnaround } from "./reviewers";

const turnaroundCache = new VersionedCache<ReviewerTurnaround>(1000);

/**
 * How long a reviewer's turnaround may be served from memory when nothing of the learner's own
 * changed. It is a median over every past review of their reviewers (the one costly statement
 * of a dashboard render, most of its database time), and another learner's review moves it by
 * one review's weight among hundreds; a review of this learner's own work bumps their version
 * (lib/dashboard/cache.ts) and shows at once.
 */
const TURNAROUND_TTL_MS = 10 * 60_000;

/**
 * getLearnerReviewers for the learner's dashboard, with the turnaround cached per learner: who
 * reviews their work is read live (one cheap statement, so a new mentor shows at once), the
 * medians are kept under the reviewer set, the learner's version (the dashboard's key) and a
 * ten-minute period.
 */
export function cachedLearnerReviewers(
  learnerId: string,
  key: Promise<Pick<DashboardKey, "learnerVersion">>,
  now = Date.now(),
): Promise<LearnerReviewers> {
  const period = Math.floor(now / TURNAROUND_TTL_MS);
  return getLearnerReviewers(learnerId, async (reviewers) => {
    const { learnerVersion } = await key;
    const set = "admins" in reviewers ? "admins" : reviewers.mentorIds.join(",");
    return turnaroundCache.get(learnerId, [set, learnerVersion, period].join("|"), () => reviewerTurnaround(reviewers));
  });
}

/** For tests: how many turnarounds were computed (a hit computes none). */
export const reviewersCacheMisses = () => turnaroundCache.misses;
