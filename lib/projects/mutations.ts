import "server-only";
import { ActionError } from "@/lib/actions/result";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  ONLY_REVIEWERS_APPROVE_MESSAGE,
  PROJECT_APPROVED_FINAL_MESSAGE,
  isLearnerProjectStatus,
} from "@/lib/projects/rules";
import type { DropProjectInput, PickProjectInput, UpdateProjectProgressInput } from "@/lib/projects/schema";

export const PROJECT_NOT_FOUND_MESSAGE = "That project idea doesn't exist.";
export const PROJECT_ARCHIVED_MESSAGE = "This project idea has been archived. Choose another one.";
export const PROGRESS_NOT_FOUND_MESSAGE = "That project isn't in your list.";

/**
 * Picks a project idea: a ProjectProgress row in PLANNED. Picking one already in the list
 * changes nothing (a double click, a second tab), so this is an upsert with an empty update.
 */
export async function pickProject(learnerId: string, input: PickProjectInput) {
  const pick = async () => {
    const { guideId } = await learnerGuide(learnerId);
    const project = await db().portfolioProject.findFirst({
      where: { id: input.projectId, guideId },
      select: { id: true, archivedAt: true },
    });
    if (!project) throw new ActionError(PROJECT_NOT_FOUND_MESSAGE);
    if (project.archivedAt) throw new ActionError(PROJECT_ARCHIVED_MESSAGE);
    const mine = { learnerId, projectId: project.id };
    return db().projectProgress.upsert({
      where: { learnerId_projectId: mine },
      create: mine,
      update: {},
      select: { id: true, status: true },
    });
  };
  try {
    return await pick();
  } catch (error) {
    // Two first picks at once (or two first-ever requests enrolling): the loser finds the winner's rows.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return pick();
    throw error;
  }
}

/**
 * Why a write to the learner's progress row matched nothing: not theirs (or gone), or approved
 * meanwhile. Looked up by id AND learner, so another learner's row is simply "not found".
 */
async function explainNoMatch(learnerId: string, progressId: string): Promise<never> {
  const row = await db().projectProgress.findFirst({ where: { id: progressId, learnerId }, select: { status: true } });
  throw new ActionError(row?.status === "APPROVED" ? PROJECT_APPROVED_FINAL_MESSAGE : PROGRESS_NOT_FOUND_MESSAGE);
}

/**
 * Sets the status and repository link of one of the learner's projects (learnerCanSetProjectStatus
 * in two halves). The target: never APPROVED — the schema refuses it, and so does this function
 * if a caller skips the schema. The source: the WHERE clause leaves an approved row alone, so a
 * reviewer approving at the same moment is never overwritten.
 */
export async function updateProjectProgress(learnerId: string, input: UpdateProjectProgressInput) {
  if (!isLearnerProjectStatus(input.status)) throw new ActionError(ONLY_REVIEWERS_APPROVE_MESSAGE);
  const { count } = await db().projectProgress.updateMany({
    where: { id: input.progressId, learnerId, status: { not: "APPROVED" } },
    data: { status: input.status, repoUrl: input.repoUrl },
  });
  if (count === 0) await explainNoMatch(learnerId, input.progressId);
  return { status: input.status, repoUrl: input.repoUrl };
}

/** Removes a project from the learner's list (not an approved one: that is evidence). */
export async function dropProject(learnerId: string, input: DropProjectInput) {
  const { count } = await db().projectProgress.deleteMany({
    where: { id: input.progressId, learnerId, status: { not: "APPROVED" } },
  });
  if (count === 0) await explainNoMatch(learnerId, input.progressId);
}
