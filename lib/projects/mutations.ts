import "server-only";
import { ActionError } from "@/lib/actions/result";
import { purgeFiles } from "@/lib/attachments/mutations";
import { retryingOnce, submitVersion, writeDraftVersion } from "@/lib/deliverables/mutations";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  LEARNER_PROJECT_STATUSES,
  ONLY_REVIEWERS_APPROVE_MESSAGE,
  PROJECT_APPROVED_FINAL_MESSAGE,
  PROJECT_IN_REVIEW_MESSAGE,
  isLearnerProjectStatus,
} from "@/lib/projects/rules";
import {
  DESCRIPTION_REQUIRED_FOR_REVIEW_MESSAGE,
  REPO_REQUIRED_MESSAGE,
  type AddOwnProjectInput,
  type DropProjectInput,
  type EditOwnProjectInput,
  type PickProjectInput,
  type SubmitProjectInput,
  type UpdateProjectProgressInput,
} from "@/lib/projects/schema";

export const PROJECT_NOT_FOUND_MESSAGE = "That project idea doesn't exist.";
export const PROJECT_ARCHIVED_MESSAGE = "This project idea has been archived. Choose another one.";
export const PROGRESS_NOT_FOUND_MESSAGE = "That project isn't in your list.";
export const SUB_SKILLS_UNKNOWN_MESSAGE = "Choose sub-skills from your guide's list.";

type Tx = Prisma.TransactionClient;

/** Rows the learner may still change: neither waiting for review nor approved. */
const editable = { status: { in: [...LEARNER_PROJECT_STATUSES] } } satisfies Prisma.ProjectProgressWhereInput;

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
 * The sub-skills an own project may name: the guide's active ones, and any it already names
 * (a sub-skill archived since stays linked until the learner unticks it).
 */
async function checkedSubSkills(tx: Tx, guideId: string, chosen: readonly string[], progressId?: string) {
  const unique = [...new Set(chosen)];
  const found = await tx.subSkill.findMany({
    where: {
      id: { in: unique },
      guideId,
      OR: [{ archivedAt: null }, ...(progressId ? [{ ownProjects: { some: { progressId } } }] : [])],
    },
    select: { id: true },
  });
  if (found.length !== unique.length) {
    throw new ActionError(SUB_SKILLS_UNKNOWN_MESSAGE, { subSkillIds: [SUB_SKILLS_UNKNOWN_MESSAGE] });
  }
  return unique;
}

const ownDetails = (input: AddOwnProjectInput) => ({
  title: input.title,
  description: input.description ?? "",
  repoUrl: input.repoUrl,
  demoUrl: input.demoUrl,
  stack: input.stack,
});

/** Adds the learner's own project (PLANNED) on their guide, with the sub-skills it touches. */
export async function addOwnProject(learnerId: string, input: AddOwnProjectInput) {
  const { guideId } = await learnerGuide(learnerId);
  return db().$transaction(async (tx) => {
    const subSkillIds = await checkedSubSkills(tx, guideId, input.subSkillIds);
    return tx.projectProgress.create({
      data: {
        learnerId,
        guideId,
        ...ownDetails(input),
        subSkills: { create: subSkillIds.map((subSkillId) => ({ subSkillId })) },
      },
      select: { id: true },
    });
  });
}

/**
 * Why a write to the learner's progress row matched nothing: not theirs (or gone), in review,
 * or approved meanwhile. Looked up by id AND learner, so another learner's row is "not found".
 */
async function explainNoMatch(learnerId: string, progressId: string, tx: Tx = db()): Promise<never> {
  const row = await tx.projectProgress.findFirst({ where: { id: progressId, learnerId }, select: { status: true } });
  throw new ActionError(
    row?.status === "APPROVED"
      ? PROJECT_APPROVED_FINAL_MESSAGE
      : row?.status === "SUBMITTED"
        ? PROJECT_IN_REVIEW_MESSAGE
        : PROGRESS_NOT_FOUND_MESSAGE,
  );
}

/**
 * Mirrors the saved project into its unsubmitted version, started on the first save (a DRAFT
 * submission, or the next version after changes were requested): files attach to that version
 * on the project page, and "Submit for review" submits that same row, so they freeze with it.
 */
async function writeProjectDraft(tx: Tx, learnerId: string, progressId: string) {
  const row = await tx.projectProgress.findUniqueOrThrow({
    where: { id: progressId },
    select: { repoUrl: true, demoUrl: true, description: true },
  });
  await writeDraftVersion(tx, learnerId, { projectProgressId: progressId }, { ...row, docUrl: null });
}

