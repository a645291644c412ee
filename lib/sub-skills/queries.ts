import "server-only";
import { db } from "@/lib/db";
import { learnerGuide } from "@/lib/guides/enrollment";

/**
 * One sub-skill of the learner's guide as the learner sees it: what it is, the guide's example
 * tasks, and the deliverables and projects that give evidence for it with the learner's own
 * status on each (scoped to the learner in the WHERE clause).
 */
export async function getSubSkillForLearner(learnerId: string, subSkillKey: string) {
  const { guideId } = await learnerGuide(learnerId);
  const subSkill = await db().subSkill.findUnique({
    where: { guideId_key: { guideId, key: subSkillKey } },
    select: {
      name: true,
      description: true,
      weightPercent: true,
      exampleTasks: true,
      archivedAt: true,
      deliverables: {
        where: { deliverable: { archivedAt: null, phase: { archivedAt: null } } },
        orderBy: [{ deliverable: { phase: { position: "asc" } } }, { deliverable: { position: "asc" } }],
        select: {
          deliverable: {
            select: {
              id: true,
              title: true,
              phase: { select: { key: true, title: true } },
              submissions: { where: { learnerId }, select: { status: true } },
            },
          },
        },
      },
      projects: {
        where: { project: { archivedAt: null } },
        orderBy: { project: { position: "asc" } },
        select: {
          project: { select: { id: true, title: true, progress: { where: { learnerId }, select: { status: true } } } },
        },
      },
    },
  });
  if (!subSkill) return null;
  return {
    name: subSkill.name,
    description: subSkill.description,
    weightPercent: subSkill.weightPercent,
    exampleTasks: subSkill.exampleTasks,
    archived: subSkill.archivedAt !== null,
    deliverables: subSkill.deliverables.map(({ deliverable: d }) => ({
      id: d.id,
      title: d.title,
      phaseKey: d.phase.key,
      phaseTitle: d.phase.title,
      approved: d.submissions[0]?.status === "APPROVED",
    })),
    projects: subSkill.projects.map(({ project: p }) => ({
      id: p.id,
      title: p.title,
      approved: p.progress[0]?.status === "APPROVED",
    })),
  };
}

export type LearnerSubSkill = NonNullable<Awaited<ReturnType<typeof getSubSkillForLearner>>>;
