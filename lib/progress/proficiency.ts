/**
 * The proficiency model (written down for learners in docs/proficiency.md). Pure: evidence in,
 * scores, level and explanations out. Every input is a sum or a count that SQL aggregation
 * fills in a fixed number of queries; nothing here knows about Prisma.
 */
import type { LevelRequirements } from "@/lib/guides/guide-schema";
import {
  DELIVERABLE_STATUS_LABELS,
  activePhases,
  completedPhaseCount,
  formatMinutes,
  isPhaseComplete,
  pathTotalHours,
  pendingDeliverables,
  subSkillTargetMinutes,
  type DeliverableInput,
  type PendingDeliverable,
  type PhaseInput,
} from "./path";
import { plural } from "@/lib/words";

/** How the three kinds of evidence blend into a sub-skill's score (they sum to 100). */
export const COMPONENT_WEIGHTS = { hours: 40, deliverables: 40, quiz: 20 } as const;
/**
 * What an approved deliverable's rubric level is worth to the sub-skills it touches: Not yet 0,
 * Developing ½, Proficient (what the deliverable asks) and Exemplary 1. Exemplary earns no more
 * than full credit, as hours beyond a share earn nothing more, so one outstanding criterion cannot
 * make up for a weak one.
 */
export const RUBRIC_LEVEL_CREDIT: Readonly<Record<number, number>> = { 1: 0, 2: 0.5, 3: 1, 4: 1 };

/**
 * An approved deliverable's credit, 0..1: the mean of its approving review's rubric credits, or
 * 1 when that review scored no criterion (its rubric was empty, or it was approved before rubrics
 * existed). Anything not approved earns 0, whatever its scores.
 */
export function deliverableCredit(d: Pick<DeliverableInput, "status" | "rubricLevels">): number {
  if (d.status !== "APPROVED") return 0;
  const levels = d.rubricLevels ?? [];
  if (levels.length === 0) return 1;
  return levels.reduce((sum, level) => sum + (RUBRIC_LEVEL_CREDIT[level] ?? 0), 0) / levels.length;
}

/** Confidence 1..5 maps to 0..100 in steps of 25; a gap beyond one step is a miscalibration. */
export const CONFIDENCE_TOLERANCE = 25;

export interface QuizTally {
  correct: number;
  total: number;
}

/**
 * loggedMinutes: tagged minutes plus its share of untagged ones (hours.ts aggregateMinutes).
 * quiz: its questions in the counted attempts (the quiz policy's counting rule); quiz not taken
 * yet: correct 0, total = its share of one attempt.
 */
export interface SubSkillInput {
  key: string;
  name: string;
  weightPercent: number;
  loggedMinutes: number;
  quiz: QuizTally;
}

export interface ProjectInput {
  key: string;
  title: string;
  subSkillKeys: readonly string[];
}
export interface LevelInput {
  key: string;
  name: string;
  requirements: LevelRequirements;
}

/**
 * phases: archived ones included (flagged): their hours count, their deliverables don't.
 * quizCounted: the attempts the quiz policy's counting rule takes (best, latest or the last N,
 * pooled), null if never submitted. levels: lowest first.
 */
export interface ProficiencyInput {
  phases: readonly PhaseInput[];
  subSkills: readonly SubSkillInput[];
  totalLoggedMinutes: number;
  quizCounted: QuizTally | null;
  approvedProjects: readonly ProjectInput[];
  levels: readonly LevelInput[];
}

