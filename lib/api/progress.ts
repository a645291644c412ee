import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { getLearnerProgress } from "@/lib/dashboard/queries";
import type { LearnerProgress } from "@/lib/dashboard/evidence";
import { todayInTimeZone } from "@/lib/progress/calendar";
import type { Progress } from "@/lib/progress/path";
import type { Projection } from "@/lib/progress/pace";

/**
 * GET /api/v1/progress: the dashboard's own figures (lib/dashboard/queries.ts, the same SQL and
 * pure rules), in a stable shape of their own: the dashboard's type may grow for the page
 * without changing what API clients parse.
 */

const figures = (p: Progress) => ({
  loggedMinutes: p.loggedMinutes,
  targetMinutes: p.targetMinutes,
  remainingMinutes: p.remainingMinutes,
  percent: p.percent,
});
const projection = (p: Projection) => ({ status: p.status, date: p.date, remainingMinutes: p.remainingMinutes });
const level = (l: { key: string; name: string } | null) => l && { key: l.key, name: l.name };

export function progressJson(progress: LearnerProgress) {
  const { assessment, missing } = progress.explanation;
  const current = progress.projections.currentPhase;
  return {
    today: progress.today,
    timeZone: progress.timeZone,
    pathTotalHours: progress.pathTotalHours,
    total: figures(progress.total),
    phases: progress.phases.map((p) => ({
      number: p.position,
      key: p.key,
      title: p.title,
      ...figures(p),
      deliverablesApproved: p.deliverablesApproved,
      deliverablesTotal: p.deliverablesTotal,
      complete: p.isPhaseComplete,
    })),
    subSkills: progress.subSkillHours.map((s) => ({ key: s.key, name: s.name, ...figures(s) })),
    level: {
      current: level(assessment.level),
      next: level(assessment.nextLevel),
      readinessPercent: assessment.readinessPercent,
      missing: missing.map((gap) => ({ kind: gap.kind, message: gap.message })),
    },
    pace: {
      hoursPerWeek: progress.pace.hoursPerWeek,
      windowStart: progress.pace.windowStart,
      windowEnd: progress.pace.windowEnd,
    },
    projections: {
      path: projection(progress.projections.path),
      currentPhase: current ? { ...projection(current.projection), phaseKey: current.phase.key } : null,
    },
  };
}

export async function learnerProgressJson(user: CurrentUser, now = new Date()) {
  const progress = await getLearnerProgress(user.id, {
    today: todayInTimeZone(now, user.timeZone),
    timeZone: user.timeZone,
  });
  return progressJson(progress);
}
