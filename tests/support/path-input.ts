import { mlInfrastructureGuide as guide } from "@/lib/guides/content/ml-infrastructure";
import type { DeliverableStatus, PhaseInput } from "@/lib/progress/path";

/**
 * The real guide's phases as the progress functions take them, with the learner's minutes per
 * phase (by index), deliverable statuses by key (NOT_STARTED otherwise) and archived phase keys.
 */
export function guidePhases(
  minutes: number[] = [],
  statuses: Record<string, DeliverableStatus> = {},
  archived: string[] = [],
): PhaseInput[] {
  return guide.phases.map((p, i) => ({
    key: p.key,
    title: p.title,
    position: i + 1,
    estimatedHours: p.estimatedHours,
    archived: archived.includes(p.key),
    loggedMinutes: minutes[i] ?? 0,
    deliverables: p.deliverables.map((d) => ({
      key: d.key,
      title: d.title,
      subSkillKeys: d.subSkillKeys,
      status: statuses[d.key] ?? "NOT_STARTED",
    })),
  }));
}
