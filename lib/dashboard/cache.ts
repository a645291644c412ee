import "server-only";
import { db } from "@/lib/db";
import { curriculumChangesSince } from "@/lib/guides/changes";
import { learnerGuide, type LearnerGuide } from "@/lib/guides/enrollment";
import type { IsoDate } from "@/lib/progress/calendar";
import type { LearnerProgress } from "./evidence";
import { getLearnerProgress } from "./queries";
import { VersionedCache } from "./versioned-cache";

/**
 * The learner's own dashboard, cached per app instance and keyed by VERSIONS, not invalidated
 * by tags. Several instances run against one database and each has its own memory, so a
 * `revalidateTag` on the instance that took a write would leave the others stale. Instead,
 * triggers bump a version in the writer's own transaction (migration
 * `20261205120607_cache_versions`, table CacheVersion): "learner:<id>" on any write to the
 * learner's progress records, "curriculum" on any curriculum edit. A render reads both versions
 * with the enrollment in ONE statement; when they match a cached entry, the 8 progress
 * statements and the figures' assembly are skipped. A version read before the progress
 * statements can only be older than the rows they read, never newer, so an entry is never
 * older than its key.
 *
 * Why not Next's `unstable_cache` / "use cache": their entries are per instance too (so the
 * key would need these versions anyway), they serialize to JSON (LearnerProgress holds Dates),
 * they persist to disk on each miss, and they need a request context (no integration test).
 *
 * Entries are shared objects: nothing downstream may mutate a LearnerProgress.
 */

/** The active enrollment (as learnerGuide) and the versions its cached figures are keyed by. */
export type DashboardKey = LearnerGuide & { learnerVersion: string; curriculumVersion: string };

async function readKey(learnerId: string): Promise<DashboardKey | undefined> {
  // The active enrollment's order is learnerGuide's (lib/guides/enrollment.ts). A version not
  // yet written (no write since the migration) reads as "0": the sequence starts at 1.
  const [row] = await db().$queryRaw<DashboardKey[]>`
    SELECT e."guideId", e."startedAt", e."weeklyGoalMinutes",
           COALESCE((SELECT "version" FROM "CacheVersion" WHERE "key" = 'learner:' || e."userId"), 0)::text AS "learnerVersion",
           COALESCE((SELECT "version" FROM "CacheVersion" WHERE "key" = 'curriculum'), 0)::text AS "curriculumVersion"
      FROM "Enrollment" e
     WHERE e."userId" = ${learnerId}
     ORDER BY e."activatedAt" DESC, e."startedAt" ASC, e.id ASC
     LIMIT 1`;
  return row;
}

/** One statement, or (a learner's very first visit) learnerGuide's enrolment and a second read. */
export async function dashboardKey(learnerId: string): Promise<DashboardKey> {
  const key = await readKey(learnerId);
  if (key) return key;
  await learnerGuide(learnerId);
  const enrolled = await readKey(learnerId);
  if (!enrolled) throw new Error(`No enrollment for learner ${learnerId} after enrolling them.`);
  return enrolled;
}

// Sized for the learners active within a day on one instance; an entry is tens of kilobytes.
const progressCache = new VersionedCache<LearnerProgress>(1000);
const changesCache = new VersionedCache<string[]>(200);

/**
 * getLearnerProgress for the learner's active guide, cached under the key's versions, the
 * enrollment's own fields (a goal change or a guide switch shows at once) and the learner's
 * day and time zone (the heatmap, pace and week move with them).
 */
export function cachedLearnerProgress(
  learnerId: string,
  key: DashboardKey,
  { today, timeZone }: { today: IsoDate; timeZone: string },
): Promise<LearnerProgress> {
  const { guideId, startedAt, weeklyGoalMinutes } = key;
  const version = [
    guideId,
    startedAt.toISOString(),
    weeklyGoalMinutes ?? "",
    key.learnerVersion,
    key.curriculumVersion,
    today,
    timeZone,
  ].join("|");
  return progressCache.get(learnerId, version, () =>
    getLearnerProgress(learnerId, { today, timeZone, enrollment: { guideId, startedAt, weeklyGoalMinutes } }),
  );
}

/** The "what changed since you started" sentences: the same for every learner of a guide who started at that instant. */
export function cachedCurriculumChanges(key: DashboardKey): Promise<string[]> {
  return changesCache.get(`${key.guideId}|${key.startedAt.toISOString()}`, key.curriculumVersion, () =>
    curriculumChangesSince(key.guideId, key.startedAt),
  );
}

/** For tests: how many computations each cache ran (a hit runs none). */
export const dashboardCacheStats = () => ({ progress: progressCache.misses, changes: changesCache.misses });
