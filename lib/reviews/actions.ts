"use server";

import { revalidatePath } from "next/cache";
import { ActionError, success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { authorizeLearnerAccess, authorizeMentorOf } from "@/lib/auth/guards";
import { addReviewComment, decideSubmission, setCommentResolved, type Decision } from "@/lib/reviews/mutations";
import { learnerOfComment, learnerOfSubmission, learnerOfVersion } from "@/lib/reviews/queries";
import {
  addReviewCommentSchema,
  approveSubmissionSchema,
  requestChangesSchema,
  setCommentResolvedSchema,
} from "@/lib/reviews/schema";

/**
 * Review actions, for deliverables and portfolio projects alike (both are submissions).
 * Deciding (approve, request changes) is for a mentor
 * assigned to the learner or an admin. The conversation (comment, resolve) is also open to the
 * learner on their own submission: the people canAccessLearner lets read it.
 */

const REVIEWERS = ["MENTOR", "ADMIN"] as const;

function found(learnerId: string | null, what: string): string {
  if (!learnerId) throw new ActionError(`That ${what} no longer exists. Reload the page.`);
  return learnerId;
}

function revalidateReview(submissionId?: string) {
  revalidatePath("/mentor/reviews");
  if (submissionId) revalidatePath(`/mentor/reviews/${submissionId}`);
  revalidatePath("/", "layout"); // the learner's pages and everyone's notification bell
}

/** Approving and requesting changes are one decision on a version, told apart by its outcome. */
function decisionAction(
  name: string,
  schema: typeof approveSubmissionSchema | typeof requestChangesSchema,
  decision: Decision["decision"],
  message: string,
) {
  return userAction({
    name: `reviews.${name}`,
    schema,
    roles: REVIEWERS,
    handler: async (input, user) => {
      await authorizeMentorOf(user, found(await learnerOfSubmission(input.submissionId), "submission"));
      const result = await decideSubmission(user, { ...input, decision });
      revalidateReview(input.submissionId);
      return success(result, message);
    },
  });
}

export const approveSubmissionAction = decisionAction(
  "approveSubmission",
  approveSubmissionSchema,
  "APPROVED",
  "Approved. The learner has been notified.",
);

export const requestChangesAction = decisionAction(
  "requestChanges",
  requestChangesSchema,
  "CHANGES_REQUESTED",
  "Changes requested. The learner has been notified.",
);

export const addReviewCommentAction = userAction({
  name: "reviews.addComment",
  schema: addReviewCommentSchema,
  handler: async (input, user) => {
    await authorizeLearnerAccess(user, found(await learnerOfVersion(input.versionId), "version"));
    const comment = await addReviewComment(user, input);
    revalidateReview();
    return success({ id: comment.id }, "Comment added.");
  },
});

export const setCommentResolvedAction = userAction({
  name: "reviews.setCommentResolved",
  schema: setCommentResolvedSchema,
  handler: async (input, user) => {
    await authorizeLearnerAccess(user, found(await learnerOfComment(input.commentId), "comment"));
    await setCommentResolved(user, input);
    revalidateReview();
    return success(undefined, input.resolved ? "Marked resolved." : "Reopened.");
  },
});
