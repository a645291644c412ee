import "server-only";
import { db } from "@/lib/db";

/**
 * What the header's timer control needs, in one statement since the header is on every page:
 * the running timer (or none), the active phases and sub-skills of the learner's guide for the
 * start form, and the phase it preselects (the latest entry's, like the log form).
 */

export type TimerOption = { id: string; title: string };
export type HeaderTimer = {
  running: { startedAt: Date; phaseId: string | null; subSkillId: string | null; note: string | null } | null;
  phases: TimerOption[];
  subSkills: TimerOption[];
  defaultPhaseId: string | null;
};

type Row = {
  startedAt: Date | null;
  phaseId: string | null;
  subSkillId: string | null;
  note: string | null;
  phases: TimerOption[] | null;
  subSkills: TimerOption[] | null;
  latestPhaseId: string | null;
};

export async function getHeaderTimer(learnerId: string): Promise<HeaderTimer> {
  const [row] = await db().$queryRaw<Row[]>`
    WITH g AS (
      SELECT "guideId" FROM "Enrollment" WHERE "userId" = ${learnerId} ORDER BY "startedAt" LIMIT 1
    ), t AS (
      SELECT "startedAt", "phaseId", "subSkillId", "note" FROM "RunningTimer" WHERE "learnerId" = ${learnerId}
    )
    SELECT
      (SELECT "startedAt" FROM t) AS "startedAt",
      (SELECT "phaseId" FROM t) AS "phaseId",
      (SELECT "subSkillId" FROM t) AS "subSkillId",
      (SELECT "note" FROM t) AS "note",
      (SELECT json_agg(json_build_object('id', p."id", 'title', p."title") ORDER BY p."position")
         FROM "Phase" p WHERE p."guideId" = (SELECT "guideId" FROM g) AND p."archivedAt" IS NULL) AS "phases",
      (SELECT json_agg(json_build_object('id', s."id", 'title', s."name") ORDER BY s."position")
         FROM "SubSkill" s WHERE s."guideId" = (SELECT "guideId" FROM g) AND s."archivedAt" IS NULL) AS "subSkills",
      (SELECT e."phaseId" FROM "TimeEntry" e JOIN "Phase" p ON p."id" = e."phaseId"
         WHERE e."learnerId" = ${learnerId} AND p."guideId" = (SELECT "guideId" FROM g) AND p."archivedAt" IS NULL
         ORDER BY e."date" DESC, e."createdAt" DESC LIMIT 1) AS "latestPhaseId"`;
  const phases = row?.phases ?? [];
  return {
    running: row?.startedAt
      ? { startedAt: row.startedAt, phaseId: row.phaseId, subSkillId: row.subSkillId, note: row.note }
      : null,
    phases,
    subSkills: row?.subSkills ?? [],
    defaultPhaseId: row?.latestPhaseId ?? phases[0]?.id ?? null,
  };
}
