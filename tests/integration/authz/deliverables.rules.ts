import { learnerGuide } from "@/lib/guides/enrollment";
import { testDb } from "../../support/db";
import { LEARNERS_ONLY, self, type CallContext, type Rules } from "./rules";

/**
 * The learner side of deliverables takes a deliverable id (curriculum), never a learner or
 * submission id: the submission is always (caller, deliverable), so "learner-other" works on
 * their own. Reviewers act through lib/reviews. tests/integration/submissions.test.ts covers
 * foreign ids, double submits and the state rules.
 */
async function submission(context: CallContext) {
  const { guideId } = await learnerGuide(self(context).id);
  const deliverable = await testDb().deliverable.findFirstOrThrow({
    where: { archivedAt: null, phase: { guideId, archivedAt: null } },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return {
    deliverableId: deliverable.id,
    repoUrl: "https://github.com/matrix/work",
    demoUrl: "",
    docUrl: "",
    description: "Matrix **work**.",
  };
}

export const rules: Rules = {
  "lib/deliverables/actions.ts#saveSubmissionDraftAction": { expect: LEARNERS_ONLY, input: submission },
  "lib/deliverables/actions.ts#submitDeliverableAction": { expect: LEARNERS_ONLY, input: submission },
};
