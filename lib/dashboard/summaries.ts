import "server-only";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/enrollment";
import { db, type Db } from "@/lib/db";
import type { IsoDate } from "@/lib/progress/calendar";
import { loadCurriculum } from "./curriculum";
import type { CurriculumRows } from "./evidence";
import { loadStandings, type PlacedLearner, type StandingRow } from "./summary-standings";
import { VersionedCache } from "./versioned-cache";

/** One learner's standing, as a row of the mentor's mentee list or a cohort's progress table. */
export interface LearnerSummary extends StandingRow {
  learnerId: string;
  name: string | null;
  email: string;
}

type LearnerRow = {
  id: string;
  name: string | null;
  email: string;
  timeZone: string;
  guideId: string | null;
  startedAt: Date | null;
  learnerVersion: string;
  curriculumVersion: string;
};

/*
 * Each learner's row is cached per app instance under the VERSIONS the dashboard's cache uses
 * (lib/dashboard/cache.ts, table CacheVersion): triggers bump `learner:<id>` in the writer's own
 * transaction on any write to the records a standing reads (time, submissions and their
 * reviews, quiz, projects, enrollments) and `curriculum` on any curriculum edit, so every
 * instance sees every write at once and no write path can forget to invalidate. The versions
 * are read in the same statement as the learners, BEFORE their records, so an entry is never
 * older than its key; that holds on the read replica too (a lagging replica reads older versions
 * and older rows together, and its entry is replaced once a newer version is read anywhere).
 * Before this, a 100-learner cohort re-read every learner's whole history on every render.
 */
// Sized for the learners of the tables viewed within a day on one instance (an entry is under
// a kilobyte); the curricula for every guide.
const newStandingCache = () => new VersionedCache<StandingRow>(5000);
const newCurriculumCache = () => new VersionedCache<CurriculumRows>(50);
let standingCache = newStandingCache();
let curriculumCache = newCurriculumCache();

/** For tests: how many learners' standings and guides' curricula were computed (a hit computes none). */
export const summaryCacheStats = () => ({ standings: standingCache.misses, curricula: curriculumCache.misses });

/** For tests that measure the uncached path (statements per cold table): empties this instance's caches. */
export function clearSummaryCache(): void {
  standingCache = newStandingCache();
  curriculumCache = newCurriculumCache();
}

/**
 * Summaries of many learners in a FIXED number of SQL statements, whatever their number or the
 * size of their histories: 1 for the learners, their enrollments and their cache versions; then,
 * only for learners whose cached row is stale, 1 per guide whose curriculum is not cached and the
 * 4 of ./summary-standings.ts restricted to those learners. An unchanged table costs 1 statement.
 *
 * `today` is the caller's date, used for every learner, so a table compares them all over the
 * same 4-week window. Authorization is the caller's (mentor of / admin), before calling.
 * Ids with no user are left out; the result follows the order of `learnerIds`. `prisma` is the
 * client to read with (the app's by default; a replica's or a transaction's may be passed).
 *
 * Each learner is summarised on ONE guide: `guideId` when given (a cohort's guide, the mentor's
 * guide filter), else their active enrollment's (as learnerGuide resolves it). Every figure is
 * that guide's: time entries through their phase (joined to the learner × guide pairs in SQL),
 * submissions through their deliverable's phase, quiz attempts and projects by their guide.
 */
export async function getLearnerSummaries(
  learnerIds: readonly string[],
  {
    today,
    guideId: onGuide = null,
    prisma = db(),
  }: {
    today: IsoDate;
    guideId?: string | null;
    /** The read replica for the admin's and mentors' tables (lib/read-replica); the primary by default. */
    prisma?: Db;
  },
): Promise<LearnerSummary[]> {
  const ids = [...new Set(learnerIds)];
  if (ids.length === 0) return [];

  // A learner never enrolled (an account made by an admin, before a first visit) is placed on
  // the default guide, as learnerGuide() would; reading never enrolls anyone. A version not yet
  // written (no write since the migration) reads as "0": the sequence starts at 1.
  const learners = await prisma.$queryRaw<LearnerRow[]>`
    SELECT u.id, u.name, u.email, u."timeZone",
           COALESCE(${onGuide}::text, e."guideId", (SELECT g.id FROM "Guide" g WHERE g.slug = ${DEFAULT_GUIDE_SLUG})) AS "guideId",
           e."startedAt",
           COALESCE((SELECT v."version" FROM "CacheVersion" v WHERE v."key" = 'learner:' || u.id), 0)::text AS "learnerVersion",
           COALESCE((SELECT v."version" FROM "CacheVersion" v WHERE v."key" = 'curriculum'), 0)::text AS "curriculumVersion"
      FROM "User" u
      LEFT JOIN LATERAL (SELECT en."guideId", en."startedAt" FROM "Enrollment" en
                          WHERE en."userId" = u.id AND (${onGuide}::text IS NULL OR en."guideId" = ${onGuide}::text)
                          ORDER BY en."activatedAt" DESC, en."startedAt" ASC, en.id ASC LIMIT 1) e ON true
     WHERE u.id = ANY(${ids}::text[])`;
  const placed = learners.filter((l): l is LearnerRow & { guideId: string } => l.guideId !== null);
  if (placed.length === 0) return [];

  // Each stale learner's entry waits on one batch computation for all of them, started after the
  // loop: the cache stores the pending promise, so concurrent renders compute a learner once.
  const stale: Array<{ learner: PlacedLearner & LearnerRow; settle: Settle<StandingRow> }> = [];
  const standings = placed.map((learner) => {
    const version = [
      learner.startedAt?.toISOString() ?? "",
      learner.timeZone,
      learner.learnerVersion,
      learner.curriculumVersion,
      today,
    ].join("|");
    return standingCache.get(`${learner.id}|${learner.guideId}`, version, () => {
      const pending = deferred<StandingRow>();
      stale.push({ learner, settle: pending.settle });
      return pending.promise;
    });
  });
  if (stale.length > 0) {
    const batch = computeStale(
      prisma,
      stale.map((s) => s.learner),
      today,
    );
    batch.then(
      (rows) => stale.forEach((s) => s.settle.resolve(rows.get(s.learner.id)!)),
      (error: unknown) => stale.forEach((s) => s.settle.reject(error)),
    );
  }

  const order = new Map(ids.map((id, i) => [id, i]));
  const rows = await Promise.all(standings);
  return placed
    .map((learner, i) => ({ learnerId: learner.id, name: learner.name, email: learner.email, ...rows[i]! }))
    .sort((a, b) => (order.get(a.learnerId) ?? 0) - (order.get(b.learnerId) ?? 0));
}

/** The stale learners' standings: their guides' curricula (cached under the curriculum version), then their records. */
async function computeStale(
  prisma: Db,
  learners: ReadonlyArray<PlacedLearner & { curriculumVersion: string }>,
  today: IsoDate,
): Promise<Map<string, StandingRow>> {
  const guides = new Map(learners.map((l) => [l.guideId, l.curriculumVersion]));
  const curricula = await Promise.all(
    [...guides].map(
      async ([guideId, version]) =>
        [guideId, await curriculumCache.get(guideId, version, () => loadCurriculum(prisma, guideId))] as const,
    ),
  );
  return loadStandings(prisma, learners, { today, curriculumOf: new Map(curricula) });
}

type Settle<T> = { resolve: (value: T) => void; reject: (error: unknown) => void };
function deferred<T>(): { promise: Promise<T>; settle: Settle<T> } {
  let settle!: Settle<T>;
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, settle };
}
