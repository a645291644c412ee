/**
 * One learner's standing as a row of the mentor's mentee list or a cohort's progress table: only
 * what those tables show (hours per phase and in total, level and readiness, pace), from the same
 * rows and through the same rules as the learner's own dashboard (./evidence.ts), without what
 * only the dashboard shows (heatmap, projections, red flags, the level's explanations). Pure.
 */
import type { IsoDate, DayMinutes } from "@/lib/progress/calendar";
import { todayInTimeZone } from "@/lib/progress/calendar";
import { pathTotalHours, phaseProgress, totalProgress } from "@/lib/progress/path";
import { paceOverLastWeeks } from "@/lib/progress/pace";
import { assessProficiency } from "@/lib/progress/proficiency";
import { proficiencyEvidence, type ProgressRows } from "./evidence";

/** The rows a standing needs: the dashboard's, less the heatmap's days, ratings, activity and goal. */
export type StandingRows = Pick<
  ProgressRows,
  "startedAt" | "curriculum" | "minutes" | "submissions" | "quiz" | "approvedProjects"
> & {
  /** Minutes per day over the pace window (at least its 28 days up to today). */
  days: DayMinutes[];
};

export interface LearnerStanding {
  totalMinutes: number;
  pathTotalHours: number;
  /** Uncapped percent of the path total, one decimal. */
  totalPercent: number;
  /** Active phases in path order (numbered 1..n), with the minutes logged on each. */
  phases: Array<{ key: string; title: string; number: number; estimatedHours: number; minutes: number }>;
  /** Hours per week over the last 4 weeks (lib/progress/pace.ts). */
  hoursPerWeek: number;
  level: { key: string; name: string } | null;
  /** 0 for the guide's first level, -1 below it; sorts learners by level. */
  levelIndex: number;
  nextLevelName: string | null;
  /** Toward the next level, 0..100; null at the top level. */
  readinessPercent: number | null;
}

/**
 * The figures buildLearnerProgress would give for these rows (total, phases, pace, level),
 * computed with assessProficiency rather than explainLevel: the tables show the level, not why.
 * `timeZone` is the learner's: their enrollment date is their local day, as on their dashboard.
 */
export function learnerStanding(
  rows: StandingRows,
  { today, timeZone }: { today: IsoDate; timeZone: string },
): LearnerStanding {
  const { phases, minutes, input } = proficiencyEvidence(rows);
  const assessment = assessProficiency(input);
  const pathHours = pathTotalHours(phases);
  const pace = paceOverLastWeeks(rows.days, today, { startedOn: todayInTimeZone(rows.startedAt, timeZone) });
  const level = assessment.level;
  return {
    totalMinutes: minutes.totalMinutes,
    pathTotalHours: pathHours,
    totalPercent: totalProgress(minutes.totalMinutes, pathHours).percent,
    phases: phaseProgress(phases).map((p) => ({
      key: p.key,
      title: p.title,
      number: p.position,
      estimatedHours: p.targetMinutes / 60,
      minutes: p.loggedMinutes,
    })),
    hoursPerWeek: pace.hoursPerWeek,
    level: level ? { key: level.key, name: level.name } : null,
    levelIndex: level ? input.levels.findIndex((l) => l.key === level.key) : -1,
    nextLevelName: assessment.nextLevel?.name ?? null,
    readinessPercent: assessment.readinessPercent,
  };
}
