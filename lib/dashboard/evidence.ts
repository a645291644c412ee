/**
 * Turns the dashboard's aggregated rows (lib/dashboard/queries.ts) into what it shows. Pure:
 * every rule comes from lib/progress (hours, calendar, pace, proficiency); this module only maps
 * database ids to the curriculum keys those functions speak, and fills their inputs.
 */
import type { LevelRequirements } from "@/lib/guides/guide-schema";
import {
  buildHeatmap,
  currentStreak,
  fromDbDate,
  todayInTimeZone,
  type DayMinutes,
  type Heatmap,
  type IsoDate,
} from "@/lib/progress/calendar";
import {
  aggregateMinutes,
  pathTotalHours,
  phaseProgress,
  subSkillHours,
  totalProgress,
  type DeliverableStatus,
  type MinutesRow,
  type MinutesSummary,
  type PhaseInput,
  type PhaseProgress,
  type Progress,
  type SubSkillHoursInput,
} from "@/lib/progress/path";
import { weeklyGoal, type WeeklyGoal } from "@/lib/progress/goal";
import { paceOverLastWeeks, projectCompletion, type CompletionProjections, type Pace } from "@/lib/progress/pace";
import {
  compareSelfAssessment,
  explainLevel,
  quizPercent,
  type LevelExplanation,
  type LevelInput,
  type ProficiencyInput,
  type QuizTally,
  type SelfAssessmentComparison,
  type SubSkillInput,
} from "@/lib/progress/proficiency";
import { redFlagList, type ClearingWork, type RedFlagListItem } from "@/lib/progress/red-flags";
import { shareBySubSkill } from "@/lib/quiz/draw";
import { describeCounting, type QuizPolicy } from "@/lib/quiz/policy";

/** The 52-week heatmap; its first day is also the lower bound of the per-day query. */
export const HEATMAP_WEEKS = 52;
export const RECENT_ACTIVITY_LIMIT = 8;

// ─── Rows, as the queries return them ──────────────────────────────────────

/** The guide's curriculum, archived rows flagged (phases, sub-skills) or left out (deliverables, flags, projects). */
export interface CurriculumRows {
  phases: Array<{
    id: string;
    key: string;
    position: number;
    title: string;
    estimatedHours: number;
    archived: boolean;
    deliverables: Array<{ id: string; key: string; title: string; subSkillKeys: string[] }>;
  }>;
  subSkills: Array<{
    id: string;
    key: string;
    name: string;
    weightPercent: number;
    archived: boolean;
    quizQuestions: number;
  }>;
  levels: Array<{ key: string; name: string; summary: string } & LevelRequirements>;
  redFlags: Array<{ key: string; text: string; subSkillKey: string; subSkillName: string }>;
  projects: Array<{ id: string; key: string; title: string; subSkillKeys: string[] }>;
  /** The parts of the guide's quiz policy that say how the quiz feeds the level. */
  quizPolicy: Pick<QuizPolicy, "counting" | "averageOf" | "questionsPerAttempt">;
}

export interface QuizAttemptSummary {
  correct: number;
  total: number;
  percent: number;
  submittedAt: Date;
}

export interface QuizRows {
  best: Omit<QuizAttemptSummary, "percent"> | null;
  latest: Omit<QuizAttemptSummary, "percent"> | null;
  attempts: number;
  /** The attempts the counting rule takes, pooled (null before the first submission). */
  counted: (QuizTally & { attempts: number }) | null;
  /** Per sub-skill id: the counted attempts' questions on it and the correct answers among them. */
  countedBySubSkill: Array<{ subSkillId: string; correct: number; total: number }>;
}

export type ActivityItem =
  | { kind: "time"; id: string; at: Date; minutes: number; date: IsoDate; phaseTitle: string }
  | {
      kind: "submission";
      id: string;
      at: Date;
      deliverableTitle: string;
      status: Exclude<DeliverableStatus, "NOT_STARTED">;
    }
  | { kind: "quiz"; id: string; at: Date; correct: number; total: number };

