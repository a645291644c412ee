/**
 * Hours: formatting, validation of one logged duration, and logged time against the path's
 * estimates. Pure: no I/O, no clock. Minutes are the unit everywhere (TimeEntry.minutes is an
 * Int), so sums stay exact; hours appear only at the edges (estimates and display).
 *
 * Archived phases: their estimate leaves the path total and they drop out of phase progress,
 * but minutes logged on them still count toward the learner's total, because that study
 * really happened and the learner must not lose it when an admin reorganises the path.
 */

/** A learner's total for one calendar day can never exceed this (also a DB trigger). */
export const MINUTES_PER_DAY = 24 * 60;

/** A learner's submission state for a deliverable; NOT_STARTED when no submission row exists. */
export type DeliverableStatus = "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED";

export interface DeliverableInput {
  key: string;
  title: string;
  status: DeliverableStatus;
  subSkillKeys: readonly string[];
  /** The rubric levels (1..4) of the review that approved it; empty or absent when none (proficiency.ts). */
  rubricLevels?: readonly number[];
}

/** Plain words for a status, for explanations and lists. */
export const DELIVERABLE_STATUS_LABELS: Record<DeliverableStatus, string> = {
  NOT_STARTED: "not started",
  DRAFT: "draft",
  SUBMITTED: "awaiting review",
  CHANGES_REQUESTED: "changes requested",
  APPROVED: "approved",
};

export type PendingDeliverable = Pick<DeliverableInput, "key" | "title" | "status">;

/** Deliverables not yet approved, in their listed order. */
export function pendingDeliverables(deliverables: readonly DeliverableInput[]): PendingDeliverable[] {
  return deliverables.filter((d) => d.status !== "APPROVED").map(({ key, title, status }) => ({ key, title, status }));
}

/** One phase with the learner's figures. `deliverables` lists only non-archived deliverables. */
export interface PhaseInput {
  key: string;
  title: string;
  position: number;
  estimatedHours: number;
  archived: boolean;
  loggedMinutes: number;
  deliverables: readonly DeliverableInput[];
}

