import "server-only";
import { db } from "@/lib/db";
import { learnerGuide } from "@/lib/guides/enrollment";
import { fromDbDate, toDbDate, type IsoDate } from "@/lib/progress/calendar";
import type { ReportPeriod } from "@/lib/hours/report-period";

/**
 * The printable hours report's figures: one learner's minutes over a period, per ISO week, per
 * phase and per sub-skill of their guide, summed by PostgreSQL. Every statement filters on the
 * learner's id (the caller passes the signed-in learner's own). `TimeEntry.date` is the
 * learner's own calendar day (entries are logged, imported and split in their time zone), so
 * grouping by it is grouping in the learner's time zone.
 */

export type ReportRow = { id: string | null; title: string; archived: boolean; minutes: number };

export type HoursReport = {
  period: ReportPeriod;
  totalMinutes: number;
  entryCount: number;
  activeDays: number;
  /** Every ISO week the period touches (Monday first), weeks without time included. */
  weeks: Array<{ week: IsoDate; minutes: number }>;
  /** The guide's phases in path order (archived ones only when they hold time in the period). */
  phases: ReportRow[];
  /** The guide's sub-skills likewise, then the time logged on no sub-skill (id null), if any. */
  subSkills: ReportRow[];
};

export async function getHoursReport(learnerId: string, period: ReportPeriod): Promise<HoursReport> {
  const { guideId } = await learnerGuide(learnerId);
  const from = toDbDate(period.from);
  const to = toDbDate(period.to);
  const prisma = db();
  const [totals, weeks, phases, subSkills] = await Promise.all([
    prisma.$queryRaw<Array<{ minutes: number; entries: number; days: number }>>`
      SELECT COALESCE(SUM(e."minutes"), 0)::int AS minutes, COUNT(*)::int AS entries, COUNT(DISTINCT e."date")::int AS days
        FROM "TimeEntry" e JOIN "Phase" p ON p."id" = e."phaseId" AND p."guideId" = ${guideId}
       WHERE e."learnerId" = ${learnerId} AND e."date" BETWEEN ${from} AND ${to}`,
    // Weeks start on Monday (date_trunc('week') is ISO; on timestamps without time zone, so the
    // session's time zone plays no part); the first and last may be cut by the period.
    prisma.$queryRaw<Array<{ week: Date; minutes: number }>>`
      SELECT w."week"::date AS week, COALESCE(SUM(t."minutes"), 0)::int AS minutes
        FROM generate_series(date_trunc('week', ${from}::date::timestamp), ${to}::date::timestamp, interval '1 week') AS w("week")
        LEFT JOIN (
          SELECT e."date", e."minutes"
            FROM "TimeEntry" e JOIN "Phase" p ON p."id" = e."phaseId" AND p."guideId" = ${guideId}
           WHERE e."learnerId" = ${learnerId} AND e."date" BETWEEN ${from} AND ${to}
        ) t ON date_trunc('week', t."date"::timestamp) = w."week"
       GROUP BY w."week"
       ORDER BY w."week"`,
    prisma.$queryRaw<ReportRow[]>`
      SELECT p."id", p."title", p."archivedAt" IS NOT NULL AS archived, COALESCE(SUM(e."minutes"), 0)::int AS minutes
        FROM "Phase" p
        LEFT JOIN "TimeEntry" e
          ON e."phaseId" = p."id" AND e."learnerId" = ${learnerId} AND e."date" BETWEEN ${from} AND ${to}
       WHERE p."guideId" = ${guideId}
       GROUP BY p."id"
      HAVING p."archivedAt" IS NULL OR SUM(e."minutes") > 0
       ORDER BY p."position", p."id"`,
    prisma.$queryRaw<ReportRow[]>`
      WITH entries AS (
        SELECT e."subSkillId", e."minutes"
          FROM "TimeEntry" e JOIN "Phase" p ON p."id" = e."phaseId" AND p."guideId" = ${guideId}
         WHERE e."learnerId" = ${learnerId} AND e."date" BETWEEN ${from} AND ${to}
      )
      SELECT "id", "title", archived, minutes FROM (
        SELECT s."id", s."name" AS "title", s."archivedAt" IS NOT NULL AS archived,
               COALESCE(SUM(t."minutes"), 0)::int AS minutes, s."position"
          FROM "SubSkill" s LEFT JOIN entries t ON t."subSkillId" = s."id"
         WHERE s."guideId" = ${guideId}
         GROUP BY s."id"
        HAVING s."archivedAt" IS NULL OR SUM(t."minutes") > 0
        UNION ALL
        SELECT NULL, 'No sub-skill', false, SUM(t."minutes")::int, NULL
          FROM entries t WHERE t."subSkillId" IS NULL
        HAVING SUM(t."minutes") > 0
      ) rows
      ORDER BY "position" NULLS LAST, "id"`,
  ]);
  const total = totals[0] ?? { minutes: 0, entries: 0, days: 0 };
  return {
    period,
    totalMinutes: total.minutes,
    entryCount: total.entries,
    activeDays: total.days,
    weeks: weeks.map((w) => ({ week: fromDbDate(w.week), minutes: w.minutes })),
    phases,
    subSkills,
  };
}