export type ApprovedProjectRow =
  { projectId: string } | { projectId: null; id: string; title: string | null; subSkillIds: string[] };

export interface ProgressRows {
  startedAt: Date;
  /** Enrollment.weeklyGoalMinutes (null: no goal). */
  weeklyGoalMinutes: number | null;
  curriculum: CurriculumRows;
  /** SUM(minutes) GROUP BY phaseId, subSkillId over all the learner's entries. */
  minutes: Array<{ phaseId: string; subSkillId: string | null; minutes: number }>;
  /** SUM(minutes) GROUP BY date over the heatmap's weeks. */
  days: DayMinutes[];
  /** rubricLevels: the approving review's rubric levels (lib/dashboard/submissions.ts). */
  submissions: Array<{
    deliverableId: string;
    status: Exclude<DeliverableStatus, "NOT_STARTED">;
    rubricLevels: number[];
  }>;
  quiz: QuizRows;
  /**
   * The learner's approved projects (ProjectProgress with status APPROVED): a guide idea by its
   * id, or the learner's own project with the sub-skills it touches (own projects of this guide only).
   */
  approvedProjects: ApprovedProjectRow[];
  /** Mean of the latest rating per self-check question, per sub-skill id. */
  ratings: Array<{ subSkillId: string; meanConfidence: number }>;
  activity: ActivityItem[];
}

// ─── What the dashboard shows ──────────────────────────────────────────────

export interface LearnerProgress {
  today: IsoDate;
  timeZone: string;
  startedOn: IsoDate;
  pathTotalHours: number;
  /** Every logged minute against the path total, archived phases included. */
  total: Progress;
  /** Minutes on archived phases: part of `total`, in no phase bar. */
  archivedPhaseMinutes: number;
  phases: PhaseProgress[];
  subSkillHours: Array<SubSkillHoursInput & Progress>;
  explanation: LevelExplanation;
  levels: Array<LevelInput & { summary: string }>;
  /**
   * Every flag of the guide, in its order: neutral, a warning (what in the record shows the
   * pattern) or cleared, naming the approved work (with the deliverable's or project's id, for links).
   */
  redFlags: Array<RedFlagListItem<CurriculumRows["redFlags"][number]>>;
  pace: Pace;
  projections: CompletionProjections;
  /** This week against the learner's weekly goal and the path's end at it; null without a goal. */
  weeklyGoal: WeeklyGoal | null;
  heatmap: Heatmap;
  streak: number;
  selfAssessment: SelfAssessmentComparison[];
  quiz: {
    best: QuizAttemptSummary | null;
    latest: QuizAttemptSummary | null;
    attempts: number;
    /** What feeds the level: the counting rule's attempts, pooled, and the rule in words. */
    counted: (QuizTally & { percent: number; attempts: number }) | null;
    countedAs: string;
  };
  recentActivity: ActivityItem[];
  /** Nothing logged, submitted or attempted yet: the dashboard leads with its empty states. */
  isNew: boolean;
}

const percentOf = (a: Omit<QuizAttemptSummary, "percent"> | null): QuizAttemptSummary | null =>
  a && { ...a, percent: quizPercent(a) ?? 0 };

/** What the level is computed from, and the figures it shares with the path and sub-skill cards. */
export interface ProficiencyEvidence {
  /** Every phase of the curriculum, archived ones flagged, with the learner's minutes and deliverable states. */
  phases: PhaseInput[];
  subSkills: SubSkillInput[];
  minutes: MinutesSummary;
  input: ProficiencyInput;
  /** The guide's levels, lowest first, with their summaries (input.levels, typed for the dashboard's list). */
  levels: Array<LevelInput & { summary: string }>;
  subSkillKeys: Map<string, string>;
}

/**
 * Maps the rows' database ids to the curriculum keys the proficiency model speaks and fills its
 * input. Shared by the dashboard (buildLearnerProgress) and the mentor and cohort tables
 * (./standing.ts), so a table's level can never differ from the learner's own dashboard.
 */
