import { z } from "zod";
import { booleanField, idField } from "@/lib/validation/fields";

/** One zod schema per input, shared by the checklist leaves and the server actions. */

export const NOTE_MAX_LENGTH = 2_000;
export const NOTE_TOO_LONG_MESSAGE = `Keep the note under ${NOTE_MAX_LENGTH.toLocaleString("en-US")} characters.`;

export const toggleChecklistItemSchema = z.object({
  itemId: idField("checklist item"),
  completed: booleanField("Say whether the item is done."),
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

export const markResourceDoneSchema = z.object({
  resourceId: idField("resource"),
  done: booleanField("Say whether the resource is done."),
});
export type MarkResourceDoneInput = z.infer<typeof markResourceDoneSchema>;
