"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { saveSubmissionDraft, submitDeliverable, type SubmissionWrite } from "@/lib/deliverables/mutations";
import { submissionSchema } from "@/lib/deliverables/schema";

/**
 * The learner side of deliverables. Each action acts on the caller's own submission: none
 * takes a learner or submission id, the submission is found by (caller, deliverable), so no
 * input can reach another learner's work. Mentors and admins review through lib/reviews.
 */

function revalidateSubmission(deliverableId: string, write: SubmissionWrite) {
  revalidatePath(`/deliverables/${deliverableId}`);
  revalidatePath(`/phases/${write.phaseKey}`);
  revalidatePath("/phases");
  revalidatePath("/dashboard");
}

export const saveSubmissionDraftAction = userAction({
  name: "submissions.saveDraft",
  schema: submissionSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const write = await saveSubmissionDraft(user.id, input);
    revalidateSubmission(input.deliverableId, write);
    return success({ version: write.version }, `Draft of version ${write.version} saved.`);
  },
});

export const submitDeliverableAction = userAction({
  name: "submissions.submit",
  schema: submissionSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const write = await submitDeliverable(user.id, input);
    revalidateSubmission(input.deliverableId, write);
    return success({ version: write.version }, `Version ${write.version} submitted for review.`);
  },
});