export function proficiencyEvidence(
  rows: Pick<ProgressRows, "curriculum" | "minutes" | "submissions" | "quiz" | "approvedProjects">,
): ProficiencyEvidence {
  const { curriculum } = rows;
  const phaseKeys = new Map(curriculum.phases.map((p) => [p.id, p.key]));
  const subSkillKeys = new Map(curriculum.subSkills.map((s) => [s.id, s.key]));
  const submitted = new Map(rows.submissions.map((s) => [s.deliverableId, s]));

  // Phases are numbered 1..n along the active path (the rows come in path order; stored
  // positions are 0-based and may have gaps), so "phase 2" in a message is the second one listed.
  const activeKeys = curriculum.phases.filter((p) => !p.archived).map((p) => p.key);
  const number = (p: { key: string; archived: boolean }, i: number) =>
    p.archived ? curriculum.phases.length + i + 1 : activeKeys.indexOf(p.key) + 1;
  const phasesWithoutMinutes: PhaseInput[] = curriculum.phases.map((p, i) => ({
    key: p.key,
    title: p.title,
    position: number(p, i),
    estimatedHours: p.estimatedHours,
    archived: p.archived,
    loggedMinutes: 0,
    deliverables: p.deliverables.map((d) => ({
      key: d.key,
      title: d.title,
      subSkillKeys: d.subSkillKeys,
      status: submitted.get(d.id)?.status ?? "NOT_STARTED",
      rubricLevels: submitted.get(d.id)?.rubricLevels ?? [],
    })),
  }));
  // Entries on a phase outside this guide cannot be placed on its path: left out.
  const minuteRows: MinutesRow[] = rows.minutes.flatMap((r) => {
    const phaseKey = phaseKeys.get(r.phaseId);
    return phaseKey
      ? [{ phaseKey, subSkillKey: r.subSkillId ? (subSkillKeys.get(r.subSkillId) ?? null) : null, minutes: r.minutes }]
      : [];
  });
  // aggregateMinutes only reads each phase's key and deliverables, so the minutes can be filled after.
  const summary = aggregateMinutes(minuteRows, phasesWithoutMinutes);
  const phases = phasesWithoutMinutes.map((p) => ({ ...p, loggedMinutes: summary.byPhase[p.key] ?? 0 }));

  const quizBySubSkill = new Map(
    rows.quiz.countedBySubSkill.map((q) => [q.subSkillId, { correct: q.correct, total: q.total }]),
  );
  const activeSubSkills = curriculum.subSkills.filter((s) => !s.archived);
  // Before the first attempt, each sub-skill's quiz is its share of one attempt, all unanswered.
  const shares = shareBySubSkill(
    activeSubSkills,
    new Map(activeSubSkills.map((s) => [s.key, s.quizQuestions])),
    curriculum.quizPolicy.questionsPerAttempt,
  );
  const subSkills = activeSubSkills.map((s) => ({
    key: s.key,
    name: s.name,
    weightPercent: s.weightPercent,
    loggedMinutes: summary.bySubSkill[s.key] ?? 0,
    // Taken, but none of its questions drawn in the counted attempts: nothing to measure it by.
    quiz: quizBySubSkill.get(s.id) ?? { correct: 0, total: rows.quiz.counted ? 0 : (shares.get(s.key) ?? 0) },
  }));
  const levels = curriculum.levels.map(({ key, name, summary: levelSummary, ...requirements }) => ({
    key,
    name,
    summary: levelSummary,
    requirements,
  }));
  const approved = new Set(rows.approvedProjects.flatMap((p) => (p.projectId ? [p.projectId] : [])));
  // One rule for both kinds: an approved project counts for the sub-skills it touches.
  const approvedOwn = rows.approvedProjects.flatMap((p) =>
    p.projectId === null
      ? [
          {
            key: `own-${p.id}`,
            title: p.title ?? "",
            subSkillKeys: p.subSkillIds.flatMap((id) => subSkillKeys.get(id) ?? []),
          },
        ]
      : [],
  );
  const quizCounted: QuizTally | null = rows.quiz.counted && {
    correct: rows.quiz.counted.correct,
    total: rows.quiz.counted.total,
  };

  const input: ProficiencyInput = {
    phases,
    subSkills,
    totalLoggedMinutes: summary.totalMinutes,
    quizCounted,
    levels,
    // Archived project ideas are not loaded, so their approvals stop counting, like archived deliverables.
    approvedProjects: [
      ...curriculum.projects
        .filter((p) => approved.has(p.id))
        .map(({ key, title, subSkillKeys: keys }) => ({ key, title, subSkillKeys: keys })),
      ...approvedOwn,
    ],
  };
  return { phases, subSkills, minutes: summary, input, levels, subSkillKeys };
}

