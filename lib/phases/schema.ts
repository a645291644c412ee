import { z } from "zod";
import { idField } from "@/lib/validation/fields";

/** One zod schema per input, shared by the checklist leaves and the server actions. */

export const NOTE_MAX_LENGTH = 2_000;
export const NOTE_TOO_LONG_MESSAGE = `Keep the note under ${NOTE_MAX_LENGTH.toLocaleString("en-US")} characters.`;

/** A checkbox state: a boolean from code, "true"/"false" (or "on") from a form. */
const checkedSchema = z.preprocess(
  (value) => (value === "true" || value === "on" ? true : value === "false" ? false : value),
  z.boolean({ error: "Say whether the item is done." }),
);

export const toggleChecklistItemSchema = z.object({
  itemId: idField("checklist item"),
  completed: checkedSchema,
});
export type ToggleChecklistItemInput = z.infer<typeof toggleChecklistItemSchema>;

export const checklistNoteSchema = z.object({
  itemId: idField("checklist item"),
  // Empty (or only spaces) clears the note.
  note: z
    .string({ error: "Write a note, or leave it empty to remove it." })
    .trim()
    .max(NOTE_MAX_LENGTH, { error: NOTE_TOO_LONG_MESSAGE })
    .transform((note) => note || null),
});
export type ChecklistNoteInput = z.infer<typeof checklistNoteSchema>;
