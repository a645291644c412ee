import "server-only";
import { learnerGuide, type LearnerGuide } from "@/lib/guides/enrollment";
import { db, type Db } from "@/lib/db";
import { buildHeatmap, fromDbDate, toDbDate, type IsoDate } from "@/lib/progress/calendar";
import { loadApprovedProjects, loadCurriculum } from "./curriculum";
import { loadSubmissions } from "./submissions";
import {
  HEATMAP_WEEKS,
  RECENT_ACTIVITY_LIMIT,
  buildLearnerProgress,
  dayRow,
  type ActivityItem,
  type LearnerProgress,
  type ProgressRows,
  type QuizRows,
} from "./evidence";

/**
 * Everything the dashboard shows for one learner, in a FIXED number of SQL statements whatever
 * the size of their history: 1 to resolve the enrollment (learnerGuide; 3 on a learner's very
 * first visit, when it enrolls them) + 8 run in parallel below = 9. Sums and counts are done by
 * PostgreSQL over indexed columns (TimeEntry (learnerId, date) / (learnerId, phaseId),
 * QuizAttempt (learnerId, submittedAt), SelfAssessment (learnerId, questionId, createdAt));
 * no query returns more rows than the curriculum has items, the heatmap has days, or
 * RECENT_ACTIVITY_LIMIT. tests/integration/dashboard.test.ts holds the count to this. The weekly
 * goal costs nothing more: it is a column of the enrollment row, and this week's days are in the
 * heatmap's per-day sums.
 *
 * Every statement is the ACTIVE guide's (learnerGuide): time entries through their phase
 * (TimeEntry (learnerId, phaseId) serves the join; a guide has a handful of phases), submissions
 * through their deliverable's phase, projects, quiz attempts and self-checks by their guide.
 *
 * Authorization is the caller's: pages call requireLearnerAccessOrForbidden(learnerId) first,
 * and every statement here is scoped by that learnerId in its WHERE clause.
 *
 * today: the learner's calendar date (todayInTimeZone); timeZone: theirs, for the enrollment date;
 * enrollment: another of their enrollments than the active one (lib/guides/enrollment.ts#enrollmentOn),
 * for a mentor reading one guide of a mentee's.
 */
export async function getLearnerProgress(
  learnerId: string,
  { today, timeZone = "UTC", enrollment }: { today: IsoDate; timeZone?: string; enrollment?: LearnerGuide },
): Promise<LearnerProgress> {
  const { guideId, startedAt, weeklyGoalMinutes } = enrollment ?? (await learnerGuide(learnerId));
  const prisma = db();
  // The heatmap's first day, from the same function that draws it, so the two never disagree.
  const { from } = buildHeatmap([], today, HEATMAP_WEEKS);

  const [curriculum, minutes, days, submissions, quiz, approvedProjects, ratings, activity] = await Promise.all([
    loadCurriculum(prisma, guideId),
    prisma.timeEntry.groupBy({
      by: ["phaseId", "subSkillId"],
      where: { learnerId, phase: { guideId } },
      _sum: { minutes: true },
    }),
    prisma.timeEntry.groupBy({
      by: ["date"],
      where: { learnerId, phase: { guideId }, date: { gte: toDbDate(from), lte: toDbDate(today) } },
      _sum: { minutes: true },
    }),
    // At most one row per deliverable of this guide (unique learnerId, deliverableId), with an approval's rubric levels.
    loadSubmissions(prisma, [learnerId], [guideId]),
    loadQuiz(prisma, learnerId, guideId),
    loadApprovedProjects(prisma, [learnerId], [guideId]),
    loadRatings(prisma, learnerId, guideId),
    loadRecentActivity(prisma, learnerId, guideId),
  ]);

  const rows: ProgressRows = {
    startedAt,
    weeklyGoalMinutes,
    curriculum,
    minutes: minutes.map((r) => ({ phaseId: r.phaseId, subSkillId: r.subSkillId, minutes: r._sum.minutes ?? 0 })),
    days: days.map((r) => dayRow(r.date, r._sum.minutes ?? 0)),
    submissions: submissions.map(({ deliverableId, status, rubricLevels }) => ({
      deliverableId,
      status,
      rubricLevels,
    })),
    quiz,
    approvedProjects: approvedProjects.map((p) => p.row),
    ratings,
    activity,
  };
  return buildLearnerProgress(rows, { today, timeZone });
}