/** Edits the learner's own project while it can change; its sub-skills are replaced by the ticked ones. */
export async function editOwnProject(learnerId: string, input: EditOwnProjectInput) {
  const { guideId } = await learnerGuide(learnerId);
  // Two first saves at once both start a draft submission: the loser runs again and finds it.
  return retryingOnce(() =>
    db().$transaction(async (tx) => {
      const where = { id: input.progressId, learnerId, projectId: null, ...editable };
      const { count } = await tx.projectProgress.updateMany({
        where,
        data: { status: input.status, ...ownDetails(input) },
      });
      if (count === 0) await explainNoMatch(learnerId, input.progressId, tx);
      const subSkillIds = await checkedSubSkills(tx, guideId, input.subSkillIds, input.progressId);
      await tx.projectProgressSubSkill.deleteMany({ where: { progressId: input.progressId } });
      await tx.projectProgressSubSkill.createMany({
        data: subSkillIds.map((subSkillId) => ({ progressId: input.progressId, subSkillId })),
      });
      await writeProjectDraft(tx, learnerId, input.progressId);
      return { status: input.status };
    }),
  );
}

/**
 * Sets the status and links (and, when given, the notes) of one of the learner's projects.
 * The target status is never SUBMITTED or APPROVED — the schema refuses them, and so does this
 * function if a caller skips the schema. The WHERE clause leaves a project in review or
 * approved alone, so a reviewer deciding at the same moment is never overwritten.
 */
export async function updateProjectProgress(learnerId: string, input: UpdateProjectProgressInput) {
  if (!isLearnerProjectStatus(input.status)) throw new ActionError(ONLY_REVIEWERS_APPROVE_MESSAGE);
  return retryingOnce(() =>
    db().$transaction(async (tx) => {
      const { count } = await tx.projectProgress.updateMany({
        where: { id: input.progressId, learnerId, ...editable },
        data: {
          status: input.status,
          repoUrl: input.repoUrl,
          ...(input.demoUrl === undefined ? {} : { demoUrl: input.demoUrl }),
          ...(input.description === undefined ? {} : { description: input.description ?? "" }),
        },
      });
      if (count === 0) await explainNoMatch(learnerId, input.progressId, tx);
      await writeProjectDraft(tx, learnerId, input.progressId);
      return { status: input.status, repoUrl: input.repoUrl };
    }),
  );
}

/**
 * "Submit for review": the project as saved becomes the next version of its submission (the
 * deliverables' workflow, lib/deliverables/mutations.ts#submitVersion) — the draft version the
 * saves wrote, with its files, when there is one — and the project SUBMITTED. The conditional update on the project's status comes first, so a double submit
 * waits on the row and then finds it in review: one version.
 */
export async function submitProject(learnerId: string, input: SubmitProjectInput) {
  return retryingOnce(() =>
    db().$transaction(async (tx) => {
      const row = await tx.projectProgress.findFirst({
        where: { id: input.progressId, learnerId },
        select: { id: true, status: true, repoUrl: true, demoUrl: true, description: true },
      });
      if (!row) throw new ActionError(PROGRESS_NOT_FOUND_MESSAGE);
      if (isLearnerProjectStatus(row.status)) {
        if (!row.repoUrl) throw new ActionError(REPO_REQUIRED_MESSAGE, { repoUrl: [REPO_REQUIRED_MESSAGE] });
        if (!row.description.trim()) {
          throw new ActionError(DESCRIPTION_REQUIRED_FOR_REVIEW_MESSAGE, {
            description: [DESCRIPTION_REQUIRED_FOR_REVIEW_MESSAGE],
          });
        }
      }
      const { count } = await tx.projectProgress.updateMany({
        where: { id: row.id, learnerId, ...editable },
        data: { status: "SUBMITTED" },
      });
      if (count === 0) await explainNoMatch(learnerId, row.id, tx);
      return submitVersion(
        tx,
        learnerId,
        { projectProgressId: row.id },
        { repoUrl: row.repoUrl, demoUrl: row.demoUrl, docUrl: null, description: row.description },
      );
    }),
  );
}

/**
 * Removes a project from the learner's list (not one in review or approved: that is evidence).
 * Its submission, versions and files cascade; files kept outside PostgreSQL are read first and
 * purged after the delete commits, as for a deleted account.
 */
export async function dropProject(learnerId: string, input: DropProjectInput) {
  const external = await db().attachment.findMany({
    where: {
      storage: { not: "postgres" },
      version: { submission: { learnerId, projectProgressId: input.progressId } },
    },
    select: { id: true, storage: true, storageKey: true },
  });
  const { count } = await db().projectProgress.deleteMany({
    where: { id: input.progressId, learnerId, ...editable },
  });
  if (count === 0) await explainNoMatch(learnerId, input.progressId);
  await purgeFiles(external).catch((purge) => console.error("[projects] purge failed", purge));
}
