import "server-only";
import { ActionError } from "@/lib/actions/result";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifySubmissionReviewers } from "@/lib/notifications/events";
import type { SubmissionInput } from "@/lib/deliverables/schema";
import { planDraftSave, planSubmit, type SubmissionState } from "@/lib/deliverables/rules";

export const DELIVERABLE_NOT_FOUND_MESSAGE = "That deliverable doesn't exist.";
export const DELIVERABLE_ARCHIVED_MESSAGE = "This deliverable has been archived and no longer takes submissions.";
export const CONFLICT_MESSAGE = "This submission changed in the meantime. Reload the page and try again.";

type Tx = Prisma.TransactionClient;
export type SubmissionWrite = { submissionId: string; version: number; phaseKey: string };

/**
 * Thrown inside a transaction when the submission is no longer in the state the plan was made
 * for (another tab or a double click got there first). The transaction rolls back and runs once
 * more from a fresh read, which then refuses with the right message ("already submitted").
 */
class StaleStateError extends Error {}

/** Runs `write` again once if it lost a race (stale state or a unique constraint). */
export async function retryingOnce<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const lostRace =
      error instanceof StaleStateError ||
      (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002");
    if (!lostRace) throw error;
    try {
      return await write();
    } catch (again) {
      if (again instanceof StaleStateError) throw new ActionError(CONFLICT_MESSAGE);
      throw again;
    }
  }
}

/** The deliverable, if it belongs to the learner's guide and still takes work. */
async function openDeliverable(tx: Tx, guideId: string, deliverableId: string) {
  const deliverable = await tx.deliverable.findFirst({
    where: { id: deliverableId, phase: { guideId } },
    select: { id: true, archivedAt: true, phase: { select: { key: true, archivedAt: true } } },
  });
  if (!deliverable) throw new ActionError(DELIVERABLE_NOT_FOUND_MESSAGE);
  if (deliverable.archivedAt || deliverable.phase.archivedAt) throw new ActionError(DELIVERABLE_ARCHIVED_MESSAGE);
  return deliverable;
}

/**
 * What a submission is for: a deliverable, or a portfolio project (lib/projects submits one
 * through `submitVersion` below, so both share the versions and their transition table).
 */
export type WorkTarget = { deliverableId: string } | { projectProgressId: string };

/** The learner's own submission (looked up by learner AND the work: never someone else's). */
async function currentState(tx: Tx, learnerId: string, target: WorkTarget) {
  const row = await tx.submission.findFirst({
    where: { learnerId, ...target },
    select: {
      id: true,
      status: true,
      currentVersion: true,
      versions: { where: { submittedAt: null }, orderBy: { number: "desc" }, take: 1, select: { number: true } },
    },
  });
  if (!row) return null;
  const state: SubmissionState = {
    status: row.status,
    currentVersion: row.currentVersion,
    draftVersion: row.versions[0]?.number ?? null,
  };
  return { id: row.id, state };
}

/**
 * Locks the submission row and checks, in the same statement, that it is still in the state
 * read before. A concurrent writer blocks here until the first commits, then matches nothing.
 */
async function claim(tx: Tx, id: string, state: SubmissionState, data: Prisma.SubmissionUpdateManyMutationInput = {}) {
  const { count } = await tx.submission.updateMany({
    where: { id, status: state.status, currentVersion: state.currentVersion },
    data: { updatedAt: new Date(), ...data },
  });
  if (count === 0) throw new StaleStateError();
}

export type VersionContent = Pick<SubmissionInput, "repoUrl" | "demoUrl" | "docUrl" | "description">;

const contentOf = (input: VersionContent) => ({
  repoUrl: input.repoUrl,
  demoUrl: input.demoUrl,
  docUrl: input.docUrl,
  description: input.description,
});

/**
 * Writes `content` into the learner's unsubmitted version of the work, starting it when there
 * is none: a DRAFT submission with version 1, or the next version's draft row after changes
 * were requested. Files attach to this version (lib/attachments) and `submitVersion` later
 * submits this same row, so they freeze with it. A submitted version is never written to
 * (planDraftSave refuses while one awaits review). Runs inside the caller's transaction.
 */
