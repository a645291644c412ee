import { createComment, createSubmittedSubmission, scoredDecisionInput } from "../../support/reviews";
import { LEARNER_READ, MENTOR_OF, type Rules } from "./rules";

/**
 * Reviews: deciding is for the learner's assigned mentor and admins; the conversation (comment,
 * resolve) is also open to the learner on their own submission (the LEARNER_READ people).
 * A portfolio project is a submission too, decided by the same actions: tests/integration/
 * portfolio-reviews.test.ts runs the personas against a project's submission.
 */
export const rules: Rules = {
  "lib/reviews/actions.ts#approveSubmissionAction": {
    expect: MENTOR_OF,
    input: async ({ target }) => scoredDecisionInput(target.id),
  },
  "lib/reviews/actions.ts#requestChangesAction": {
    expect: MENTOR_OF,
    input: async ({ target }) => ({ ...(await scoredDecisionInput(target.id)), comment: "Add a README." }),
  },
  "lib/reviews/actions.ts#addReviewCommentAction": {
    expect: LEARNER_READ,
    input: async ({ target }) => ({
      versionId: (await createSubmittedSubmission(target.id)).versions[0]!.id,
      body: "A thought.",
      tag: "NOTE",
    }),
  },
  "lib/reviews/actions.ts#setCommentResolvedAction": {
    expect: LEARNER_READ,
    input: async ({ target }) => {
      const submission = await createSubmittedSubmission(target.id);
      return { commentId: (await createComment(submission.versions[0]!.id, target.id)).id, resolved: true };
    },
  },
};
