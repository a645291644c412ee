import "server-only";
import { LEARNER_SUBMISSION_SELECT } from "@/lib/deliverables/selects";
import type { SubmissionState } from "@/lib/deliverables/rules";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { offsetOf, pageCountOf } from "@/lib/paging";

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

/** Own projects listed per page on /projects (a learner may add many). */
export const OWN_PROJECTS_PAGE_SIZE = 10;

/** The learner's own projects on their guide, newest first, one page of them. */
export async function getOwnProjects(learnerId: string, page = 1) {
  const { guideId } = await learnerGuide(learnerId);
  const where = { learnerId, guideId, projectId: null };
  const [total, rows] = await Promise.all([
    db().projectProgress.count({ where }),
    db().projectProgress.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: offsetOf(Math.max(1, page), OWN_PROJECTS_PAGE_SIZE),
      take: OWN_PROJECTS_PAGE_SIZE,
      select: { id: true, title: true, status: true, stack: true, repoUrl: true, updatedAt: true },
    }),
  ]);
  return {
    items: rows.map((r) => ({ ...r, title: r.title ?? "" })),
    total,
    page,
    pageCount: pageCountOf(total, OWN_PROJECTS_PAGE_SIZE),
  };
}

/** The sub-skills an own project can name: the learner's guide's active ones, in order. */
export async function getProjectSubSkillChoices(learnerId: string) {
  const { guideId } = await learnerGuide(learnerId);
  return db().subSkill.findMany({
    where: { guideId, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * One of the learner's projects with its review history, found by id AND learner (another
 * learner's id is not found): its details (a guide idea's from the idea), the sub-skills it
 * gives evidence for, and its submission with every version, review and comment.
 */
export async function getProjectForLearner(learnerId: string, progressId: string) {
  const row = await db().projectProgress.findFirst({
    where: { id: progressId, learnerId },
    select: {
      id: true,
      status: true,
      title: true,
      description: true,
      repoUrl: true,
      demoUrl: true,
      stack: true,
      approvedAt: true,
      subSkills: {
        orderBy: { subSkill: { position: "asc" } },
        select: { subSkill: { select: { id: true, name: true } } },
      },
      project: {
        select: {
          title: true,
          description: true,
          suggestedStack: true,
          archivedAt: true,
          subSkills: {
            orderBy: { subSkill: { position: "asc" } },
            select: { subSkill: { select: { id: true, name: true } } },
          },
        },
      },
      submission: { select: LEARNER_SUBMISSION_SELECT },
    },
  });
  if (!row) return null;
  const { project: idea, submission, subSkills, ...progress } = row;
  const draft = submission?.versions.find((v) => v.submittedAt === null) ?? null;
  const state: SubmissionState | null = submission
    ? { status: submission.status, currentVersion: submission.currentVersion, draftVersion: draft?.number ?? null }
    : null;
  return {
    progress,
    own: idea === null,
    title: idea?.title ?? progress.title ?? "",
    /** What the guide suggests for an idea (the learner's own notes are `progress.description`). */
    idea: idea && { description: idea.description, suggestedStack: idea.suggestedStack, archived: !!idea.archivedAt },
    subSkills: (idea ? idea.subSkills : subSkills).map((s) => s.subSkill),
    submission,
    state,
    // Files belong to a version: the draft the project's saves write (lib/projects/mutations.ts).
    draftFiles: { versionId: draft?.id ?? null, attachments: draft?.attachments ?? [] },
  };
}

export type ProjectPageData = NonNullable<Awaited<ReturnType<typeof getProjectForLearner>>>;
