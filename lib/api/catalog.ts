import "server-only";
import { db } from "@/lib/db";
import { learnerGuide } from "@/lib/guides/enrollment";
import { ApiError, INVALID_INPUT } from "@/lib/api/problem";
import { GUIDE_SLUG_MESSAGE, PHASE_NUMBER_MESSAGE, SUB_SKILL_KEY_MESSAGE } from "@/lib/api/schema";

/**
 * The API names curriculum rows as people do: a phase by its number in the learner's guide
 * (1 is the first active phase, in path order, as the dashboard numbers them), a sub-skill by
 * its key, a guide by its slug. This resolves those names to ids within one of the learner's
 * guides: the active one (learnerGuide) unless a slug names another enrolment of theirs.
 */

export type GuideCatalog = {
  guideId: string;
  slug: string;
  title: string;
  /** Active phases in path order: index + 1 is the phase's number. */
  phases: Array<{ id: string; key: string }>;
  subSkills: Array<{ id: string; key: string }>;
};

export async function guideCatalog(learnerId: string, slug?: string): Promise<GuideCatalog> {
  const guideId = slug === undefined ? (await learnerGuide(learnerId)).guideId : await enrolledGuideId(learnerId, slug);
  return catalogOf(guideId);
}

/**
 * The catalog of a guide already known to be the learner's: the guide of one of their own
 * entries (an edit names phases of the entry's guide, whatever guide is active).
 */
export async function catalogOf(guideId: string): Promise<GuideCatalog> {
  const prisma = db();
  const [guide, phases, subSkills] = await Promise.all([
    prisma.guide.findUniqueOrThrow({ where: { id: guideId }, select: { slug: true, title: true } }),
    prisma.phase.findMany({
      where: { guideId, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, key: true },
    }),
    prisma.subSkill.findMany({
      where: { guideId, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, key: true },
    }),
  ]);
  return { guideId, ...guide, phases, subSkills };
}

async function enrolledGuideId(learnerId: string, slug: string): Promise<string> {
  const enrollment = await db().enrollment.findFirst({
    where: { userId: learnerId, guide: { slug } },
    select: { guideId: true },
  });
  if (!enrollment) throw new ApiError(422, INVALID_INPUT, { guide: [GUIDE_SLUG_MESSAGE] });
  return enrollment.guideId;
}

/** The phase id of number `n`, or a 422 at `field`. */
export function phaseIdOf(catalog: GuideCatalog, n: number, field = "phase"): string {
  const phase = catalog.phases[n - 1];
  if (!phase) {
    const count = catalog.phases.length;
    throw new ApiError(422, INVALID_INPUT, { [field]: [`${PHASE_NUMBER_MESSAGE} This guide has ${count} phases.`] });
  }
  return phase.id;
}

export function subSkillIdOf(catalog: GuideCatalog, key: string, field = "subSkill"): string {
  const subSkill = catalog.subSkills.find((s) => s.key === key);
  if (!subSkill) throw new ApiError(422, INVALID_INPUT, { [field]: [SUB_SKILL_KEY_MESSAGE] });
  return subSkill.id;
}

export function phaseNumberOf(catalog: GuideCatalog, phaseId: string): number | null {
  const index = catalog.phases.findIndex((p) => p.id === phaseId);
  return index === -1 ? null : index + 1;
}