type QuizRow = {
  kind: "best" | "latest" | "counted" | "sub-skill";
  subSkillId: string | null;
  correct: number;
  total: number;
  at: Date | null;
  attempts: number | null;
};

/**
 * The submitted attempts the guide's counting rule takes (lib/quiz/policy.ts#countedAttempts,
 * here in SQL: BEST → the highest percent, compared as numeric, ties → the latest; LATEST → the
 * latest; AVERAGE_LAST_N → the latest N), pooled: their correct answers over their questions,
 * overall and per sub-skill. Also the best and the latest attempt and the number of attempts,
 * for display. A question belongs to an attempt when it was drawn for it (questionOrder) or
 * answered, so an unanswered question counts as wrong rather than vanishing.
 */
async function loadQuiz(prisma: Db, learnerId: string, guideId: string): Promise<QuizRows> {
  const rows = await prisma.$queryRaw<QuizRow[]>`
    WITH ranked AS (
      SELECT a.id, a."correctCount", a."totalCount", a."submittedAt", a."questionOrder",
             ROW_NUMBER() OVER (ORDER BY a."submittedAt" DESC, a.id DESC) AS recency,
             ROW_NUMBER() OVER (ORDER BY a."correctCount"::numeric / a."totalCount" DESC, a."submittedAt" DESC, a.id DESC) AS merit
        FROM "QuizAttempt" a
       WHERE a."learnerId" = ${learnerId} AND a."guideId" = ${guideId} AND a."submittedAt" IS NOT NULL AND a."totalCount" > 0
    ),
    counted AS (
      SELECT r.* FROM ranked r JOIN "Guide" g ON g.id = ${guideId}
       WHERE CASE g."quizCounting" WHEN 'BEST' THEN r.merit = 1 WHEN 'LATEST' THEN r.recency = 1
                                   ELSE r.recency <= g."quizAverageOf" END
    )
    SELECT 'best' AS kind, NULL AS "subSkillId", b."correctCount" AS correct, b."totalCount" AS total, b."submittedAt" AS at,
           (SELECT COUNT(*) FROM ranked)::int AS attempts
      FROM ranked b WHERE b.merit = 1
    UNION ALL
    SELECT 'latest', NULL, l."correctCount", l."totalCount", l."submittedAt", NULL FROM ranked l WHERE l.recency = 1
    UNION ALL
    SELECT 'counted', NULL, SUM(c."correctCount")::int, SUM(c."totalCount")::int, MAX(c."submittedAt"), COUNT(*)::int
      FROM counted c HAVING COUNT(*) > 0
    UNION ALL
    SELECT 'sub-skill', q."subSkillId", (COUNT(*) FILTER (WHERE ans."isCorrect"))::int, COUNT(*)::int, NULL, NULL
      FROM counted c
      JOIN "QuizQuestion" q
        ON q.id = ANY(c."questionOrder") OR q.id IN (SELECT "questionId" FROM "QuizAnswer" WHERE "attemptId" = c.id)
      LEFT JOIN "QuizAnswer" ans ON ans."attemptId" = c.id AND ans."questionId" = q.id
     GROUP BY q."subSkillId"`;
  const attempt = (kind: "best" | "latest") => {
    const row = rows.find((r) => r.kind === kind);
    return row?.at ? { correct: row.correct, total: row.total, submittedAt: row.at } : null;
  };
  const counted = rows.find((r) => r.kind === "counted");
  return {
    best: attempt("best"),
    latest: attempt("latest"),
    attempts: rows.find((r) => r.kind === "best")?.attempts ?? 0,
    counted: counted ? { correct: counted.correct, total: counted.total, attempts: counted.attempts ?? 0 } : null,
    countedBySubSkill: rows.flatMap((r) =>
      r.kind === "sub-skill" && r.subSkillId ? [{ subSkillId: r.subSkillId, correct: r.correct, total: r.total }] : [],
    ),
  };
}