/** Fills the pure functions' inputs from the rows: the dashboard's one assembly point. */
export function buildLearnerProgress(
  rows: ProgressRows,
  { today, timeZone }: { today: IsoDate; timeZone: string },
): LearnerProgress {
  const { curriculum } = rows;
  const { phases, subSkills, minutes: summary, input, levels, subSkillKeys } = proficiencyEvidence(rows);
  const explanation = explainLevel(input);
  const scores = explanation.assessment.subSkills;
  const pathHours = pathTotalHours(phases);
  const total = totalProgress(summary.totalMinutes, pathHours);
  const startedOn = todayInTimeZone(rows.startedAt, timeZone);
  const pace = paceOverLastWeeks(rows.days, today, { startedOn });
  const ratings = rows.ratings.flatMap((r) => {
    const key = subSkillKeys.get(r.subSkillId);
    return key ? [{ subSkillKey: key, meanConfidence: r.meanConfidence }] : [];
  });

  return {
    today,
    timeZone,
    startedOn,
    pathTotalHours: pathHours,
    total,
    archivedPhaseMinutes: phases.filter((p) => p.archived).reduce((sum, p) => sum + p.loggedMinutes, 0),
    phases: phaseProgress(phases),
    subSkillHours: subSkillHours(
      subSkills.map(({ quiz: _quiz, ...hours }) => hours),
      pathHours,
    ),
    explanation,
    levels,
    redFlags: withWorkIds(redFlagList(curriculum.redFlags, phases, scores, input.approvedProjects), curriculum),
    pace,
    projections: projectCompletion(phases, summary.totalMinutes, pace.hoursPerWeek, today),
    // The heatmap's days reach back past this week's Monday, so they hold the whole week.
    weeklyGoal: weeklyGoal(rows.days, today, rows.weeklyGoalMinutes, total.remainingMinutes),
    heatmap: buildHeatmap(rows.days, today, HEATMAP_WEEKS),
    streak: currentStreak(rows.days, today),
    selfAssessment: compareSelfAssessment(ratings, scores),
    quiz: {
      best: percentOf(rows.quiz.best),
      latest: percentOf(rows.quiz.latest),
      attempts: rows.quiz.attempts,
      counted: rows.quiz.counted && { ...rows.quiz.counted, percent: quizPercent(rows.quiz.counted) ?? 0 },
      countedAs: describeCounting(curriculum.quizPolicy),
    },
    recentActivity: rows.activity,
    isNew: summary.totalMinutes === 0 && rows.activity.length === 0,
  };
}

/** Adds each clearing work's database id (the rule speaks curriculum keys; links need ids). */
function withWorkIds<F>(flags: RedFlagListItem<F>[], curriculum: CurriculumRows): RedFlagListItem<F>[] {
  const ids = new Map<string, string>([
    ...curriculum.phases.flatMap((p) => p.deliverables.map((d) => [`deliverable:${d.key}`, d.id] as const)),
    ...curriculum.projects.map((p) => [`project:${p.key}`, p.id] as const),
  ]);
  return flags.map((flag) =>
    flag.state === "cleared"
      ? {
          ...flag,
          clearedBy: flag.clearedBy.map((w): ClearingWork => ({ ...w, id: ids.get(`${w.kind}:${w.key}`) })),
        }
      : flag,
  );
}

/** "YYYY-MM-DD" of a DATE column, for the per-day rows. */
export const dayRow = (date: Date, minutes: number): DayMinutes => ({ date: fromDbDate(date), minutes });
