import "server-only";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/enrollment";
import { db, type Db } from "@/lib/db";
import { addDays, toDbDate, type IsoDate } from "@/lib/progress/calendar";
import { PACE_WINDOW_WEEKS } from "@/lib/progress/pace";
import { loadApprovedProjects, loadCurriculum } from "./curriculum";
import { loadSubmissions } from "./submissions";
import { type CurriculumRows, type QuizRows } from "./evidence";
import { learnerStanding, type LearnerStanding } from "./standing";

/** One learner's standing, as a row of the mentor's mentee list or a cohort's progress table. */
export interface LearnerSummary extends LearnerStanding {
  learnerId: string;
  name: string | null;
  email: string;
  /** Date of the latest time entry, null before the first one. */
  lastActivityDate: IsoDate | null;
  /** Submissions waiting on someone: SUBMITTED or CHANGES_REQUESTED. */
  openSubmissions: number;
}

type LearnerRow = {
  id: string;
  name: string | null;
  email: string;
  timeZone: string;
  guideId: string | null;
  startedAt: Date | null;
};
type QuizRow = {
  kind: "counted" | "sub-skill";
  learnerId: string;
  subSkillId: string | null;
  correct: number;
  total: number;
  at: Date | null;
  attempts: number | null;
};

/** A learner's time on their guide: minutes per phase × sub-skill, per day of the pace window, the latest date. */
type TimeRow = {
  learnerId: string;
  minutes: Array<[phaseId: string, subSkillId: string | null, minutes: number]> | null;
  days: Array<[date: IsoDate, minutes: number]> | null;
  lastDate: IsoDate | null;
};

