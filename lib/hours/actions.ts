"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { formatMinutes } from "@/lib/progress/path";
import { fromDbDate } from "@/lib/progress/calendar";
import { deleteTimeEntry, logHours, updateTimeEntry } from "@/lib/hours/mutations";
import { deleteImportRule, importTimeEntries, planFor, saveImportRule } from "@/lib/hours/import-mutations";
import { previewOf } from "@/lib/hours/import-preview";
import { countOf, formatIsoDate } from "@/lib/ui/format";
import {
  deleteImportRuleSchema,
  deleteTimeEntrySchema,
  importTimeEntriesSchema,
  logHoursSchema,
  previewImportSchema,
  saveImportRuleSchema,
  updateTimeEntrySchema,
} from "@/lib/hours/schema";
import { discardTimer, startTimer, stopTimer } from "@/lib/hours/timer";
import { discardTimerSchema, startTimerSchema, stopTimerSchema } from "@/lib/hours/timer-schema";

/**
 * Hours are a learner's own record of study, so these actions are self-only: none takes a
 * learner id, each acts on the caller, and only learners may call them. Mentors read a
 * mentee's hours but never log them, and an admin editing someone's hours is not a feature.
 */

const LEARNERS_ONLY = ["LEARNER"] as const;

function revalidateHours() {
  revalidatePath("/hours");
  revalidatePath("/dashboard");
}

export const logHoursAction = userAction({
  name: "hours.log",
  schema: logHoursSchema,
  roles: LEARNERS_ONLY,
  handler: async (input, user) => {
    const entry = await logHours(user, input);
    revalidateHours();
    const what = `${formatMinutes(entry.minutes)} on ${formatIsoDate(fromDbDate(entry.date))}`;
    // A replayed submit reports the first one's success: from the learner's side it is the same click.
    return success({ id: entry.id }, `Logged ${what}.`);
  },
});

export const updateTimeEntryAction = userAction({
  name: "hours.update",
  schema: updateTimeEntrySchema,
  roles: LEARNERS_ONLY,
  handler: async (input, user) => {
    await updateTimeEntry(user, input);
    revalidateHours();
    return success({ id: input.id }, "Entry updated.");
  },
});

export const deleteTimeEntryAction = userAction({
  name: "hours.delete",
  schema: deleteTimeEntrySchema,
  roles: LEARNERS_ONLY,
  handler: async ({ id }, user) => {
    await deleteTimeEntry(user, id);
    revalidateHours();
    return success({ id }, "Entry deleted.");
  },
});

/** What importing the file would do, entry by entry; writes nothing. */
export const previewImportAction = userAction({
  name: "hours.previewImport",
  schema: previewImportSchema,
  roles: LEARNERS_ONLY,
  handler: async (input, user) => success(previewOf(await planFor(user, input))),
});

export const importTimeEntriesAction = userAction({
  name: "hours.import",
  schema: importTimeEntriesSchema,
  roles: LEARNERS_ONLY,
  handler: async (input, user) => {
    const { imported, duplicates } = await importTimeEntries(user, input);
    if (imported > 0) revalidateHours();
    const entries = (n: number) => countOf(n, "entry", "entries");
    const message =
      imported === 0
        ? `This file was already imported (${entries(duplicates)}).`
        : duplicates > 0
          ? `Imported ${entries(imported)}; ${entries(duplicates)} had been imported before.`
          : `Imported ${entries(imported)}.`;
    return success({ imported: imported === 0 ? duplicates : imported }, message);
  },
});

export const saveImportRuleAction = userAction({
  name: "hours.saveImportRule",
  schema: saveImportRuleSchema,
  roles: LEARNERS_ONLY,
  handler: async (input, user) => {
    const rule = await saveImportRule(user, input);
    revalidatePath("/hours");
    return success(rule, "Rule saved.");
  },
});

export const deleteImportRuleAction = userAction({
  name: "hours.deleteImportRule",
  schema: deleteImportRuleSchema,
  roles: LEARNERS_ONLY,
  handler: async ({ id }, user) => {
    await deleteImportRule(user, id);
    revalidatePath("/hours");
    return success({ id }, "Rule deleted.");
  },
});

// ─── The header's timer ─────────────────────────────────────────────────────
// The timer shows in the header of every page, so a change refreshes the whole layout.
const revalidateTimer = () => revalidatePath("/", "layout");

export const startTimerAction = userAction({
  name: "hours.startTimer",
  schema: startTimerSchema,
  roles: LEARNERS_ONLY,
  handler: async (input, user) => {
    const startedAt = await startTimer(user, input);
    revalidateTimer();
    return success({ startedAt: startedAt.toISOString() }, "Timer started.");
  },
});

export const stopTimerAction = userAction({
  name: "hours.stopTimer",
  schema: stopTimerSchema,
  roles: LEARNERS_ONLY,
  handler: async (input, user) => {
    const parts = await stopTimer(user, input);
    revalidateTimer();
    const logged = parts.map((p) => `${formatMinutes(p.minutes)} on ${formatIsoDate(p.date)}`).join(" and ");
    return success({ entries: parts.length }, `Timer stopped: logged ${logged}.`);
  },
});

export const discardTimerAction = userAction({
  name: "hours.discardTimer",
  schema: discardTimerSchema,
  roles: LEARNERS_ONLY,
  handler: async (_input, user) => {
    const discarded = await discardTimer(user);
    revalidateTimer();
    return success(undefined, discarded ? "Timer discarded; nothing was logged." : "No timer was running.");
  },
});
