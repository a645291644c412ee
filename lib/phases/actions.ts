"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { saveChecklistNote, setChecklistItemCompleted, setResourceDone } from "@/lib/phases/mutations";
import { checklistNoteSchema, markResourceDoneSchema, toggleChecklistItemSchema } from "@/lib/phases/schema";

/**
 * A learner's own checklist progress. The item id names curriculum, not a learner's row: the
 * progress row is always (caller, item), so no input can touch another learner's checklist.
 */

function revalidatePhase(phaseKey: string) {
  revalidatePath(`/phases/${phaseKey}`);
  revalidatePath("/phases");
  revalidatePath("/dashboard");
}

export const toggleChecklistItemAction = userAction({
  name: "checklists.toggleItem",
  schema: toggleChecklistItemSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const result = await setChecklistItemCompleted(user.id, input);
    revalidatePhase(result.phaseKey);
    return success({ completed: result.completed }, result.completed ? "Marked as done." : "Marked as not done.");
  },
});

export const saveChecklistNoteAction = userAction({
  name: "checklists.saveNote",
  schema: checklistNoteSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const result = await saveChecklistNote(user.id, input);
    revalidatePhase(result.phaseKey);
    return success({ note: result.note }, result.note ? "Note saved." : "Note removed.");
  },
});

/** A resource of a topic or action marked done (or not) by the learner, for themself only. */
export const markResourceDoneAction = userAction({
  name: "phases.markResourceDone",
  schema: markResourceDoneSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const result = await setResourceDone(user.id, input);
    revalidatePhase(result.phaseKey);
    return success({ done: result.done }, result.done ? "Marked as done." : "Marked as not done.");
  },
});
