"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { addAttachment, removeAttachment, type AttachmentWrite } from "@/lib/attachments/mutations";
import { addAttachmentSchema, removeAttachmentSchema } from "@/lib/attachments/schema";

/**
 * Learners attach files to their own unsubmitted versions. Each action finds the version or
 * file through the caller's own submissions (`submission.learnerId = caller`), so an id of
 * someone else's reads as "doesn't exist". Downloads go through app/api/attachments/[id].
 */

function revalidate({ learnerHref }: AttachmentWrite) {
  revalidatePath(learnerHref);
}

export const addAttachmentAction = userAction({
  name: "attachments.add",
  schema: addAttachmentSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const written = await addAttachment(user.id, input.versionId, input.file);
    revalidate(written);
    return success(undefined, "File attached.");
  },
});

export const removeAttachmentAction = userAction({
  name: "attachments.remove",
  schema: removeAttachmentSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const written = await removeAttachment(user.id, input.attachmentId);
    revalidate(written);
    return success(undefined, "File removed.");
  },
});
