"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { saveSubmissionDraft, submitDeliverable, type SubmissionWrite } from "@/lib/deliverables/mutations";
import { submissionSchema, type SubmissionInput } from "@/lib/deliverables/schema";

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

/** Saving a draft and submitting differ only in the write and what the learner is told. */
function submissionAction(
  name: string,
  write: (learnerId: string, input: SubmissionInput) => Promise<SubmissionWrite>,
  message: (version: number) => string,
) {
  return userAction({
    name: `submissions.${name}`,
    schema: submissionSchema,
    roles: ["LEARNER"],
    handler: async (input, user) => {
      const written = await write(user.id, input);
      revalidateSubmission(input.deliverableId, written);
      return success({ version: written.version }, message(written.version));
    },
  });
}

export const saveSubmissionDraftAction = submissionAction(
  "saveDraft",
  saveSubmissionDraft,
  (version) => `Draft of version ${version} saved.`,
);

export const submitDeliverableAction = submissionAction(
  "submit",
  submitDeliverable,
  (version) => `Version ${version} submitted for review.`,
);