/** "12 h 30 min", "45 min", "3 h", "0 min"; rounds to the minute, a leading "-" if negative. */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return "–";
  const total = Math.round(Math.abs(minutes));
  const sign = minutes < 0 && total > 0 ? "-" : "";
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${sign}${m} min`;
  return m === 0 ? `${sign}${h} h` : `${sign}${h} h ${m} min`;
}

export const formatHours = (hours: number): string => formatMinutes(hours * 60);
export const minutesToHours = (minutes: number): number => minutes / 60;
export const hoursToMinutes = (hours: number): number => Math.round(hours * 60);

/** Logged time against a target, both in minutes. */
export interface Progress {
  loggedMinutes: number;
  targetMinutes: number;
  /** Uncapped, one decimal: 150 means logged is 1.5 × the target. */
  percent: number;
  /** 0..100, for progress bars. */
  cappedPercent: number;
  remainingMinutes: number;
  overMinutes: number;
  isComplete: boolean;
  isOver: boolean;
}

export function progress(loggedMinutes: number, targetMinutes: number): Progress {
  const logged = Math.max(0, loggedMinutes);
  const target = Math.max(0, targetMinutes);
  // A zero target has nothing left to do: 100 %, so it never shows as a gap.
  const percent = target === 0 ? 100 : Math.round((logged / target) * 1000) / 10;
  return {
    loggedMinutes: logged,
    targetMinutes: target,
    percent,
    cappedPercent: Math.min(100, percent),
    remainingMinutes: Math.max(0, target - logged),
    overMinutes: Math.max(0, logged - target),
    isComplete: logged >= target,
    isOver: logged > target,
  };
}

/** Non-archived phases in path order. */
export function activePhases<P extends PhaseInput>(phases: readonly P[]): P[] {
  return phases.filter((p) => !p.archived).sort((a, b) => a.position - b.position);
}

/** The path's length in hours: the estimates of its non-archived phases (360 for ML Infrastructure). */
export function pathTotalHours(phases: readonly Pick<PhaseInput, "estimatedHours" | "archived">[]): number {
  return phases.reduce((sum, p) => (p.archived ? sum : sum + p.estimatedHours), 0);
}

/**
 * A phase is complete when all its deliverables are approved: the same definition the level
 * requirement "phases completed" uses, so the dashboard and the level never disagree. Hours are
 * an estimate, not a gate. A phase left with no active deliverables falls back to its hours.
 */
export function isPhaseComplete(phase: PhaseInput): boolean {
  if (phase.deliverables.length === 0) return phase.loggedMinutes >= phase.estimatedHours * 60;
  return phase.deliverables.every((d) => d.status === "APPROVED");
}

/** Completed phases counted in order from the first: a later phase done early doesn't count yet. */
export function completedPhaseCount(phases: readonly PhaseInput[]): number {
  let count = 0;
  for (const phase of activePhases(phases)) {
    if (!isPhaseComplete(phase)) break;
    count += 1;
  }
  return count;
}

export interface PhaseProgress extends Progress {
  key: string;
  title: string;
  position: number;
  deliverablesTotal: number;
  deliverablesApproved: number;
  isPhaseComplete: boolean;
}

/** Hours against each non-archived phase's estimate, with its deliverable tally. */
export function phaseProgress(phases: readonly PhaseInput[]): PhaseProgress[] {
  return activePhases(phases).map((p) => ({
    key: p.key,
    title: p.title,
    position: p.position,
    ...progress(p.loggedMinutes, p.estimatedHours * 60),
    deliverablesTotal: p.deliverables.length,
    deliverablesApproved: p.deliverables.filter((d) => d.status === "APPROVED").length,
    isPhaseComplete: isPhaseComplete(p),
  }));
}

/**
 * The phase the learner is working on: the first non-archived phase that is not complete
 * (see isPhaseComplete). A phase whose hours are spent but whose deliverables still wait for
 * review stays current, because that is where the remaining work is. Null once all are done.
 */
export function currentPhase(phases: readonly PhaseInput[]): PhaseProgress | null {
  return phaseProgress(phases).find((p) => !p.isPhaseComplete) ?? null;
}

/** The learner's total (every entry, archived phases included) against the path total. */
export function totalProgress(loggedMinutes: number, pathHours: number): Progress {
  return progress(loggedMinutes, pathHours * 60);
}

export interface SubSkillHoursInput {
  key: string;
  name: string;
  weightPercent: number;
  loggedMinutes: number;
}

/** A sub-skill's share of the path: weight % × path total (25 % of 360 h = 90 h). */
export function subSkillTargetMinutes(weightPercent: number, pathHours: number): number {
  return (weightPercent / 100) * pathHours * 60;
}

export function subSkillHours(
  subSkills: readonly SubSkillHoursInput[],
  pathHours: number,
): Array<SubSkillHoursInput & Progress> {
  return subSkills.map((s) => ({
    ...s,
    ...progress(s.loggedMinutes, subSkillTargetMinutes(s.weightPercent, pathHours)),
  }));
}

/** One row of `SELECT phase, subSkill, SUM(minutes) … GROUP BY phase, subSkill`. */
export interface MinutesRow {
  phaseKey: string;
  subSkillKey: string | null;
  minutes: number;
}

export interface MinutesSummary {
  totalMinutes: number;
  byPhase: Record<string, number>;
  /** Tagged minutes plus this sub-skill's share of untagged ones (may be fractional). */
  bySubSkill: Record<string, number>;
  /** Untagged minutes on a phase whose deliverables name no sub-skill: counted nowhere but the total. */
  unattributedMinutes: number;
}

/**
 * Sums the grouped time rows. Tagging a sub-skill is optional on the log form, so untagged
 * minutes are shared equally among the sub-skills the phase's deliverables touch: a learner who
 * never tags still gets hours evidence, but tagging is what puts the hours exactly where they belong.
 */
export function aggregateMinutes(rows: readonly MinutesRow[], phases: readonly PhaseInput[]): MinutesSummary {
  const touched = new Map(phases.map((p) => [p.key, [...new Set(p.deliverables.flatMap((d) => d.subSkillKeys))]]));
  const summary: MinutesSummary = { totalMinutes: 0, byPhase: {}, bySubSkill: {}, unattributedMinutes: 0 };
  const add = (record: Record<string, number>, key: string, minutes: number) => {
    record[key] = (record[key] ?? 0) + minutes;
  };
  for (const row of rows) {
    summary.totalMinutes += row.minutes;
    add(summary.byPhase, row.phaseKey, row.minutes);
    if (row.subSkillKey !== null) {
      add(summary.bySubSkill, row.subSkillKey, row.minutes);
      continue;
    }
    const keys = touched.get(row.phaseKey) ?? [];
    if (keys.length === 0) summary.unattributedMinutes += row.minutes;
    for (const key of keys) add(summary.bySubSkill, key, row.minutes / keys.length);
  }
  return summary;
}