/**
 * Summaries of many learners in a FIXED number of SQL statements, whatever their number or the
 * size of their histories: 1 for the learners and their enrollments, 1 per distinct guide (there
 * is one) for the curriculum, then in parallel 4 over the learner × guide pairs: their time
 * (minutes per phase × sub-skill, per day of the pace window, the latest date), submission
 * statuses with the approving rubric scores, the quiz attempts the guide's counting rule takes
 * with their answers per sub-skill (window functions), and approved projects. With `guideId`
 * (a cohort's guide), the curriculum is read alongside the learners. Then the table's figures
 * only, by the dashboard's own rules (./standing.ts), so they match each learner's dashboard.
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
  // the default guide, as learnerGuide() would; reading never enrolls anyone.
  const [learners, onGuideCurriculum] = await Promise.all([
    prisma.$queryRaw<LearnerRow[]>`
      SELECT u.id, u.name, u.email, u."timeZone",
             COALESCE(${onGuide}::text, e."guideId", (SELECT g.id FROM "Guide" g WHERE g.slug = ${DEFAULT_GUIDE_SLUG})) AS "guideId",
             e."startedAt"
        FROM "User" u
        LEFT JOIN LATERAL (SELECT en."guideId", en."startedAt" FROM "Enrollment" en
                            WHERE en."userId" = u.id AND (${onGuide}::text IS NULL OR en."guideId" = ${onGuide}::text)
                            ORDER BY en."activatedAt" DESC, en."startedAt" ASC, en.id ASC LIMIT 1) e ON true
       WHERE u.id = ANY(${ids}::text[])`,
    onGuide === null ? null : loadCurriculum(prisma, onGuide),
  ]);
  const placed = learners.filter((l): l is LearnerRow & { guideId: string } => l.guideId !== null);
  if (placed.length === 0) return [];
  const placedIds = placed.map((l) => l.id);
  const placedGuideIds = placed.map((l) => l.guideId);
  const guideIds = [...new Set(placedGuideIds)];
  const windowStart = addDays(today, -(7 * PACE_WINDOW_WEEKS - 1));

  const [curricula, time, submissions, quiz, projects] = await Promise.all([
    onGuideCurriculum
      ? [[onGuide!, onGuideCurriculum] as const]
      : Promise.all(guideIds.map(async (guideId) => [guideId, await loadCurriculum(prisma, guideId)] as const)),
    // One row per learner, its figures as JSON: Prisma converts every cell of a raw result one
    // by one, and per-row results (a row per phase × sub-skill and per day) cost more app CPU
    // to read than the database spends computing them. Each part reads one index of TimeEntry
    // (see the indexes' migrations): minutes per phase × sub-skill an index-only scan of the
    // learner's history on each of the guide's phases; the pace window's days 28 days of
    // (learnerId, date); the latest date a backward scan that stops at the first entry on the
    // guide. Entries on another guide's phases are left out by the join on Phase.
    prisma.$queryRaw<TimeRow[]>`
      SELECT e."learnerId",
             (SELECT json_agg(json_build_array(m."phaseId", m."subSkillId", m.minutes))
                FROM (SELECT te."phaseId", te."subSkillId", SUM(te.minutes)::int AS minutes
                        FROM "Phase" p JOIN "TimeEntry" te ON te."learnerId" = e."learnerId" AND te."phaseId" = p.id
                       WHERE p."guideId" = e."guideId"
                       GROUP BY te."phaseId", te."subSkillId") m) AS minutes,
             (SELECT json_agg(json_build_array(d.date::text, d.minutes))
                FROM (SELECT te.date, SUM(te.minutes)::int AS minutes
                        FROM "TimeEntry" te JOIN "Phase" p ON p.id = te."phaseId" AND p."guideId" = e."guideId"
                       WHERE te."learnerId" = e."learnerId" AND te.date BETWEEN ${toDbDate(windowStart)} AND ${toDbDate(today)}
                       GROUP BY te.date) d) AS days,
             (SELECT te.date::text FROM "TimeEntry" te JOIN "Phase" p ON p.id = te."phaseId" AND p."guideId" = e."guideId"
               WHERE te."learnerId" = e."learnerId" ORDER BY te.date DESC LIMIT 1) AS "lastDate"
        FROM unnest(${placedIds}::text[], ${placedGuideIds}::text[]) AS e("learnerId", "guideId")`,
    // At most one row per learner × deliverable (unique), so bounded by the curriculum.
    loadSubmissions(prisma, placedIds, placedGuideIds),
    // The counting rule's attempts per learner (as lib/dashboard/queries.ts#loadQuiz), pooled.
    prisma.$queryRaw<QuizRow[]>`
      WITH enrolled AS (
        SELECT * FROM unnest(${placedIds}::text[], ${placedGuideIds}::text[]) AS e("learnerId", "guideId")
      ),
      ranked AS (
        SELECT a.id, a."learnerId", a."guideId", a."correctCount", a."totalCount", a."submittedAt", a."questionOrder",
               ROW_NUMBER() OVER (PARTITION BY a."learnerId" ORDER BY a."submittedAt" DESC, a.id DESC) AS recency,
               ROW_NUMBER() OVER (PARTITION BY a."learnerId"
                                  ORDER BY a."correctCount"::numeric / a."totalCount" DESC, a."submittedAt" DESC, a.id DESC) AS merit
          FROM "QuizAttempt" a JOIN enrolled e ON e."learnerId" = a."learnerId" AND e."guideId" = a."guideId"
         WHERE a."submittedAt" IS NOT NULL AND a."totalCount" > 0
      ),
      counted AS (
        SELECT r.* FROM ranked r JOIN "Guide" g ON g.id = r."guideId"
         WHERE CASE g."quizCounting" WHEN 'BEST' THEN r.merit = 1 WHEN 'LATEST' THEN r.recency = 1
                                     ELSE r.recency <= g."quizAverageOf" END
      )
      SELECT 'counted' AS kind, c."learnerId", NULL AS "subSkillId", SUM(c."correctCount")::int AS correct,
             SUM(c."totalCount")::int AS total, MAX(c."submittedAt") AS at, COUNT(*)::int AS attempts
        FROM counted c GROUP BY c."learnerId"
      UNION ALL
      SELECT 'sub-skill', c."learnerId", q."subSkillId", (COUNT(*) FILTER (WHERE ans."isCorrect"))::int, COUNT(*)::int, NULL, NULL
        FROM counted c
        -- Each attempt's questions: those it drew and any it has an answer to, each once (UNION),
        -- looked up by key; an OR in the join condition would test every question of the bank.
        CROSS JOIN LATERAL (SELECT unnest(c."questionOrder") AS id
                            UNION SELECT "questionId" FROM "QuizAnswer" WHERE "attemptId" = c.id) asked
        JOIN "QuizQuestion" q ON q.id = asked.id
        LEFT JOIN "QuizAnswer" ans ON ans."attemptId" = c.id AND ans."questionId" = q.id
       GROUP BY c."learnerId", q."subSkillId"`,
    loadApprovedProjects(prisma, placedIds, placedGuideIds),
  ]);

  const curriculumOf = new Map<string, CurriculumRows>(curricula);
  const byLearner = <T extends { learnerId: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.learnerId);
      if (list) list.push(row);
      else map.set(row.learnerId, [row]);
    }
    return map;
  };
  const timeBy = new Map(time.map((row) => [row.learnerId, row]));
  const submissionsBy = byLearner(submissions);
  const quizBy = byLearner(quiz);
  const projectsBy = byLearner(projects);
  const order = new Map(ids.map((id, i) => [id, i]));

  return placed
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((learner) => {
      const learnerSubmissions = submissionsBy.get(learner.id) ?? [];
      const learnerTime = timeBy.get(learner.id);
      const quizRows = quizBy.get(learner.id) ?? [];
      const counted = quizRows.find((r) => r.kind === "counted");
      const quizInput: QuizRows = {
        best: null, // the tables show the level, which the counted attempts feed
        latest: null,
        attempts: 0,
        counted: counted ? { correct: counted.correct, total: counted.total, attempts: counted.attempts ?? 0 } : null,
        countedBySubSkill: quizRows.flatMap((r) =>
          r.kind === "sub-skill" && r.subSkillId
            ? [{ subSkillId: r.subSkillId, correct: r.correct, total: r.total }]
            : [],
        ),
      };
      const standing = learnerStanding(
        {
          startedAt: learner.startedAt ?? new Date(),
          curriculum: curriculumOf.get(learner.guideId)!,
          minutes: (learnerTime?.minutes ?? []).map(([phaseId, subSkillId, minutes]) => ({
            phaseId,
            subSkillId,
            minutes,
          })),
          days: (learnerTime?.days ?? []).map(([date, minutes]) => ({ date, minutes })),
          submissions: learnerSubmissions,
          quiz: quizInput,
          approvedProjects: (projectsBy.get(learner.id) ?? []).map((p) => p.row),
        },
        { today, timeZone: learner.timeZone },
      );
      return {
        learnerId: learner.id,
        name: learner.name,
        email: learner.email,
        ...standing,
        lastActivityDate: learnerTime?.lastDate ?? null,
        openSubmissions: learnerSubmissions.filter((s) => s.status === "SUBMITTED" || s.status === "CHANGES_REQUESTED")
          .length,
      };
    });
}
