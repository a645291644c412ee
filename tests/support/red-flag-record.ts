import { mlInfrastructureGuide as guide } from "@/lib/guides/content/ml-infrastructure";
import type { DeliverableStatus, PhaseInput } from "@/lib/progress/path";
import { scoreSubSkills, type ProficiencyInput } from "@/lib/progress/proficiency";

export type RecordShape = {
  phaseHours?: number[];
  statuses?: Record<string, DeliverableStatus>;
  projects?: string[];
  archived?: string[];
};

/**
 * A learner's record on the real ML Infrastructure guide (hours per phase, submission states,
 * approved projects), as the red-flag rules read it: the phases, the sub-skill scores and the
 * approved projects. Shared by the standings and the always-visible list tests.
 */
export function redFlagRecord(l: RecordShape = {}) {
  const phases: PhaseInput[] = guide.phases.map((p, i) => ({
    key: p.key,
    title: p.title,
    position: i + 1,
    estimatedHours: p.estimatedHours,
    archived: (l.archived ?? []).includes(p.key),
    loggedMinutes: (l.phaseHours?.[i] ?? 0) * 60,
    deliverables: p.deliverables.map((d) => ({
      key: d.key,
      title: d.title,
      subSkillKeys: d.subSkillKeys,
      status: l.statuses?.[d.key] ?? "NOT_STARTED",
    })),
  }));
  const approvedProjects = guide.projects.filter((p) => (l.projects ?? []).includes(p.key));
  const input: ProficiencyInput = {
    phases,
    subSkills: guide.subSkills.map((s) => ({
      key: s.key,
      name: s.name,
      weightPercent: s.weightPercent,
      loggedMinutes: 0,
      quiz: { correct: 0, total: 1 },
    })),
    totalLoggedMinutes: 0,
    quizCounted: null,
    approvedProjects,
    levels: guide.levels,
  };
  return { phases, scores: scoreSubSkills(input), approvedProjects };
}
