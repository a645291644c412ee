import { z } from "zod";
import { hiddenIdField } from "@/lib/validation/fields";
import { EMPTY_FILE_MESSAGE, MAX_ATTACHMENT_BYTES, TOO_LARGE_MESSAGE } from "@/lib/attachments/rules";

export const CHOOSE_FILE_MESSAGE = "Choose a file to attach.";

/**
 * A file from a form. Checked as a Blob with a name rather than `instanceof File`: the File a
 * server action receives comes from the runtime's own FormData implementation.
 */
const uploadedFile = z
  .custom<File>((value) => value instanceof Blob && typeof (value as { name?: unknown }).name === "string", {
    error: CHOOSE_FILE_MESSAGE,
  })
  .refine((file) => file.size > 0 || file.name !== "", { error: CHOOSE_FILE_MESSAGE, abort: true })
  .refine((file) => file.size > 0, { error: EMPTY_FILE_MESSAGE, abort: true })
  .refine((file) => file.size <= MAX_ATTACHMENT_BYTES, { error: TOO_LARGE_MESSAGE });

/** Attach one file to the caller's own unsubmitted version (its id is on the page). */
export const addAttachmentSchema = z.object({
  versionId: hiddenIdField("version"),
  file: uploadedFile,
});
export type AddAttachmentInput = z.infer<typeof addAttachmentSchema>;

export const removeAttachmentSchema = z.object({ attachmentId: hiddenIdField("file") });
export type RemoveAttachmentInput = z.infer<typeof removeAttachmentSchema>;
