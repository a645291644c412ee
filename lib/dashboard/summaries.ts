import "server-only";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/enrollment";
import { db, type Db } from "@/lib/db";
import { addDays, fromDbDate, toDbDate, type IsoDate } from "@/lib/progress/calendar";
import { PACE_WINDOW_WEEKS } from "@/lib/progress/pace";
import { loadApprovedProjects, loadCurriculum } from "./curriculum";
import { loadSubmissions } from "./submissions";
import { buildLearnerProgress, dayRow, type CurriculumRows, type ProgressRows, type QuizRows } from "./evidence";

/** One learner's standing, as a row of the mentor's mentee list or a cohort's progress table. */
export interface LearnerSummary {
  learnerId: string;
  name: string | null;
  email: string;
  totalMinutes: number;
  pathTotalHours: number;
  /** Uncapped percent of the path total, one decimal. */
  totalPercent: number;
  /** Active phases in path order (numbered 1..n), with the minutes logged on each. */
  phases: Array<{ key: string; title: string; number: number; estimatedHours: number; minutes: number }>;
  /** Hours per week over the last 4 weeks (lib/progress/pace.ts). */
  hoursPerWeek: number;
  /** Date of the latest time entry, null before the first one. */
  lastActivityDate: IsoDate | null;
  /** Submissions waiting on someone: SUBMITTED or CHANGES_REQUESTED. */
  openSubmissions: number;
  /** levelIndex: 0 for the guide's first level, -1 below it; sorts learners by level. */
  level: { key: string; name: string } | null;
  levelIndex: number;
  nextLevelName: string | null;
  /** Toward the next level, 0..100; null at the top level. */
  readinessPercent: number | null;
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

/**
 * Summaries of many learners in a FIXED number of SQL statements, whatever their number or the
 * size of their histories: 1 for the learners and their enrollments, then in parallel 1 per
 * distinct guide (there is one) for the curriculum and 6 grouped over `learnerId IN (…)`:
 * minutes by learner × phase × sub-skill, minutes by learner × day over the pace window,
 * the latest entry date by learner, submission statuses, the quiz attempts the guide's counting
 * rule takes per learner with their answers per sub-skill (window functions), and approved projects. Then the same pure
 * assembly as the learner's own dashboard (lib/dashboard/evidence.ts), so the numbers match it.
 *
 * `today` is the caller's date, used for every learner, so a table compares them all over the
 * same 4-week window. Authorization is the caller's (mentor of / admin), before calling.
 * Ids with no user are left out; the result follows the order of `learnerIds`.
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
    client = db(),
  }: {
    today: IsoDate;
    guideId?: string | null;
    /** The read replica for the admin's and mentors' tables (lib/read-replica); the primary by default. */
    client?: Db;
  },
): Promise<LearnerSummary[]> {
  const ids = [...new Set(learnerIds)];
  if (ids.length === 0) return [];
  const prisma = client;

  // A learner never enrolled (an account made by an admin, before a first visit) is placed on
  // the default guide, as learnerGuide() would; reading never enrolls anyone.
  const learners = await prisma.$queryRaw<LearnerRow[]>`
    SELECT u.id, u.name, u.email, u."timeZone",
           COALESCE(${onGuide}::text, e."guideId", (SELECT g.id FROM "Guide" g WHERE g.slug = ${DEFAULT_GUIDE_SLUG})) AS "guideId",
           e."startedAt"
      FROM "User" u
      LEFT JOIN LATERAL (SELECT en."guideId", en."startedAt" FROM "Enrollment" en
                          WHERE en."userId" = u.id AND (${onGuide}::text IS NULL OR en."guideId" = ${onGuide}::text)
                          ORDER BY en."activatedAt" DESC, en."startedAt" ASC, en.id ASC LIMIT 1) e ON true
     WHERE u.id = ANY(${ids}::text[])`;
  const placed = learners.filter((l): l is LearnerRow & { guideId: string } => l.guideId !== null);
  if (placed.length === 0) return [];
  const placedIds = placed.map((l) => l.id);
  const guideIds = [...new Set(placed.map((l) => l.guideId))];
  const windowStart = addDays(today, -(7 * PACE_WINDOW_WEEKS - 1));
  const placedGuideIds = placed.map((l) => l.guideId);

  const [curricula, minutes, days, lastDates, submissions, quiz, projects] = await Promise.all([
    Promise.all(guideIds.map(async (guideId) => [guideId, await loadCurriculum(prisma, guideId)] as const)),
    // Rows of other guides' phases are dropped by the assembly (it maps minutes through the curriculum).
    prisma.timeEntry.groupBy({
      by: ["learnerId", "phaseId", "subSkillId"],
      where: { learnerId: { in: placedIds }, phase: { guideId: { in: guideIds } } },
      _sum: { minutes: true },
    }),
    // Per day and the latest date, on each learner's own guide: the learner × guide pairs joined in SQL.
    prisma.$queryRaw<Array<{ learnerId: string; date: Date; minutes: number }>>`
      SELECT te."learnerId", te.date, SUM(te.minutes)::int AS minutes
        FROM unnest(${placedIds}::text[], ${placedGuideIds}::text[]) AS e("learnerId", "guideId")
        JOIN "TimeEntry" te ON te."learnerId" = e."learnerId"
        JOIN "Phase" p ON p.id = te."phaseId" AND p."guideId" = e."guideId"
       WHERE te.date BETWEEN ${toDbDate(windowStart)} AND ${toDbDate(today)}
       GROUP BY te."learnerId", te.date`,
    prisma.$queryRaw<Array<{ learnerId: string; date: Date }>>`
      SELECT te."learnerId", MAX(te.date) AS date
        FROM unnest(${placedIds}::text[], ${placedGuideIds}::text[]) AS e("learnerId", "guideId")
        JOIN "TimeEntry" te ON te."learnerId" = e."learnerId"
        JOIN "Phase" p ON p.id = te."phaseId" AND p."guideId" = e."guideId"
       GROUP BY te."learnerId"`,
    // At most one row per learner × deliverable (unique), so bounded by the curriculum.
    loadSubmissions(prisma, placedIds, placedGuideIds),
    // The counting rule's attempts per learner (as lib/dashboard/queries.ts#loadQuiz), pooled.
    prisma.$queryRaw<QuizRow[]>`
      WITH enrolled AS (
        SELECT * FROM unnest(${placedIds}::text[], ${placed.map((l) => l.guideId)}::text[]) AS e("learnerId", "guideId")
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
        JOIN "QuizQuestion" q
          ON q.id = ANY(c."questionOrder") OR q.id IN (SELECT "questionId" FROM "QuizAnswer" WHERE "attemptId" = c.id)
        LEFT JOIN "QuizAnswer" ans ON ans."attemptId" = c.id AND ans."questionId" = q.id
       GROUP BY c."learnerId", q."subSkillId"`,
    loadApprovedProjects(prisma, placedIds, placedGuideIds),
  ]);

  const curriculumOf = new Map<string, CurriculumRows>(curricula);
  const byLearner = <T extends { learnerId: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.learnerId, [...(map.get(row.learnerId) ?? []), row]);
    return map;
  };
  const minutesBy = byLearner(minutes);
  const daysBy = byLearner(days);
  const submissionsBy = byLearner(submissions);
  const quizBy = byLearner(quiz);
  const projectsBy = byLearner(projects);
  const lastDateBy = new Map(lastDates.map((r) => [r.learnerId, r.date]));
  const order = new Map(ids.map((id, i) => [id, i]));

  return placed
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((learner) => {
      const curriculum = curriculumOf.get(learner.guideId)!;
      const learnerSubmissions = submissionsBy.get(learner.id) ?? [];
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
      const rows: ProgressRows = {
        startedAt: learner.startedAt ?? new Date(),
        weeklyGoalMinutes: null, // the tables show no goal column; each learner's dashboard does
        curriculum,
        minutes: (minutesBy.get(learner.id) ?? []).map((r) => ({
          phaseId: r.phaseId,
          subSkillId: r.subSkillId,
          minutes: r._sum.minutes ?? 0,
        })),
        days: (daysBy.get(learner.id) ?? []).map((r) => dayRow(r.date, r.minutes)),
        submissions: learnerSubmissions.map(({ deliverableId, status, rubricLevels }) => ({
          deliverableId,
          status,
          rubricLevels,
        })),
        quiz: quizInput,
        approvedProjects: (projectsBy.get(learner.id) ?? []).map((p) => p.row),
        ratings: [],
        activity: [],
      };
      const progress = buildLearnerProgress(rows, { today, timeZone: learner.timeZone });
      const { assessment } = progress.explanation;
      const lastDate = lastDateBy.get(learner.id);
      return {
        learnerId: learner.id,
        name: learner.name,
        email: learner.email,
        totalMinutes: progress.total.loggedMinutes,
        pathTotalHours: progress.pathTotalHours,
        totalPercent: progress.total.percent,
        phases: progress.phases.map((p) => ({
          key: p.key,
          title: p.title,
          number: p.position,
          estimatedHours: p.targetMinutes / 60,
          minutes: p.loggedMinutes,
        })),
        hoursPerWeek: progress.pace.hoursPerWeek,
        lastActivityDate: lastDate ? fromDbDate(lastDate) : null,
        openSubmissions: learnerSubmissions.filter((s) => s.status === "SUBMITTED" || s.status === "CHANGES_REQUESTED")
          .length,
        level: assessment.level ? { key: assessment.level.key, name: assessment.level.name } : null,
        levelIndex: assessment.level ? progress.levels.findIndex((l) => l.key === assessment.level?.key) : -1,
        nextLevelName: assessment.nextLevel?.name ?? null,
        readinessPercent: assessment.readinessPercent,
      };
    });
}
