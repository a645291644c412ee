import "server-only";
import { ActionError } from "@/lib/actions/result";
import { learnerGuide } from "@/lib/guides/enrollment";
import type { ChecklistNoteInput, MarkResourceDoneInput, ToggleChecklistItemInput } from "@/lib/phases/schema";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const ITEM_NOT_FOUND_MESSAGE = "That checklist item doesn't exist.";
export const ITEM_ARCHIVED_MESSAGE = "This item has been archived, so it can no longer be changed.";

/**
 * The item, if it belongs to the learner's guide and is still active. Archived items (or items
 * of an archived phase) are read-only: a learner who completed one keeps it, but nothing new.
 */
async function openItem(learnerId: string, itemId: string) {
  const { guideId } = await learnerGuide(learnerId);
  const item = await db().checklistItem.findFirst({
    where: { id: itemId, phase: { guideId } },
    select: { id: true, archivedAt: true, phase: { select: { key: true, archivedAt: true } } },
  });
  if (!item) throw new ActionError(ITEM_NOT_FOUND_MESSAGE);
  if (item.archivedAt || item.phase.archivedAt) throw new ActionError(ITEM_ARCHIVED_MESSAGE);
  return item;
}

/**
 * Two first writes at once can both try to insert the same row (the learner's progress row, or
 * their enrollment in learnerGuide): the loser runs again and finds the winner's row.
 */
async function retryOnUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return write();
    throw error;
  }
}

/**
 * Ticks or unticks an item for the learner. Ticking an item that is already done keeps its
 * original completion time (a double click or a second tab changes nothing).
 */
export async function setChecklistItemCompleted(learnerId: string, input: ToggleChecklistItemInput) {
  return retryOnUnique(async () => {
    const item = await openItem(learnerId, input.itemId);
    const progress = db().checklistProgress;
    const mine = { learnerId, itemId: item.id };
    if (input.completed) {
      const { count } = await progress.updateMany({
        where: { ...mine, completedAt: null },
        data: { completedAt: new Date() },
      });
      if (count === 0) {
        await progress.upsert({
          where: { learnerId_itemId: mine },
          create: { ...mine, completedAt: new Date() },
          update: {},
        });
      }
    } else {
      await progress.updateMany({ where: mine, data: { completedAt: null } });
    }
    return { phaseKey: item.phase.key, completed: input.completed };
  });
}

/** Saves (or, when empty, clears) the learner's private note on an item. */
export async function saveChecklistNote(learnerId: string, input: ChecklistNoteInput) {
  return retryOnUnique(async () => {
    const item = await openItem(learnerId, input.itemId);
    const mine = { learnerId, itemId: item.id };
    const progress = db().checklistProgress;
    if (input.note === null) {
      await progress.updateMany({ where: mine, data: { note: null } }); // no row, nothing to clear
    } else {
      const note = input.note;
      await progress.upsert({ where: { learnerId_itemId: mine }, create: { ...mine, note }, update: { note } });
    }
    return { phaseKey: item.phase.key, note: input.note };
  });
}

export const RESOURCE_NOT_FOUND_MESSAGE = "That resource doesn't exist.";
export const RESOURCE_ARCHIVED_MESSAGE = "This resource has been archived, so it can no longer be changed.";

/**
 * Marks a resource of the learner's guide done or not done. The progress row is always
 * (caller, resource), so no input reaches another learner's record; marking it done twice
 * keeps the first time.
 */
export async function setResourceDone(learnerId: string, input: MarkResourceDoneInput) {
  const { guideId } = await learnerGuide(learnerId);
  const resource = await db().resource.findFirst({
    where: { id: input.resourceId, item: { phase: { guideId } } },
    select: {
      id: true,
      archivedAt: true,
      item: { select: { archivedAt: true, phase: { select: { key: true, archivedAt: true } } } },
    },
  });
  if (!resource) throw new ActionError(RESOURCE_NOT_FOUND_MESSAGE);
  if (resource.archivedAt || resource.item.archivedAt || resource.item.phase.archivedAt)
    throw new ActionError(RESOURCE_ARCHIVED_MESSAGE);
  const mine = { learnerId, resourceId: resource.id };
  if (input.done) await db().resourceProgress.createMany({ data: [mine], skipDuplicates: true });
  else await db().resourceProgress.deleteMany({ where: mine });
  return { phaseKey: resource.item.phase.key, done: input.done };
}