/** score is 0..100 with one decimal; each component is null when the guide gives nothing to measure it by. */
export interface SubSkillScore {
  key: string;
  name: string;
  weightPercent: number;
  score: number;
  hours: { loggedMinutes: number; targetMinutes: number; fraction: number } | null;
  /** credit: Σ deliverableCredit over those touching it (= approved when no rubric lowered any). */
  deliverables: {
    approved: number;
    credit: number;
    total: number;
    fraction: number;
    pending: PendingDeliverable[];
  } | null;
  quiz: { correct: number; total: number; fraction: number } | null;
  approvedDeliverables: number;
  approvedProjects: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const fraction = (part: number, whole: number): number => Math.min(1, Math.max(0, part / whole));

/**
 * score = weighted mean of the measurable components × 100, where hours = logged / weighted
 * share of the path (capped at 1), deliverables = Σ credit of the approved ones (their rubric
 * scores, deliverableCredit) / deliverables touching it, quiz =
 * correct / its questions. A component with nothing to measure is left out and the others
 * are scaled up, so a sub-skill is never penalised for a gap in the guide.
 */
export function scoreSubSkills(input: ProficiencyInput): SubSkillScore[] {
  const phases = activePhases(input.phases);
  const pathHours = pathTotalHours(phases);
  return input.subSkills.map((s) => {
    const touching = phases.flatMap((p) => p.deliverables).filter((d) => d.subSkillKeys.includes(s.key));
    const approved = touching.filter((d) => d.status === "APPROVED").length;
    const credit = touching.reduce((sum, d) => sum + deliverableCredit(d), 0);
    const target = subSkillTargetMinutes(s.weightPercent, pathHours);
    const hours =
      target > 0
        ? { loggedMinutes: s.loggedMinutes, targetMinutes: target, fraction: fraction(s.loggedMinutes, target) }
        : null;
    const deliverables =
      touching.length > 0
        ? {
            approved,
            credit,
            total: touching.length,
            fraction: credit / touching.length,
            pending: pendingDeliverables(touching),
          }
        : null;
    const quiz = s.quiz.total > 0 ? { ...s.quiz, fraction: fraction(s.quiz.correct, s.quiz.total) } : null;
    const measured = (
      [
        [COMPONENT_WEIGHTS.hours, hours],
        [COMPONENT_WEIGHTS.deliverables, deliverables],
        [COMPONENT_WEIGHTS.quiz, quiz],
      ] as const
    ).flatMap(([weight, c]) => (c === null ? [] : [{ weight, value: c.fraction }]));
    const weightSum = measured.reduce((sum, m) => sum + m.weight, 0);
    const weighted = measured.reduce((sum, m) => sum + m.weight * m.value, 0);
    const approvedProjects = input.approvedProjects.filter((p) => p.subSkillKeys.includes(s.key)).length;
    const score = weightSum === 0 ? 0 : round1((100 * weighted) / weightSum);
    return {
      key: s.key,
      name: s.name,
      weightPercent: s.weightPercent,
      score,
      hours,
      deliverables,
      quiz,
      approvedDeliverables: approved,
      approvedProjects,
    };
  });
}

/** Σ weight × score / Σ weight (weights sum to 100 on a valid guide), from the displayed scores. */
export function overallScore(scores: readonly Pick<SubSkillScore, "weightPercent" | "score">[]): number {
  const weights = scores.reduce((sum, s) => sum + s.weightPercent, 0);
  return weights === 0 ? 0 : round1(scores.reduce((sum, s) => sum + s.weightPercent * s.score, 0) / weights);
}

/** Quiz percent, one decimal; null when never taken. */
export const quizPercent = (quiz: QuizTally | null): number | null =>
  quiz && quiz.total > 0 ? round1((100 * quiz.correct) / quiz.total) : null;

export interface ProficiencyFacts {
  totalLoggedMinutes: number;
  phasesCompleted: number;
  quizCounted: QuizTally | null;
  overallScore: number;
  subSkills: readonly SubSkillScore[];
  approvedProjectCount: number;
}

/**
 * actual: same unit as `required` (hours, phases, percent, points, projects; the lowest sub-skill score).
 * progress: 0..1 toward it, below 1 until met; for sub-skills, the mean over sub-skills.
 */
export interface RequirementCheck {
  requirement: keyof LevelRequirements;
  required: number;
  actual: number;
  met: boolean;
  progress: number;
}

/** Each requirement of one level against the facts. Comparisons are on the values the learner sees. */
export function checkLevel(req: LevelRequirements, facts: ProficiencyFacts): RequirementCheck[] {
  const { quizCounted: quiz, phasesCompleted: phases, overallScore: overall, approvedProjectCount: projects } = facts;
  const scores = facts.subSkills.map((s) => s.score);
  const lowest = scores.length === 0 ? 100 : Math.min(...scores);
  const hours = facts.totalLoggedMinutes / 60;
  const percent = quizPercent(quiz) ?? 0;
  const ratio = (actual: number, required: number) => (required <= 0 ? 1 : fraction(actual, required));
  const check = (
    requirement: keyof LevelRequirements,
    actual: number,
    met: boolean,
    progress: number,
  ): RequirementCheck => ({
    requirement,
    required: req[requirement],
    actual,
    met,
    progress: met ? 1 : Math.min(progress, 0.999),
  });
  const subSkillProgress =
    scores.length === 0 ? 1 : scores.reduce((sum, s) => sum + ratio(s, req.minSubSkillScore), 0) / scores.length;
  // Integer arithmetic for the quiz: 12 of 20 is exactly 60 %, never 59.999….
  const quizMet = req.minQuizPercent === 0 || (quiz !== null && quiz.correct * 100 >= req.minQuizPercent * quiz.total);
  return [
    check("minTotalHours", hours, facts.totalLoggedMinutes >= req.minTotalHours * 60, ratio(hours, req.minTotalHours)),
    check("minPhasesCompleted", phases, phases >= req.minPhasesCompleted, ratio(phases, req.minPhasesCompleted)),
    check("minQuizPercent", percent, quizMet, ratio(percent, req.minQuizPercent)),
    check("minOverallScore", overall, overall >= req.minOverallScore, ratio(overall, req.minOverallScore)),
    check("minSubSkillScore", lowest, lowest >= req.minSubSkillScore, subSkillProgress),
    check(
      "minApprovedProjects",
      projects,
      projects >= req.minApprovedProjects,
      ratio(projects, req.minApprovedProjects),
    ),
  ];
}

/** Readiness: mean progress over the level's non-zero requirements, each counting equally; floored, so 100 only when all are met. */
export function readiness(checks: readonly RequirementCheck[]): number {
  const relevant = checks.filter((c) => c.required > 0);
  if (relevant.length === 0) return 100;
  return Math.floor((100 * relevant.reduce((sum, c) => sum + c.progress, 0)) / relevant.length);
}

/** level: the highest level whose every requirement is met (null if not even the first); readinessPercent: toward nextLevel, null at the top. */
export interface ProficiencyAssessment extends ProficiencyFacts {
  pathTotalHours: number;
  quizPercent: number | null;
  level: LevelInput | null;
  levelChecks: RequirementCheck[] | null;
  nextLevel: LevelInput | null;
  nextLevelChecks: RequirementCheck[] | null;
  readinessPercent: number | null;
}

export function assessProficiency(input: ProficiencyInput): ProficiencyAssessment {
  const subSkills = scoreSubSkills(input);
  const facts: ProficiencyFacts = {
    totalLoggedMinutes: input.totalLoggedMinutes,
    phasesCompleted: completedPhaseCount(input.phases),
    quizCounted: input.quizCounted,
    overallScore: overallScore(subSkills),
    subSkills,
    approvedProjectCount: input.approvedProjects.length,
  };
  const checks = input.levels.map((l) => checkLevel(l.requirements, facts));
  // Highest met level rather than "stop at the first unmet": requirements are data an admin may tune unevenly.
  const index = checks.findLastIndex((c) => c.every((r) => r.met));
  const nextChecks = checks[index + 1] ?? null;
  return {
    ...facts,
    pathTotalHours: pathTotalHours(input.phases),
    quizPercent: quizPercent(input.quizCounted),
    level: input.levels[index] ?? null,
    levelChecks: checks[index] ?? null,
    nextLevel: input.levels[index + 1] ?? null,
    nextLevelChecks: nextChecks,
    readinessPercent: nextChecks ? readiness(nextChecks) : null,
  };
}

const listPending = (items: readonly PendingDeliverable[]) =>
  items.map((d) => `"${d.title}" (${DELIVERABLE_STATUS_LABELS[d.status]})`).join(", ");

export type Gap =
  | { kind: "total-hours"; shortMinutes: number; message: string }
  | { kind: "phase"; phaseKey: string; pending: PendingDeliverable[]; hoursShortMinutes: number; message: string }
  | { kind: "quiz"; requiredPercent: number; bestPercent: number | null; moreCorrectNeeded: number; message: string }
  | { kind: "overall-score"; shortPoints: number; message: string }
  | {
      kind: "sub-skill";
      subSkillKey: string;
      shortPoints: number;
      hoursShortMinutes: number;
      pending: PendingDeliverable[];
      message: string;
    }
  | { kind: "projects"; shortCount: number; message: string };

/** reasons: why the learner is at their level, one per requirement it has; missing: every gap to the next (empty at the top). */
export interface LevelExplanation {
  assessment: ProficiencyAssessment;
  reasons: string[];
  missing: Gap[];
}

function reasonFor(check: RequirementCheck, level: string): string {
  const r = check.required;
  switch (check.requirement) {
    case "minTotalHours":
      return `You have logged ${formatMinutes(check.actual * 60)}; ${level} needs ${r} h.`;
    case "minPhasesCompleted":
      return `You have completed ${plural(check.actual, "phase")} with every deliverable approved; ${level} needs ${r}.`;
    case "minQuizPercent":
      return `Your counted quiz score is ${check.actual}%; ${level} needs ${r}%.`;
    case "minOverallScore":
      return `Your overall score is ${check.actual}; ${level} needs ${r}.`;
    case "minSubSkillScore":
      return `Every sub-skill scores at least ${r} (your lowest is ${check.actual}).`;
    case "minApprovedProjects":
      return `You have ${plural(check.actual, "approved portfolio project")}; ${level} needs ${r}.`;
  }
}

function gapsFor(check: RequirementCheck, next: string, input: ProficiencyInput, a: ProficiencyAssessment): Gap[] {
  const r = check.required;
  switch (check.requirement) {
    case "minTotalHours": {
      const short = r * 60 - a.totalLoggedMinutes;
      return [
        {
          kind: "total-hours",
          shortMinutes: short,
          message: `Log ${formatMinutes(short)} more: you have ${formatMinutes(a.totalLoggedMinutes)} of the ${r} h ${next} needs.`,
        },
      ];
    }
    case "minPhasesCompleted": {
      const phases = activePhases(input.phases);
      const gaps: Gap[] = phases
        .slice(0, r)
        .filter((p) => !isPhaseComplete(p))
        .map((p) => {
          const pending = pendingDeliverables(p.deliverables);
          const hoursShort = Math.max(0, p.estimatedHours * 60 - p.loggedMinutes);
          const hours =
            hoursShort > 0
              ? ` Hours: ${formatMinutes(p.loggedMinutes)} of its ${p.estimatedHours} h estimate (${formatMinutes(hoursShort)} to go).`
              : "";
          // A phase without deliverables is completed by its hours, so then the hours are the gap itself.
          const work =
            pending.length > 0
              ? `${plural(pending.length, "deliverable")} not yet approved: ${listPending(pending)}.${hours}`
              : `log ${formatMinutes(hoursShort)} more of its ${p.estimatedHours} h estimate.`;
          return {
            kind: "phase",
            phaseKey: p.key,
            pending,
            hoursShortMinutes: hoursShort,
            message: `Complete phase ${p.position} "${p.title}": ${work}`,
          };
        });
      if (phases.length < r)
        gaps.push({
          kind: "phase",
          phaseKey: "",
          pending: [],
          hoursShortMinutes: 0,
          message: `${next} needs ${r} phases but the path has only ${phases.length}.`,
        });
      return gaps;
    }
    case "minQuizPercent": {
      const quiz = a.quizCounted;
      const total = quiz?.total || input.subSkills.reduce((sum, s) => sum + s.quiz.total, 0);
      const needed = Math.ceil((r * total) / 100 - 1e-9);
      const more = Math.max(0, needed - (quiz?.correct ?? 0));
      const message = quiz
        ? `Your counted quiz score is ${a.quizPercent}% (${quiz.correct} of ${quiz.total}); ${next} needs ${r}%: ${plural(more, "more correct answer")} (${needed} of ${total}).`
        : `Take the quiz: ${next} needs ${r}% (${needed} of ${total} correct).`;
      return [{ kind: "quiz", requiredPercent: r, bestPercent: a.quizPercent, moreCorrectNeeded: more, message }];
    }
    case "minOverallScore": {
      const short = round1(r - a.overallScore);
      // The biggest levers: sub-skills where weight × room left is largest.
      const levers = [...a.subSkills]
        .sort((x, y) => y.weightPercent * (100 - y.score) - x.weightPercent * (100 - x.score))
        .slice(0, 2);
      const hint = levers.map((s) => `${s.name} (weight ${s.weightPercent}%, score ${s.score})`).join(" and ");
      return [
        {
          kind: "overall-score",
          shortPoints: short,
          message: `Raise your overall score from ${a.overallScore} to ${r} (${short} points); the biggest gains are in ${hint}.`,
        },
      ];
    }
    case "minSubSkillScore":
      return a.subSkills
        .filter((s) => s.score < r)
        .map((s) => {
          const hoursShort = s.hours ? Math.max(0, s.hours.targetMinutes - s.hours.loggedMinutes) : 0;
          const pending = s.deliverables?.pending ?? [];
          const parts = [
            s.hours && hoursShort > 0
              ? `${formatMinutes(s.hours.loggedMinutes)} of its ${formatMinutes(s.hours.targetMinutes)} share of hours`
              : null,
            pending.length > 0 ? `not yet approved: ${listPending(pending)}` : null,
            s.deliverables && s.deliverables.credit < s.deliverables.approved
              ? `its approved work counts ${round1(s.deliverables.credit)} of ${s.deliverables.approved} (rubric criteria below Proficient)`
              : null,
            s.quiz && s.quiz.correct < s.quiz.total ? `quiz ${s.quiz.correct} of ${s.quiz.total} correct` : null,
          ].filter((p) => p !== null);
          return {
            kind: "sub-skill",
            subSkillKey: s.key,
            shortPoints: round1(r - s.score),
            hoursShortMinutes: hoursShort,
            pending,
            message: `${s.name} scores ${s.score}; ${next} needs ${r} in every sub-skill${parts.length > 0 ? `. ${parts.join("; ")}` : ""}.`,
          };
        });
    case "minApprovedProjects": {
      const short = r - a.approvedProjectCount;
      return [
        {
          kind: "projects",
          shortCount: short,
          message: `Get ${plural(short, "more portfolio project")} approved (${a.approvedProjectCount} of ${r}).`,
        },
      ];
    }
  }
}

/** Plain-language reasons for the current level and every gap to the next one. */
export function explainLevel(input: ProficiencyInput): LevelExplanation {
  const a = assessProficiency(input);
  const relevant = (a.levelChecks ?? []).filter((c) => c.required > 0);
  const reasons = !a.level
    ? [`You have not met the requirements of ${input.levels[0]?.name ?? "the first level"} yet.`]
    : relevant.length === 0
      ? [`${a.level.name} is the starting level: it has no requirements.`]
      : relevant.map((c) => reasonFor(c, a.level?.name ?? ""));
  const next = a.nextLevel;
  const missing = next
    ? (a.nextLevelChecks ?? []).filter((c) => !c.met).flatMap((c) => gapsFor(c, next.name, input, a))
    : [];
  return { assessment: a, reasons, missing };
}

/** A red flag applies while its sub-skill has no approved work: no approved deliverable or project touches it. */
export function applicableRedFlags<F extends { subSkillKey: string }>(
  redFlags: readonly F[],
  evidence: readonly Pick<SubSkillScore, "key" | "approvedDeliverables" | "approvedProjects">[],
): F[] {
  // Built from the evidence, so a flag on a sub-skill absent from it (archived) never applies.
  const unproven = new Set(evidence.filter((e) => e.approvedDeliverables + e.approvedProjects === 0).map((e) => e.key));
  return redFlags.filter((f) => unproven.has(f.subSkillKey));
}

export type Calibration = "over-confident" | "under-confident" | "aligned" | "not-rated";

/** meanConfidence: mean of the latest rating per self-check question (1..5); confidenceScore = (mean − 1) × 25. */
export interface SelfAssessmentComparison {
  subSkillKey: string;
  name: string;
  meanConfidence: number | null;
  confidenceScore: number | null;
  evidenceScore: number;
  verdict: Calibration;
}

/** Over-confident when confidence exceeds evidence by more than one step (25 points), under- when below by more. */
export function compareSelfAssessment(
  ratings: readonly { subSkillKey: string; meanConfidence: number | null }[],
  scores: readonly Pick<SubSkillScore, "key" | "name" | "score">[],
): SelfAssessmentComparison[] {
  const bySubSkill = new Map(ratings.map((r) => [r.subSkillKey, r.meanConfidence]));
  return scores.map((s) => {
    const mean = bySubSkill.get(s.key) ?? null;
    const confidenceScore = mean === null ? null : round1((Math.min(5, Math.max(1, mean)) - 1) * 25);
    const gap = confidenceScore === null ? 0 : confidenceScore - s.score;
    const verdict: Calibration =
      confidenceScore === null
        ? "not-rated"
        : gap > CONFIDENCE_TOLERANCE
          ? "over-confident"
          : gap < -CONFIDENCE_TOLERANCE
            ? "under-confident"
            : "aligned";
    return { subSkillKey: s.key, name: s.name, meanConfidence: mean, confidenceScore, evidenceScore: s.score, verdict };
  });
}