export async function writeDraftVersion(
  tx: Tx,
  learnerId: string,
  target: WorkTarget,
  content: VersionContent,
): Promise<{ submissionId: string; version: number; versionId: string }> {
  const current = await currentState(tx, learnerId, target);
  const plan = planDraftSave(current?.state ?? null);
  if (plan.kind === "refuse") throw new ActionError(plan.reason);
  if (plan.kind === "create" || !current) {
    const created = await tx.submission.create({
      data: {
        learnerId,
        ...target,
        status: "DRAFT",
        currentVersion: 1,
        versions: { create: { number: 1, ...contentOf(content) } },
        statusChanges: { create: { actorId: learnerId, fromStatus: null, toStatus: "DRAFT" } },
      },
      select: { id: true, versions: { select: { id: true } } },
    });
    return { submissionId: created.id, version: 1, versionId: created.versions[0]!.id };
  }
  await claim(tx, current.id, current.state);
  // The claim locks the submission, so the draft row read here is still unsubmitted when written.
  const draft = await tx.submissionVersion.findFirst({
    where: { submissionId: current.id, number: plan.number, submittedAt: null },
    select: { id: true },
  });
  // No draft row of the next version yet: start one (the unique number guards a race).
  const written = draft
    ? await tx.submissionVersion.update({ where: { id: draft.id }, data: contentOf(content), select: { id: true } })
    : await tx.submissionVersion.create({
        data: { submissionId: current.id, number: plan.number, ...contentOf(content) },
        select: { id: true },
      });
  return { submissionId: current.id, version: plan.number, versionId: written.id };
}

/**
 * "Save draft": creates the submission as a DRAFT (version 1), or overwrites the unsubmitted
 * version — the first draft, or the next version being prepared after changes were requested.
 */
export async function saveSubmissionDraft(learnerId: string, input: SubmissionInput): Promise<SubmissionWrite> {
  // learnerGuide enrolls on first use, so it is inside the retry too (two first requests race).
  return retryingOnce(async () => {
    const { guideId } = await learnerGuide(learnerId);
    return db().$transaction(async (tx) => {
      const deliverable = await openDeliverable(tx, guideId, input.deliverableId);
      const written = await writeDraftVersion(tx, learnerId, { deliverableId: deliverable.id }, input);
      return { submissionId: written.submissionId, version: written.version, phaseKey: deliverable.phase.key };
    });
  });
}

/**
 * "Submit for review": submits the working version with the form's content — version 1 of a
 * new or draft submission, or version N+1 after changes were requested (earlier versions are
 * left as they were). Two submits at once create one version: a first submission is guarded
 * by the unique (learnerId, deliverableId) or projectProgressId, a later one by the conditional
 * update on status, and the version itself by the unique (submissionId, number). Runs inside
 * the caller's transaction and notifies the reviewers in it.
 */
export async function submitVersion(
  tx: Tx,
  learnerId: string,
  target: WorkTarget,
  content: VersionContent,
): Promise<{ submissionId: string; version: number }> {
  const current = await currentState(tx, learnerId, target);
  const plan = planSubmit(current?.state ?? null);
  if (plan.kind === "refuse") throw new ActionError(plan.reason);
  const now = new Date();
  if (plan.kind === "create" || !current) {
    const created = await tx.submission.create({
      data: {
        learnerId,
        ...target,
        status: "SUBMITTED",
        currentVersion: 1,
        submittedAt: now,
        versions: { create: { number: 1, ...contentOf(content), submittedAt: now } },
        statusChanges: { create: { actorId: learnerId, fromStatus: null, toStatus: "SUBMITTED" } },
      },
      select: { id: true },
    });
    await notifySubmissionReviewers(tx, created.id);
    return { submissionId: created.id, version: 1 };
  }
  await claim(tx, current.id, current.state, {
    status: "SUBMITTED",
    currentVersion: plan.number,
    submittedAt: now,
  });
  if (plan.hasDraftRow) {
    const { count } = await tx.submissionVersion.updateMany({
      where: { submissionId: current.id, number: plan.number, submittedAt: null },
      data: { ...contentOf(content), submittedAt: now },
    });
    if (count === 0) throw new StaleStateError();
  } else {
    await tx.submissionVersion.create({
      data: { submissionId: current.id, number: plan.number, ...contentOf(content), submittedAt: now },
    });
  }
  await tx.submissionStatusChange.create({
    data: { submissionId: current.id, actorId: learnerId, fromStatus: plan.from, toStatus: "SUBMITTED" },
  });
  await notifySubmissionReviewers(tx, current.id);
  return { submissionId: current.id, version: plan.number };
}

/** A deliverable's "Submit for review" (the form's content, through `submitVersion`). */
export async function submitDeliverable(learnerId: string, input: SubmissionInput): Promise<SubmissionWrite> {
  // learnerGuide enrolls on first use, so it is inside the retry too (two first requests race).
  return retryingOnce(async () => {
    const { guideId } = await learnerGuide(learnerId);
    return db().$transaction(async (tx) => {
      const deliverable = await openDeliverable(tx, guideId, input.deliverableId);
      const written = await submitVersion(tx, learnerId, { deliverableId: deliverable.id }, input);
      return { ...written, phaseKey: deliverable.phase.key };
    });
  });
}
