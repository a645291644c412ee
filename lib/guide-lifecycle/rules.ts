import { weightSumProblem } from "@/lib/curriculum/rules";

/**
 * Pure rules of a guide's life (DRAFT → PUBLISHED ⇄ DRAFT, either → ARCHIVED, ARCHIVED →
 * PUBLISHED again). No I/O: the mutations enforce them, the admin page previews them, and
 * tests/unit/guide-lifecycle.test.ts holds them.
 */

export type GuideStatusName = "DRAFT" | "PUBLISHED" | "ARCHIVED";
export type GuideTransition = "publish" | "unpublish" | "archive";

/** What publishing needs to know of a guide's curriculum (non-archived items only). */
export type GuideCompleteness = {
  /** Estimated hours of each phase learners will see. */
  phaseHours: readonly number[];
  subSkillWeights: readonly number[];
  levels: number;
};

/**
 * Why a guide cannot be published yet, one sentence per gap, or [] when it can. A learner on
 * a guide with no phase has nothing to log hours on; proficiency divides by the sub-skill
 * weights (the editor's own "weights must add up to 100" rule) and reads the levels.
 */
export function publishProblems(guide: GuideCompleteness): string[] {
  const problems: string[] = [];
  if (guide.phaseHours.length === 0) problems.push("Add at least one phase.");
  else if (guide.phaseHours.some((hours) => hours <= 0)) problems.push("Give every phase its estimated hours.");
  if (guide.subSkillWeights.length === 0) problems.push("Add at least one sub-skill.");
  else {
    const weights = weightSumProblem(guide.subSkillWeights);
    if (weights) problems.push(`Sub-skill weights: ${weights}.`);
  }
  if (guide.levels === 0) problems.push("Add at least one proficiency level.");
  return problems;
}

/** The status a transition leads to, or a sentence saying why it does not apply to `from`. */
export function transition(
  from: GuideStatusName,
  action: GuideTransition,
): { ok: true; to: GuideStatusName } | { ok: false; message: string } {
  switch (action) {
    case "publish":
      return from === "PUBLISHED"
        ? { ok: false, message: "This guide is already published." }
        : { ok: true, to: "PUBLISHED" };
    case "unpublish":
      return from === "PUBLISHED"
        ? { ok: true, to: "DRAFT" }
        : { ok: false, message: "Only a published guide can be unpublished." };
    case "archive":
      return from === "ARCHIVED"
        ? { ok: false, message: "This guide is already archived." }
        : { ok: true, to: "ARCHIVED" };
  }
}

/** Learners may enrol only in a published guide: drafts are unfinished, archived guides closed. */
export function acceptsEnrolment(status: GuideStatusName): boolean {
  return status === "PUBLISHED";
}

export const STATUS_LABELS: Record<GuideStatusName, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};
