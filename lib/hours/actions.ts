"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { formatMinutes } from "@/lib/progress/path";
import { fromDbDate } from "@/lib/progress/calendar";
import { deleteTimeEntry, importTimeEntries, logHours, updateTimeEntry } from "@/lib/hours/mutations";
import { countOf, formatIsoDate } from "@/lib/ui/format";
import {
  deleteTimeEntrySchema,
  importTimeEntriesSchema,
  logHoursSchema,
  updateTimeEntrySchema,
} from "@/lib/hours/schema";

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

export const importTimeEntriesAction = userAction({
  name: "hours.import",
  schema: importTimeEntriesSchema,
  roles: LEARNERS_ONLY,
  handler: async (input, user) => {
    const { imported, duplicate } = await importTimeEntries(user, input);
    revalidateHours();
    const entries = countOf(imported, "entry", "entries");
    return success({ imported }, duplicate ? `This file was already imported (${entries}).` : `Imported ${entries}.`);
  },
});
