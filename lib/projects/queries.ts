import "server-only";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";

/**
 * The guide's project ideas with the learner's progress on each. Archived ideas are hidden
 * from new choices but stay listed for a learner who picked one. A guide has a handful of
 * ideas, so no pagination.
 */
export async function getPortfolioForLearner(learnerId: string) {
  const { guideId } = await learnerGuide(learnerId);
  const projects = await db().portfolioProject.findMany({
    where: { guideId, OR: [{ archivedAt: null }, { progress: { some: { learnerId } } }] },
    orderBy: { position: "asc" },
    select: {
      id: true,
      title: true,
      difficulty: true,
      description: true,
      suggestedStack: true,
      recruiterSignals: true,
      archivedAt: true,
      subSkills: { orderBy: { subSkill: { position: "asc" } }, select: { subSkill: { select: { name: true } } } },
      progress: {
        where: { learnerId },
        select: { id: true, status: true, repoUrl: true, approvedAt: true, updatedAt: true },
      },
    },
  });
  return projects.map(({ progress, subSkills, archivedAt, ...project }) => ({
    ...project,
    archived: archivedAt !== null,
    subSkills: subSkills.map((s) => s.subSkill.name),
    progress: progress[0] ?? null,
  }));
}

export type PortfolioProjectView = Awaited<ReturnType<typeof getPortfolioForLearner>>[number];
