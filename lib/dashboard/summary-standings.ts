import "server-only";
import type { Db } from "@/lib/db";
import { addDays, toDbDate, type IsoDate } from "@/lib/progress/calendar";
import { PACE_WINDOW_WEEKS } from "@/lib/progress/pace";
import { loadApprovedProjects } from "./curriculum";
import { loadSubmissions } from "./submissions";
import { type CurriculumRows, type QuizRows } from "./evidence";
import { learnerStanding, type LearnerStanding } from "./standing";

/**
 * What a table row shows of a learner that only their own records and the curriculum decide:
 * everything in a LearnerSummary but the name and email (read fresh on every render, since
 * editing a user bumps no version). This is what lib/dashboard/summaries.ts caches.
 */
export interface StandingRow extends LearnerStanding {
  /** Date of the latest time entry, null before the first one. */
  lastActivityDate: IsoDate | null;
  /** Submissions waiting on someone: SUBMITTED or CHANGES_REQUESTED. */
  openSubmissions: number;
}

/** A learner placed on one guide, with what their standing needs besides their records. */
export type PlacedLearner = { id: string; guideId: string; timeZone: string; startedAt: Date | null };

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
 * The standings of some learners in 4 statements, in parallel, whatever their number or the size
 * of their histories, over the learner × guide pairs: their time (minutes per phase × sub-skill,
 * per day of the pace window, the latest date), submission statuses with the approving rubric
 * scores, the quiz attempts the guide's counting rule takes with their answers per sub-skill
 * (window functions), and approved projects. Then the table's figures only, by the dashboard's
 * own rules (./standing.ts), so they match each learner's dashboard. `curriculumOf` holds every
 * guide the learners are placed on.
 */
export async function loadStandings(
  prisma: Db,
  placed: readonly PlacedLearner[],
  { today, curriculumOf }: { today: IsoDate; curriculumOf: ReadonlyMap<string, CurriculumRows> },
): Promise<Map<string, StandingRow>> {
  const placedIds = placed.map((l) => l.id);
  const placedGuideIds = placed.map((l) => l.guideId);
  const windowStart = addDays(today, -(7 * PACE_WINDOW_WEEKS - 1));

  const [time, submissions, quiz, projects] = await Promise.all([
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

  return new Map(
    placed.map((learner) => {
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
      const row: StandingRow = {
        ...standing,
        lastActivityDate: learnerTime?.lastDate ?? null,
        openSubmissions: learnerSubmissions.filter((s) => s.status === "SUBMITTED" || s.status === "CHANGES_REQUESTED")
          .length,
      };
      return [learner.id, row] as const;
    }),
  );
}