/** Per sub-skill, the mean of the LATEST rating on each of its (non-archived) self-check questions. */
async function loadRatings(prisma: Db, learnerId: string, guideId: string): Promise<ProgressRows["ratings"]> {
  return prisma.$queryRaw<ProgressRows["ratings"]>`
    SELECT q."subSkillId", AVG(latest.confidence)::float8 AS "meanConfidence"
      FROM (SELECT DISTINCT ON (sa."questionId") sa."questionId", sa.confidence
              FROM "SelfAssessment" sa
             WHERE sa."learnerId" = ${learnerId}
             ORDER BY sa."questionId", sa."createdAt" DESC, sa.id DESC) latest
      JOIN "SelfCheckQuestion" q ON q.id = latest."questionId"
     WHERE q."guideId" = ${guideId} AND q."archivedAt" IS NULL
     GROUP BY q."subSkillId"`;
}

type ActivityRow = {
  kind: ActivityItem["kind"];
  id: string;
  at: Date;
  minutes: number | null;
  date: Date | null;
  title: string | null;
  status: string | null;
  correct: number | null;
  total: number | null;
};

/**
 * The latest events of three kinds merged in SQL: time logged (when it was logged), submission
 * status changes, submitted quiz attempts. Each branch is LIMITed before the merge.
 */
async function loadRecentActivity(prisma: Db, learnerId: string, guideId: string): Promise<ActivityItem[]> {
  const rows = await prisma.$queryRaw<ActivityRow[]>`
    (SELECT 'time' AS kind, te.id, te."createdAt" AS at, te.minutes, te.date, p.title,
            NULL::text AS status, NULL::int AS correct, NULL::int AS total
       FROM "TimeEntry" te JOIN "Phase" p ON p.id = te."phaseId"
      WHERE te."learnerId" = ${learnerId} AND p."guideId" = ${guideId}
      ORDER BY te."createdAt" DESC, te.date DESC LIMIT ${RECENT_ACTIVITY_LIMIT})
    UNION ALL
    (SELECT 'submission', c.id, c."createdAt", NULL, NULL, d.title, c."toStatus"::text, NULL, NULL
       FROM "SubmissionStatusChange" c
       JOIN "Submission" s ON s.id = c."submissionId"
       JOIN "Deliverable" d ON d.id = s."deliverableId"
       JOIN "Phase" dp ON dp.id = d."phaseId"
      WHERE s."learnerId" = ${learnerId} AND dp."guideId" = ${guideId}
      ORDER BY c."createdAt" DESC LIMIT ${RECENT_ACTIVITY_LIMIT})
    UNION ALL
    (SELECT 'quiz', a.id, a."submittedAt", NULL, NULL, NULL, NULL, a."correctCount", a."totalCount"
       FROM "QuizAttempt" a
      WHERE a."learnerId" = ${learnerId} AND a."guideId" = ${guideId} AND a."submittedAt" IS NOT NULL
      ORDER BY a."submittedAt" DESC LIMIT ${RECENT_ACTIVITY_LIMIT})
    ORDER BY at DESC, date DESC NULLS LAST, id DESC
    LIMIT ${RECENT_ACTIVITY_LIMIT}`;
  return rows.map((r): ActivityItem => {
    if (r.kind === "time")
      return {
        kind: "time",
        id: r.id,
        at: r.at,
        minutes: r.minutes ?? 0,
        date: fromDbDate(r.date ?? r.at),
        phaseTitle: r.title ?? "",
      };
    if (r.kind === "submission")
      return {
        kind: "submission",
        id: r.id,
        at: r.at,
        deliverableTitle: r.title ?? "",
        status: r.status as Extract<ActivityItem, { kind: "submission" }>["status"],
      };
    return { kind: "quiz", id: r.id, at: r.at, correct: r.correct ?? 0, total: r.total ?? 0 };
  });
}
