import { testDb } from "../../support/db";
import { LEARNERS_ONLY, type Rules } from "./rules";

/** Rating oneself takes no learner id: it appends to the caller's own history only. Learners only. */
export const rules: Rules = {
  "lib/self-assessment/actions.ts#saveSelfAssessmentAction": {
    expect: LEARNERS_ONLY,
    input: async () => {
      const question = await testDb().selfCheckQuestion.findFirstOrThrow({
        where: { archivedAt: null },
        select: { id: true },
      });
      return { ratings: { [question.id]: 4 } };
    },
  },
};
